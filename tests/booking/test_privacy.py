"""What a person writes stays in the database: never in a log, URL or email, nor kept forever."""

import logging
from datetime import timedelta
from io import StringIO

import pytest
from django.contrib.admin.models import LogEntry
from django.core.management import call_command
from django.db import connection
from django.urls import reverse
from django.utils import timezone
from django.views.debug import ExceptionReporter

from booking.forms import SessionRequestForm
from booking.models import SessionRequest
from booking.views import request_session
from tests.conftest import HttpsClient
from tests.factories import make_post, make_session_request, request_form_data

pytestmark = pytest.mark.django_db

# Distinctive values, so that finding any of them anywhere is a leak.
PRIVATE = {
    "full_name": "Quintessa Marlowe-Vance",
    "email": "quintessa.private@example.org",
    "phone": "(971) 555-0177",
    "availability": "Thursdays after my shift at Larkspur",
    "message": "My partner Ezekiel and I keep arguing about Zanzibar",
}


def private_values():
    return list(PRIVATE.values())


def assert_private(text, *, allow=()):
    for value in private_values():
        if value not in allow:
            assert value not in text


@pytest.fixture
def everything_logged(caplog):
    """Every record the site's logging writes at its most detailed (DJANGO_LOG_LEVEL=DEBUG),
    also from the loggers that keep their records from the root (django, axes)."""
    caplog.set_level(logging.DEBUG)
    own_handlers = [
        logger
        for logger in logging.Logger.manager.loggerDict.values()
        if isinstance(logger, logging.Logger) and not logger.propagate
    ]
    for logger in own_handlers:
        logger.addHandler(caplog.handler)
    yield caplog
    for logger in own_handlers:
        logger.removeHandler(caplog.handler)


def refuse_the_row(monkeypatch):
    """Make the database refuse the request: it arrives without consent, which a constraint
    forbids (PostgreSQL's error then quotes the whole row)."""
    save_request = SessionRequestForm.save_request

    def save_without_consent(form, **kwargs):
        session_request = save_request(form, **kwargs)
        session_request.consent = False
        return session_request

    monkeypatch.setattr(SessionRequestForm, "save_request", save_without_consent)
    return "session_request_has_consent"


def break_the_code(monkeypatch):
    """Make a fault in our own code while it works on the request's text."""

    def broken_hmac(*args, **kwargs):
        raise RuntimeError("the digest could not be made")

    monkeypatch.setattr("booking.models.salted_hmac", broken_hmac)
    return "the digest could not be made"


@pytest.mark.parametrize("fail", [refuse_the_row, break_the_code])
def test_a_server_error_during_a_submission_leaks_nothing_the_person_wrote(
    practice, session_type, settings, monkeypatch, everything_logged, mailoutbox, fail
):
    settings.ADMINS = ["ops@practice.example"]
    error = fail(monkeypatch)
    client = HttpsClient(raise_request_exception=False)

    response = client.post("/book/", request_form_data(session_type, **PRIVATE))

    assert response.status_code == 500
    page = response.content.decode()
    assert "Something went wrong on our side" in page
    assert_private(page)
    assert SessionRequest.objects.count() == 0

    assert "Internal Server Error: /book/" in everything_logged.text
    assert error in everything_logged.text
    if fail is refuse_the_row and connection.vendor == "postgresql":
        # PostgreSQL quotes the refused row: only ciphertext may be in it.
        assert "Failing row contains" in everything_logged.text
    assert_private(everything_logged.text)

    (report,) = mailoutbox
    assert report.to == ["ops@practice.example"]
    assert "Internal Server Error: /book/" in report.subject
    assert error in report.body
    assert "full_name = '********************'" in report.body
    assert not getattr(report, "alternatives", None)
    assert_private(report.subject)
    assert_private(report.body)
    assert_private(str(report.extra_headers))
    for key in [*settings.FIELD_ENCRYPTION_KEYS, settings.FIELD_HASH_KEY, settings.SECRET_KEY]:
        assert key not in report.body


def test_sending_the_form_logs_nothing_the_person_wrote(
    client,
    practice,
    session_type,
    everything_logged,
    mailoutbox,
    django_capture_on_commit_callbacks,
):
    with django_capture_on_commit_callbacks(execute=True):
        client.post("/book/", request_form_data(session_type, **PRIVATE))

    assert SessionRequest.objects.count() == 1
    assert everything_logged.records
    assert_private(everything_logged.text)


def test_a_form_with_errors_logs_nothing_the_person_wrote(
    client, practice, session_type, everything_logged
):
    client.post("/book/", request_form_data(session_type, **PRIVATE, consent=None))

    assert_private(everything_logged.text)


def test_failing_mail_logs_only_the_request_number(
    client,
    practice,
    session_type,
    failing_mail,
    everything_logged,
    django_capture_on_commit_callbacks,
):
    with django_capture_on_commit_callbacks(execute=True):
        client.post("/book/", request_form_data(session_type, **PRIVATE))

    saved = SessionRequest.objects.get()
    assert f"session request #{saved.pk}" in everything_logged.text
    assert "SMTPRecipientsRefused" in everything_logged.text
    assert_private(everything_logged.text)


def test_a_refused_post_logs_nothing_the_person_wrote(
    client, practice, session_type, settings, everything_logged
):
    settings.BOOKING_POSTS_PER_HOUR = 0

    response = client.post("/book/", request_form_data(session_type, **PRIVATE))

    assert response.status_code == 429
    assert_private(everything_logged.text)


