from django.shortcuts import render
from django.views.decorators.http import require_safe


@require_safe
def request_session(request):
    """How to reach the practice for a first session."""
    return render(request, "booking/request.html")
