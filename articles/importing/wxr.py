"""Reading a WordPress eXtended RSS (WXR) export, as WordPress 4 to 6 and Squarespace write it.

The file is checked before it is parsed (size, archive, encoding) and parsed by defusedxml,
which refuses entity declarations (the billion laughs and quadratic blowup bombs) and never
fetches anything an external entity or DTD names. Everything is read before anything is
written, so a broken file changes nothing.

Squarespace's export is WXR with quirks of its own: relative <link>s (/blog/my-post), slugs
missing or with ".html", images loaded lazily from data-src on its CDN, drafts linked at /null,
the featured image as the attachment right after its post, and excerpts in HTML.
"""

import codecs
import html
import re
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from io import BytesIO
from pathlib import Path
from urllib.parse import unquote, urlsplit
from xml.etree.ElementTree import ParseError
from xml.parsers.expat import ErrorString

import defusedxml.ElementTree as SafeElementTree
from defusedxml import DefusedXmlException, EntitiesForbidden
from django.utils import timezone
from django.utils.text import slugify

from articles.importing import bodies
from articles.importing.entries import (
    MAX_EXPORT_BYTES,
    AuthorRef,
    BlogExport,
    Entry,
    ImageRef,
    UnreadableExport,
    slug_for,
)
from articles.models import plain_text

NAMESPACES = {
    "http://purl.org/rss/1.0/modules/content/": "content",
    "http://purl.org/dc/elements/1.1/": "dc",
    "http://wellformedweb.org/CommentAPI/": "wfw",
}
WORDPRESS_NAMESPACE = re.compile(r"http://wordpress\.org/export/1\.\d+/(excerpt/)?$")
XML_DECLARATION = re.compile(rb"^\s*<\?xml[^>]*?\?>")
DECLARED_ENCODING = re.compile(rb"""^\s*<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._:-]+)["']""")
BYTE_ORDER_MARKS = [
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
]
# Characters XML 1.0 does not allow, which some WordPress exports carry in pasted text.
NOT_XML_CHARACTERS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
ZERO_DATE = "0000-00-00"
SHORTCODES_DROPPED = re.compile(
    r"\[/?(caption|gallery|embed|video|audio|playlist|wpvideo|contact-form-7|wpforms)\b"
    r"[^\]\n]{0,500}\]"
)
CAPTIONED_IMAGE = re.compile(r"\s*((?:<a\b[^>]*>\s*)?<img\b[^>]*>(?:\s*</a>)?)(.*)", re.S | re.I)
SQUARESPACE_HOSTS = ("squarespace.com", "squarespace-cdn.com")
SQUARESPACE_EXCERPT_PLACEHOLDER = re.compile(r"^(?:exc|img)-[0-9a-f]+$")
SKIPPED_STATUSES = {
    "trash": "it is in the trash",
    "auto-draft": "it is an unsaved draft WordPress made by itself",
    "inherit": "it is a revision",
}


def read_wxr(path: Path) -> BlogExport:
    """Return the posts of the WXR file at `path`, or raise UnreadableExport saying why not."""
    raw = _read_bytes(path)
    xml, notes = _as_utf8_xml(raw, path.name)
    channel, authors, items = _parse(xml, path.name)
    squarespace = _looks_like_squarespace(channel, authors, items)
    site_url = channel.get("link", "")
    attachments = {item.get("wp:post_id"): item for item in items if _type(item) == "attachment"}
    entries = []
    for position, item in enumerate(items):
        if _type(item) == "attachment":
            continue
        following = items[position + 1] if position + 1 < len(items) else None
        entries.append(
            _entry(
                item,
                label=f"item {position + 1}",
                authors=authors,
                attachments=attachments,
                following_attachment=following
                if squarespace and following and _type(following) == "attachment"
                else None,
            )
        )
    return BlogExport(
        source=path.name,
        kind="Squarespace export (WXR)" if squarespace else "WordPress export (WXR)",
        entries=entries,
        site_url=site_url,
        notes=notes,
    )


