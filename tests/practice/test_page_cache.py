"""Public pages come from the cache for visitors, and change the moment their content does."""

import gzip
import re
import time
from datetime import timedelta

import pytest
from django.conf import settings
from django.core.cache import caches
from django.db import connection
from django.http import HttpResponse
from django.middleware.csrf import get_token
from django.template import engines
from django.test.utils import CaptureQueriesContext
from django.urls import include, path
from django.utils import timezone
from django.utils.http import parse_http_date

from articles.models import Post, PostRedirect
from practice.content_version import VERSION_KEY, bump_content_version, current_version
from practice.models import Page, PracticeProfile
from practice.page_cache import public_page
from tests.conftest import HttpsClient
from tests.factories import make_author, make_post, make_session_type

pytestmark = pytest.mark.django_db

PUBLIC_PAGES = [
    "/",
    "/articles/",
    "/articles/first-steps/",
    "/articles/tags/anxiety/",
    "/articles/authors/elena-marsh/",
    "/articles/feed/",
    "/articles/feed/atom/",
    "/sitemap.xml",
    "/search/?q=steps",
    "/about/",
    "/robots.txt",
]


@pytest.fixture
def site():
    PracticeProfile.objects.create(name="Riverbend Counseling", tagline="Calm, practical help")
    Page.objects.create(title="About", slug="about", body="<p>We are a small practice.</p>")
    author = make_author(name="Dr. Elena Marsh", slug="elena-marsh", credentials="LMFT")
    make_session_type(name="Individual therapy", slug="individual")
    return make_post(
        title="First steps", slug="first-steps", author=author, tags=["anxiety", "grief"]
    )


def visit(client, address, **headers):
    """Return the response to a GET of `address` and the number of queries it ran."""
    with CaptureQueriesContext(connection) as queries:
        response = client.get(address, headers=headers)
    return response, len(queries)


def served_from_cache(response, queries):
    return queries == 0 and not response.templates


def text(client, address):
    response = client.get(address)
    assert response.status_code == 200, address
    return response.content.decode()


@pytest.mark.parametrize("address", PUBLIC_PAGES)
def test_a_visitor_gets_a_public_page_from_the_cache_the_second_time(client, site, address):
    first, first_queries = visit(client, address)
    second, second_queries = visit(HttpsClient(), address)

    assert first.status_code == second.status_code == 200
    assert not served_from_cache(first, first_queries)
    assert served_from_cache(second, second_queries)
    assert second.content == first.content
    assert second["Content-Type"] == first["Content-Type"]


def test_publishing_a_draft_shows_it_on_every_list_at_once(client, site):
    draft = make_post(title="Quiet mornings", status=Post.Status.DRAFT, published_at=None)
    draft.tags.add("anxiety")
    before = {address: text(client, address) for address in ("/", "/articles/tags/anxiety/")}

    draft.status = Post.Status.PUBLISHED
    draft.published_at = timezone.now()
    draft.save()

    for address, content in before.items():
        assert "Quiet mornings" not in content
        assert "Quiet mornings" in text(client, address), address
    assert "Quiet mornings" in text(client, "/articles/feed/")


def test_publishing_from_the_admin_list_shows_the_article_at_once(client, admin_client, site):
    draft = make_post(title="Quiet mornings", status=Post.Status.DRAFT, published_at=None)
    assert "Quiet mornings" not in text(client, "/")

    admin_client.post(
        "/admin/articles/post/", {"action": "publish_now", "_selected_action": [draft.pk]}
    )

    assert "Quiet mornings" in text(client, "/")


def test_editing_an_article_shows_the_new_words_on_its_page_and_in_lists(client, site):
    assert "First steps" in text(client, "/articles/first-steps/")
    assert "First steps" in text(client, "/articles/")

    site.title = "First gentle steps"
    site.body = "<p>Rewritten opening.</p>"
    site.save()

    assert "Rewritten opening." in text(client, "/articles/first-steps/")
    assert "First gentle steps" in text(client, "/articles/")
    assert "First gentle steps" in text(client, "/articles/feed/")


