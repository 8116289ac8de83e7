"""Bots, floods and giant bodies are refused cheaply, and a person's double click makes one row."""

import ipaddress
import time
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from booking.forms import sign_fill_start
from booking.models import SessionRequest
from tests.conftest import HttpsClient
from tests.factories import request_form_data

pytestmark = pytest.mark.django_db


def send(client, data, ip="203.0.113.7", **extra):
    return client.post("/book/", data, REMOTE_ADDR=ip, **extra)


def test_a_post_without_the_csrf_token_is_refused(practice, session_type):
    strict = HttpsClient(enforce_csrf_checks=True)

    response = send(strict, request_form_data(session_type))

    assert response.status_code == 403
    assert SessionRequest.objects.count() == 0


def test_a_post_with_the_csrf_token_from_the_page_is_accepted(practice, session_type):
    strict = HttpsClient(enforce_csrf_checks=True)
    page = strict.get("/book/")
    token = page.context["csrf_token"]

    response = send(
        strict,
        request_form_data(session_type, csrfmiddlewaretoken=str(token)),
        HTTP_REFERER="https://testserver/book/",
    )

    assert response.status_code == 302
    assert SessionRequest.objects.count() == 1


def test_a_filled_in_trap_field_is_refused_with_a_message_and_no_row(
    client, practice, session_type
):
    response = send(client, request_form_data(session_type, website="http://spam.example"))
    content = response.content.decode()

    assert SessionRequest.objects.count() == 0
    assert "This form could not be sent" in content
    assert "http://spam.example" not in content
    assert 'value="Robin Ellis"' in content


def test_the_trap_field_is_hidden_from_people(client, practice, session_type):
    content = client.get("/book/").content.decode()

    assert '<div class="trap" aria-hidden="true">' in content
    assert 'tabindex="-1"' in content


def test_a_form_sent_faster_than_a_person_types_is_refused(client, practice, session_type):
    just_now = sign_fill_start(time.time() - 1)

    response = send(client, request_form_data(session_type, started=just_now))

    assert SessionRequest.objects.count() == 0
    assert "quicker than we expected" in response.content.decode()


@pytest.mark.parametrize("token", ["", "12345", "12345:forged-signature"])
def test_a_missing_or_forged_fill_time_is_refused(client, practice, session_type, token):
    response = send(client, request_form_data(session_type, started=token))

    assert SessionRequest.objects.count() == 0
    assert "Please check your answers and send it again" in response.content.decode()


def test_the_fill_time_cannot_be_moved_back_by_the_sender(client, practice, session_type):
    token = sign_fill_start(time.time())
    value, signature = token.split(":")
    moved_back = f"{int(value) - 3600}:{signature}"

    send(client, request_form_data(session_type, started=moved_back))

    assert SessionRequest.objects.count() == 0


def test_too_many_posts_from_one_address_get_a_friendly_429(
    client, practice, session_type, settings
):
    settings.BOOKING_POSTS_PER_HOUR = 3
    for number in range(3):
        data = request_form_data(session_type, email=f"person{number}@example.com")
        assert send(client, data).status_code == 302

    response = send(client, request_form_data(session_type, email="fourth@example.com"))
    content = response.content.decode()

    assert response.status_code == 429
    assert response["Retry-After"] == "3600"
    assert "Please try again a little later" in content
    assert practice.phone in content
    assert "Not for emergencies." in content
    assert SessionRequest.objects.count() == 3


def test_the_limit_counts_each_address_separately(client, practice, session_type, settings):
    settings.BOOKING_POSTS_PER_HOUR = 1
    send(client, request_form_data(session_type), ip="203.0.113.7")

    other = send(client, request_form_data(session_type, email="b@example.com"), ip="203.0.113.8")
    again = send(client, request_form_data(session_type, email="c@example.com"), ip="203.0.113.7")

    assert other.status_code == 302
    assert again.status_code == 429


def test_posts_with_errors_count_towards_the_limit(client, practice, session_type, settings):
    settings.BOOKING_POSTS_PER_HOUR = 2
    send(client, request_form_data(session_type, email="wrong"))
    send(client, request_form_data(session_type, email="wrong"))

    assert send(client, request_form_data(session_type)).status_code == 429


