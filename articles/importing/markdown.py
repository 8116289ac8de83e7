"""Reading a folder of Markdown files with front matter, as Hugo, Jekyll and Ghost exports have.

Front matter is YAML between --- lines (read with PyYAML's safe loader, which builds only plain
values) or TOML between +++ lines. Every file is read before anything is written: a file that
cannot be read stops the import with the reason, and changes nothing.
"""

import re
import tomllib
from datetime import date, datetime, time
from pathlib import Path

import markdown
import yaml
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

MARKDOWN_SUFFIXES = {".md", ".markdown", ".mdown"}
FRONT_MATTER_LIMIT = 64 * 1024
DEFAULT_PERMALINK = "/{slug}/"
# Jekyll names posts 2021-03-05-my-post.md.
DATED_FILE_NAME = re.compile(r"^(\d{4})-(\d{2})-(\d{2})-(.+)$")
FENCE = re.compile(r"^\s*(```|~~~)")
# A line of hashtags is text, not a heading: "#intimacy #repair" (a heading has a space).
HASHTAG_LINE = re.compile(r"^(\s*)#(?=[^\s#])")
IMAGE_FIELDS = ("image", "featured_image", "feature_image", "cover_image", "thumbnail")
IMAGE_ALT_FIELDS = ("image_alt", "featured_image_alt", "feature_image_alt", "cover_image_alt")
EXCERPT_FIELDS = ("excerpt", "description", "summary", "custom_excerpt")


class BrokenFile(Exception):
    pass


def read_markdown(path: Path, *, permalink: str = DEFAULT_PERMALINK) -> BlogExport:
    """Return the posts in the Markdown file or folder at `path`, or raise UnreadableExport."""
    root = path if path.is_dir() else path.parent
    files = _markdown_files(path)
    if not files:
        raise UnreadableExport(f"{path} holds no Markdown files (.md or .markdown).")
    total = sum(file.stat().st_size for file in files)
    if total > MAX_EXPORT_BYTES:
        raise UnreadableExport(
            f"The Markdown files in {path} add up to {total / 1024 / 1024:.1f} MB; an import "
            f"can be at most {MAX_EXPORT_BYTES // 1024 // 1024} MB. Import the folder in parts."
        )
    entries, problems = [], []
    for file in files:
        name = str(file.relative_to(root))
        try:
            front_matter, text = _front_matter_and_text(_read_text(file))
        except BrokenFile as error:
            problems.append(f"{name}: {error}")
            continue
        entries.append(_entry(file, name, front_matter, text, permalink))
    if problems:
        raise UnreadableExport(
            f"{len(problems)} file(s) cannot be read, so nothing was imported. Mend them and "
            "import again:\n  " + "\n  ".join(problems)
        )
    return BlogExport(source=str(path), kind="Markdown files", entries=entries)


def _markdown_files(path):
    if path.is_file():
        return [path]
    return sorted(
        file
        for file in path.rglob("*")
        if file.suffix.lower() in MARKDOWN_SUFFIXES
        and file.is_file()
        and not any(part.startswith(".") for part in file.relative_to(path).parts)
    )


def _read_text(file):
    raw = file.read_bytes()
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw.count(b"\n", 0, error.start) + 1
        raise BrokenFile(
            f"it is not UTF-8 text (byte 0x{raw[error.start]:02X} on line {line}); open it in "
            "a text editor and save it with the UTF-8 encoding"
        ) from None


def _front_matter_and_text(text):
    """Return (front matter as a dict, the Markdown after it)."""
    lines = text.replace("\r\n", "\n").split("\n")
    if not lines or lines[0].strip() not in ("---", "+++"):
        return {}, text
    fence = lines[0].strip()
    closing = ("---", "...") if fence == "---" else ("+++",)
    end = next((n for n in range(1, len(lines)) if lines[n].strip() in closing), None)
    if end is None:
        raise BrokenFile(f"its front matter starts with {fence} on line 1 but never ends")
    source = "\n".join(lines[1:end])
    if len(source) > FRONT_MATTER_LIMIT:
        raise BrokenFile(f"its front matter is longer than {FRONT_MATTER_LIMIT // 1024} kB")
    try:
        front_matter = yaml.safe_load(source) if fence == "---" else tomllib.loads(source)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f" on line {mark.line + 2}" if mark else ""
        problem = getattr(error, "problem", None) or "it cannot be read"
        raise BrokenFile(f"its front matter is not valid YAML: {problem}{where}") from None
    except tomllib.TOMLDecodeError as error:
        raise BrokenFile(f"its front matter is not valid TOML: {error}") from None
    if front_matter is None:
        front_matter = {}
    if not isinstance(front_matter, dict):
        raise BrokenFile("its front matter is not a list of fields (title: …, date: …)")
    return front_matter, "\n".join(lines[end + 1 :])


