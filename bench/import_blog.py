"""Import benchmark: a generated WordPress export of N posts, imported, imported again, dry-run.

    make bench-import            # or: .venv/bin/python bench/import_blog.py [--posts N]

It writes a WXR file of N posts of about 1,000 words (Gutenberg markup, tags, categories, every
twentieth post with a featured image and a picture in its text, from a generated media folder),
then, in a database of its own (a temporary SQLite file, or --database-url), times reading the
file, the first import, a second import (nothing to change) and a dry run, with peak memory.
A last run reads a 2 MB export whose bodies are hostile markup (unclosed tags and quotes by
the thousand). It prints figures; nothing passes or fails.
"""

import argparse
import os
import random
import resource
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parents[1]
WORDS = (
    "attachment repair listening boundaries partner closeness distance trust shame anxiety "
    "nervous system calm conflict pattern reassurance rest grief desire tenderness curiosity "
    "the a of and to in is that it we you they when what how feel notice name hold"
).split()
TAGS = ["anxiety", "couples", "grief", "boundaries", "intimacy", "repair", "rest", "trust"]


def paragraph(rng, words=80):
    return " ".join(rng.choice(WORDS) for _ in range(words)).capitalize() + "."


def post_item(number, rng, *, pictured):
    blocks = []
    for section in range(4):
        blocks.append(f"<!-- wp:heading -->\n<h2>Part {section + 1}</h2>\n<!-- /wp:heading -->")
        for _ in range(3):
            blocks.append(f"<!-- wp:paragraph -->\n<p>{paragraph(rng)}</p>\n<!-- /wp:paragraph -->")
    meta = ""
    if pictured:
        blocks.insert(
            2,
            f'<figure class="wp-block-image"><img src="https://old.example/wp-content/uploads/'
            f'2023/05/figure-{number}-1024x683.jpg" alt="Figure {number}"></figure>',
        )
        meta = (
            "<wp:postmeta><wp:meta_key>_thumbnail_id</wp:meta_key>"
            f"<wp:meta_value>{100000 + number}</wp:meta_value></wp:postmeta>"
        )
    blocks.append("<p>#" + " #".join(rng.sample(TAGS, 3)) + "</p>")
    categories = "".join(
        f'<category domain="post_tag" nicename="{tag}"><![CDATA[{tag}]]></category>'
        for tag in rng.sample(TAGS, 2)
    )
    item = (
        f"<item><title>Post number {number}</title>"
        f"<link>https://old.example/2023/05/post-{number}/</link>"
        f"<dc:creator>writer</dc:creator>"
        f"<content:encoded><![CDATA[{chr(10).join(blocks)}]]></content:encoded>"
        f"<excerpt:encoded><![CDATA[]]></excerpt:encoded>"
        f"<wp:post_id>{number}</wp:post_id>"
        f"<wp:post_date_gmt>2023-05-{1 + number % 28:02d} 10:00:00</wp:post_date_gmt>"
        f"<wp:post_name>post-{number}</wp:post_name><wp:status>publish</wp:status>"
        f"<wp:post_type>post</wp:post_type>{categories}{meta}</item>"
    )
    if pictured:
        item += (
            f"<item><title>Cover {number}</title><wp:post_id>{100000 + number}</wp:post_id>"
            f"<wp:post_type>attachment</wp:post_type><wp:post_parent>{number}</wp:post_parent>"
            "<wp:attachment_url>https://old.example/wp-content/uploads/2023/05/"
            f"cover-{number}.jpg</wp:attachment_url></item>"
        )
    return item


def export(items):
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" '
        'xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" '
        'xmlns:content="http://purl.org/rss/1.0/modules/content/" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">'
        "<channel><title>Old</title><link>https://old.example</link>"
        "<wp:wxr_version>1.2</wp:wxr_version><wp:author><wp:author_login>writer</wp:author_login>"
        "<wp:author_display_name>A Writer</wp:author_display_name></wp:author>"
        + "".join(items)
        + "</channel></rss>\n"
    )