def test_unpublishing_an_article_takes_it_off_the_site_at_once(client, site):
    assert client.get("/articles/first-steps/").status_code == 200
    assert "first-steps" in text(client, "/sitemap.xml")

    site.status = Post.Status.DRAFT
    site.save()

    assert client.get("/articles/first-steps/").status_code == 404
    assert "first-steps" not in text(client, "/sitemap.xml")
    assert "First steps" not in text(client, "/articles/")


def test_deleting_an_article_takes_it_off_the_lists_at_once(client, site):
    assert "First steps" in text(client, "/")

    site.delete()

    assert "First steps" not in text(client, "/")


def test_retagging_an_article_moves_it_between_tag_pages(client, site):
    make_post(title="Another", tags=["grief", "boundaries"])
    assert "First steps" in text(client, "/articles/tags/grief/")
    assert client.get("/articles/tags/boundaries/").content.count(b"First steps") == 0

    site.tags.remove("grief")
    assert "First steps" not in text(client, "/articles/tags/grief/")

    site.tags.add("boundaries")
    assert "First steps" in text(client, "/articles/tags/boundaries/")
    assert "#boundaries" in text(client, "/articles/first-steps/")

    site.tags.set(["anxiety"])
    assert "First steps" not in text(client, "/articles/tags/boundaries/")


def test_a_scheduled_article_appears_at_its_time_with_nothing_run(client, site):
    due = timezone.now() + timedelta(seconds=2)
    make_post(title="Coming soon", slug="coming-soon", published_at=due)
    assert "Coming soon" not in text(client, "/")
    assert client.get("/articles/coming-soon/").status_code == 404
    response, queries = visit(client, "/")
    assert served_from_cache(response, queries)

    time.sleep(max(0, (due - timezone.now()).total_seconds()) + 0.1)

    assert "Coming soon" in text(client, "/")
    assert client.get("/articles/coming-soon/").status_code == 200


def test_editing_the_practice_profile_shows_on_every_page(client, site):
    for address in ("/", "/articles/first-steps/", "/about/"):
        assert "Riverbend Counseling" in text(client, address)

    profile = PracticeProfile.load()
    profile.name = "Riverbend Therapy"
    profile.save()

    for address in ("/", "/articles/first-steps/", "/about/"):
        assert "Riverbend Therapy" in text(client, address), address


def test_changing_the_intake_status_changes_the_invitation_under_articles(client, site):
    assert "Request a session" in text(client, "/articles/first-steps/")

    profile = PracticeProfile.load()
    profile.intake_status = PracticeProfile.IntakeStatus.WAITLIST
    profile.save()

    content = text(client, "/articles/first-steps/")
    assert "Join the waitlist" in content
    assert "We have a waitlist at the moment." in content


def rename_a_tag(post):
    tag = post.tags.get(slug="grief")
    tag.name = "loss"
    tag.save()


def rewrite_the_about_page(post):
    page = Page.objects.get(slug="about")
    page.body = "<p>We are a practice of two.</p>"
    page.save()


def add_to_the_author_credentials(post):
    post.author.credentials = "PhD candidate in Clinical Sexology, LMFT"
    post.author.save()


@pytest.mark.parametrize(
    ("address", "before", "change", "after"),
    [
        ("/articles/first-steps/", "#grief", rename_a_tag, "#loss"),
        ("/about/", "We are a small practice.", rewrite_the_about_page, "a practice of two"),
        ("/articles/first-steps/", "LMFT", add_to_the_author_credentials, "Clinical Sexology"),
    ],
    ids=["tag", "page", "author"],
)
def test_an_edit_shows_at_once_where_it_is_shown(client, site, address, before, change, after):
    assert before in text(client, address)

    change(site)

    assert after in text(client, address)


def test_a_new_article_is_at_once_the_next_and_a_related_one_of_its_neighbour(client, site):
    assert 'rel="next"' not in text(client, "/articles/first-steps/")

    make_post(title="Second steps", published_at=timezone.now(), tags=["grief"])

    content = text(client, "/articles/first-steps/")
    assert re.search(
        r'rel="next">\s*<span class="post-nav__label">Next →</span>\s*'
        r'<span class="post-nav__title">Second steps</span>',
        content,
    )
    assert "Second steps" in content.split('<section class="related"')[1]


