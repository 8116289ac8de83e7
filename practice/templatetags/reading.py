"""Template tools for what a reader's browser gets from stored article and page HTML."""

import html
import re

from django import template
from django.conf import settings
from django.utils.safestring import mark_safe
from django.utils.text import slugify

from practice.images import ATTRIBUTE, IMAGE_TAG, picture

register = template.Library()

HEADING = re.compile(r"<(h[2-4])>(.*?)</\1>", re.S)
BODY_IMAGE_SIZES = "(min-width: 44rem) 40rem, 100vw"


@register.filter
def reader_html(body, image_above=False):
    """Return cleaned `body` with anchor ids on its headings and responsive images.

    Unless `image_above` (an image shown before the body), the first image is the page's main
    one and loads at once; every other image loads lazily as the reader nears it.
    """
    used_ids = set()

    def with_id(match):
        text = html.unescape(re.sub(r"<[^>]+>", "", match.group(2)))
        base = slugify(text)[:60].strip("-") or "section"
        anchor, number = base, 2
        while anchor in used_ids:
            anchor, number = f"{base}-{number}", number + 1
        used_ids.add(anchor)
        return f'<{match.group(1)} id="{anchor}">{match.group(2)}</{match.group(1)}>'

    eager = [not image_above]
    media = settings.MEDIA_URL

    def responsive(match):
        attributes = {key: html.unescape(value) for key, value in ATTRIBUTE.findall(match.group(1))}
        src, width, height = (attributes.get(key, "") for key in ("src", "width", "height"))
        first, eager[0] = eager[0], False
        if src.startswith(media) and width.isdigit() and height.isdigit():
            return picture(
                src[len(media) :],
                int(width),
                int(height),
                alt=attributes.get("alt", ""),
                sizes=BODY_IMAGE_SIZES,
                eager=first,
            )
        loading = 'fetchpriority="high"' if first else 'loading="lazy"'
        return match.group(0)[:-1] + f' {loading} decoding="async">'

    return mark_safe(IMAGE_TAG.sub(responsive, HEADING.sub(with_id, body or "")))


@register.simple_tag(takes_context=True)
def absolute_url(context, path):
    """Return `path` as a full address on this site, for canonical links and link previews."""
    return context["request"].build_absolute_uri(path)
