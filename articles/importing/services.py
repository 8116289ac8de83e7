"""Creating or updating posts from an export's entries, all in one transaction."""

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import PurePosixPath
from urllib.parse import urlsplit

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils.text import slugify
from taggit.models import Tag

from articles.importing import bodies
from articles.importing.entries import BlogExport, Entry
from articles.importing.media import (
    ImageFinder,
    NotFound,
    OwnMedia,
    fingerprint,
    refusal,
    upload_name,
)
from articles.models import Author, Post, PostRedirect
from articles.services import record_slug_change
from practice.html import clean_html
from practice.images import add_image_dimensions, rendition_name, rendition_widths
from practice.models import Image

Progress = Callable[[int, int, str], None]


@dataclass
class ImportReport:
    """What an import did (or, in a dry run, would do), post by post."""

    dry_run: bool = False
    # (label, the post's address) for posts; (label, reason) for the rest.
    created: list[tuple[str, str]] = field(default_factory=list)
    updated: list[tuple[str, str]] = field(default_factory=list)
    unchanged: list[tuple[str, str]] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    authors_created: list[str] = field(default_factory=list)
    images_imported: int = 0
    # (label, the image's address, why it is missing)
    missing_images: list[tuple[str, str, str]] = field(default_factory=list)
    # (label, note); an empty label is a note about the whole export.
    notes: list[tuple[str, str]] = field(default_factory=list)


class EntryFailed(Exception):
    """One entry cannot become a post; the message says why."""


