from datetime import UTC, datetime

import pytest
from django.utils import timezone

from articles.models import Author, Post, PostRedirect
from practice.models import Image
from tests.factories import make_author
from tests.imports.support import copy_fixture, database_state, imported, put_image, run_import

pytestmark = pytest.mark.django_db


@pytest.fixture
def posts(tmp_path):
    """A folder of Markdown posts from Jekyll, Hugo and Ghost, with a picture in a bundle."""
    folder = copy_fixture("markdown", tmp_path)
    put_image(folder, "content/posts/holding-on/harbour.jpg", width=1600, height=1000)
    return folder


@pytest.fixture
def media(tmp_path):
    folder = tmp_path / "site"
    put_image(folder, "assets/images/waiting-room.jpg", width=1200, colour="#806040")
    put_image(folder, "content/images/2024/01/hammock.jpg", width=2000, height=1200)
    return folder


def test_front_matter_gives_title_date_author_tags_excerpt_and_slug(posts):
    output = imported(posts)

    post = Post.objects.get(slug="your-first-session")
    assert post.title == "What happens in a first session"
    assert post.published_at == timezone.make_aware(datetime(2021, 3, 5))
    assert post.author.name == "Maria Reyes"
    assert sorted(post.tags.names()) == ["first session", "getting-started", "therapy"]
    assert post.excerpt == "A gentle walk through the first hour."
    assert post.is_public()
    assert "Markdown files" in output


def test_markdown_becomes_the_editors_html(posts):
    imported(posts)

    body = Post.objects.get(slug="your-first-session").body
    assert body.startswith("<p>Most people arrive a little nervous. That is <strong>normal")
    assert "What happens in a first session" not in body
    assert "<h2>Before you come</h2>" in body
    assert "<li>Bring any questions.</li>" in body
    assert "<h3>Paperwork</h3>" in body
    assert "<p>A short intake form, sent ahead.</p>" in body
    assert "onclick" not in body
    assert "<p>#firstsession #therapy</p>" in body


def test_toml_front_matter_a_page_bundle_and_its_picture(posts):
    imported(posts)

    post = Post.objects.get(slug="holding-on-letting-go")
    assert post.title == "Holding on and letting go"
    assert post.published_at == datetime(2022, 10, 14, 15, 30, tzinfo=UTC)
    assert post.author.name == "Tomasz Nowak"
    assert sorted(post.tags.names()) == ["attachment", "grief"]
    assert (post.featured_image_width, post.featured_image_alt) == (
        1600,
        "A rope tied to a harbour post",
    )
    picture = Image.objects.get(alt_text="A rope tied to a harbour post")
    assert f'<img src="{picture.file.url}"' in post.body


def test_a_ghost_export_with_its_own_field_names(posts, media):
    imported(posts, "--media-dir", media)

    post = Post.objects.get(slug="rest-is-part-of-the-work")
    assert post.published_at == datetime(2024, 1, 8, 9, 15, tzinfo=UTC)
    assert post.author.name == "Sam Okafor"
    assert post.excerpt == "Why rest belongs in the plan, not after it."
    assert post.featured_image_alt == "A hammock between two trees"
    assert post.featured_image_width == 2000


def test_images_named_from_the_site_root_are_found_in_the_media_folder(posts, media):
    imported(posts, "--media-dir", media)

    waiting_room = Image.objects.get(alt_text="The waiting room")
    assert waiting_room.width == 1200
    assert waiting_room.file.url in Post.objects.get(slug="your-first-session").body


def test_drafts_and_section_pages(posts):
    output = imported(posts)

    draft = Post.objects.get(slug="a-letter-to-my-younger-self")
    assert draft.status == Post.Status.DRAFT
    assert draft.published_at is None
    assert not Post.objects.filter(title="Posts").exists()
    assert "skipped  “Posts” (content/posts/_index.md): it is a section's index page" in output


def test_old_addresses_come_from_aliases_or_the_permalink_pattern(posts, client):
    imported(posts, "--permalink", "/{year}/{month}/{day}/{slug}.html")

    assert set(
        PostRedirect.objects.filter(post__slug="holding-on-letting-go").values_list(
            "old_path", flat=True
        )
    ) == {"/posts/holding-on/", "/2022/10/holding-on/"}
    response = client.get("/2021/03/05/your-first-session.html")
    assert response.status_code == 301
    assert response["Location"] == "/articles/your-first-session/"