def test_no_email_carries_what_the_person_wrote(
    client, practice, session_type, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        client.post("/book/", request_form_data(session_type, **PRIVATE))

    assert len(mailoutbox) == 2
    for message in mailoutbox:
        raw = message.message().as_string()
        # The confirmation must be addressed to the person; nothing else of theirs may appear.
        assert_private(raw, allow=(PRIVATE["email"],))
        assert_private(message.body)
        assert session_type.name not in message.body


def test_no_url_carries_what_the_person_wrote(client, practice, session_type):
    post = make_post(slug="on-repair")
    response = client.post(
        "/book/", request_form_data(session_type, source="on-repair", **PRIVATE), follow=True
    )

    urls = [url for url, _ in response.redirect_chain] + [response.request["PATH_INFO"]]
    assert urls == ["/book/thanks/", "/book/thanks/"]
    assert response.request["QUERY_STRING"] == ""
    assert_private(response.content.decode())
    assert SessionRequest.objects.get().source_post == post


def test_an_error_report_about_the_form_hides_what_was_posted(rf, practice):
    request = rf.post("/book/", {"message": PRIVATE["message"]}, REMOTE_ADDR="203.0.113.7")
    request_session(request)

    report = ExceptionReporter(request, None, None, None, is_email=True).get_traceback_text()

    assert "message" in report
    assert PRIVATE["message"] not in report


def test_the_admin_history_names_no_one(intake_client, practice):
    request = make_session_request(full_name=PRIVATE["full_name"])

    intake_client.post(
        reverse("admin:booking_sessionrequest_changelist"),
        {"action": "mark_contacted", "_selected_action": [request.pk]},
    )
    intake_client.post(
        reverse("admin:booking_sessionrequest_change", args=[request.pk]),
        {"status": "scheduled", "notes": "Booked for Monday."},
    )

    entries = LogEntry.objects.all()
    assert entries.count() == 2
    for entry in entries:
        assert entry.object_repr == f"Request #{request.pk}"
        assert_private(entry.change_message)


def test_purge_deletes_only_closed_and_declined_requests_past_retention(settings, practice):
    settings.BOOKING_RETENTION_DAYS = 30
    old = timezone.now() - timedelta(days=31)
    recent = timezone.now() - timedelta(days=29)
    old_closed = make_session_request(status="closed", status_changed_at=old)
    old_declined = make_session_request(status="declined", status_changed_at=old)
    recent_closed = make_session_request(status="closed", status_changed_at=recent)
    old_open = make_session_request(status="contacted", status_changed_at=old)
    old_scheduled = make_session_request(status="scheduled", status_changed_at=old)
    out = StringIO()

    call_command("purge_session_requests", stdout=out)

    remaining = set(SessionRequest.objects.values_list("pk", flat=True))
    assert remaining == {recent_closed.pk, old_open.pk, old_scheduled.pk}
    assert old_closed.pk not in remaining and old_declined.pk not in remaining
    assert "Deleted 2 request(s) closed or declined over 30 days ago." in out.getvalue()


def test_retention_defaults_to_180_days(practice):
    kept = make_session_request(
        status="closed", status_changed_at=timezone.now() - timedelta(days=179)
    )
    gone = make_session_request(
        status="closed", status_changed_at=timezone.now() - timedelta(days=181)
    )

    call_command("purge_session_requests", stdout=StringIO())

    assert SessionRequest.objects.filter(pk=kept.pk).exists()
    assert not SessionRequest.objects.filter(pk=gone.pk).exists()


def test_purge_dry_run_deletes_nothing(practice):
    make_session_request(status="closed", status_changed_at=timezone.now() - timedelta(days=400))
    out = StringIO()

    call_command("purge_session_requests", "--dry-run", stdout=out)

    assert SessionRequest.objects.count() == 1
    assert "1 request(s) closed or declined over 180 days ago." in out.getvalue()


def test_erasing_a_persons_data_clears_every_request_they_sent(admin_client, practice):
    post = make_post()
    first = make_session_request(
        **PRIVATE, source_post=post, notes="Called back twice.", preferred_days=["mon"]
    )
    second = make_session_request(
        email=PRIVATE["email"].upper(), full_name="Q. M-V", status="contacted"
    )
    someone_else = make_session_request(full_name="Robin Ellis")
    changelist = reverse("admin:booking_sessionrequest_changelist")

    confirm = admin_client.post(
        changelist, {"action": "erase_person_data", "_selected_action": [first.pk]}
    )
    assert confirm.status_code == 200
    assert "2 requests" in confirm.content.decode()
    assert SessionRequest.objects.get(pk=first.pk).full_name == PRIVATE["full_name"]

    done = admin_client.post(
        changelist,
        {"action": "erase_person_data", "_selected_action": [first.pk], "confirm": "yes"},
    )

    assert done.status_code == 302
    for request in (first, second):
        request.refresh_from_db()
        assert request.erased_at is not None
        assert (request.full_name, request.email, request.phone) == ("", "", "")
        assert (request.availability, request.message, request.notes) == ("", "", "")
        assert request.preferred_days == [] and request.fingerprint == ""
        assert request.status in ("closed", "declined", "scheduled")
    first.refresh_from_db()
    assert first.source_post == post
    assert SessionRequest.objects.counts_by_article().get(source_post=post.pk)["request_count"] == 1
    someone_else.refresh_from_db()
    assert someone_else.full_name == "Robin Ellis"
    assert LogEntry.objects.filter(change_message__contains="Erased").count() == 2
    page = admin_client.get(reverse("admin:booking_sessionrequest_change", args=[first.pk]))
    assert_private(page.content.decode())


def test_an_erased_request_is_never_emailed(practice, mailoutbox):
    request = make_session_request()
    request.erase()
    request.save()

    call_command("send_pending_notifications", stdout=StringIO())

    assert mailoutbox == []