@dataclass
class _EntryOutcome:
    missing_images: list[tuple[str, str]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    images_imported: int = 0


def import_entries(
    *,
    export: BlogExport,
    finder: ImageFinder,
    hashtags_to_tags: bool = False,
    author: Author | None = None,
    dry_run: bool = False,
    progress: Progress | None = None,
) -> ImportReport:
    """Create or update a post for each of the export's entries; return what happened.

    Everything happens in one transaction: an entry that fails is rolled back alone and
    reported, and anything unexpected (storage full, say) rolls the whole import back and
    removes the image files it had stored. A dry run rolls everything back and stores no file.
    """
    importer = _Importer(
        export=export,
        finder=finder,
        hashtags_to_tags=hashtags_to_tags,
        author=author,
        dry_run=dry_run,
    )
    return importer.run(progress)


class _Importer:
    def __init__(self, *, export, finder, hashtags_to_tags, author, dry_run):
        self.export = export
        self.finder = finder
        self.hashtags_to_tags = hashtags_to_tags
        self.author = author
        self.dry_run = dry_run
        self.report = ImportReport(dry_run=dry_run, notes=[("", note) for note in export.notes])
        # Stored originals and their widths, to remove again if the import is rolled back.
        self.stored_files: list[tuple[str, int]] = []
        self.image_urls: dict[str, str] = {}
        self.authors: dict[tuple[str, str, str], Author] = {}
        self.tag_names: dict[str, str] = {}
        self.imported_posts: dict[int, str] = {}
        self.link_targets = self._link_targets()
        site = urlsplit(export.site_url).hostname or ""
        self.source_hosts = {site, site.removeprefix("www."), f"www.{site}"} - {"", "www."}

    def run(self, progress):
        entries = self.export.entries
        try:
            with transaction.atomic():
                for number, entry in enumerate(entries, 1):
                    if progress:
                        progress(number, len(entries), entry.title)
                    self._import(entry)
                if self.dry_run:
                    transaction.set_rollback(True)
        except BaseException:
            self._remove_files(self.stored_files)
            raise
        return self.report

    def _link_targets(self):
        """Map each old address in the export (without its final slash) to the new one."""
        targets = {}
        for entry in self.export.entries:
            if entry.skip_reason or entry.failure or not entry.slug:
                continue
            new_url = reverse("articles:detail", kwargs={"slug": entry.slug})
            for path in entry.old_paths:
                targets[path.rstrip("/")] = new_url
        return targets

    def _import(self, entry: Entry):
        report = self.report
        if entry.skip_reason:
            report.skipped.append((entry.label, entry.skip_reason))
            return
        if entry.failure:
            report.failed.append((entry.label, entry.failure))
            return
        stored_before = len(self.stored_files)
        remembered = (dict(self.authors), dict(self.image_urls), len(report.authors_created))
        outcome = _EntryOutcome(notes=list(entry.notes))
        try:
            with transaction.atomic():
                result, post = self._save(entry, outcome)
        except (EntryFailed, ValidationError, IntegrityError) as error:
            # What the entry made is rolled back: forget it, and remove the files it stored.
            self._remove_files(self.stored_files[stored_before:])
            del self.stored_files[stored_before:]
            self.authors, self.image_urls = remembered[0], remembered[1]
            del report.authors_created[remembered[2] :]
            report.failed.append((entry.label, _reason(error)))
            return
        self.imported_posts[post.pk] = entry.label
        getattr(report, result).append((entry.label, post.get_absolute_url()))
        report.images_imported += outcome.images_imported
        report.missing_images += [(entry.label, *missing) for missing in outcome.missing_images]
        report.notes += [(entry.label, note) for note in outcome.notes]

    def _save(self, entry, outcome):
        """Create or update the post for `entry`; return ("created" | "updated" | "unchanged",
        the post)."""
        post = self._existing_post(entry)
        adding = post is None
        if adding:
            post = Post()
        elif post.pk in self.imported_posts:
            raise EntryFailed(
                f"it has the same address as {self.imported_posts[post.pk]}, earlier in this export"
            )
        taken = Post.objects.filter(slug=entry.slug).exclude(pk=post.pk).first()
        if taken:
            raise EntryFailed(f"its address /articles/{entry.slug}/ is taken by “{taken}”")
        before = None if adding else _state(post)
        was_published = post.status == Post.Status.PUBLISHED
        old_slug = post.slug

        post.title = entry.title
        post.slug = entry.slug
        post.author = self._author_for(entry)
        post.excerpt = entry.excerpt
        post.status = entry.status
        post.published_at = entry.published_at
        post.seo_title = entry.seo_title or post.seo_title
        post.seo_description = entry.seo_description or post.seo_description
        body, hashtags = self._body(entry, outcome)
        post.body = body
        new_featured_image = self._set_featured_image(post, entry, outcome)
        tags = self._tags(entry.tags + hashtags)
        new_paths = self._new_old_paths(post, entry)

        changed = new_paths or outcome.images_imported or before != _state(post, tags)
        if not adding and not changed:
            return "unchanged", post
        post.full_clean()
        post.save()
        if new_featured_image:
            self.stored_files.append((post.featured_image.name, post.featured_image_width))
        post.tags.set(tags)
        for path in new_paths:
            PostRedirect.objects.update_or_create(old_path=path, defaults={"post": post})
        if not adding and was_published and old_slug != post.slug:
            record_slug_change(post=post, old_slug=old_slug)
        return ("created" if adding else "updated"), post

    def _existing_post(self, entry):
        redirect = (
            PostRedirect.objects.filter(old_path__in=entry.old_paths).select_related("post").first()
        )
        if redirect:
            return redirect.post
        return Post.objects.filter(slug=entry.slug).first()

    def _new_old_paths(self, post, entry):
        own_path = reverse("articles:detail", kwargs={"slug": post.slug}).rstrip("/")
        kept = set()
        if post.pk:
            kept = set(post.redirects.values_list("old_path", flat=True))
        return [
            path for path in entry.old_paths if path.rstrip("/") != own_path and path not in kept
        ]

    def _author_for(self, entry):
        if self.author:
            return self.author
        named = entry.author
        if named is None:
            authors = list(Author.objects.all()[:2])
            if len(authors) == 1:
                return authors[0]
            raise EntryFailed("it names no author; say who wrote it with --author")
        key = (named.login.lower(), named.name.lower(), named.email.lower())
        if key not in self.authors:
            self.authors[key] = self._find_or_create_author(named)
        return self.authors[key]

    def _find_or_create_author(self, named):
        login_slug = slugify(named.login)
        candidates = [
            Author.objects.filter(slug=login_slug) if login_slug else None,
            Author.objects.filter(user__email__iexact=named.email) if named.email else None,
            Author.objects.filter(name__iexact=named.name) if named.name else None,
        ]
        for candidate in candidates:
            found = candidate.first() if candidate is not None else None
            if found:
                return found
        # A WordPress login is often already a good slug (it is the author's old address);
        # Squarespace's is an email address.
        usable_login = login_slug if login_slug == named.login and "@" not in named.login else ""
        base = (usable_login or slugify(named.name) or login_slug or "author")[:110]
        slug, number = base, 1
        while Author.objects.filter(slug=slug).exists():
            number += 1
            slug = f"{base}-{number}"
        author = Author.objects.create(name=(named.name or named.login)[:120], slug=slug)
        self.report.authors_created.append(author.name)
        return author

    def _tags(self, names):
        resolved = []
        for name in names:
            if name.lower() not in self.tag_names:
                existing = Tag.objects.filter(name__iexact=name).values_list("name", flat=True)
                self.tag_names[name.lower()] = existing.first() or name
            tag = self.tag_names[name.lower()]
            if tag not in resolved:
                resolved.append(tag)
        return resolved

    def _body(self, entry, outcome):
        """Return the post's body as it will be stored, and the hashtags taken from its end."""

        def new_source(src, alt):
            return self._body_image(src, alt, entry, outcome)

        body = bodies.replace_images(entry.body, new_source)
        body = bodies.replace_links(body, self._link_target)
        body = clean_html(body)
        hashtags = []
        if self.hashtags_to_tags:
            body, hashtags = bodies.take_trailing_hashtags(body)
            body = clean_html(body)
        return add_image_dimensions(bodies.tidied(body)), hashtags

    def _link_target(self, href):
        url = urlsplit(href)
        if url.scheme not in ("", "http", "https") or (
            url.netloc and url.hostname not in self.source_hosts
        ):
            return None
        if not url.path.startswith("/"):
            return None
        target = self.link_targets.get(url.path.rstrip("/"))
        if target and url.fragment:
            target += f"#{url.fragment}"
        return target

    def _body_image(self, src, alt, entry, outcome):
        found = self.finder.find(src, near=entry.folder)
        if isinstance(found, OwnMedia):
            return default_storage.url(found.name)
        if isinstance(found, NotFound):
            outcome.missing_images.append((_shown(src), found.reason))
            return None
        try:
            content = found.read()
        except ValidationError as error:
            outcome.missing_images.append((_shown(src), refusal(error)))
            return None
        key = fingerprint(content)
        if key not in self.image_urls:
            existing = Image.objects.filter(file__contains=f"-{key}").first()
            if existing:
                self.image_urls[key] = existing.file.url
            else:
                self.image_urls[key] = self._new_library_image(found.name, content, alt, entry)
                outcome.images_imported += 1
        return self.image_urls[key]

    def _new_library_image(self, name, content, alt, entry):
        """Store an image in the library, as an upload would be; return its address."""
        if self.dry_run:
            return f"{settings.MEDIA_URL}images/{upload_name(name, content)}"
        image = Image(
            alt_text=(alt or f"A picture from “{entry.title}”")[:250],
            file=ContentFile(content, name=upload_name(name, content)),
        )
        image.save()
        self.stored_files.append((image.file.name, image.width))
        return image.file.url

    def _set_featured_image(self, post, entry, outcome):
        """Give `post` the entry's featured image; return True if a new file is to be stored."""
        wanted = entry.featured_image
        if wanted is None:
            return False
        found = self.finder.find(wanted.reference, near=wanted.near or entry.folder)
        if isinstance(found, NotFound):
            outcome.missing_images.append((_shown(wanted.reference), found.reason))
            return False
        alt = wanted.alt or post.featured_image_alt
        if not alt:
            alt = entry.title[:250]
            outcome.notes.append(
                "its featured image had no description, so the title stands in: describe "
                "the picture in the admin"
            )
        if isinstance(found, OwnMedia):
            if post.featured_image.name != found.name:
                post.featured_image = found.name
            post.featured_image_alt = alt
            return False
        try:
            content = found.read()
        except ValidationError as error:
            outcome.missing_images.append((_shown(wanted.reference), refusal(error)))
            return False
        post.featured_image_alt = alt
        if f"-{fingerprint(content)}" in PurePosixPath(post.featured_image.name or "").stem:
            return False
        outcome.images_imported += 1
        if self.dry_run:
            return False
        post.featured_image = ContentFile(content, name=upload_name(found.name, content))
        return True

    @staticmethod
    def _remove_files(stored):
        for name, width in stored:
            extensions = {".webp", PurePosixPath(name).suffix}
            for rendition_width in rendition_widths(width) if width else []:
                for extension in extensions:
                    default_storage.delete(rendition_name(name, rendition_width, extension))
            default_storage.delete(name)


def _state(post, tags=None):
    """Return what an import may change of `post`, to tell an update from no change."""
    return (
        post.title,
        post.slug,
        post.author_id,
        post.excerpt,
        add_image_dimensions(clean_html(post.body)),
        post.status,
        post.published_at,
        post.seo_title,
        post.seo_description,
        post.featured_image.name or "",
        post.featured_image_alt,
        sorted(post.tags.names()) if tags is None else sorted(tags),
    )


def _shown(reference):
    """Return an image's address as the summary shows it: an embedded image's data cut short."""
    return reference if len(reference) <= 120 else reference[:60] + "…"


def _reason(error):
    if isinstance(error, ValidationError):
        if hasattr(error, "error_dict"):
            return "; ".join(
                f"{name.replace('_', ' ')}: {' '.join(messages)}"
                if name != "__all__"
                else " ".join(messages)
                for name, messages in error.message_dict.items()
            )
        return " ".join(error.messages)
    if isinstance(error, IntegrityError):
        return f"the database refused it ({error})"
    return str(error)