def measured(label, action, *, memory=False):
    """Run `action`, print how long it took (and, with `memory`, its peak Python memory,
    traced separately as tracing slows everything down); return its result and seconds."""
    started = time.perf_counter()
    result = action()
    seconds = time.perf_counter() - started
    line = f"  {label:<34} {seconds:8.2f} s"
    if memory:
        tracemalloc.start()
        action()
        line += f"   peak Python memory {tracemalloc.get_traced_memory()[1] / 1024 / 1024:6.1f} MB"
        tracemalloc.stop()
    print(line)
    return result, seconds


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--posts", type=int, default=2000)
    parser.add_argument("--database-url", help="default: a temporary SQLite file")
    options = parser.parse_args()

    workspace = Path(tempfile.mkdtemp(prefix="practice-bench-import-"))
    os.environ.update(
        DJANGO_SETTINGS_MODULE="practice.settings",
        DJANGO_SECRET_KEY="bench-only-key-" + "x" * 40,
        DJANGO_VAR_DIR=str(workspace / "var"),
        DATABASE_URL=options.database_url or f"sqlite:///{workspace / 'bench.sqlite3'}",
    )
    sys.path.insert(0, str(PROJECT_DIR))
    import django

    django.setup()
    from django.core.management import call_command

    from articles.importing.media import ImageFinder
    from articles.importing.services import import_entries
    from articles.importing.wxr import read_wxr
    from articles.models import Post
    from tests.factories import image_bytes

    call_command("migrate", verbosity=0)
    rng = random.Random(20240601)
    pictured = range(0, options.posts, 20)
    media = workspace / "uploads" / "2023" / "05"
    media.mkdir(parents=True)
    for number in pictured:
        colour = f"#{number * 997 % 0xFFFFFF:06x}"
        (media / f"figure-{number}.jpg").write_bytes(
            image_bytes(width=2000, height=1333, colour=colour)
        )
        (media / f"cover-{number}.jpg").write_bytes(
            image_bytes(width=1800, height=1000, colour=f"#{number * 7919 % 0xFFFFFF:06x}")
        )
    path = workspace / "export.xml"
    path.write_text(export(post_item(n, rng, pictured=n in pictured) for n in range(options.posts)))
    print(
        f"{options.posts} posts ({len(pictured)} with two images), export "
        f"{path.stat().st_size / 1024 / 1024:.1f} MB, database {django.db.connection.vendor}"
    )

    blog, read_seconds = measured("read and check the export", lambda: read_wxr(path), memory=True)
    finder = ImageFinder(workspace / "uploads")

    def run(**options):
        return import_entries(export=blog, finder=finder, hashtags_to_tags=True, **options)

    report, first = measured("first import", run)
    assert len(report.created) == options.posts, report.failed[:3]
    print(
        f"  {'':<34} {options.posts / first:8.1f} posts a second, "
        f"{report.images_imported} images processed"
    )
    report, _ = measured("second import (nothing to change)", run)
    assert len(report.unchanged) == options.posts
    report, _ = measured("dry run", lambda: run(dry_run=True))
    assert Post.objects.count() == options.posts

    hostile_body = (
        '<div <img src="' * 2000 + "[caption]" * 2000 + '<a href="x.jpg' * 2000 + "<" * 20000
    )
    hostile = workspace / "hostile.xml"
    hostile.write_text(
        export(
            f"<item><title>Hostile {n}</title><dc:creator>writer</dc:creator>"
            f"<content:encoded><![CDATA[{hostile_body}]]></content:encoded>"
            f"<wp:post_name>hostile-{n}</wp:post_name><wp:status>draft</wp:status>"
            "<wp:post_type>post</wp:post_type></item>"
            for n in range(20)
        )
    )
    print(f"hostile markup: 20 posts, export {hostile.stat().st_size / 1024 / 1024:.1f} MB")
    hostile_blog, _ = measured("read and check the export", lambda: read_wxr(hostile), memory=True)
    measured(
        "import",
        lambda: import_entries(export=hostile_blog, finder=finder),
    )
    maxrss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"largest resident memory of this process: {maxrss:.0f} MB")


if __name__ == "__main__":
    main()
