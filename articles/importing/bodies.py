"""Turning another blog's HTML into what our editor writes, before `clean_html` has its say.

Imported HTML is first parsed and rewritten by nh3 with a wider allow-list than the editor's
(it keeps what the steps below need: divs, every heading level, lazy-loading attributes), so
that the patterns here only ever meet well-formed tags with double-quoted attributes. Each step
only moves or renames tags and attributes; `clean_html`, the one sanitiser, still sees
everything afterwards.
"""

import html
import re
from collections.abc import Callable

import nh3

from practice.html import ALLOWED_ATTRIBUTES, ALLOWED_TAGS, ALLOWED_URL_SCHEMES, CLEARED_TAGS

READ_TAGS = ALLOWED_TAGS | {"div", "h1", "h5", "h6", "noscript"}
READ_ATTRIBUTES = ALLOWED_ATTRIBUTES | {"img": {"src", "alt", "data-src", "data-image"}}
READ_URL_SCHEMES = ALLOWED_URL_SCHEMES | {"data"}

# In well-formed markup every quote closes, so these never run past the tag they start in.
_ATTRIBUTES = r'(?:[^>"]|"[^"]*")*'
IMG = re.compile(rf"<img\b{_ATTRIBUTES}>")
ATTRIBUTE = re.compile(r'([^\s=/>"]+)(?:="([^"]*)")?')
HREF = re.compile(rf'(<a\b{_ATTRIBUTES}?\shref=")([^"]*)"')
HEADING = re.compile(r"<(/?)h([1-6])>")
DIV = re.compile(r"<(/?)div>")
# Squarespace writes each image twice: a plain one for browsers without JavaScript, and one
# that its script loads from data-src.
NOSCRIPT_THEN_LAZY_IMAGE = re.compile(
    rf"<noscript>\s*({IMG.pattern})\s*</noscript>\s*{IMG.pattern}"
)
NOSCRIPT = re.compile(r"<noscript>.*?</noscript>", re.S)
# WordPress's "link to media file": an image wrapped in a link to a bigger copy of itself.
LINKED_IMAGE = re.compile(
    rf'<a href="[^"]*\.(?:jpe?g|png|gif|webp)(?:\?[^"]*)?">\s*({IMG.pattern})\s*</a>', re.I
)
FIGURE = re.compile(r"<figure>.*?</figure>", re.S)
EMBEDS = re.compile(r"<(?:iframe|embed|object|video|audio)\b", re.I)
BLOCK_START = re.compile(
    r"<(?:p|div|h[1-6]|ul|ol|li|blockquote|figure|table|pre|hr|!--)[\s>/]", re.I
)


def normalise(body):
    """Return `body` with other blogs' markup made plain: lazy-loaded images given their
    source, divs as paragraphs, headings at the two levels the editor offers (h2, h3)."""
    body = nh3.clean(
        body,
        tags=READ_TAGS,
        attributes=READ_ATTRIBUTES,
        clean_content_tags=CLEARED_TAGS - {"noscript"},
        url_schemes=READ_URL_SCHEMES,
        link_rel=None,
        strip_comments=True,
    )
    body = NOSCRIPT_THEN_LAZY_IMAGE.sub(r"\1", body)
    body = NOSCRIPT.sub("", body)
    body = LINKED_IMAGE.sub(r"\1", body)
    body = IMG.sub(_with_source, body)
    # The sanitiser unwraps a div, which would run its text into the next one's.
    body = DIV.sub(r"<\1p>", body)
    return _headings_at_our_levels(body)


def attributes_of(tag):
    """Return the attributes of one well-formed HTML start tag as a dict, values unescaped."""
    return {name.lower(): html.unescape(value) for name, value in ATTRIBUTE.findall(tag[1:-1])[1:]}


def image_tag(src, alt):
    return f'<img src="{html.escape(src)}" alt="{html.escape(alt)}">'


def _with_source(match):
    attributes = attributes_of(match.group(0))
    src = attributes.get("src", "").strip()
    if not src:
        src = attributes.get("data-src") or attributes.get("data-image") or ""
    if not src:
        return ""
    return image_tag(src.strip(), attributes.get("alt", ""))


def _headings_at_our_levels(body):
    # The article's title is its h1: a body that uses h1 for sections moves every level down.
    shift = 1 if "<h1>" in body else 0

    def heading(match):
        return f"<{match.group(1)}h{min(int(match.group(2)) + shift, 3)}>"

    return HEADING.sub(heading, body)


def has_embeds(body):
    """Return True if `body` has frames or media players, which articles cannot hold."""
    return bool(EMBEDS.search(body))


def image_references(body):
    """Return (src, alt) for every image in the well-formed `body`, in order."""
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
        target = new_target(html.unescape(match.group(2)))
        if target is None:
            return match.group(0)
        return f'{match.group(1)}{html.escape(target)}"'

    return HREF.sub(replace, body)


def tidied(body):
    """Return the cleaned `body` as the editor writes it: figures hold an image and a caption
    (not paragraphs), and no blank lines or indentation are left from removed markup."""
    body = FIGURE.sub(lambda match: re.sub(r"</?p>", "", match.group(0)), body)
    return "\n".join(line.strip() for line in body.split("\n") if line.strip())


def paragraphs_from_text(text):
    """Return WordPress's classic-editor text (blank lines between paragraphs, HTML for the
    rest) as HTML paragraphs, the way WordPress shows it."""
    paragraphs = []
    for block in re.split(r"\n[^\S\n]*\n", text.replace("\r\n", "\n")):
        lines = [line.strip() for line in block.split("\n") if line.strip()]
        if not lines:
            continue
        if BLOCK_START.match(lines[0]):
            paragraphs.append("\n".join(lines))
        else:
            paragraphs.append("<p>" + "<br>".join(lines) + "</p>")
    return "\n".join(paragraphs)


# A paragraph's inner HTML as tags, entities, words and spaces, to read from its end.
TOKEN = re.compile(r"<[^>]*>|&[#\w]*;?|[^<&\s]+|\s+")
HASHTAG = re.compile(r"#([^\W\d_][\w-]*)[,.;]*")
BETWEEN_HASHTAGS = re.compile(r"\s+|&nbsp;|<br>|[,.;]|</?(?:a|em|strong)\b[^>]*>")


def _trailing_hashtags(inner):
    """Return (the HTML before the hashtags that end `inner`, their words)."""
    tokens = TOKEN.findall(inner)
    words, start = [], len(tokens)
    while start and (
        BETWEEN_HASHTAGS.fullmatch(tokens[start - 1]) or HASHTAG.fullmatch(tokens[start - 1])
    ):
        start -= 1
        hashtag = HASHTAG.fullmatch(tokens[start])
        if hashtag:
            words.append(hashtag.group(1))
    return "".join(tokens[:start]), words[::-1]


def take_trailing_hashtags(body):
    """Return (the cleaned `body` without the hashtags that end it, the hashtags' words).

    "… and that is enough.</p><p>#intimacy #repair</p>" gives "… and that is enough.</p>" and
    ["intimacy", "repair"]; hashtags inside the text are left alone.
    """
    found = []
    body = body.rstrip()
    while body.endswith("</p>"):
        start = body.rfind("<p>")
        if start == -1:
            break
        kept, words = _trailing_hashtags(body[start + 3 : -4])
        if not words:
            break
        found[:0] = words
        if re.sub(r"<[^>]*>|&nbsp;|\s", "", kept):
            return body[: start + 3] + kept.rstrip() + "</p>", found
        body = body[:start].rstrip()
    return body, found
