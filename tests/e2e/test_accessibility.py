"""axe-core on every public page: no WCAG 2.2 AA violations."""

import pytest

from tests.e2e.conftest import run_axe
from tests.e2e.pages import PUBLIC_PAGES


@pytest.mark.parametrize(("name", "path"), PUBLIC_PAGES)
@pytest.mark.parametrize("width", [390, 1280])
def test_public_page_has_no_accessibility_violations(open_page, name, path, width):
    watched = open_page(path(), width=width)

    assert run_axe(watched.page) == []