def test_the_default_old_address_is_the_slug_at_the_site_root(posts, client):
    imported(posts)

    assert client.get("/rest-is-part-of-the-work/")["Location"] == (
        "/articles/rest-is-part-of-the-work/"
    )


def test_a_permalink_pattern_with_unknown_fields_is_refused(posts):
    output, error = run_import(posts, "--permalink", "/{category}/{slug}/")

    assert "--permalink /{category}/{slug}/ can only use {slug}, {year}, {month} and {day}" in (
        error
    )
    assert not Post.objects.exists()


def test_trailing_hashtags_become_tags_and_leave_the_text(posts):
    imported(posts, "--hashtags-to-tags")

    ghost = Post.objects.get(slug="rest-is-part-of-the-work")
    assert sorted(ghost.tags.names()) == ["burnout", "rest", "selfcare"]
    assert ghost.body.endswith("<p>Thanks for reading.</p>")
    jekyll = Post.objects.get(slug="your-first-session")
    assert "#" not in jekyll.body
    assert "firstsession" in jekyll.tags.names()


def test_a_post_that_names_no_author_goes_to_the_only_author_there_is(tmp_path):
    (tmp_path / "hello.md").write_text("---\ntitle: Hello\ndate: 2024-05-01\n---\nHi.\n")
    me = make_author(name="Maria Reyes")

    imported(tmp_path)

    assert Post.objects.get(slug="hello").author == me


def test_a_post_that_names_no_author_fails_when_it_is_not_clear_whose_it_is(tmp_path):
    (tmp_path / "hello.md").write_text("---\ntitle: Hello\ndate: 2024-05-01\n---\nHi.\n")
    make_author()
    make_author()

    output, error = run_import(tmp_path)

    assert "failed  “Hello” (hello.md): it names no author; say who wrote it with --author" in (
        output
    )
    assert not Post.objects.exists()
    assert Author.objects.count() == 2


def test_a_post_without_a_title_or_a_readable_date_fails_with_the_reason(tmp_path):
    (tmp_path / "untitled.md").write_text("---\ndate: 2024-05-01\nauthor: Maria\n---\nHi.\n")
    (tmp_path / "soon.md").write_text("---\ntitle: Soon\ndate: next week\nauthor: Maria\n---\n")
    (tmp_path / "fine.md").write_text("---\ntitle: Fine\ndate: 2024-05-01\nauthor: Maria\n---\n")

    output, error = run_import(tmp_path)

    assert "failed  untitled.md: it has no title (add title: … to its front matter)" in output
    assert "failed  “Soon” (soon.md): its date “next week” cannot be read" in output
    assert "Summary: 1 created, 0 updated, 0 unchanged, 0 skipped, 2 failed" in output
    assert "2 post(s) could not be imported" in error
    assert list(Post.objects.values_list("slug", flat=True)) == ["fine"]


def test_a_file_with_broken_front_matter_stops_the_import_before_anything_changes(tmp_path):
    make_author(name="Maria")
    state = database_state()
    (tmp_path / "good.md").write_text("---\ntitle: Good\ndate: 2024-05-01\n---\nHi.\n")
    (tmp_path / "bad.md").write_text("---\ntitle: [unclosed\ndate: 2024-05-01\n---\nHi.\n")
    (tmp_path / "open.md").write_text("---\ntitle: Never closed\n\nHi.\n")

    output, error = run_import(tmp_path)

    assert "2 file(s) cannot be read, so nothing was imported" in error
    assert "bad.md: its front matter is not valid YAML:" in error
    assert "open.md: its front matter starts with --- on line 1 but never ends" in error
    assert database_state() == state


def test_a_file_that_is_not_utf8_is_named_with_the_problem(tmp_path):
    (tmp_path / "latin.md").write_bytes("---\ntitle: Café\n---\nDéjà vu.\n".encode("latin-1"))
    state = database_state()

    output, error = run_import(tmp_path)

    assert "latin.md: it is not UTF-8 text (byte 0xE9 on line 2)" in error
    assert database_state() == state


def test_yaml_front_matter_cannot_build_objects(tmp_path):
    (tmp_path / "evil.md").write_text(
        "---\ntitle: !!python/object/apply:os.system ['touch pwned']\n---\nHi.\n"
    )

    output, error = run_import(tmp_path)

    assert "evil.md: its front matter is not valid YAML" in error
    assert not (tmp_path / "pwned").exists()
