import base64
from datetime import UTC, datetime

import pytest

from articles.models import Author, Post, PostRedirect
from practice.images import rendition_name
from practice.models import Image
from tests.factories import image_bytes, make_author, make_post
from tests.imports.support import FIXTURES, imported, put_image, run_import, wxr, wxr_post

pytestmark = pytest.mark.django_db

WORDPRESS = FIXTURES / "wordpress.xml"


@pytest.fixture
def uploads(tmp_path):
    """The old site's wp-content/uploads folder, with the images its posts use."""
    folder = tmp_path / "wp-content" / "uploads"
    put_image(folder, "2024/03/window-light.jpg", width=2000, height=1333)
    put_image(folder, "2024/03/window-light-1024x683.jpg", width=1024, height=683)
    put_image(folder, "2024/03/harbour-dusk.jpg", width=1800, height=1000, colour="#203040")
    put_image(folder, "2023/11/trail.jpg", width=640, height=427, colour="#305020")
    return folder


def test_a_wordpress_post_arrives_with_its_title_address_date_author_excerpt_and_tags():
    output = imported(WORDPRESS)

    post = Post.objects.get(slug="listening-without-fixing")
    assert post.title == "Listening without fixing"
    assert post.status == Post.Status.PUBLISHED
    assert post.published_at == datetime(2024, 3, 12, 14, 30, tzinfo=UTC)
    assert post.author.name == "Maria Reyes"
    assert post.excerpt == "Why the urge to fix gets in the way of being heard."
    assert sorted(post.tags.names()) == ["Couples", "listening"]
    assert post.seo_description.startswith("How to listen to your partner")
    assert post.seo_title == ""
    assert post.is_public()
    assert "created  “Listening without fixing” (item 1) → /articles/listening-without-fixing/" in (
        output
    )


def test_a_title_with_an_html_entity_reads_as_text():
    imported(WORDPRESS)

    assert Post.objects.get(slug="the-long-weekend").title == "The long weekend – time off together"


def test_drafts_scheduled_and_private_posts_stay_out_of_sight():
    output = imported(WORDPRESS)

    draft = Post.objects.get(title="Notes on grief (unfinished)")
    assert draft.status == Post.Status.DRAFT
    assert draft.published_at is None
    assert draft.slug == "notes-on-grief-unfinished"
    scheduled = Post.objects.get(slug="holiday-hours")
    assert scheduled.is_scheduled()
    assert scheduled.published_at == datetime(2099, 12, 17, 13, 0, tzinfo=UTC)
    private = Post.objects.get(slug="case-notes")
    assert private.status == Post.Status.DRAFT
    assert "private or password-protected on the old site" in output
    assert set(Post.objects.published().values_list("slug", flat=True)) == {
        "listening-without-fixing",
        "the-long-weekend",
    }


def test_pages_attachments_and_the_trash_are_not_imported_and_the_summary_says_why():
    output = imported(WORDPRESS)

    assert not Post.objects.filter(title__in=["About the practice", "An old announcement"])
    assert not Post.objects.filter(title="Harbour at dusk")
    assert "skipped  “About the practice” (item 7): it is a page, not a blog post" in output
    assert "skipped  “An old announcement” (item 8): it is in the trash" in output
    assert "Summary: 5 created, 0 updated, 0 unchanged, 2 skipped, 0 failed" in output


def test_the_body_is_cleaned_by_the_editors_sanitiser():
    imported(WORDPRESS)

    body = Post.objects.get(slug="listening-without-fixing").body
    assert "<script" not in body
    assert "alert" not in body
    assert "wp:paragraph" not in body
    assert 'class="' not in body
    assert "<h2>What fixing says</h2>" in body
    assert "<p>When someone we love is hurting, the urge to <strong>fix it</strong>" in body


def test_a_classic_editor_post_gets_its_paragraphs_and_captioned_image(uploads):
    output = imported(WORDPRESS, "--media-dir", uploads)

    body = Post.objects.get(slug="the-long-weekend").body
    assert body.startswith("<p>A long weekend can bring a couple closer")
    assert "<p>Plan one thing you both look forward to,<br>and leave the rest open.</p>" in body
    assert "<figcaption>A trail we walked in the rain.</figcaption></figure>" in body
    assert "<h3>Before you go</h3>" in body
    assert "[gallery" not in body
    assert "WordPress shortcodes were removed: [gallery]" in output


def test_images_are_imported_from_the_media_folder_like_uploads(uploads, media_root):
    output = imported(WORDPRESS, "--media-dir", uploads)

    post = Post.objects.get(slug="listening-without-fixing")
    assert post.featured_image_alt == "Boats moored in a harbour at dusk"
    assert post.featured_image.name.startswith(f"articles/{post.featured_image.name[9:13]}/")
    assert post.featured_image_width == 1800
    for width in (480, 960, 1600):
        assert (media_root / rendition_name(post.featured_image.name, width, ".webp")).exists()
    window = Image.objects.get(alt_text="Morning light on a kitchen table")
    # The original, not WordPress's resized copy the post showed.
    assert (window.width, window.height) == (2000, 1333)
    assert f'<img src="{window.file.url}" alt="Morning light on a kitchen table"' in post.body
    assert 'width="2000" height="1333"' in post.body
    assert (media_root / rendition_name(window.file.name, 1600, ".webp")).exists()
    assert "harbourlight.example/wp-content" not in post.body
    assert "3 image(s) imported" in output
    assert "not found" not in output


