"""Writing our posts out as WXR, the file WordPress (and `import_blog`) reads.

Each post keeps its title, address (as <link>, so the next site can redirect from it), slug,
author, tags, dates, status, excerpt, body, search-engine fields and featured image (as an
attachment named by _thumbnail_id). Image addresses are absolute, so a WordPress importer can
fetch them from this site; `import_blog` finds them in this site's media or in --media-dir.
"""

import re
from datetime import UTC
from email.utils import format_datetime
from pathlib import PurePosixPath
from typing import BinaryIO
from urllib.parse import unquote
from xml.sax.saxutils import XMLGenerator

from django.conf import settings
from django.core.files.storage import default_storage
from django.utils import timezone
from django.utils.text import slugify

from articles.importing import bodies
from articles.models import Author, Post
from practice.models import Image, PracticeProfile

NAMESPACES = {
    "xmlns:excerpt": "http://wordpress.org/export/1.2/excerpt/",
    "xmlns:content": "http://purl.org/rss/1.0/modules/content/",
    "xmlns:wfw": "http://wellformedweb.org/CommentAPI/",
    "xmlns:dc": "http://purl.org/dc/elements/1.1/",
    "xmlns:wp": "http://wordpress.org/export/1.2/",
}
NO_DATE = "0000-00-00 00:00:00"


def write_wxr(output: BinaryIO, *, posts, site_url: str):
    """Write `posts` as a WXR 1.2 file to `output`; return how many images went with them."""
    posts = list(posts.select_related("author__user").prefetch_related("tags").order_by("pk"))
    writer = _Writer(output)
    writer.start("rss", {"version": "2.0", **NAMESPACES})
    writer.start("channel")
    _write_channel(writer, posts, site_url)
    next_id = max((post.pk for post in posts), default=0) + 1
    attachments = []
    for post in posts:
        thumbnail_id = None
        if post.featured_image:
            thumbnail_id = next_id
            next_id += 1
            attachments.append(
                (thumbnail_id, post, post.featured_image.name, post.featured_image_alt)
            )
        for image in _body_images(post):
            attachments.append((next_id, post, image.file.name, image.alt_text))
            next_id += 1
        _write_post(writer, post, site_url, thumbnail_id)
    for attachment in attachments:
        _write_attachment(writer, *attachment, site_url=site_url)
    writer.end("channel")
    writer.end("rss")
    writer.finish()
    return len(attachments)


class _Writer:
    """Streams indented XML, one element at a time."""

    def __init__(self, output):
        self.xml = XMLGenerator(output, encoding="utf-8", short_empty_elements=True)
        self.xml.startDocument()
        self.depth = 0

    def start(self, name, attributes=None):
        if self.depth:
            self.xml.ignorableWhitespace("\n" + "  " * self.depth)
        self.xml.startElement(name, attributes or {})
        self.depth += 1

    def end(self, name):
        self.depth -= 1
        self.xml.ignorableWhitespace("\n" + "  " * self.depth)
        self.xml.endElement(name)

    def element(self, name, text="", attributes=None):
        self.xml.ignorableWhitespace("\n" + "  " * self.depth)
        self.xml.startElement(name, attributes or {})
        self.xml.characters(str(text))
        self.xml.endElement(name)

    def finish(self):
        self.xml.ignorableWhitespace("\n")
        self.xml.endDocument()


def _write_channel(writer, posts, site_url):
    profile = PracticeProfile.load()
    writer.element("title", profile.name)
    writer.element("link", site_url)
    writer.element("description", profile.tagline)
    writer.element("pubDate", format_datetime(timezone.now().astimezone(UTC)))
    writer.element("language", settings.LANGUAGE_CODE)
    writer.element("wp:wxr_version", "1.2")
    writer.element("wp:base_site_url", site_url)
    writer.element("wp:base_blog_url", site_url)
    authors = Author.objects.filter(posts__in=posts).distinct().select_related("user")
    for author in authors.order_by("pk"):
        writer.start("wp:author")
        writer.element("wp:author_id", author.pk)
        writer.element("wp:author_login", author.slug)
        writer.element("wp:author_email", author.user.email if author.user else "")
        writer.element("wp:author_display_name", author.name)
        writer.element("wp:author_first_name", "")
        writer.element("wp:author_last_name", "")
        writer.end("wp:author")
    tags = {tag.pk: tag for post in posts for tag in post.tags.all()}
    for tag in sorted(tags.values(), key=lambda tag: tag.pk):
        writer.start("wp:tag")
        writer.element("wp:term_id", tag.pk)
        writer.element("wp:tag_slug", tag.slug)
        writer.element("wp:tag_name", tag.name)
        writer.end("wp:tag")
    writer.element("generator", "Practice")


