"""Turning another blog's HTML into what our editor writes, before `clean_html` has its say.

These work on raw, untrusted HTML with patterns rather than a parser: each only moves or renames
tags and attributes, and `clean_html` (the one sanitiser) still sees everything afterwards.
"""

import html
import re
from collections.abc import Callable

# A tag's attributes, quoted or not; a ">" inside quotes does not end the tag.
_ATTRIBUTES = r"""(?:[^>"']|"[^"]*"|'[^']*')*"""
IMG = re.compile(rf"<img\b{_ATTRIBUTES}>", re.I)
ATTRIBUTE = re.compile(r"""([^\s=/>"']+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+)))?""")
HREF = re.compile(r"""(<a\b[^>]*?\shref\s*=\s*)(["'])(.*?)\2""", re.I | re.S)
HEADING = re.compile(r"<(/?)h([1-6])\b[^>]*>", re.I)
DIV = re.compile(r"<(/?)div\b[^>]*>", re.I)
# Squarespace writes each image twice: a plain one for browsers without JavaScript, and one
# that its script loads from data-src.
NOSCRIPT_THEN_LAZY_IMAGE = re.compile(
    rf"<noscript>\s*(<img\b{_ATTRIBUTES}>)\s*</noscript>\s*<img\b{_ATTRIBUTES}>", re.I
)
# WordPress's "link to media file": an image wrapped in a link to a bigger copy of itself.
LINKED_IMAGE = re.compile(
    rf"""<a\b[^>]*?\shref\s*=\s*["'][^"']+\.(?:jpe?g|png|gif|webp)(?:\?[^"']*)?["'][^>]*>\s*"""
    rf"(<img\b{_ATTRIBUTES}>)\s*</a>",
    re.I,
)
EMBEDS = re.compile(r"<(?:iframe|embed|object|video|audio)\b", re.I)
BLOCK_START = re.compile(
    r"<(?:p|div|h[1-6]|ul|ol|li|blockquote|figure|table|pre|hr|!--)[\s>/]", re.I
)


def attributes_of(tag):
    """Return the attributes of one HTML start tag as a dict, values unescaped."""
    attributes = {}
    for name, double, single, bare in ATTRIBUTE.findall(tag[1:-1])[1:]:
        attributes.setdefault(name.lower(), html.unescape(double or single or bare))
    return attributes


def image_tag(src, alt):
    return f'<img src="{html.escape(src)}" alt="{html.escape(alt)}">'


def normalise(body):
    """Return `body` with other blogs' markup made plain: lazy-loaded images given their
    source, divs as paragraphs, headings at the levels our articles use (h2 to h4)."""
    body = NOSCRIPT_THEN_LAZY_IMAGE.sub(r"\1", body)
    body = LINKED_IMAGE.sub(r"\1", body)
    body = IMG.sub(_with_source, body)
    # The sanitiser unwraps a div, which would run its text into the next one's.
    body = DIV.sub(r"<\1p>", body)
    return _headings_at_our_levels(body)


def _with_source(match):
    attributes = attributes_of(match.group(0))
    src = attributes.get("src", "").strip()
    if not src or src.startswith("data:"):
        src = attributes.get("data-src") or attributes.get("data-image") or ""
    if not src:
        return ""
    return image_tag(src.strip(), attributes.get("alt", ""))


def _headings_at_our_levels(body):
    # The article's title is its h1: a body that uses h1 for sections moves every level down.
    shift = 1 if re.search(r"<h1\b", body, re.I) else 0

    def heading(match):
        return f"<{match.group(1)}h{min(int(match.group(2)) + shift, 4)}>"

    return HEADING.sub(heading, body)


def has_embeds(body):
    """Return True if `body` has frames or media players, which articles cannot hold."""
    return bool(EMBEDS.search(body))


def image_references(body):
    """Return (src, alt) for every image in `body`, in order."""
    found = []
    for match in IMG.finditer(body):
        attributes = attributes_of(match.group(0))
        if attributes.get("src"):
            found.append((attributes["src"], attributes.get("alt", "")))
    return found


def replace_images(body, new_source: Callable[[str, str], str | None]):
    """Return `body` with each image's source replaced by `new_source(src, alt)`, and each
    image for which it returns None removed."""

    def replace(match):
        attributes = attributes_of(match.group(0))
        src = attributes.get("src", "")
        if not src:
            return ""
        alt = attributes.get("alt", "")
        replacement = new_source(src, alt)
        return "" if replacement is None else image_tag(replacement, alt)

    return IMG.sub(replace, body)


def replace_links(body, new_target: Callable[[str], str | None]):
    """Return `body` with each link's address replaced by `new_target(href)` where it gives one."""

    def replace(match):
        href = html.unescape(match.group(3))
        target = new_target(href)
        if target is None:
            return match.group(0)
        return f"{match.group(1)}{match.group(2)}{html.escape(target)}{match.group(2)}"

    return HREF.sub(replace, body)


def without_blank_lines(body):
    """Return `body` without the blank lines removed markup (WordPress's block comments) left."""
    return re.sub(r"\n\s*\n", "\n", body).strip()


def paragraphs_from_text(text):
    """Return WordPress's classic-editor text (blank lines between paragraphs, HTML for the
    rest) as HTML paragraphs, the way WordPress shows it."""
    blocks = re.split(r"\n\s*\n", text.replace("\r\n", "\n").strip())
    paragraphs = []
    for block in blocks:
        block = block.strip()
        if not block:
            continue
        if BLOCK_START.match(block):
            paragraphs.append(block)
        else:
            paragraphs.append("<p>" + re.sub(r"\s*\n\s*", "<br>", block) + "</p>")
    return "\n".join(paragraphs)


HASHTAG_TOKEN = (
    r"(?:<(?:a|em|strong)\b[^>]*>\s*)*(?<![\w&#])#([^\W\d_][\w-]*)(?:\s*</(?:a|em|strong)>)*"
)
TRAILING_HASHTAGS = re.compile(
    rf"(?:(?:\s|&nbsp;|<br>|,)*{HASHTAG_TOKEN})+(?:\s|&nbsp;|<br>|[,.;])*$", re.S
)
HASHTAG_NAME = re.compile(r"(?<![\w&#])#([^\W\d_][\w-]*)")
LAST_PARAGRAPH = re.compile(r"<p>((?:(?!<p>).)*)</p>\s*$", re.S)


def take_trailing_hashtags(body):
    """Return (`body` without the hashtags that end it, the hashtags' words).

    "… and that is enough.</p><p>#intimacy #repair</p>" gives "… and that is enough.</p>" and
    ["intimacy", "repair"]; hashtags inside the text are left alone.
    """
    found = []
    while paragraph := LAST_PARAGRAPH.search(body):
        inner = paragraph.group(1)
        run = TRAILING_HASHTAGS.search(inner)
        if not run:
            break
        found[:0] = HASHTAG_NAME.findall(re.sub(r"<[^>]*>", " ", run.group(0)))
        kept = re.sub(r"(?:\s|&nbsp;|<br>)+$", "", inner[: run.start()])
        if re.sub(r"<[^>]*>|&nbsp;|\s", "", kept):
            body = body[: paragraph.start(1)] + kept + body[paragraph.end(1) :]
            break
        body = body[: paragraph.start()].rstrip()
    return body, found
