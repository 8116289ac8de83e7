import pytest
from django.test import Client
from django.urls import path


def broken_view(request):
    raise RuntimeError("secret internals: /srv/practice/settings.py line 42")


urlpatterns = [path("broken/", broken_view)]


@pytest.mark.django_db
def test_not_found_page_is_in_the_site_design(client):
    response = client.get("/articles/no-such-article/")

    content = response.content.decode()
    assert response.status_code == 404
    assert '<header class="site-header">' in content
    assert "We couldn’t find that page" in content
    assert 'action="/search/"' in content


@pytest.mark.django_db
@pytest.mark.urls("tests.practice.test_errors")
def test_server_error_shows_a_calm_page_and_no_stack_trace():
    client = Client(raise_request_exception=False)

    response = client.get("/broken/", secure=True)

    content = response.content.decode()
    assert response.status_code == 500
    assert "Something went wrong on our side" in content
    assert "988" in content
    assert "Traceback" not in content
    assert "secret internals" not in content
    assert "RuntimeError" not in content
