"""Nothing accepted is lost: the request is saved first, and email follows it, now or later."""

import re
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.urls import reverse

from booking.models import SessionRequest
from tests.factories import make_session_request, request_form_data
from tests.mail_backends import free_port, smtp_mailers, smtp_server_on

pytestmark = pytest.mark.django_db


def send_request(client, session_type, **overrides):
    return client.post("/book/", request_form_data(session_type, **overrides))


def test_practice_is_alerted_with_only_the_number_and_a_link(
    client, practice, session_type, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        send_request(client, session_type)

    saved = SessionRequest.objects.get()
    alert = next(m for m in mailoutbox if m.to == ["intake@cedarroom.example"])
    assert alert.subject == f"New session request #{saved.pk}"
    admin_url = (
        f"https://localhost{reverse('admin:booking_sessionrequest_change', args=[saved.pk])}"
    )
    assert admin_url in alert.body
    saved.refresh_from_db()
    assert saved.notified_at is not None


def test_client_gets_a_neutral_confirmation_with_the_reply_promise_and_crisis_line(
    client, practice, session_type, mailoutbox, django_capture_on_commit_callbacks
):
    practice.reply_within_days = 3
    practice.crisis_line = "In a crisis, call or text 988."
    practice.save()

    with django_capture_on_commit_callbacks(execute=True):
        send_request(client, session_type)

    confirmation = next(m for m in mailoutbox if m.to == ["robin@example.com"])
    assert confirmation.subject == "Your request was received"
    assert "We reply to every request within 3 working days." in confirmation.body
    assert "Not for emergencies: In a crisis, call or text 988." in confirmation.body
    assert SessionRequest.objects.get().confirmation_sent_at is not None


def test_no_confirmation_is_sent_to_someone_who_asked_not_to_be_emailed(
    client, practice, session_type, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        send_request(client, session_type, preferred_contact="phone", may_email=None)

    assert [m.to for m in mailoutbox] == [["intake@cedarroom.example"]]


def test_emails_wait_for_the_commit(client, practice, session_type, mailoutbox):
    # Inside the test's transaction nothing is committed, so nothing may be sent yet.
    send_request(client, session_type)

    assert SessionRequest.objects.count() == 1
    assert mailoutbox == []


@pytest.mark.django_db(transaction=True)
def test_request_is_committed_before_the_visitor_is_thanked(client, session_type, mailoutbox):
    from practice.models import PracticeProfile

    profile = PracticeProfile.load()
    profile.email = "intake@cedarroom.example"
    profile.save()

    response = send_request(client, session_type)

    assert response.status_code == 302
    assert response["Location"] == "/book/thanks/"
    saved = SessionRequest.objects.get()
    assert saved.notified_at is not None
    assert sorted(m.to[0] for m in mailoutbox) == ["intake@cedarroom.example", "robin@example.com"]


def test_when_mail_fails_the_request_is_kept_and_marked_unnotified(
    client, practice, session_type, failing_mail, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = send_request(client, session_type)

    assert response.status_code == 302
    assert response["Location"] == "/book/thanks/"
    saved = SessionRequest.objects.get()
    assert saved.full_name == "Robin Ellis"
    assert saved.notified_at is None
    assert saved.confirmation_sent_at is None
    assert mailoutbox == []


def test_send_pending_notifications_sends_what_failed_once_mail_works(
    client, practice, session_type, settings, mailoutbox, django_capture_on_commit_callbacks
):
    original_mailers = settings.MAILERS
    settings.MAILERS = {"default": {"BACKEND": "tests.mail_backends.FailingEmailBackend"}}
    with django_capture_on_commit_callbacks(execute=True):
        send_request(client, session_type)
    with pytest.raises(CommandError, match="1 still could not be sent"):
        call_command("send_pending_notifications", stdout=StringIO())

    settings.MAILERS = original_mailers
    out = StringIO()
    call_command("send_pending_notifications", stdout=out)

    saved = SessionRequest.objects.get()
    assert "Sent what was pending for 1 request" in out.getvalue()
    assert saved.notified_at is not None
    assert saved.confirmation_sent_at is not None
    assert sorted(m.subject for m in mailoutbox) == [
        f"New session request #{saved.pk}",
        "Your request was received",
    ]


def test_send_pending_notifications_sends_nothing_twice(practice, mailoutbox):
    make_session_request()

    call_command("send_pending_notifications", stdout=StringIO())
    out = StringIO()
    call_command("send_pending_notifications", stdout=out)

    assert len(mailoutbox) == 2
    assert "Nothing was pending." in out.getvalue()


def test_an_alert_that_failed_is_retried_without_repeating_the_confirmation(practice, mailoutbox):
    from django.utils import timezone

    pending = make_session_request(confirmation_sent_at=timezone.now())

    call_command("send_pending_notifications", stdout=StringIO())

    assert [m.subject for m in mailoutbox] == [f"New session request #{pending.pk}"]


def test_without_a_practice_email_the_alert_stays_pending(practice, mailoutbox):
    practice.email = ""
    practice.save()
    pending = make_session_request()

    with pytest.raises(CommandError):
        call_command("send_pending_notifications", stdout=StringIO())

    pending.refresh_from_db()
    assert pending.notified_at is None
    assert [m.to for m in mailoutbox] == [[pending.email]]


def test_no_email_header_carries_what_the_person_typed(
    client, practice, session_type, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        send_request(
            client,
            session_type,
            full_name="Robin\r\nBcc: thief@evil.example",
            message="Hi\r\nBcc: thief@evil.example",
        )

    assert SessionRequest.objects.count() == 1
    assert len(mailoutbox) == 2
    for message in mailoutbox:
        assert message.recipients() in (["intake@cedarroom.example"], ["robin@example.com"])
        headers = message.message().as_string().split("\n\n", 1)[0]
        assert "Robin" not in headers
        assert "thief" not in headers
        assert not re.search(r"^Bcc:", headers, re.M)


def test_header_breaks_typed_anywhere_still_reach_one_recipient_per_email(
    client, practice, session_type, settings, smtp_server, django_capture_on_commit_callbacks
):
    port, mailbox = smtp_server
    settings.MAILERS = smtp_mailers(port)
    injection = "\r\nBcc: thief@evil.example\r\nSubject: pwned"

    with django_capture_on_commit_callbacks(execute=True):
        response = send_request(
            client,
            session_type,
            full_name=f"Robin{injection}",
            availability=f"Evenings{injection}",
            message=f"Hello{injection}",
        )

    assert response["Location"] == "/book/thanks/"
    assert sorted(envelope.rcpt_tos for envelope in mailbox.envelopes) == [
        ["intake@cedarroom.example"],
        ["robin@example.com"],
    ]
    for envelope in mailbox.envelopes:
        assert b"evil.example" not in envelope.content
        assert b"pwned" not in envelope.content


def test_mail_down_then_back_nothing_is_lost_end_to_end(
    client, practice, session_type, settings, caplog, django_capture_on_commit_callbacks
):
    port = free_port()
    settings.MAILERS = smtp_mailers(port)

    # Nothing listens on the port: the mail server is down.
    with django_capture_on_commit_callbacks(execute=True):
        response = send_request(client, session_type)

    assert response["Location"] == "/book/thanks/"
    saved = SessionRequest.objects.get()
    assert (saved.notified_at, saved.confirmation_sent_at) == (None, None)
    assert f"Could not send the alert to the practice for session request #{saved.pk}" in (
        caplog.text
    )
    assert "robin@example.com" not in caplog.text

    with smtp_server_on(port) as mailbox:
        out = StringIO()
        call_command("send_pending_notifications", stdout=out)
        again = StringIO()
        call_command("send_pending_notifications", stdout=again)

    assert "Sent what was pending for 1 request(s)." in out.getvalue()
    assert "Nothing was pending." in again.getvalue()
    assert sorted(envelope.rcpt_tos for envelope in mailbox.envelopes) == [
        ["intake@cedarroom.example"],
        ["robin@example.com"],
    ]
    saved.refresh_from_db()
    assert saved.notified_at is not None
    assert saved.confirmation_sent_at is not None


def test_an_address_with_a_header_break_is_refused(client, practice, session_type):
    response = send_request(
        client, session_type, email="robin@example.com\r\nBcc: thief@evil.example"
    )

    assert SessionRequest.objects.count() == 0
    assert "Enter an email address like" in response.content.decode()
