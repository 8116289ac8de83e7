"""Running the import and export commands, and looking at what they left behind."""

import shutil
from io import StringIO
from pathlib import Path

from django.core.management import CommandError, call_command
from taggit.models import Tag, TaggedItem

from articles.models import Author, Post, PostRedirect
from practice.models import Image
from tests.factories import image_bytes

FIXTURES = Path(__file__).parent / "fixtures"


class Terminal(StringIO):
    """Standard output as a terminal: what a person running the command sees."""

    def isatty(self):
        return True


def run_import(*args, stdout=None):
    """Run import_blog; return its output and, if it stopped with an error, the error's text."""
    out = stdout or StringIO()
    try:
        call_command("import_blog", *map(str, args), stdout=out)
    except CommandError as error:
        return out.getvalue(), str(error)
    return out.getvalue(), None


def imported(*args):
    """Run import_blog, which must succeed; return its output."""
    output, error = run_import(*args)
    assert error is None, f"{error}\n{output}"
    return output


def database_state():
    """Return everything an import may touch, to compare before and after."""
    return {
        "posts": sorted(
            Post.objects.values_list(
                "pk", "title", "slug", "status", "published_at", "body", "excerpt", "author_id"
            )
        ),
        "authors": sorted(Author.objects.values_list("pk", "name", "slug")),
        "tags": sorted(Tag.objects.values_list("pk", "name")),
        "tagged": sorted(TaggedItem.objects.values_list("tag_id", "object_id")),
        "redirects": sorted(PostRedirect.objects.values_list("old_path", "post_id")),
        "images": sorted(Image.objects.values_list("pk", "file")),
    }


def files_in(folder):
    """Return the paths of every file under `folder`, relative to it."""
    folder = Path(folder)
    if not folder.exists():
        return set()
    return {str(path.relative_to(folder)) for path in folder.rglob("*") if path.is_file()}


def copy_fixture(name, destination):
    """Copy the fixture file or folder `name` into `destination`; return the copy's path."""
    source = FIXTURES / name
    target = Path(destination) / name
    if source.is_dir():
        shutil.copytree(source, target)
    else:
        shutil.copy(source, target)
    return target


def put_image(folder, relative_path, **kwargs):
    """Write a real image at `relative_path` under `folder`; return its path."""
    path = Path(folder) / relative_path
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(image_bytes(**kwargs))
    return path


def wxr(*items, channel=""):
    """Return a small WXR document holding `items` (the XML inside each <item>)."""
    body = "".join(f"<item>{item}</item>" for item in items)
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" '
        'xmlns:content="http://purl.org/rss/1.0/modules/content/" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:wp="http://wordpress.org/export/1.2/">\n'
        "<channel><title>Old blog</title><link>https://old.example</link>"
        f"<wp:wxr_version>1.2</wp:wxr_version>{channel}{body}</channel></rss>\n"
    )


def wxr_post(title="A post", *, slug="a-post", status="publish", body="<p>Words.</p>", extra=""):
    """Return the inside of a WXR <item> for a post by Maria Reyes."""
    return (
        f"<title>{title}</title><link>https://old.example/{slug}/</link>"
        "<dc:creator>maria</dc:creator>"
        f"<content:encoded><![CDATA[{body}]]></content:encoded>"
        f"<wp:post_name>{slug}</wp:post_name><wp:status>{status}</wp:status>"
        "<wp:post_type>post</wp:post_type>"
        "<wp:post_date_gmt>2024-02-01 10:00:00</wp:post_date_gmt>"
        f"{extra}"
    )
