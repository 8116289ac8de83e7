"""What a reader makes of an export: one `Entry` per post, whatever the source's format."""

import hashlib
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from django.utils.text import slugify

# A blog's export is a few megabytes; anything far larger is not one, and is refused before it
# is read.
MAX_EXPORT_BYTES = 100 * 1024 * 1024


class UnreadableExport(Exception):
    """The export cannot be read at all; the message says why, in the user's terms."""


@dataclass(frozen=True)
class AuthorRef:
    """The author an export names: a login or slug, a display name, perhaps an email."""

    login: str = ""
    name: str = ""
    email: str = ""


@dataclass(frozen=True)
class ImageRef:
    """An image an entry refers to: an address or a path as the export wrote it."""

    reference: str
    alt: str = ""
    # A Markdown file's folder, for paths relative to it.
    near: Path | None = None


@dataclass
class Entry:
    """One post as read from an export, before it meets the database."""

    label: str
    title: str = ""
    slug: str = ""
    body: str = ""
    excerpt: str = ""
    # "published", "draft", or "skip" (with skip_reason).
    status: str = "draft"
    published_at: datetime | None = None
    author: AuthorRef | None = None
    tags: list[str] = field(default_factory=list)
    old_paths: list[str] = field(default_factory=list)
    featured_image: ImageRef | None = None
    seo_title: str = ""
    seo_description: str = ""
    skip_reason: str = ""
    failure: str = ""
    notes: list[str] = field(default_factory=list)
    # Where a Markdown entry's relative image paths start from.
    folder: Path | None = None


@dataclass
class BlogExport:
    """Everything read from one export."""

    source: str
    kind: str
    entries: list[Entry]
    # The old site's address (WXR), to recognise its links to its own posts.
    site_url: str = ""
    notes: list[str] = field(default_factory=list)


def slug_for(*candidates, title=""):
    """Return the first of `candidates` that makes a slug, or one made from the title's
    fingerprint (a title in a script slugs cannot spell)."""
    for candidate in candidates:
        slug = slugify(candidate)[:200].strip("-")
        if slug:
            return slug
    return "article-" + hashlib.sha256(title.encode()).hexdigest()[:8]
