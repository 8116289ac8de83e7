import pytest
from django.test import Client

from tests.conftest import HttpsClient
from tests.factories import make_post
from tests.observatory import observatory_score

pytestmark = pytest.mark.django_db


def scan(path):
    """Fetch `path` the way the Observatory does and score what came back."""
    page = HttpsClient().get(path)
    assert page.status_code == 200, path
    return observatory_score(
        page=page,
        http_redirect=Client().get(path),
        cors=HttpsClient().get(path, HTTP_ORIGIN="https://elsewhere.example"),
    )


@pytest.mark.parametrize("page", ["home", "article", "booking", "admin login"])
def test_front_doors_score_a_plus_on_the_http_observatory(page):
    path = {
        "home": "/",
        "article": make_post().get_absolute_url(),
        "booking": "/book/",
        "admin login": "/admin/login/",
    }[page]

    score, results = scan(path)

    assert score >= 120, results
    assert not [result for result in results.values() if result[1] < 0]


def test_the_scorer_fails_a_site_without_its_security_headers(settings):
    settings.MIDDLEWARE = []

    score, results = scan("/")

    # 100, less 25 for no CSP, 20 for no redirect to HTTPS, 20 for no HSTS, 5 for no nosniff
    # and 20 for no X-Frame-Options: an F.
    assert score == 10, results