def _read_bytes(path):
    try:
        size = path.stat().st_size
    except OSError as error:
        raise UnreadableExport(f"{path} cannot be read: {error.strerror}.") from None
    if size > MAX_EXPORT_BYTES:
        raise UnreadableExport(
            f"{path.name} is {size / 1024 / 1024:.1f} MB; an export can be at most "
            f"{MAX_EXPORT_BYTES // 1024 // 1024} MB. A blog's export is usually a few MB: if "
            "this is yours, export it in parts (WordPress: Tools → Export, one date range at a "
            "time) and import each part."
        )
    if size == 0:
        raise UnreadableExport(f"{path.name} is empty (0 bytes). Export your blog again.")
    raw = path.read_bytes()
    if raw.startswith(b"PK\x03\x04"):
        raise UnreadableExport(
            f"{path.name} is a zip archive. Unzip it and import the .xml file inside."
        )
    if raw.startswith(b"\x1f\x8b"):
        raise UnreadableExport(
            f"{path.name} is compressed (gzip). Uncompress it and import the .xml file inside."
        )
    return raw


def _as_utf8_xml(raw, name):
    """Return the XML as UTF-8 bytes for the parser, after checking its encoding."""
    encoding, declared = _encoding_of(raw)
    try:
        codecs.lookup(encoding)
    except LookupError:
        raise UnreadableExport(
            f"{name} says its text is in the encoding “{encoding}”, which is not one we know. "
            "Save it as UTF-8 and import it again."
        ) from None
    try:
        text = raw.decode(encoding)
    except UnicodeDecodeError as error:
        raise UnreadableExport(_wrong_encoding(raw, error, name, encoding, declared)) from None
    text = text.removeprefix("\ufeff")
    if not text.lstrip().startswith("<"):
        raise UnreadableExport(
            f"{name} is not an XML export: it starts with “{text.lstrip()[:30]}”. Export your "
            "blog as WordPress XML (WordPress: Tools → Export; Squarespace: Settings → "
            "Import & Export → Export)."
        )
    notes = []
    text, removed = NOT_XML_CHARACTERS.subn("", text)
    if removed:
        notes.append(
            f"Removed {removed} invisible control character(s) that XML does not allow "
            "(they come from text pasted into the old blog)."
        )
    if encoding == "utf-8" and not removed:
        return XML_DECLARATION.sub(b"", raw.removeprefix(codecs.BOM_UTF8), count=1), notes
    # Re-encoded as UTF-8, the declaration's old encoding would mislead the parser.
    return XML_DECLARATION.sub(b"", text.encode(), count=1), notes


def _encoding_of(raw):
    """Return (encoding, whether the file declares it) from a byte order mark or declaration."""
    for mark, encoding in BYTE_ORDER_MARKS:
        if raw.startswith(mark):
            return encoding, True
    if raw.startswith(b"<\x00?\x00"):
        return "utf-16-le", False
    if raw.startswith(b"\x00<\x00?"):
        return "utf-16-be", False
    declared = DECLARED_ENCODING.match(raw[:1024])
    if declared:
        return declared.group(1).decode("ascii").lower(), True
    return "utf-8", False


def _wrong_encoding(raw, error, name, encoding, declared):
    line = raw.count(b"\n", 0, error.start) + 1
    byte = raw[error.start]
    said = (
        f"says it is {encoding.upper()} text"
        if declared
        else "declares no encoding, so it must be UTF-8 text"
    )
    guess = ""
    try:
        raw.decode("cp1252")
        guess = " It looks like Windows-1252 (Western European) text."
    except UnicodeDecodeError:
        pass
    return (
        f"{name} {said}, but it is not: byte 0x{byte:02X} on line {line} cannot be read as "
        f"{encoding.upper()}.{guess} Open the file in a text editor, save it with the UTF-8 "
        "encoding, and import it again."
    )


