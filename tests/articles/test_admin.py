import re
from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

from articles.models import Post, PostRedirect
from practice.models import Image
from tests.factories import image_upload, make_author, make_image, make_post

pytestmark = pytest.mark.django_db

ADD_URL = reverse("admin:articles_post_add")


def form_data(author, **overrides):
    data = {
        "title": "Learning to rest",
        "slug": "learning-to-rest",
        "author": author.pk,
        "body": "<h2>Start small</h2><p>Rest is not a reward.</p>",
        "excerpt": "",
        "featured_image_alt": "",
        "status": "draft",
        "published_at_0": "",
        "published_at_1": "",
        "tags": "rest, anxiety",
        "seo_title": "",
        "seo_description": "",
    }
    data.update(overrides)
    if data.get("published_at"):
        when = timezone.localtime(data.pop("published_at"))
        data["published_at_0"], data["published_at_1"] = (
            when.strftime("%Y-%m-%d"),
            when.strftime("%H:%M:%S"),
        )
    return data


def change_url(post):
    return reverse("admin:articles_post_change", args=[post.pk])


def test_the_editor_writes_a_draft_that_visitors_cannot_see(admin_client, client):
    author = make_author()

    response = admin_client.post(ADD_URL, form_data(author))

    assert response.status_code == 302
    post = Post.objects.get()
    assert post.status == "draft"
    assert post.body == "<h2>Start small</h2><p>Rest is not a reward.</p>"
    assert sorted(tag.name for tag in post.tags.all()) == ["anxiety", "rest"]
    assert post.summary == "Start small Rest is not a reward."
    assert client.get("/articles/learning-to-rest/").status_code == 404


def test_the_staff_preview_shows_a_draft_and_is_never_indexed(admin_client, client):
    post = make_post(status="draft", published_at=None, title="A draft to check")

    response = admin_client.get(post.get_absolute_url())

    assert response.status_code == 200
    content = response.content.decode()
    assert "A draft to check" in content
    assert "This is a draft; visitors cannot see it." in content
    assert '<meta name="robots" content="noindex">' in content
    assert response["X-Robots-Tag"] == "noindex"
    assert "no-store" in response["Cache-Control"]
    assert client.get(post.get_absolute_url()).status_code == 404


def test_a_logged_in_user_who_is_not_staff_gets_no_preview(client_logged_in_as):
    user = get_user_model().objects.create_user("reader", password="a-long-password-1")
    post = make_post(status="draft", published_at=None)

    assert client_logged_in_as(user).get(post.get_absolute_url()).status_code == 404


def test_scheduling_publishes_at_the_chosen_time_without_a_job(admin_client, client):
    author = make_author()
    when = timezone.now() + timedelta(days=2)

    admin_client.post(ADD_URL, form_data(author, status="published", published_at=when))

    post = Post.objects.get()
    assert post.is_scheduled()
    assert client.get(post.get_absolute_url()).status_code == 404
    preview = admin_client.get(post.get_absolute_url()).content.decode()
    assert "Scheduled for" in preview
    changelist = admin_client.get(reverse("admin:articles_post_changelist")).content.decode()
    assert "Scheduled" in changelist

    Post.objects.filter(pk=post.pk).update(published_at=timezone.now() - timedelta(minutes=1))
    assert client.get(post.get_absolute_url()).status_code == 200


def test_publishing_without_a_date_uses_the_current_time(admin_client, client):
    post = make_post(status="draft", published_at=None, slug="ready-now")
    before = timezone.now()

    response = admin_client.post(
        change_url(post), form_data(post.author, slug="ready-now", status="published")
    )

    assert response.status_code == 302
    post.refresh_from_db()
    assert post.published_at >= before - timedelta(seconds=1)
    assert client.get("/articles/ready-now/").status_code == 200


def test_changing_a_published_slug_keeps_the_old_address_working(admin_client, client):
    post = make_post(slug="old-title", title="Old title")

    response = admin_client.post(
        change_url(post),
        form_data(
            post.author,
            title="New title",
            slug="new-title",
            status="published",
            published_at=post.published_at,
        ),
        follow=True,
    )

    assert "now leads to its new one" in response.content.decode()
    old = client.get("/articles/old-title/")
    assert old.status_code == 301
    assert old["Location"] == "/articles/new-title/"
    assert client.get("/articles/old-title").status_code == 301
    assert client.get("/articles/new-title/").status_code == 200


def test_taking_an_old_slug_back_removes_its_redirect(admin_client, client):
    post = make_post(slug="first")
    for slug in ("second", "first"):
        admin_client.post(
            change_url(post),
            form_data(post.author, slug=slug, status="published", published_at=post.published_at),
        )

    assert list(PostRedirect.objects.values_list("old_path", flat=True)) == ["/articles/second/"]
    assert client.get("/articles/first/").status_code == 200
    assert client.get("/articles/second/")["Location"] == "/articles/first/"


def test_an_old_address_of_a_post_that_is_no_longer_public_stays_404(client):
    post = make_post(slug="now-a-draft", status="draft", published_at=None)
    PostRedirect.objects.create(old_path="/2019/05/an-old-wordpress-post/", post=post)

    assert client.get("/2019/05/an-old-wordpress-post/").status_code == 404