def _write_post(writer, post, site_url, thumbnail_id):
    published = post.published_at
    shown_date = published or post.created_at
    writer.start("item")
    writer.element("title", post.title)
    writer.element("link", site_url + post.get_absolute_url())
    writer.element("pubDate", format_datetime(shown_date.astimezone(UTC)))
    writer.element("dc:creator", post.author.slug)
    writer.element("guid", f"{site_url}/?p={post.pk}", {"isPermaLink": "false"})
    writer.element("description", "")
    writer.element("content:encoded", _absolute_image_sources(post.body, site_url))
    writer.element("excerpt:encoded", post.excerpt)
    writer.element("wp:post_id", post.pk)
    writer.element("wp:post_date", _local(shown_date))
    writer.element("wp:post_date_gmt", _utc(published) if published else NO_DATE)
    writer.element("wp:post_modified", _local(post.updated_at))
    writer.element("wp:post_modified_gmt", _utc(post.updated_at))
    writer.element("wp:comment_status", "closed")
    writer.element("wp:ping_status", "closed")
    writer.element("wp:post_name", post.slug)
    writer.element("wp:status", _status(post))
    writer.element("wp:post_parent", 0)
    writer.element("wp:menu_order", 0)
    writer.element("wp:post_type", "post")
    writer.element("wp:post_password", "")
    writer.element("wp:is_sticky", 0)
    for tag in post.tags.all():
        writer.element("category", tag.name, {"domain": "post_tag", "nicename": tag.slug})
    meta = {
        "_thumbnail_id": thumbnail_id,
        "_yoast_wpseo_title": post.seo_title,
        "_yoast_wpseo_metadesc": post.seo_description,
    }
    for key, value in meta.items():
        if value:
            _write_meta(writer, key, value)
    writer.end("item")


def _write_attachment(writer, attachment_id, post, name, alt, *, site_url):
    url = site_url + default_storage.url(name)
    writer.start("item")
    writer.element("title", alt)
    writer.element("link", url)
    writer.element("pubDate", format_datetime(post.created_at.astimezone(UTC)))
    writer.element("dc:creator", post.author.slug)
    writer.element("guid", url, {"isPermaLink": "false"})
    writer.element("description", "")
    writer.element("content:encoded", "")
    writer.element("excerpt:encoded", "")
    writer.element("wp:post_id", attachment_id)
    writer.element("wp:post_date", _local(post.created_at))
    writer.element("wp:post_date_gmt", _utc(post.created_at))
    writer.element("wp:post_name", slugify(PurePosixPath(name).stem))
    writer.element("wp:status", "inherit")
    writer.element("wp:post_parent", post.pk)
    writer.element("wp:post_type", "attachment")
    writer.element("wp:attachment_url", url)
    _write_meta(writer, "_wp_attached_file", name)
    _write_meta(writer, "_wp_attachment_image_alt", alt)
    writer.end("item")


def _write_meta(writer, key, value):
    writer.start("wp:postmeta")
    writer.element("wp:meta_key", key)
    writer.element("wp:meta_value", value)
    writer.end("wp:postmeta")


def _status(post):
    if post.status == Post.Status.DRAFT:
        return "draft"
    return "future" if post.is_scheduled() else "publish"


def _local(moment):
    return timezone.localtime(moment).strftime("%Y-%m-%d %H:%M:%S")


def _utc(moment):
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S")


def _absolute_image_sources(body, site_url):
    return re.sub(
        r'(<img\b[^>]*?\ssrc=")' + re.escape(settings.MEDIA_URL),
        lambda match: match.group(1) + site_url + settings.MEDIA_URL,
        body,
    )


def _body_images(post):
    """Return the library images `post`'s body shows."""
    names = [
        unquote(src.removeprefix(settings.MEDIA_URL))
        for src, _ in bodies.image_references(post.body)
        if src.startswith(settings.MEDIA_URL)
    ]
    return list(Image.objects.filter(file__in=names).order_by("pk")) if names else []
