"""Email about session requests. No message carries anything the person wrote."""

import logging

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.utils import timezone

from booking.models import SessionRequest
from practice.models import PracticeProfile

logger = logging.getLogger(__name__)


def alert_message(session_request, profile):
    """Return the practice's alert: the request's number and a link, nothing more."""
    return EmailMessage(
        subject=f"New session request #{session_request.pk}",
        body=render_to_string(
            "booking/email/new_request_alert.txt",
            {
                "session_request": session_request,
                "admin_url": settings.SITE_URL + session_request.get_admin_url(),
                "practice": profile,
            },
        ),
        to=[profile.email],
    )


def confirmation_message(session_request, profile):
    """Return the client's neutral confirmation, with no echo of what they wrote."""
    return EmailMessage(
        subject="Your request was received",
        body=render_to_string("booking/email/confirmation.txt", {"practice": profile}),
        to=[session_request.email],
    )


def decline_message(session_request, profile):
    """Return the referral reply the practice sends when it declines a request."""
    return EmailMessage(
        subject="About your request",
        body=render_to_string("booking/email/decline_reply.txt", {"practice": profile}),
        to=[session_request.email],
    )


def deliver(message, *, session_request, what):
    """Send `message`; return False, logging only the request's number, if it cannot go."""
    try:
        message.send()
    except Exception as error:
        # Any failure of the mail server leaves the request pending rather than losing it. The
        # error's text can quote the recipient's address, so only its type is logged.
        logger.warning(
            "Could not send the %s for session request #%s (%s).",
            what,
            session_request.pk,
            type(error).__name__,
        )
        return False
    return True


def send_notifications(*, session_request: SessionRequest) -> bool:
    """Send whichever of the practice's alert and the client's confirmation is still unsent.

    Return True when nothing is left pending.
    """
    profile = PracticeProfile.load()
    all_sent = True
    if session_request.notified_at is None:
        if profile.email:
            all_sent &= send_and_record(
                alert_message(session_request, profile),
                session_request=session_request,
                sent_at_field="notified_at",
                what="alert to the practice",
            )
        else:
            logger.warning(
                "Session request #%s: no contact email in the practice profile to alert.",
                session_request.pk,
            )
            all_sent = False
    if session_request.may_email and session_request.confirmation_sent_at is None:
        all_sent &= send_and_record(
            confirmation_message(session_request, profile),
            session_request=session_request,
            sent_at_field="confirmation_sent_at",
            what="confirmation to the client",
        )
    return all_sent


def send_and_record(message, *, session_request, sent_at_field, what):
    """Send `message` and note when in `sent_at_field`; return False if it could not go."""
    if not deliver(message, session_request=session_request, what=what):
        return False
    sent_at = timezone.now()
    setattr(session_request, sent_at_field, sent_at)
    SessionRequest.objects.filter(pk=session_request.pk).update(**{sent_at_field: sent_at})
    return True


def send_pending_notifications() -> tuple[int, int]:
    """Send every pending alert and confirmation; return (requests done, requests still pending)."""
    done = pending = 0
    for session_request in SessionRequest.objects.notification_pending().order_by("created_at"):
        if send_notifications(session_request=session_request):
            done += 1
        else:
            pending += 1
    return done, pending


def send_decline_reply(*, session_request: SessionRequest) -> bool:
    """Email the practice's referral reply to the person; return False if it could not go."""
    return deliver(
        decline_message(session_request, PracticeProfile.load()),
        session_request=session_request,
        what="referral reply",
    )
