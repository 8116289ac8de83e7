"""Each change to the privacy notice is a new version; each request records the one agreed to."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from booking.models import SessionRequest
from practice.models import Page, PrivacyNoticeVersion
from tests.factories import make_session_request, make_session_type, request_form_data

pytestmark = pytest.mark.django_db


def edit_privacy_page(admin_client, page, body):
    response = admin_client.post(
        reverse("admin:practice_page_change", args=[page.pk]),
        {"title": page.title, "slug": page.slug, "body": body, "seo_description": ""},
    )
    assert response.status_code == 302


@pytest.fixture
def privacy_page():
    return Page.objects.create(title="Privacy notice", slug="privacy", body="<p>First words.</p>")


def test_the_privacy_page_is_version_one_when_first_written(privacy_page):
    version = PrivacyNoticeVersion.objects.current()

    assert version.number == 1
    assert version.text == "<p>First words.</p>"


def test_changing_the_text_makes_a_new_version_and_keeps_the_old(admin_client, privacy_page):
    edit_privacy_page(admin_client, privacy_page, "<p>Second words.</p>")

    assert [(v.number, v.text) for v in PrivacyNoticeVersion.objects.all()] == [
        (2, "<p>Second words.</p>"),
        (1, "<p>First words.</p>"),
    ]


def test_saving_without_changing_the_text_keeps_the_version(admin_client, privacy_page):
    edit_privacy_page(admin_client, privacy_page, "<p>First words.</p>")
    privacy_page.title = "Your privacy"
    privacy_page.save()

    assert PrivacyNoticeVersion.objects.count() == 1


def test_other_pages_are_not_the_privacy_notice():
    Page.objects.create(title="About", slug="about", body="<p>About us.</p>")

    assert PrivacyNoticeVersion.objects.count() == 0


def test_a_request_records_when_and_which_version_was_agreed_to(client, admin_client, privacy_page):
    session_type = make_session_type()
    client.post("/book/", request_form_data(session_type))
    edit_privacy_page(admin_client, privacy_page, "<p>Second words.</p>")
    client.post("/book/", request_form_data(session_type, email="sam@example.com"))

    first, second = SessionRequest.objects.order_by("pk")

    assert first.privacy_notice.number == 1
    assert second.privacy_notice.number == 2
    for request in (first, second):
        assert timezone.now() - request.consented_at < timedelta(minutes=1)


def test_the_request_shows_when_and_to_which_version_the_person_agreed(admin_client, privacy_page):
    request = make_session_request(privacy_notice=PrivacyNoticeVersion.objects.current())
    earlier = make_session_request(privacy_notice=None)

    page = admin_client.get(reverse("admin:booking_sessionrequest_change", args=[request.pk]))
    earlier_page = admin_client.get(
        reverse("admin:booking_sessionrequest_change", args=[earlier.pk])
    )

    since = timezone.localdate(PrivacyNoticeVersion.objects.current().in_effect_from)
    agreed = timezone.localtime(request.consented_at)
    assert (
        f"Yes, on {agreed:%a %-d %b %Y, %H:%M}, to version 1 of the privacy notice (in effect "
        f"from {since:%-d %B %Y})"
    ) in page.content.decode()
    assert "(before versions of the privacy notice were kept)" in earlier_page.content.decode()


def test_the_privacy_page_admin_explains_versions_and_keeps_earlier_text(
    admin_client, privacy_page
):
    edit_privacy_page(admin_client, privacy_page, "<p>Second words.</p>")

    content = admin_client.get(
        reverse("admin:practice_page_change", args=[privacy_page.pk])
    ).content.decode()
    about = Page.objects.create(title="About", slug="about")
    about_content = admin_client.get(
        reverse("admin:practice_page_change", args=[about.pk])
    ).content.decode()

    assert "Saving a change to this page's text makes it a new version" in content
    assert "Version 2 (in effect from" in content
    assert "<summary>Version 1 (in effect from" in content
    assert "<p>First words.</p>" in content
    assert "Versions of the privacy notice" not in about_content


def test_the_public_privacy_page_shows_its_version(client, admin_client, privacy_page):
    edit_privacy_page(admin_client, privacy_page, "<p>Second words.</p>")

    content = client.get("/privacy/").content.decode()

    assert "Version 2, in effect from" in content
    assert (
        "Last updated"
        in client.get(
            Page.objects.create(title="About", slug="about").get_absolute_url()
        ).content.decode()
    )
