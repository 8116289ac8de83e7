"""Actions on session requests that reach beyond one row: saving and notifying, erasing, purging."""

from functools import partial

from django.db import transaction
from django.utils import timezone

from booking.models import SessionRequest
from booking.notifications import send_decline_reply
from booking.tasks import notify_about_request
from practice.models import PracticeProfile


def submit_request(*, session_request: SessionRequest) -> tuple[SessionRequest, bool]:
    """Save a request from the form and notify about it once it is committed.

    The same request sent again within ten minutes is not saved twice: return the first one
    and False.
    """
    session_request.fingerprint = session_request.compute_fingerprint()
    with transaction.atomic():
        # Two identical posts (a double click) wait here for each other, so the second one
        # finds the first rather than both being saved. The practice's single profile row is
        # the lock: requests are few, and it always exists.
        PracticeProfile.objects.select_for_update().filter(pk=PracticeProfile.load().pk).first()
        first = (
            SessionRequest.objects.duplicate_of(session_request.fingerprint)
            .order_by("created_at")
            .first()
        )
        if first is not None:
            return first, False
        session_request.save()
        transaction.on_commit(partial(notify_about_request.enqueue, session_request.pk))
    return session_request, True


def decline_with_referral(*, session_request: SessionRequest) -> bool | None:
    """Decline the request and email the practice's referral reply.

    Return True if the reply was sent, False if sending failed, None if the person asked not
    to be emailed.
    """
    if session_request.set_status(SessionRequest.Status.DECLINED):
        session_request.save(update_fields=["status", "status_changed_at"])
    if not (session_request.may_email and session_request.email):
        return None
    return send_decline_reply(session_request=session_request)


def erase_person_data(*, email: str) -> list[SessionRequest]:
    """Erase what the person with `email` wrote in every request they sent; return those."""
    erased = []
    now = timezone.now()
    with transaction.atomic():
        for session_request in SessionRequest.objects.for_person(email).select_for_update():
            session_request.erase(now=now)
            session_request.save()
            erased.append(session_request)
    return erased


def purge_expired_requests() -> int:
    """Delete closed and declined requests past the retention period; return how many."""
    deleted, _ = SessionRequest.objects.expired().delete()
    return deleted
