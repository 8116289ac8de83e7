"""Only the Intake group sees session requests; editors never do, not even by address."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from booking.models import SessionRequest
from tests.factories import make_session_request

pytestmark = pytest.mark.django_db


def booking_urls(request):
    return [
        reverse("admin:booking_sessionrequest_changelist"),
        reverse("admin:booking_sessionrequest_change", args=[request.pk]),
        reverse("admin:booking_sessionrequest_history", args=[request.pk]),
        reverse("admin:booking_sessionrequest_delete", args=[request.pk]),
        reverse("admin:booking_sessionrequest_by_article"),
        reverse("admin:app_list", args=["booking"]),
    ]


def test_the_groups_are_made_by_a_migration():
    intake = {p.codename for p in Group.objects.get(name="Intake").permissions.all()}
    editor = Group.objects.get(name="Editor").permissions.all()

    assert intake == {
        "view_sessionrequest",
        "change_sessionrequest",
        "view_sessiontype",
        "add_sessiontype",
        "change_sessiontype",
    }
    assert {p.content_type.app_label for p in editor} == {"articles", "taggit", "practice"}
    assert "change_post" in {p.codename for p in editor}
    assert "change_page" in {p.codename for p in editor}
    assert "change_practiceprofile" not in {p.codename for p in editor}


def test_an_editor_cannot_open_requests_even_by_address(editor_client, practice):
    request = make_session_request(full_name="Robin Ellis")

    for url in booking_urls(request):
        response = editor_client.get(url)
        assert response.status_code in (403, 404), url
        assert "Robin Ellis" not in response.content.decode()


def test_an_editor_cannot_change_a_request_by_posting(editor_client, practice):
    request = make_session_request()

    response = editor_client.post(
        reverse("admin:booking_sessionrequest_changelist"),
        {"action": "mark_closed", "_selected_action": [request.pk]},
    )

    assert response.status_code == 403
    request.refresh_from_db()
    assert request.status == "new"


def test_an_editor_sees_no_request_section_nor_count_on_the_index(editor_client, practice):
    make_session_request()

    response = editor_client.get(reverse("admin:index"))
    sections = [section["name"] for section in response.context["app_list"]]

    assert "Session requests" not in sections
    assert "Articles" in sections
    assert "new request" not in response.content.decode()


def test_an_editor_can_still_write_articles(editor_client):
    assert editor_client.get(reverse("admin:articles_post_changelist")).status_code == 200


def test_intake_staff_work_the_queue_but_cannot_delete(intake_client, practice):
    request = make_session_request(full_name="Robin Ellis")

    changelist = intake_client.get(reverse("admin:booking_sessionrequest_changelist"))
    change = intake_client.get(reverse("admin:booking_sessionrequest_change", args=[request.pk]))
    delete = intake_client.get(reverse("admin:booking_sessionrequest_delete", args=[request.pk]))
    delete_post = intake_client.post(
        reverse("admin:booking_sessionrequest_changelist"),
        {"action": "delete_selected", "_selected_action": [request.pk], "post": "yes"},
    )

    assert changelist.status_code == 200
    assert "Robin Ellis" in changelist.content.decode()
    assert change.status_code == 200
    assert delete.status_code == 403
    assert "delete_selected" not in changelist.content.decode()
    assert delete_post.status_code in (200, 302)
    assert SessionRequest.objects.filter(pk=request.pk).exists()


def test_intake_staff_cannot_erase_unless_given_the_permission(intake_client, practice):
    request = make_session_request()

    content = intake_client.get(reverse("admin:booking_sessionrequest_changelist")).content
    response = intake_client.post(
        reverse("admin:booking_sessionrequest_changelist"),
        {"action": "erase_person_data", "_selected_action": [request.pk], "confirm": "yes"},
    )

    assert b"erase_person_data" not in content
    assert response.status_code in (200, 302)
    request.refresh_from_db()
    assert request.erased_at is None


def test_a_superuser_may_delete(admin_client, practice):
    request = make_session_request()

    response = admin_client.post(
        reverse("admin:booking_sessionrequest_delete", args=[request.pk]), {"post": "yes"}
    )

    assert response.status_code == 302
    assert not SessionRequest.objects.filter(pk=request.pk).exists()


def test_staff_outside_both_groups_see_nothing_of_booking(client_logged_in_as, django_user_model):
    someone = django_user_model.objects.create_user(
        username="someone", password="not-used", is_staff=True
    )
    staff_client = client_logged_in_as(someone)

    response = staff_client.get(reverse("admin:booking_sessionrequest_changelist"))

    assert response.status_code == 403


def test_the_public_never_reaches_the_queue(client, practice):
    request = make_session_request()

    for url in booking_urls(request):
        response = client.get(url)
        assert response.status_code == 302, url
        assert response["Location"].startswith(reverse("admin:login"))