def _short_name(tag):
    """Return an element's name with the usual WXR prefix: {…/export/1.2/}status → wp:status."""
    if not tag.startswith("{"):
        return tag
    namespace, _, local = tag[1:].partition("}")
    wordpress = WORDPRESS_NAMESPACE.match(namespace)
    if wordpress:
        return f"{'excerpt' if wordpress.group(1) else 'wp'}:{local}"
    prefix = NAMESPACES.get(namespace)
    return f"{prefix}:{local}" if prefix else local


def _parse(xml, name):
    """Return (channel fields, authors by login, items in order) read from the XML bytes."""
    channel, authors, items = {}, {}, []
    path = []
    try:
        for event, element in SafeElementTree.iterparse(BytesIO(xml), events=("start", "end")):
            tag = _short_name(element.tag)
            if event == "start":
                if not path and tag != "rss":
                    raise UnreadableExport(
                        f"{name} is XML but not a WordPress export: it is a <{tag}> document, "
                        "not <rss>. Export your blog as WordPress XML (WXR)."
                    )
                path.append(tag)
                continue
            path.pop()
            if path == ["rss", "channel"]:
                if tag == "item":
                    items.append(_item_fields(element))
                elif tag == "wp:author":
                    author = _children(element)
                    authors[author.get("wp:author_login", "")] = author
                elif tag in ("title", "link", "generator", "wp:wxr_version", "wp:base_site_url"):
                    channel[tag] = (element.text or "").strip()
                element.clear()
    except EntitiesForbidden as error:
        if error.sysid or error.pubid:
            raise UnreadableExport(
                f"{name} refers to another file or address through an XML entity "
                f"(“{error.name}” → {error.sysid or error.pubid}). A blog export never does; "
                "the file was not read, and nothing it points to was opened."
            ) from None
        raise UnreadableExport(
            f"{name} declares XML entities (“{error.name}”), which a blog export never does: "
            "they can make a small file grow to gigabytes in memory (an “XML bomb”). The file "
            "was not read."
        ) from None
    except DefusedXmlException as error:
        raise UnreadableExport(
            f"{name} has XML features a blog export never uses ({error}); the file was not read."
        ) from None
    except ParseError as error:
        line, column = error.position
        raise UnreadableExport(
            f"{name} is not well-formed XML: {ErrorString(error.code)} on line {line}, column "
            f"{column + 1}. The export may be cut short or damaged: export it again."
        ) from None
    if "wp:wxr_version" not in channel and not any(_type(item) for item in items):
        raise UnreadableExport(
            f"{name} is an RSS feed, not a WordPress export: it has no WordPress fields. "
            "Export your blog as WordPress XML (WXR)."
        )
    return channel, authors, items


def _children(element):
    return {_short_name(child.tag): (child.text or "") for child in element}


def _item_fields(element):
    """Return an <item>'s fields as a dict, with its categories and post meta gathered."""
    fields = {"categories": [], "postmeta": {}}
    for child in element:
        tag = _short_name(child.tag)
        if tag == "category":
            fields["categories"].append(
                (child.get("domain", ""), child.get("nicename", ""), child.text or "")
            )
        elif tag == "wp:postmeta":
            meta = _children(child)
            fields["postmeta"][meta.get("wp:meta_key", "")] = meta.get("wp:meta_value", "")
        else:
            fields.setdefault(tag, child.text or "")
    return fields


def _type(item):
    return item.get("wp:post_type", "").strip()


def _looks_like_squarespace(channel, authors, items):
    """Return True if the export was written by Squarespace rather than WordPress."""
    if "wordpress.org" in channel.get("generator", ""):
        return False
    if any(host in channel.get("link", "") for host in SQUARESPACE_HOSTS):
        return True
    if any(author.get("wp:author_id", "").startswith("-") for author in authors.values()):
        return True
    return any(
        host in item.get("wp:attachment_url", "") + item.get("content:encoded", "")
        for item in items
        for host in SQUARESPACE_HOSTS
    )


