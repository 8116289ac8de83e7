from datetime import UTC, datetime

import pytest

from articles.models import Author, Post
from practice.models import Image
from tests.imports.support import FIXTURES, imported, put_image

pytestmark = pytest.mark.django_db

SQUARESPACE = FIXTURES / "squarespace.xml"
CDN_FOLDER = "images.squarespace-cdn.com/content/v1/5f1a2b3c4d5e6f7a8b9c0d1e"


@pytest.fixture
def downloads(tmp_path):
    """Squarespace's images, downloaded as `wget --force-directories` saves them."""
    folder = tmp_path / "squarespace-images"
    put_image(folder, f"{CDN_FOLDER}/1614000000000-QX7ZP2K9/image-asset.jpeg", width=1500)
    put_image(folder, f"{CDN_FOLDER}/1614000000001-LM3NB8/cover.jpg", width=1600, height=900)
    # Squarespace names many images image-asset.jpeg: only the folder tells them apart.
    put_image(folder, f"{CDN_FOLDER}/1599999999999-OTHER/image-asset.jpeg", colour="#000000")
    return folder


def test_a_squarespace_post_without_a_slug_takes_it_from_its_address():
    output = imported(SQUARESPACE)

    post = Post.objects.get(slug="the-quiet-work-of-reciprocity")
    assert post.title == "The quiet work of reciprocity"
    assert post.published_at == datetime(2024, 2, 22, 15, 30, tzinfo=UTC)
    assert post.redirects.get().old_path == "/blog/the-quiet-work-of-reciprocity"
    assert "Squarespace export (WXR)" in output


def test_a_dated_squarespace_slug_loses_its_folders_and_html_ending(client):
    imported(SQUARESPACE)

    post = Post.objects.get(title="Starting therapy when you are not sure")
    assert post.slug == "starting-therapy"
    assert post.published_at == datetime(2023, 9, 14, 16, 0, tzinfo=UTC)
    response = client.get("/blog/2023/9/14/starting-therapy.html")
    assert response.status_code == 301
    assert response["Location"] == "/articles/starting-therapy/"


def test_a_squarespace_draft_linked_at_null_has_no_old_address():
    imported(SQUARESPACE)

    draft = Post.objects.get(title="Ideas for the spring workshop")
    assert draft.status == Post.Status.DRAFT
    assert draft.slug == "ideas-for-the-spring-workshop"
    assert not draft.redirects.exists()


def test_the_author_is_named_not_emailed():
    imported(SQUARESPACE)

    author = Author.objects.get()
    assert (author.name, author.slug) == ("Sam Okafor", "sam-okafor")


def test_squarespace_blocks_become_plain_paragraphs_and_the_excerpt_plain_text():
    imported(SQUARESPACE)

    post = Post.objects.get(slug="the-quiet-work-of-reciprocity")
    assert post.excerpt == "What keeps a relationship feeling fair."
    assert "<p>Reciprocity is the <em>give and take</em> that keeps" in post.body
    assert "<h3>Noticing the balance</h3>" in post.body
    assert "sqs-" not in post.body
    assert "style=" not in post.body
    assert "<figcaption>Small gestures count.</figcaption>" in post.body
    assert sorted(post.tags.names()) == ["Intimacy", "Relationships"]


def test_lazy_loaded_cdn_images_and_the_featured_image_come_from_the_downloads(downloads):
    output = imported(SQUARESPACE, "--media-dir", downloads)

    post = Post.objects.get(slug="the-quiet-work-of-reciprocity")
    tea = Image.objects.get(alt_text="Two cups of tea on a windowsill")
    assert tea.width == 1500
    assert post.body.count("<img") == 1
    assert f'<img src="{tea.file.url}" alt="Two cups of tea on a windowsill"' in post.body
    assert "squarespace-cdn" not in post.body
    # The attachment right after a Squarespace post is its featured image.
    assert (post.featured_image_width, post.featured_image_height) == (1600, 900)
    assert post.featured_image_alt == "The quiet work of reciprocity"
    assert "its featured image had no description, so the title stands in" in output


def test_an_image_squarespace_no_longer_has_is_reported(downloads):
    output = imported(SQUARESPACE, "--media-dir", downloads)

    assert "<img" not in Post.objects.get(slug="starting-therapy").body
    assert (
        f"https://{CDN_FOLDER}/"
        "1600000000000-GONE/empty-room.jpg?format=1500w (no file named empty-room.jpg in"
    ) in output


def test_hashtags_at_the_end_become_tags_when_asked():
    imported(SQUARESPACE, "--hashtags-to-tags")

    post = Post.objects.get(slug="the-quiet-work-of-reciprocity")
    assert sorted(post.tags.names(), key=str.lower) == [
        "emotionalreciprocity",
        "Intimacy",
        "Relationships",
    ]
    assert "#" not in post.body
    assert post.body.endswith(
        '<p>If you\'d like support with this, <a href="/book" rel="noopener noreferrer">'
        "reach out</a>.</p>"
    )


def test_hashtags_stay_in_the_text_unless_asked():
    imported(SQUARESPACE)

    post = Post.objects.get(slug="the-quiet-work-of-reciprocity")
    assert "#emotionalreciprocity" in post.body
    assert "emotionalreciprocity" not in post.tags.names()


def test_the_images_to_download_can_be_listed():
    output = imported(SQUARESPACE, "--list-images")

    assert output.splitlines() == [
        f"https://{CDN_FOLDER}/1614000000001-LM3NB8/cover.jpg",
        f"https://{CDN_FOLDER}/1614000000000-QX7ZP2K9/image-asset.jpeg",
        f"https://{CDN_FOLDER}/1600000000000-GONE/empty-room.jpg",
    ]
    assert not Post.objects.exists()
