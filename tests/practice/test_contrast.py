"""The site's colours meet WCAG AA contrast in the light and the dark scheme."""

import re

import pytest
from django.contrib.staticfiles import finders

# (foreground, background, minimum ratio): normal text needs 4.5:1, large text and UI parts 3:1.
PAIRS = [
    ("--text", "--bg", 4.5),
    ("--text", "--surface", 4.5),
    ("--text", "--surface-strong", 4.5),
    ("--muted", "--bg", 4.5),
    ("--muted", "--surface", 4.5),
    ("--accent", "--bg", 4.5),
    ("--accent", "--surface", 4.5),
    ("--accent", "--surface-strong", 4.5),
    ("--on-cta", "--cta", 4.5),
    ("--on-cta", "--cta-strong", 4.5),
    ("--bg", "--accent", 4.5),
    ("--text", "--notice-bg", 4.5),
    ("--text", "--mark", 4.5),
    ("--error", "--bg", 4.5),
    ("--focus", "--bg", 3),
    ("--focus", "--surface", 3),
    ("--muted", "--bg", 3),
]


def relative_luminance(hex_colour):
    channels = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(first, second):
    lighter, darker = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def custom_properties(block):
    return dict(re.findall(r"(--[\w-]+):\s*(#[0-9a-fA-F]{6});", block))


def colour_schemes():
    css = open(finders.find("css/site.css")).read()
    light = custom_properties(re.search(r":root \{(.*?)\}", css, re.S).group(1))
    dark_block = re.search(r"prefers-color-scheme: dark\) \{\s*:root \{(.*?)\}", css, re.S)
    return {"light": light, "dark": light | custom_properties(dark_block.group(1))}


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize(("foreground", "background", "minimum"), PAIRS)
def test_colour_pair_meets_wcag_aa(scheme, foreground, background, minimum):
    colours = colour_schemes()[scheme]

    ratio = contrast(colours[foreground], colours[background])

    assert ratio >= minimum, f"{foreground} on {background} in {scheme}: {ratio:.2f}"
