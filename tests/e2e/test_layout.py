"""Every public page, at phone, tablet and desktop widths: nothing overflows, targets are big
enough to tap, text is big enough to read. Screenshots go to var/screenshots/."""

from pathlib import Path

import pytest

from tests.e2e.conftest import save_screenshot
from tests.e2e.pages import PUBLIC_PAGES

WIDTHS = [320, 390, 768, 1280]

MEASURE_LAYOUT = (Path(__file__).parent / "measure_layout.js").read_text()


@pytest.mark.parametrize(("name", "path"), PUBLIC_PAGES)
def test_public_page_fits_every_width(open_page, name, path):
    for width in WIDTHS:
        watched = open_page(path(), width=width)
        layout = watched.page.evaluate(MEASURE_LAYOUT)
        save_screenshot(watched.page, f"{name}-{width}")

        assert layout["overflow"] <= 0, f"{name} scrolls sideways at {width} px"
        assert layout["smallTargets"] == [], f"{name} at {width} px has small tap targets"
        assert layout["tinyText"] == [], f"{name} at {width} px has text under 12 px"
