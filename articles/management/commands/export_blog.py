import io
import os
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from articles.importing.export import write_wxr
from articles.models import Post


class Command(BaseCommand):
    help = (
        "Write every article (published, scheduled and drafts) to a WordPress export file "
        "(WXR), which WordPress and import_blog can read."
    )

    def add_arguments(self, parser):
        parser.add_argument("output", help="The file to write, e.g. blog.xml; - for the screen.")

    def handle(self, *args, **options):
        posts = Post.objects.all()
        if options["output"] == "-":
            buffer = io.BytesIO()
            write_wxr(buffer, posts=posts, site_url=settings.SITE_URL)
            self.stdout.write(buffer.getvalue().decode(), ending="")
            return
        path = Path(options["output"]).expanduser()
        partial = path.with_name(f".{path.name}.part")
        try:
            with partial.open("wb") as output:
                images = write_wxr(output, posts=posts, site_url=settings.SITE_URL)
            os.replace(partial, path)
        except OSError as error:
            partial.unlink(missing_ok=True)
            raise CommandError(f"{path} could not be written: {error.strerror or error}.") from None
        drafts = posts.filter(status=Post.Status.DRAFT).count()
        scheduled = posts.scheduled().count()
        self.stdout.write(
            self.style.SUCCESS(
                f"Wrote {posts.count()} article(s) ({posts.published().count()} published, "
                f"{scheduled} scheduled, {drafts} draft(s)) and {images} image reference(s) "
                f"to {path}."
            )
        )