def test_retitling_an_article_changes_the_links_to_it_at_once(client, site):
    second = make_post(title="Second steps", published_at=timezone.now(), tags=["grief"])
    assert "Second steps" in text(client, "/articles/first-steps/")

    second.title = "The second step"
    second.save()

    content = text(client, "/articles/first-steps/")
    assert "Second steps" not in content
    assert content.count("The second step") == 2


def test_a_new_old_address_redirects_at_once(client, site):
    assert client.get("/articles/old-first-steps/").status_code == 404

    PostRedirect.objects.create(old_path="/articles/old-first-steps/", post=site)

    assert client.get("/articles/old-first-steps/")["Location"] == "/articles/first-steps/"


def test_signed_in_staff_get_fresh_private_pages_and_never_fill_the_cache(
    client, admin_client, site
):
    staff_page, staff_queries = visit(admin_client, "/articles/first-steps/")
    visitor_page, visitor_queries = visit(client, "/articles/first-steps/")
    staff_again, staff_again_queries = visit(admin_client, "/articles/first-steps/")

    assert staff_queries > 0 and visitor_queries > 0 and staff_again_queries > 0
    assert staff_again.templates
    for response in (staff_page, staff_again):
        assert "private" in response["Cache-Control"]
        assert "ETag" not in response


def test_staff_preview_a_draft_that_visitors_cannot_see(client, admin_client, site):
    make_post(title="Unfinished", slug="unfinished", status=Post.Status.DRAFT, published_at=None)

    assert client.get("/articles/unfinished/").status_code == 404
    preview = admin_client.get("/articles/unfinished/")
    assert preview.status_code == 200 and b"Preview." in preview.content
    assert client.get("/articles/unfinished/").status_code == 404


@pytest.mark.parametrize("address", ["/book/", "/book/thanks/"])
def test_the_request_form_and_its_thanks_page_are_never_cached(client, site, address):
    client.get(address)
    again = HttpsClient().get(address)

    assert again.status_code == 200
    assert again.templates
    assert "ETag" not in again
    if address == "/book/":
        assert "no-store" in again["Cache-Control"]


def nonce_page(request):
    html = '<script nonce="{{ csp_nonce }}">document.title = "Hi";</script>'
    template = engines["django"].from_string(html)
    return HttpResponse(template.render({}, request))


def form_page(request):
    return HttpResponse(f'<form method="post"><input name="t" value="{get_token(request)}">')


def changing_page(request):
    """Say which content version the request saw before and after changing the content."""
    before = current_version().token
    bump_content_version()
    return HttpResponse(f"{before} {current_version().token}")


urlpatterns = [
    path("nonce/", public_page(nonce_page)),
    path("form/", public_page(form_page)),
    path("change/", changing_page),
    path("", include("practice.urls")),
]


@pytest.mark.urls("tests.practice.test_page_cache")
def test_a_page_that_uses_the_csp_nonce_is_never_cached(client):
    first, second = client.get("/nonce/"), HttpsClient().get("/nonce/")

    nonces = []
    for response in (first, second):
        nonce = response.content.decode().split('nonce="')[1].split('"')[0]
        assert f"'nonce-{nonce}'" in response["Content-Security-Policy"]
        assert "ETag" not in response
        nonces.append(nonce)
    assert nonces[0] != nonces[1]


@pytest.mark.urls("tests.practice.test_page_cache")
def test_a_page_that_holds_a_csrf_token_is_never_cached_nor_compressed(client):
    first = client.get("/form/", headers={"Accept-Encoding": "gzip"})
    second = HttpsClient().get("/form/", headers={"Accept-Encoding": "gzip"})

    assert "Content-Encoding" not in first and "Content-Encoding" not in second
    assert first.content != second.content