def _entry(item, *, label, authors, attachments, following_attachment):
    title = _text(item.get("title", ""))
    entry = Entry(label=f"“{title}” ({label})" if title else label, title=title)
    post_type = _type(item) or "post"
    status = item.get("wp:status", "").strip() or "publish"
    if post_type != "post":
        entry.skip_reason = (
            "it is a page, not a blog post (copy it into Pages in the admin)"
            if post_type == "page"
            else f"it is a {post_type.replace('_', ' ')}, not a blog post"
        )
        return entry
    if status in SKIPPED_STATUSES:
        entry.skip_reason = SKIPPED_STATUSES[status]
        return entry

    link = item.get("link", "") or (item.get("guid", "") if "?" not in item.get("guid", "") else "")
    entry.old_paths = [path for path in [_old_path(link)] if path]
    entry.slug = _slug(item.get("wp:post_name", ""), link, title)
    entry.author = _author(item.get("dc:creator", ""), authors)
    entry.excerpt = _excerpt(item.get("excerpt:encoded", ""))
    entry.tags = _tags(item["categories"])
    entry.body = _body(item.get("content:encoded", ""), entry)
    entry.seo_title = _seo(item["postmeta"].get("_yoast_wpseo_title", ""), 70)
    entry.seo_description = _seo(item["postmeta"].get("_yoast_wpseo_metadesc", ""), 160)
    entry.featured_image = _featured_image(item, attachments, following_attachment, title)

    if status == "private" or item.get("wp:post_password", "").strip():
        entry.status = "draft"
        entry.notes.append(
            "it was private or password-protected on the old site, so it is imported as a "
            "draft: publish it when it may be read by everyone"
        )
    elif status in ("publish", "future"):
        entry.status = "published"
    else:
        entry.status = "draft"
    entry.published_at = _date(item, drafted=entry.status == "draft")
    if not title:
        entry.failure = "it has no title"
    elif entry.status == "published" and entry.published_at is None:
        entry.failure = "it is published but has no publication date that can be read"
    return entry


def _text(value):
    """Return a title or name as plain text (WordPress keeps some titles with entities)."""
    return " ".join(html.unescape(re.sub(r"<[^<>]*>", "", value)).split())


def _old_path(link):
    path = unquote(urlsplit(link.strip()).path)
    if not path or path == "/" or path.rstrip("/").endswith("/null") or len(path) > 500:
        return ""
    return path


def _slug(post_name, link, title):
    post_name = unquote(post_name.strip())
    if not post_name:
        # Squarespace leaves some posts without a slug; their address ends with it.
        path = _old_path(link).rstrip("/")
        post_name = path.rsplit("/", 1)[-1] if path else ""
    post_name = post_name.rstrip("/").rsplit("/", 1)[-1].removesuffix(".html")
    return slug_for(post_name, title, title=title)


def _author(login, authors):
    login = login.strip()
    known = authors.get(login, {})
    name = _text(known.get("wp:author_display_name", "")) or " ".join(
        part
        for part in (
            _text(known.get("wp:author_first_name", "")),
            _text(known.get("wp:author_last_name", "")),
        )
        if part
    )
    email = known.get("wp:author_email", "").strip()
    if not email and "@" in login:
        email = login
    if not (login or name):
        return None
    return AuthorRef(login=login, name=name or login, email=email)


def _excerpt(value):
    value = value.strip()
    if SQUARESPACE_EXCERPT_PLACEHOLDER.match(value):
        return ""
    return plain_text(value) if "<" in value or "&" in value else value


def _tags(categories):
    tags = []
    for domain, nicename, name in categories:
        name = _text(name)
        if domain not in ("category", "post_tag") or not name:
            continue
        # WordPress files every post under "Uncategorized" unless told otherwise.
        if domain == "category" and (nicename or slugify(name)) == "uncategorized":
            continue
        if name.lower() not in (tag.lower() for tag in tags):
            tags.append(name[:100])
    return tags


