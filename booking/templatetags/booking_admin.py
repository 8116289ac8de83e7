from django import template
from django.urls import reverse

from booking.models import SessionRequest
from practice.models import PracticeProfile

register = template.Library()


@register.inclusion_tag("admin/booking/queue_summary.html", takes_context=True)
def request_queue_summary(context):
    """How many requests are new, and how many of those are past the promised reply time."""
    user = context["request"].user
    if not user.has_perm("booking.view_sessionrequest"):
        return {"visible": False}
    reply_within_days = PracticeProfile.load().reply_within_days
    new = list(
        SessionRequest.objects.filter(status=SessionRequest.Status.NEW).only("created_at", "status")
    )
    changelist = reverse("admin:booking_sessionrequest_changelist")
    return {
        "visible": True,
        "new_count": len(new),
        "overdue_count": sum(1 for r in new if r.is_overdue(reply_within_days)),
        "reply_within_days": reply_within_days,
        "new_url": f"{changelist}?queue=new",
        "open_url": f"{changelist}?queue=open",
    }
