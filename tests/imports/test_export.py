"""export_blog writes WXR that WordPress, and import_blog, read back into the same posts."""

import re
import shutil
from xml.etree import ElementTree

import pytest
from django.core.management import call_command
from taggit.models import Tag

from articles.models import Author, Post
from practice.demo import load_demo_content
from practice.models import Image
from tests.factories import make_post
from tests.imports.support import database_state, imported

pytestmark = pytest.mark.django_db

WP = "{http://wordpress.org/export/1.2/}"


def what_a_reader_sees():
    """Every post's title, slug, dates, status, tags, author, excerpt, body and picture."""
    return {
        post.slug: {
            "title": post.title,
            "published_at": post.published_at,
            "status": post.status,
            "scheduled": post.is_scheduled(),
            "tags": sorted(post.tags.names()),
            "author": (post.author.name, post.author.slug),
            "excerpt": post.excerpt,
            "body": post.body,
            "featured_image": (post.featured_image.name, post.featured_image_alt),
            "seo": (post.seo_title, post.seo_description),
        }
        for post in Post.objects.select_related("author")
    }


@pytest.fixture
def demo_export(tmp_path):
    load_demo_content()
    Post.objects.filter(slug="the-same-fight-again").update(
        seo_title="The same fight, again", seo_description="Why one argument keeps coming back."
    )
    path = tmp_path / "blog.xml"
    call_command("export_blog", str(path), stdout=open("/dev/null", "w"))  # noqa: SIM115
    return path


def test_the_demo_blog_comes_back_the_same_into_an_empty_site(demo_export):
    before = what_a_reader_sees()
    assert {post["status"] for post in before.values()} == {"draft", "published"}
    assert any(post["scheduled"] for post in before.values())
    Post.objects.all().delete()
    Author.objects.all().delete()
    Tag.objects.all().delete()

    output = imported(demo_export)

    assert what_a_reader_sees() == before
    assert f"Summary: {len(before)} created, 0 updated, 0 unchanged, 0 skipped, 0 failed" in output


def test_importing_our_own_export_again_changes_nothing(demo_export):
    state = database_state()

    output = imported(demo_export)

    assert "0 created, 0 updated, 14 unchanged, 0 skipped, 0 failed" in output
    assert database_state() == state


def test_moving_to_another_site_brings_the_pictures_from_the_old_media_folder(
    demo_export, media_root, tmp_path, settings
):
    before = what_a_reader_sees()
    old_media = shutil.copytree(media_root, tmp_path / "old-media")
    Post.objects.all().delete()
    Author.objects.all().delete()
    Image.objects.all().delete()
    shutil.rmtree(media_root)
    settings.SITE_URL = "https://new-practice.example"
    settings.ALLOWED_HOSTS = ["new-practice.example"]

    output = imported(demo_export, "--media-dir", old_media)

    after = what_a_reader_sees()
    assert after.keys() == before.keys()
    for slug, post in after.items():
        if before[slug]["featured_image"][0]:
            assert post["featured_image"][0] and post["featured_image"][1]
            assert (media_root / post["featured_image"][0]).exists()
        assert post["title"] == before[slug]["title"]
    sources = [src for post in after.values() for src in re.findall(r'src="([^"]+)"', post["body"])]
    assert sources
    for src in sources:
        assert (media_root / src.removeprefix("/media/")).exists()
    assert Image.objects.count() == len(sources)
    assert "not found" not in output


def test_the_export_is_wxr_with_what_wordpress_reads(demo_export, settings):
    channel = ElementTree.parse(demo_export).getroot().find("channel")
    items = {
        item.findtext(f"{WP}post_name"): item
        for item in channel.iter("item")
        if item.findtext(f"{WP}post_type") == "post"
    }
    post = Post.objects.get(slug="the-same-fight-again")

    item = items["the-same-fight-again"]
    assert item.findtext("title") == post.title
    assert item.findtext("link") == f"{settings.SITE_URL}/articles/the-same-fight-again/"
    assert item.findtext(f"{WP}status") == "publish"
    assert item.findtext(f"{WP}post_type") == "post"
    assert item.findtext("{http://purl.org/dc/elements/1.1/}creator") == "elena-marsh"
    assert [category.get("nicename") for category in item.iter("category")] == [
        "communication",
        "relationships",
        "repair",
    ]
    thumbnail = next(
        meta.findtext(f"{WP}meta_value")
        for meta in item.iter(f"{WP}postmeta")
        if meta.findtext(f"{WP}meta_key") == "_thumbnail_id"
    )
    attachment = next(
        candidate
        for candidate in channel.iter("item")
        if candidate.findtext(f"{WP}post_id") == thumbnail
    )
    assert attachment.findtext(f"{WP}post_type") == "attachment"
    assert attachment.findtext(f"{WP}attachment_url") == (
        f"{settings.SITE_URL}/media/{post.featured_image.name}"
    )
    assert items["rest-is-not-a-reward"].findtext(f"{WP}status") == "future"
    draft = next(item for item in items.values() if item.findtext(f"{WP}status") == "draft")
    assert draft.findtext(f"{WP}post_date_gmt") == "0000-00-00 00:00:00"
    authors = [
        author.findtext(f"{WP}author_display_name") for author in channel.iter(f"{WP}author")
    ]
    assert authors == ["Dr. Elena Marsh", "Jonah Whitfield"]
    content = demo_export.read_text()
    assert f'src="{settings.SITE_URL}/media/images/' in content
    assert 'src="/media/' not in content


def test_the_export_can_go_to_the_screen(capsys):
    make_post(title="Small & simple", slug="small")

    call_command("export_blog", "-")

    written = capsys.readouterr().out
    assert written.startswith('<?xml version="1.0" encoding="utf-8"?>')
    assert "<title>Small &amp; simple</title>" in written