def _body(content, entry):
    """Return a post's HTML as WordPress or Squarespace would have shown it."""
    if "<!-- wp:" not in content and not re.search(r"<(?:p|div)[\s>]", content, re.I):
        # The classic editor stores paragraphs as blank lines; WordPress adds <p>s when showing.
        content = bodies.paragraphs_from_text(content)
    content = _captions_as_figures(content)
    dropped = sorted(set(SHORTCODES_DROPPED.findall(content)) - {"caption"})
    if dropped:
        content = SHORTCODES_DROPPED.sub("", content)
        entry.notes.append(
            "WordPress shortcodes were removed: "
            + ", ".join(f"[{name}]" for name in dropped)
            + " (galleries, embeds and forms do not come across; add images in the editor)"
        )
    if bodies.has_embeds(content):
        entry.notes.append(
            "an embedded frame or player (a video, a map, a form) was removed: articles "
            "cannot hold embeds, so link to it instead"
        )
    return bodies.normalise(content)


def _captions_as_figures(content):
    """Return `content` with each [caption]<img> Text[/caption] as a figure and its caption."""
    pieces = content.split("[/caption]")
    for number, piece in enumerate(pieces[:-1]):
        start = piece.rfind("[caption")
        end = piece.find("]", start)
        if start == -1 or end == -1:
            continue
        inside = piece[end + 1 :]
        parts = CAPTIONED_IMAGE.match(inside)
        if parts:
            image, caption = parts.groups()
            inside = f"<figure>{image}<figcaption>{caption.strip()}</figcaption></figure>"
        pieces[number] = piece[:start] + inside
    return "".join(pieces)


def _seo(value, limit):
    value = value.strip()
    # Yoast's templates (%%title%% %%sep%% %%sitename%%) are not text to keep.
    if not value or "%%" in value or len(value) > limit:
        return ""
    return value


def _featured_image(item, attachments, following_attachment, title):
    thumbnail_id = item["postmeta"].get("_thumbnail_id", "").strip()
    attachment = attachments.get(thumbnail_id) if thumbnail_id else None
    if attachment is None and following_attachment is not None:
        parent = following_attachment.get("wp:post_parent", "").strip()
        if parent in ("", "0", item.get("wp:post_id", "").strip()):
            attachment = following_attachment
    if attachment is None:
        return None
    url = (
        attachment.get("wp:attachment_url", "")
        or attachment.get("guid", "")
        or attachment.get("link", "")
    ).strip()
    if not url:
        return None
    alt = _text(attachment["postmeta"].get("_wp_attachment_image_alt", "")) or _excerpt(
        attachment.get("excerpt:encoded", "")
    )
    return ImageRef(reference=url, alt=alt[:250])


def _date(item, *, drafted):
    """Return when the post was (or is to be) published, in UTC; None if it never was."""
    gmt = item.get("wp:post_date_gmt", "").strip()
    if gmt and not gmt.startswith(ZERO_DATE):
        try:
            return datetime.strptime(gmt, "%Y-%m-%d %H:%M:%S").replace(tzinfo=UTC)
        except ValueError:
            pass
    if drafted:
        # A draft's other dates say when it was last saved, not when it appears.
        return None
    published = item.get("pubDate", "").strip()
    if published:
        try:
            date = parsedate_to_datetime(published)
        except (TypeError, ValueError):
            date = None
        # WordPress writes "Mon, 30 Nov -0001" for a post that has no date.
        if date and date.year > 1900:
            return date if date.tzinfo else timezone.make_aware(date)
    local = item.get("wp:post_date", "").strip()
    if local and not local.startswith(ZERO_DATE):
        try:
            return timezone.make_aware(datetime.strptime(local, "%Y-%m-%d %H:%M:%S"))
        except ValueError:
            pass
    return None