@pytest.mark.urls("tests.practice.test_page_cache")
def test_a_change_made_while_answering_is_seen_by_the_rest_of_the_answer_and_the_next(client):
    seen_before, seen_after = client.get("/change/").content.decode().split()
    # Another process starts a version of its own before the next request.
    caches[settings.CONTENT_VERSION_CACHE].set(VERSION_KEY, ("elsewhere", time.time() + 5))
    seen_next, _ = client.get("/change/").content.decode().split()

    assert seen_before != seen_after
    assert seen_next == "elsewhere"


@pytest.mark.parametrize("address", PUBLIC_PAGES)
def test_a_cached_page_and_its_policy_carry_no_nonce(client, site, address):
    client.get(address)
    cached = HttpsClient().get(address)

    assert b"nonce" not in cached.content
    assert "nonce-" not in cached["Content-Security-Policy"]
    assert "'unsafe-inline'" not in cached["Content-Security-Policy"]


def test_public_pages_have_no_inline_script_or_style_but_structured_data(client, site):
    for address in PUBLIC_PAGES:
        content = text(client, address)
        for piece in content.split("<script")[1:]:
            assert piece.startswith(' type="application/ld+json">'), address
        assert "<style" not in content and " style=" not in content, address


@pytest.mark.parametrize(
    "address",
    [
        "/",
        "/articles/",
        "/articles/first-steps/",
        "/articles/tags/anxiety/",
        "/articles/feed/",
        "/articles/feed/atom/",
        "/sitemap.xml",
    ],
)
def test_a_repeat_visit_is_answered_304_without_rendering(client, site, address):
    first = client.get(address)
    assert first["ETag"].startswith('W/"')
    assert "no-cache" in first["Cache-Control"]

    by_etag, etag_queries = visit(HttpsClient(), address, If_None_Match=first["ETag"])
    by_date, date_queries = visit(HttpsClient(), address, If_Modified_Since=first["Last-Modified"])

    for response, queries in ((by_etag, etag_queries), (by_date, date_queries)):
        assert response.status_code == 304
        assert response.content == b""
        assert queries == 0 and not response.templates
        assert response["ETag"] == first["ETag"]


def test_after_a_change_the_repeat_visit_gets_the_new_page(client, site):
    first = client.get("/articles/first-steps/")
    site.title = "First gentle steps"
    site.save()

    by_etag = client.get("/articles/first-steps/", headers={"If-None-Match": first["ETag"]})
    by_date = client.get(
        "/articles/first-steps/", headers={"If-Modified-Since": first["Last-Modified"]}
    )

    for response in (by_etag, by_date):
        assert response.status_code == 200
        assert b"First gentle steps" in response.content
        assert response["ETag"] != first["ETag"]


def test_two_changes_within_a_second_still_change_last_modified(client, site):
    dates = []
    for title in ("One", "Two", "Three"):
        site.title = title
        site.save()
        dates.append(client.get("/articles/first-steps/")["Last-Modified"])

    assert len(set(dates)) == 3
    stale = client.get("/articles/first-steps/", headers={"If-Modified-Since": dates[0]})
    assert stale.status_code == 200


def test_last_modified_is_not_before_the_latest_change(client, site):
    saved = timezone.now()
    site.save()

    response = client.get("/articles/first-steps/")

    assert parse_http_date(response["Last-Modified"]) >= int(saved.timestamp())


def test_public_pages_are_gzipped_for_browsers_that_take_it(client, site):
    plain = client.get("/articles/first-steps/")
    compressed = HttpsClient().get("/articles/first-steps/", headers={"Accept-Encoding": "gzip"})
    compressed_again = HttpsClient().get(
        "/articles/first-steps/", headers={"Accept-Encoding": "gzip, deflate, br"}
    )
    plain_again = HttpsClient().get("/articles/first-steps/")

    assert "Content-Encoding" not in plain and "Content-Encoding" not in plain_again
    assert compressed["Content-Encoding"] == compressed_again["Content-Encoding"] == "gzip"
    assert gzip.decompress(compressed.content) == plain.content == plain_again.content
    assert "Accept-Encoding" in compressed["Vary"]


def test_the_request_form_is_not_compressed(client, site):
    response = client.get("/book/", headers={"Accept-Encoding": "gzip"})

    assert response.status_code == 200
    assert "Content-Encoding" not in response