def test_any_old_path_can_lead_to_a_post(client):
    post = make_post(slug="imported")
    PostRedirect.objects.create(old_path="/2019/05/an-old-wordpress-post/", post=post)

    response = client.get("/2019/05/an-old-wordpress-post/")

    assert response.status_code == 301
    assert response["Location"] == "/articles/imported/"


def test_a_featured_image_needs_a_description(admin_client):
    author = make_author()

    response = admin_client.post(
        ADD_URL, form_data(author, featured_image=image_upload(width=1600, height=900))
    )

    assert response.status_code == 200
    assert "Describe the featured image for readers who cannot see it" in (
        response.content.decode()
    )
    assert not Post.objects.exists()


def test_a_featured_image_with_its_description_is_saved_with_renditions(admin_client, media_root):
    author = make_author()

    admin_client.post(
        ADD_URL,
        form_data(
            author,
            featured_image=image_upload(width=1600, height=900),
            featured_image_alt="A quiet lake",
        ),
    )

    post = Post.objects.get()
    assert (post.featured_image_width, post.featured_image_height) == (1600, 900)
    assert len(list((media_root / post.featured_image.name).parent.glob("*w.webp"))) == 3


def test_a_refused_featured_image_explains_why_and_keeps_the_writing(admin_client):
    author = make_author()
    pdf = SimpleUploadedFile("cover.jpg", b"%PDF-1.7\n%%EOF", content_type="image/jpeg")

    response = admin_client.post(
        ADD_URL, form_data(author, featured_image=pdf, featured_image_alt="Cover")
    )

    content = response.content.decode()
    assert "This file is not an image we can read" in content
    assert "Learning to rest" in content
    assert not Post.objects.exists()


def test_the_change_list_shows_status_date_author_and_tags_with_filters(admin_client):
    author = make_author(name="Jonah Whitfield")
    make_post(title="Live one", author=author, tags=["grief", "repair"])
    make_post(title="Draft one", author=author, status="draft", published_at=None)

    response = admin_client.get(reverse("admin:articles_post_changelist"))
    content = response.content.decode()

    assert "Live one" in content and "Draft one" in content
    assert "grief, repair" in content
    assert "Jonah Whitfield" in content
    for header in ("Title", "Status", "Publication date", "Author", "Tags"):
        assert f">{header}</a>" in content or f">{header}</span>" in content, header
    assert "?visibility=scheduled" in content and "?visibility=draft" in content
    drafts = admin_client.get(reverse("admin:articles_post_changelist") + "?visibility=draft")
    assert "Draft one" in drafts.content.decode() and "Live one" not in drafts.content.decode()
    found = admin_client.get(reverse("admin:articles_post_changelist") + "?q=repair")
    assert "Live one" in found.content.decode() and "Draft one" not in found.content.decode()


def test_the_tags_box_suggests_existing_tags(admin_client):
    make_post(tags=["attachment", "self care"])

    content = admin_client.get(ADD_URL).content.decode()

    assert 'list="id_tags-suggestions"' in content
    assert '<datalist id="id_tags-suggestions" data-tag-suggestions>' in content
    assert '<option value="attachment"><option value="self care">' in content
    assert "js/admin/tag-suggestions.js" in content


def test_the_publish_action_publishes_drafts_now(admin_client, client):
    draft = make_post(status="draft", published_at=None)

    admin_client.post(
        reverse("admin:articles_post_changelist"),
        {"action": "publish_now", "_selected_action": [draft.pk]},
    )

    assert client.get(draft.get_absolute_url()).status_code == 200


@pytest.mark.parametrize("url", [ADD_URL, reverse("admin:practice_page_add")])
def test_articles_and_pages_use_the_same_editor_under_the_nonce(admin_client, url):
    content = admin_client.get(url).content.decode()

    nonce = re.search(r'<script src="/admin/jsi18n/" nonce="([^"]+)"', content).group(1)
    assert "data-django-prose-editor-configurable=" in content
    assert f'<style data-tiptap-style="" nonce="{nonce}">' in content
    assert f'<script type="importmap" nonce="{nonce}">' in content
    assert "/admin/practice/image/picker/" in content
    assert "django_prose_editor/editor.js" in content


def test_the_image_picker_lists_the_library_and_uploads(admin_client):
    make_image(alt_text="A lake at dawn")
    url = reverse("admin:practice_image_picker") + "?CKEditorFuncNum=3"

    listing = admin_client.get(url).content.decode()
    uploaded = admin_client.post(
        url, {"file": image_upload(width=900, height=600), "alt_text": "Two mugs of tea"}
    )

    assert 'data-callback="3"' in listing
    assert 'data-image-alt="A lake at dawn"' in listing
    assert uploaded.status_code == 302
    assert uploaded["Location"].startswith(url)
    assert Image.objects.filter(alt_text="Two mugs of tea").exists()


def test_the_image_picker_is_for_staff_only(client):
    response = client.get(reverse("admin:practice_image_picker"))

    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]
