import sys

from django.conf import settings
from django.db import DatabaseError, InterfaceError, OperationalError, connection
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.template import loader
from django.utils.cache import add_never_cache_headers, patch_cache_control
from django.views import defaults, static
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from articles.models import Post
from practice.models import Page, PrivacyNoticeVersion

HOME_ARTICLE_COUNT = 6
# How long a visitor is asked to wait when the database does not answer.
DATABASE_RETRY_AFTER_SECONDS = 60
MEDIA_MAX_AGE = 365 * 24 * 60 * 60


@require_safe
def home(request):
    posts = Post.objects.published().for_cards()[:HOME_ARTICLE_COUNT]
    return render(request, "practice/home.html", {"posts": posts})


@require_safe
def page_detail(request, slug):
    page = get_object_or_404(Page, slug=slug)
    notice_version = PrivacyNoticeVersion.objects.current() if page.is_privacy_notice else None
    return render(
        request, "practice/page_detail.html", {"page": page, "notice_version": notice_version}
    )


@require_safe
def robots_txt(request):
    return render(request, "robots.txt", content_type="text/plain")


@never_cache
@require_safe
def healthz(request):
    """Answer 200 when the database answers a query, 503 when it does not."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except DatabaseError:
        return HttpResponse("database unavailable", status=503, content_type="text/plain")
    return HttpResponse("ok", content_type="text/plain")


@require_safe
def media_file(request, path):
    """Serve an uploaded file, but never one whose path has a dot-name in it (.env, .git/…)."""
    if any(part.startswith(".") for part in path.split("/")):
        raise Http404
    response = static.serve(request, path, document_root=settings.MEDIA_ROOT)
    # An upload never reuses a name (Django adds a suffix), nor do its renditions.
    patch_cache_control(response, public=True, max_age=MEDIA_MAX_AGE, immutable=True)
    return response


def server_error(request):
    """A static page for any server error: 503 with Retry-After when the database is down."""
    if isinstance(sys.exception(), OperationalError | InterfaceError):
        response = HttpResponse(loader.render_to_string("503.html"), status=503)
        response["Retry-After"] = str(DATABASE_RETRY_AFTER_SECONDS)
        add_never_cache_headers(response)
        return response
    return defaults.server_error(request)