def test_an_image_the_media_folder_lacks_is_reported_and_left_out(uploads):
    (uploads / "2023/11/trail.jpg").unlink()

    output = imported(WORDPRESS, "--media-dir", uploads)

    post = Post.objects.get(slug="the-long-weekend")
    assert "<img" not in post.body
    assert "<figcaption>A trail we walked in the rain.</figcaption>" in post.body
    assert "Images not found (1)" in output
    assert (
        "“The long weekend – time off together” (item 3): "
        "https://harbourlight.example/wp-content/uploads/2023/11/trail.jpg "
        f"(no file named trail.jpg in {uploads.resolve()})"
    ) in output


def test_without_a_media_folder_images_are_reported_not_silently_dropped():
    output = imported(WORDPRESS)

    assert Post.objects.get(slug="listening-without-fixing").featured_image.name == ""
    assert "Images not found (3)" in output
    assert "no --media-dir was given to look for it in" in output


def test_a_file_that_is_not_a_usable_image_is_refused_with_the_uploads_reason(uploads):
    (uploads / "2024/03/harbour-dusk.jpg").write_text("this is not a picture")

    output = imported(WORDPRESS, "--media-dir", uploads)

    assert Post.objects.get(slug="listening-without-fixing").featured_image.name == ""
    assert "This file is not an image we can read" in output


def test_links_between_imported_posts_lead_to_their_new_addresses():
    imported(WORDPRESS)

    body = Post.objects.get(slug="listening-without-fixing").body
    assert '<a href="/articles/the-long-weekend/" rel="noopener noreferrer">' in body


def test_each_old_address_answers_with_a_permanent_redirect(client):
    imported(WORDPRESS)

    response = client.get("/2024/03/listening-without-fixing/")

    assert response.status_code == 301
    assert response["Location"] == "/articles/listening-without-fixing/"
    assert client.get("/2023/11/the-long-weekend").status_code == 301
    assert PostRedirect.objects.filter(post__slug="holiday-hours").exists()
    # A scheduled post's old address waits for the post, as its page does.
    assert client.get("/2099/12/holiday-hours/").status_code == 404


def test_authors_are_matched_to_existing_ones_by_name_or_created():
    maria = make_author(name="Maria Reyes", slug="maria")

    output = imported(WORDPRESS)

    assert Post.objects.get(slug="listening-without-fixing").author == maria
    tomasz = Post.objects.get(slug="the-long-weekend").author
    assert (tomasz.name, tomasz.slug) == ("Tomasz Nowak", "tomasz")
    assert Author.objects.count() == 2
    assert "1 author(s) created (Tomasz Nowak)" in output


def test_one_author_can_be_given_for_every_post():
    me = make_author(name="Dr. Maria Reyes", slug="dr-reyes")

    imported(WORDPRESS, "--author", "dr-reyes")

    assert set(Post.objects.values_list("author", flat=True)) == {me.pk}
    assert Author.objects.count() == 1


def test_an_unknown_author_slug_is_refused_before_anything_happens():
    make_author(slug="someone")

    output, error = run_import(WORDPRESS, "--author", "nobody")

    assert "There is no author with the slug “nobody” (authors: someone)." in error
    assert not Post.objects.exists()


def test_a_post_whose_address_is_taken_by_another_article_fails_alone():
    existing = make_post(title="Mine", slug="the-long-weekend")
    PostRedirect.objects.create(old_path="/2023/11/elsewhere/", post=existing)
    other = make_post(title="Another", slug="listening-without-fixing")
    PostRedirect.objects.create(old_path="/2024/03/listening-without-fixing/", post=existing)

    output, error = run_import(WORDPRESS)

    assert "failed  “Listening without fixing” (item 1): its address " in output
    assert "/articles/listening-without-fixing/ is taken by “Another”" in output
    assert "1 post(s) could not be imported" in error
    other.refresh_from_db()
    assert other.title == "Another"
    assert Post.objects.filter(slug="holiday-hours").exists()


def test_an_image_pasted_into_the_old_editor_as_data_joins_the_library(tmp_path):
    png = base64.b64encode(image_bytes(width=300, height=200, image_format="PNG")).decode()
    export = tmp_path / "export.xml"
    export.write_text(
        wxr(
            wxr_post(
                body=f'<p>See:</p><p><img src="data:image/png;base64,{png}" alt="A chart"></p>'
            )
        )
    )

    imported(export)

    chart = Image.objects.get(alt_text="A chart")
    assert (chart.width, chart.height) == (300, 200)
    assert f'<img src="{chart.file.url}" alt="A chart"' in Post.objects.get(slug="a-post").body


def test_a_damaged_embedded_image_is_reported_without_its_data(tmp_path):
    export = tmp_path / "export.xml"
    junk = "QUJD" * 200
    export.write_text(wxr(wxr_post(body=f'<p><img src="data:image/png;base64,{junk}" alt=""></p>')))

    output = imported(export)

    assert "data:image/png;base64,QUJDQUJDQUJDQUJDQUJDQUJDQUJDQUJDQUJDQU… (This file" in output
    assert junk not in output
    assert "This file is not an image we can read" in output


def test_an_export_from_an_older_wordpress_reads_the_same(tmp_path):
    older = tmp_path / "wordpress-4.xml"
    older.write_text(WORDPRESS.read_text().replace("/export/1.2/", "/export/1.1/"))

    output = imported(older)

    assert "Summary: 5 created, 0 updated, 0 unchanged, 2 skipped, 0 failed" in output
    assert Post.objects.get(slug="listening-without-fixing").excerpt.startswith("Why the urge")
