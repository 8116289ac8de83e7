"""The site's URLs plus /bench/floor/: a fixed 20 KB page, the fastest a Django view can answer
under the same server and middleware. Used only by `make bench`, never by the site."""

from django.http import HttpResponse
from django.urls import include, path
from django.views.decorators.http import require_safe

from practice.demo.article_texts import ARTICLES

FLOOR_PAGE_BYTES = 20 * 1024


def _floor_page():
    head = "<!doctype html><html lang=en><title>Floor</title><main>"
    text = "".join(article["body"] for article in ARTICLES)
    return (head + text)[: FLOOR_PAGE_BYTES - len("</main>")] + "</main>"


FLOOR_PAGE = _floor_page().encode()


@require_safe
def floor(request):
    return HttpResponse(FLOOR_PAGE)


urlpatterns = [
    path("bench/floor/", floor),
    path("", include("practice.urls")),
]

handler500 = "practice.views.server_error"