def test_reading_the_form_is_never_limited(client, practice, session_type, settings):
    settings.BOOKING_POSTS_PER_HOUR = 1
    send(client, request_form_data(session_type))
    send(client, request_form_data(session_type))

    assert client.get("/book/", REMOTE_ADDR="203.0.113.7").status_code == 200


def test_a_forwarded_for_header_cannot_dodge_the_limit_without_a_trusted_proxy(
    client, practice, session_type, settings
):
    settings.BOOKING_POSTS_PER_HOUR = 1
    send(client, request_form_data(session_type), HTTP_X_FORWARDED_FOR="198.51.100.1")

    response = send(
        client,
        request_form_data(session_type, email="b@example.com"),
        HTTP_X_FORWARDED_FOR="198.51.100.2",
    )

    assert response.status_code == 429


def test_behind_a_trusted_proxy_the_limit_follows_the_forwarded_client(
    client, practice, session_type, settings
):
    settings.BOOKING_POSTS_PER_HOUR = 1
    settings.TRUSTED_PROXIES = [ipaddress.ip_network("10.0.0.1/32")]
    proxy = "10.0.0.1"
    send(client, request_form_data(session_type), ip=proxy, HTTP_X_FORWARDED_FOR="198.51.100.1")

    other_client = send(
        client,
        request_form_data(session_type, email="b@example.com"),
        ip=proxy,
        HTTP_X_FORWARDED_FOR="198.51.100.2",
    )
    forged_first_entry = send(
        client,
        request_form_data(session_type, email="c@example.com"),
        ip=proxy,
        HTTP_X_FORWARDED_FOR="192.0.2.99, 198.51.100.1",
    )

    assert other_client.status_code == 302
    assert forged_first_entry.status_code == 429


def test_the_same_request_sent_twice_makes_one_row_and_the_same_thank_you(
    client, practice, session_type, mailoutbox, django_capture_on_commit_callbacks
):
    data = request_form_data(session_type)

    with django_capture_on_commit_callbacks(execute=True):
        first = send(client, data)
        second = send(client, data)

    assert first.status_code == second.status_code == 302
    assert first["Location"] == second["Location"] == reverse("booking:thanks")
    assert SessionRequest.objects.count() == 1
    assert len(mailoutbox) == 2


def test_a_resend_differing_only_in_spacing_and_case_is_the_same_request(
    client, practice, session_type
):
    send(client, request_form_data(session_type))
    send(
        client,
        request_form_data(session_type, full_name="  robin   ELLIS ", email="Robin@Example.com"),
    )

    assert SessionRequest.objects.count() == 1


def test_the_same_request_after_ten_minutes_is_a_new_row(client, practice, session_type):
    send(client, request_form_data(session_type))
    SessionRequest.objects.update(created_at=timezone.now() - timedelta(minutes=11))

    send(client, request_form_data(session_type))

    assert SessionRequest.objects.count() == 2


def test_a_different_request_from_the_same_person_is_kept(client, practice, session_type):
    send(client, request_form_data(session_type))
    send(client, request_form_data(session_type, message="Also, evenings are best."))

    assert SessionRequest.objects.count() == 2


def test_a_giant_body_is_refused_before_it_is_read(client, practice, session_type):
    data = request_form_data(session_type, message="x" * 50_000)

    response = send(client, data)

    assert response.status_code == 413
    assert "too large" in response.content.decode()
    assert SessionRequest.objects.count() == 0


def test_a_giant_body_is_refused_even_without_a_csrf_token(practice, session_type):
    strict = HttpsClient(enforce_csrf_checks=True)

    response = send(strict, request_form_data(session_type, message="x" * 50_000))

    assert response.status_code == 413


def test_the_largest_honest_form_fits_within_the_body_limit(client, practice, session_type):
    data = request_form_data(
        session_type,
        full_name="N" * 120,
        email="e" * 240 + "@example.com",
        phone="5" * 30,
        availability="a" * 300,
        message="m" * 1000,
        preferred_days=list(SessionRequest.Day.values),
        preferred_times=list(SessionRequest.TimeOfDay.values),
    )

    response = send(client, data)

    assert response.status_code == 302
    assert SessionRequest.objects.count() == 1


@pytest.mark.parametrize("method", ["put", "delete", "patch"])
def test_other_methods_are_not_allowed(client, practice, method):
    assert getattr(client, method)("/book/").status_code == 405
