from django.db import DatabaseError, connection
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from articles.models import Post
from practice.models import Page

HOME_ARTICLE_COUNT = 6


@require_safe
def home(request):
    posts = Post.objects.published().select_related("author")[:HOME_ARTICLE_COUNT]
    return render(request, "practice/home.html", {"posts": posts})


@require_safe
def page_detail(request, slug):
    page = get_object_or_404(Page, slug=slug)
    return render(request, "practice/page_detail.html", {"page": page})


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
