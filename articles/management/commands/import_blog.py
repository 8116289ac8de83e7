from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from django.core.management.base import BaseCommand, CommandError

from articles.importing import bodies
from articles.importing.entries import UnreadableExport
from articles.importing.markdown import DEFAULT_PERMALINK, MARKDOWN_SUFFIXES, read_markdown
from articles.importing.media import ImageFinder
from articles.importing.services import import_entries
from articles.importing.wxr import read_wxr
from articles.models import Author


class ProgressBar:
    """A one-line progress bar, redrawn in place on a terminal."""

    width = 30

    def __init__(self, out):
        self.out = out

    def __call__(self, number, total, title):
        done = round(self.width * number / total)
        bar = "#" * done + "." * (self.width - done)
        self.out.write(f"\r[{bar}] {number}/{total} {title[:40]:<40}", ending="")
        self.out.flush()

    def finish(self):
        self.out.write("\r" + " " * (self.width + 60) + "\r", ending="")


class Command(BaseCommand):
    help = (
        "Bring posts in from a WordPress or Squarespace export (a WXR .xml file) or from a "
        "folder of Markdown files with front matter (Hugo, Jekyll, Ghost). Safe to run again: "
        "posts already imported are updated, never duplicated."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "source", help="The export (.xml), or a folder of Markdown files, or one .md file."
        )
        parser.add_argument(
            "--media-dir",
            type=Path,
            help="A folder holding the old blog's images (WordPress: wp-content/uploads). "
            "Images the posts refer to are found there by name and imported like uploads.",
        )
        parser.add_argument(
            "--hashtags-to-tags",
            action="store_true",
            help="Turn hashtags at the very end of a post (#anxiety #couples) into tags, and "
            "take them out of the text.",
        )
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Show what would be created, updated or skipped, and change nothing.",
        )
        parser.add_argument(
            "--author",
            metavar="SLUG",
            help="Give every imported post this author (an author's slug), whatever the "
            "export says.",
        )
        parser.add_argument(
            "--permalink",
            default=DEFAULT_PERMALINK,
            help="Markdown only: the old address of a post whose front matter gives none, "
            "from {slug}, {year}, {month} and {day}. Default: %(default)s "
            "(Hugo: /posts/{slug}/; Jekyll: /{year}/{month}/{day}/{slug}.html).",
        )
        parser.add_argument(
            "--list-images",
            action="store_true",
            help="Print the address of every image the export refers to, one a line, to "
            "download them into a folder for --media-dir; import nothing.",
        )

    def handle(self, *args, **options):
        self.verbosity = options["verbosity"]
        source = Path(options["source"]).expanduser()
        if not source.exists():
            raise CommandError(f"{source} does not exist.")
        media_dir = options["media_dir"]
        if media_dir and not media_dir.is_dir():
            raise CommandError(f"--media-dir {media_dir} is not a folder.")
        author = self._author(options["author"])
        markdown = source.is_dir() or source.suffix.lower() in MARKDOWN_SUFFIXES
        permalink = options["permalink"]
        try:
            permalink.format(slug="s", year="2000", month="01", day="01")
        except (KeyError, IndexError, ValueError):
            raise CommandError(
                f"--permalink {permalink} can only use {{slug}}, {{year}}, {{month}} and {{day}}."
            ) from None
        try:
            export = read_markdown(source, permalink=permalink) if markdown else read_wxr(source)
        except UnreadableExport as error:
            raise CommandError(f"{error}\nNothing was imported.") from None

        if options["list_images"]:
            for address in _image_addresses(export):
                self.stdout.write(address)
            return

        count = len(export.entries)
        self.stdout.write(
            f"{export.source} ({export.kind}): {count} {'entry' if count == 1 else 'entries'}."
        )
        finder = ImageFinder(media_dir, roots=(source if source.is_dir() else source.parent,))
        progress = ProgressBar(self.stdout) if self.stdout.isatty() else None
        try:
            report = import_entries(
                export=export,
                finder=finder,
                hashtags_to_tags=options["hashtags_to_tags"],
                author=author,
                dry_run=options["dry_run"],
                progress=progress,
            )
        except OSError as error:
            raise CommandError(
                f"An image could not be stored ({error.strerror or error}), so nothing was "
                "imported: the posts and the media folder are as they were. Free some space "
                "or check the media folder (DJANGO_MEDIA_ROOT), then import again."
            ) from None
        finally:
            if progress:
                progress.finish()
        self._print_report(report)
        if report.failed and not report.dry_run:
            raise CommandError(
                f"{len(report.failed)} post(s) could not be imported (see “failed” above); "
                "everything else was. Mend them and run the import again: it updates what is "
                "already here."
            )

    def _author(self, slug):
        if not slug:
            return None
        author = Author.objects.filter(slug=slug).first()
        if author is None:
            known = ", ".join(Author.objects.values_list("slug", flat=True)) or "none yet"
            raise CommandError(f"There is no author with the slug “{slug}” (authors: {known}).")
        return author

    def _print_report(self, report):
        would = "would be " if report.dry_run else ""
        write = self.stdout.write
        for label, url in report.created:
            write(f"  {'would create' if report.dry_run else 'created'}  {label} → {url}")
        for label, url in report.updated:
            write(f"  {'would update' if report.dry_run else 'updated'}  {label} → {url}")
        if self.verbosity > 1:
            for label, url in report.unchanged:
                write(f"  unchanged  {label} → {url}")
        for label, reason in report.skipped:
            write(f"  skipped  {label}: {reason}")
        for label, reason in report.failed:
            write(self.style.ERROR(f"  failed  {label}: {reason}"))
        if report.missing_images:
            write("")
            write(
                f"Images not found ({len(report.missing_images)}): each is left out of its "
                "post, which is imported without it. Put the file in the --media-dir folder "
                "and import again, or add the image in the admin's editor."
            )
            for label, reference, reason in report.missing_images:
                write(f"  {label}: {reference} ({reason})")
        if report.notes:
            write("")
            write("Notes:")
            for label, note in report.notes:
                write(f"  {label}: {note}" if label else f"  {note}")
        write("")
        counts = (
            f"{len(report.created)} created, {len(report.updated)} updated, "
            f"{len(report.unchanged)} unchanged, {len(report.skipped)} skipped, "
            f"{len(report.failed)} failed"
        )
        images = f"{report.images_imported} image(s) {would}imported"
        if report.missing_images:
            images += f", {len(report.missing_images)} not found"
        authors = ""
        if report.authors_created:
            authors = (
                f"; {len(report.authors_created)} author(s) {would}created "
                f"({', '.join(report.authors_created)})"
            )
        summary = f"Summary: {counts}; {images}{authors}."
        write(self.style.WARNING(summary) if report.failed else self.style.SUCCESS(summary))
        if report.dry_run:
            write("Dry run: nothing was changed.")
        elif report.created or report.updated:
            write(
                "Each imported post's old address now leads to its new one (a permanent "
                "redirect), once the post is published."
            )


def _image_addresses(export):
    """Return the web addresses of every image the export's entries refer to, once each."""
    references = []
    for entry in export.entries:
        if entry.featured_image:
            references.append(entry.featured_image.reference)
        references += [src for src, _ in bodies.image_references(entry.body)]
    addresses = []
    for reference in references:
        url = urlsplit(reference)
        if url.scheme in ("http", "https"):
            addresses.append(urlunsplit((url.scheme, url.netloc, url.path, "", "")))
    return list(dict.fromkeys(addresses))
