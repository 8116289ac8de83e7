from functools import wraps

from django.conf import settings
from django.shortcuts import redirect, render
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt, csrf_protect
from django.views.decorators.debug import sensitive_post_parameters
from django.views.decorators.http import require_http_methods, require_safe

from articles.models import Post
from booking.forms import SessionRequestForm
from booking.rate_limit import WINDOW_SECONDS, allow_post
from booking.services import submit_request
from practice.models import PracticeProfile
from practice.network import client_ip


def refused(request, *, status, heading, explanation):
    response = render(
        request,
        "booking/refused.html",
        {"heading": heading, "explanation": explanation},
        status=status,
    )
    if status == 429:
        response["Retry-After"] = str(WINDOW_SECONDS)
    return response


def refuse_floods(view):
    """Refuse oversized bodies and too many posts from one address before reading the form."""

    @wraps(view)
    def guarded(request, *args, **kwargs):
        if request.method == "POST":
            try:
                length = int(request.META.get("CONTENT_LENGTH") or 0)
            except ValueError:
                length = 0
            if length > settings.BOOKING_MAX_BODY_BYTES:
                return refused(
                    request,
                    status=413,
                    heading="That was more than the form can take",
                    explanation="The form was too large to send. Please shorten your message "
                    "and try again, or call or email us instead.",
                )
            if not allow_post(client_ip(request)):
                return refused(
                    request,
                    status=429,
                    heading="Please try again a little later",
                    explanation="The form has been sent many times from your connection in "
                    "the last hour, so we have paused it for a while. Please try again in an "
                    "hour, or call or email us instead.",
                )
        return view(request, *args, **kwargs)

    return guarded


# The flood checks run before the CSRF check, which reads the body: csrf_exempt stops the
# middleware from checking first, and csrf_protect checks once the body is known to be small.
@csrf_exempt
@sensitive_post_parameters()
@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
@refuse_floods
@csrf_protect
def request_session(request):
    """The session request form: on success, save and send the visitor to the thank-you page."""
    practice = PracticeProfile.load()
    if request.method == "POST":
        form = SessionRequestForm(request.POST)
        if form.is_valid():
            submit_request(session_request=form.save_request(waitlist=not practice.is_accepting))
            return redirect("booking:thanks")
        form.prepare_to_show_again()
    else:
        source = Post.objects.published().filter(slug=request.GET.get("from", "")[:200]).first()
        form = SessionRequestForm(initial={"source": source.slug if source else ""})
    return render(request, "booking/request.html", {"form": form})


@require_safe
def thanks(request):
    return render(request, "booking/thanks.html")
