from django.tasks import task

from booking.models import SessionRequest
from booking.notifications import send_notifications


@task
def notify_about_request(request_id: int) -> None:
    """Alert the practice to a new request and confirm it to the client."""
    session_request = SessionRequest.objects.filter(pk=request_id).first()
    if session_request is not None:
        send_notifications(session_request=session_request)