def _entry(file, name, front_matter, text, permalink):
    dated_name = DATED_FILE_NAME.match(file.stem)
    title = _string(front_matter.get("title"))
    text, heading = _without_title_heading(text, title)
    title = title or heading
    entry = Entry(label=f"“{title}” ({name})" if title else name, title=title, folder=file.parent)
    if file.name.startswith("_index."):
        entry.skip_reason = "it is a section's index page, not a post"
        return entry

    entry.slug = _slug(front_matter, file, dated_name, title)
    entry.author = _author(front_matter)
    entry.tags = _tags(front_matter)
    entry.excerpt = next(
        (_string(front_matter[key]) for key in EXCERPT_FIELDS if front_matter.get(key)), ""
    )
    entry.seo_title = _string(front_matter.get("meta_title") or front_matter.get("seo_title"))[:70]
    entry.seo_description = _string(front_matter.get("meta_description"))[:160]
    entry.featured_image = _featured_image(front_matter, file.parent)
    entry.body = bodies.normalise(_html(text))
    entry.status = "draft" if _is_draft(front_matter, file) else "published"

    raw_date = next(
        (
            front_matter[key]
            for key in ("date", "publishDate", "published_at")
            if key in front_matter
        ),
        None,
    )
    if raw_date is None and dated_name:
        raw_date = "-".join(dated_name.groups()[:3])
    try:
        entry.published_at = _date(raw_date)
    except ValueError:
        entry.failure = (
            f"its date “{raw_date}” cannot be read: write it as 2021-03-05 or 2021-03-05T09:30:00"
        )
    entry.old_paths = _old_paths(front_matter, entry, permalink)
    if not title:
        entry.failure = "it has no title (add title: … to its front matter)"
    elif entry.status == "published" and entry.published_at is None and not entry.failure:
        entry.failure = "it has no date (add date: 2021-03-05 to its front matter)"
    return entry


def _string(value):
    if value is None or isinstance(value, (dict, list)):
        return ""
    return " ".join(str(value).split())


def _without_title_heading(text, title):
    """Return the text without an opening "# Title" line, and that title."""
    match = re.match(r"\s*#\s+(.+?)\s*#*\s*(?:\n|$)", text)
    if not match or (title and match.group(1).strip() != title):
        return text, ""
    return text[match.end() :], match.group(1).strip()


def _slug(front_matter, file, dated_name, title):
    stem = dated_name.group(4) if dated_name else file.stem
    if stem == "index":
        # A Hugo page bundle: my-post/index.md.
        stem = file.parent.name
    return slug_for(_string(front_matter.get("slug")), stem, title, title=title)


def _author(front_matter):
    value = front_matter.get("author") or front_matter.get("authors")
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        name = _string(value.get("name"))
        return AuthorRef(login=_string(value.get("slug")), name=name, email="") if name else None
    name = _string(value)
    return AuthorRef(login=slugify(name), name=name) if name else None


def _tags(front_matter):
    tags = []
    for key in ("tags", "categories"):
        value = front_matter.get(key)
        if isinstance(value, str):
            value = value.split(",")
        if not isinstance(value, list):
            continue
        for tag in value:
            name = _string(tag).lstrip("#")[:100]
            if name and name.lower() not in (known.lower() for known in tags):
                tags.append(name)
    return tags


def _featured_image(front_matter, folder):
    cover = front_matter.get("cover")
    if isinstance(cover, dict):
        reference, alt = _string(cover.get("image")), _string(cover.get("alt"))
    else:
        reference = _string(cover) or next(
            (_string(front_matter[key]) for key in IMAGE_FIELDS if front_matter.get(key)), ""
        )
        alt = next(
            (_string(front_matter[key]) for key in IMAGE_ALT_FIELDS if front_matter.get(key)),
            "",
        )
    return ImageRef(reference=reference, alt=alt[:250], near=folder) if reference else None


def _is_draft(front_matter, file):
    return (
        front_matter.get("draft") is True
        or front_matter.get("published") is False
        or _string(front_matter.get("status")).lower() in ("draft", "private")
        or "_drafts" in file.parts
    )


def _date(value):
    """Return `value` (a YAML or TOML date, or text) as an aware datetime, or None."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value if timezone.is_aware(value) else timezone.make_aware(value)
    if isinstance(value, date):
        return timezone.make_aware(datetime.combine(value, time()))
    if isinstance(value, str):
        # Jekyll writes "2021-03-05 09:30:00 +0100".
        text = re.sub(r"\s+([+-]\d{2}:?\d{2})$", r"\1", value.strip())
        parsed = datetime.fromisoformat(text)
        return parsed if timezone.is_aware(parsed) else timezone.make_aware(parsed)
    raise ValueError(value)


def _old_paths(front_matter, entry, permalink):
    paths = []
    for key in ("url", "permalink"):
        value = _string(front_matter.get(key))
        # Jekyll's permalink may be a pattern (/:year/:title/); only a literal path is an address.
        if value.startswith("/") and ":" not in value:
            paths.append(value)
    for key in ("aliases", "redirect_from"):
        value = front_matter.get(key)
        for alias in value if isinstance(value, list) else [value]:
            alias = _string(alias)
            if alias.startswith("/"):
                paths.append(alias)
    if not paths and permalink and entry.slug:
        published = entry.published_at or timezone.now()
        local = timezone.localtime(published)
        paths.append(
            permalink.format(
                slug=entry.slug,
                year=f"{local.year:04d}",
                month=f"{local.month:02d}",
                day=f"{local.day:02d}",
            )
        )
    return [path for path in dict.fromkeys(paths) if path != "/" and len(path) <= 500]


def _html(text):
    """Return the Markdown `text` as HTML, lines of hashtags kept as text."""
    lines, in_code = [], False
    for line in text.split("\n"):
        if FENCE.match(line):
            in_code = not in_code
        lines.append(line if in_code else HASHTAG_LINE.sub(r"\1\\#", line))
    return markdown.markdown("\n".join(lines), extensions=["extra", "sane_lists"])
