import pytest
from django.core.management import call_command
from django.test import Client
from django.urls import path

from practice.two_factor import enrol_authenticator
from tests.conftest import HttpsClient
from tests.factories import current_code, make_post
from tests.observatory import parse_csp
from tests.processes import PRODUCTION_ENV, read_setting

pytestmark = pytest.mark.django_db


def broken_view(request):
    raise RuntimeError("a bug")


urlpatterns = [path("broken/", broken_view)]

EXPECTED_CSP = {
    "default-src": {"'none'"},
    "script-src": {"'self'"},
    "style-src": {"'self'"},
    "img-src": {"'self'"},
    "font-src": {"'self'"},
    "connect-src": {"'self'"},
    "manifest-src": {"'self'"},
    "form-action": {"'self'"},
    "frame-ancestors": {"'none'"},
    "base-uri": {"'none'"},
    "object-src": {"'none'"},
}


def assert_security_headers(response):
    hsts = [part.strip() for part in response["Strict-Transport-Security"].split(";")]
    assert int(hsts[0].removeprefix("max-age=")) >= 31_536_000
    assert "includeSubDomains" in hsts
    csp = parse_csp(response["Content-Security-Policy"])
    nonces = {name: {s for s in csp[name] if s.startswith("'nonce-")} for name in csp}
    assert {name: sources - nonces[name] for name, sources in csp.items()} == EXPECTED_CSP
    assert not any("unsafe" in source for sources in csp.values() for source in sources)
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    assert response["Cross-Origin-Resource-Policy"] == "same-origin"
    if response["Content-Type"].startswith("text/html"):
        assert response["X-Frame-Options"] == "DENY"


def test_plain_http_is_sent_to_https_on_the_same_host():
    response = Client().get("/articles/?page=2")

    assert response.status_code == 301
    assert response["Location"] == "https://testserver/articles/?page=2"


def test_forwarded_proto_is_believed_only_behind_a_configured_proxy(settings):
    forged = Client().get("/", HTTP_X_FORWARDED_PROTO="https")
    settings.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    behind_proxy = Client().get("/", HTTP_X_FORWARDED_PROTO="https")

    assert forged.status_code == 301
    assert behind_proxy.status_code == 200
    assert read_setting("settings.SECURE_PROXY_SSL_HEADER", **PRODUCTION_ENV) == "None"
    assert read_setting(
        "settings.SECURE_PROXY_SSL_HEADER", DJANGO_BEHIND_PROXY="1", **PRODUCTION_ENV
    ) == str(("HTTP_X_FORWARDED_PROTO", "https"))


@pytest.mark.parametrize("page", ["home", "article", "booking", "missing", "admin login"])
def test_public_pages_and_errors_carry_every_security_header(client, page):
    url = {
        "home": "/",
        "article": make_post().get_absolute_url(),
        "booking": "/book/",
        "missing": "/articles/no-such-article/",
        "admin login": "/admin/login/",
    }[page]

    response = client.get(url)

    assert response.status_code == (404 if page == "missing" else 200)
    assert_security_headers(response)


def test_admin_pages_carry_every_security_header(admin_client):
    for url in ["/admin/", "/admin/practice/page/", "/admin/practice/page/add/"]:
        response = admin_client.get(url)
        assert response.status_code == 200, url
        assert_security_headers(response)


@pytest.mark.urls("tests.practice.test_headers")
def test_server_error_page_carries_every_security_header():
    response = HttpsClient(raise_request_exception=False).get("/broken/")

    assert response.status_code == 500
    assert_security_headers(response)


def test_static_files_carry_the_security_headers(settings, tmp_path):
    settings.STATIC_ROOT = tmp_path
    call_command("collectstatic", interactive=False, verbosity=0)

    response = HttpsClient().get("/static/css/site.css")

    assert response.status_code == 200
    assert_security_headers(response)
    assert "Access-Control-Allow-Origin" not in response


def test_cookies_are_secure_host_only_and_the_session_is_http_only(client, admin_user):
    login_page = client.get("/admin/login/")
    device = enrol_authenticator(admin_user)
    signed_in = client.post(
        "/admin/login/",
        {"username": "admin", "password": "password", "otp_token": current_code(device)},
    )
    csrf, session = login_page.cookies["__Host-csrftoken"], signed_in.cookies["__Host-sessionid"]

    assert signed_in.status_code == 302
    for cookie in (csrf, session):
        assert cookie["secure"] is True
        assert cookie["path"] == "/"
        assert cookie["domain"] == ""
        assert cookie["samesite"] == "Lax"
    assert session["httponly"] is True
    assert set(login_page.cookies) | set(signed_in.cookies) == {
        "__Host-csrftoken",
        "__Host-sessionid",
    }


def test_cookies_have_ordinary_names_on_plain_http():
    plain_http = {**PRODUCTION_ENV, "DJANGO_HTTPS": "0"}

    assert read_setting("settings.SESSION_COOKIE_NAME", **plain_http) == "sessionid"
    assert read_setting("settings.CSRF_COOKIE_NAME", **plain_http) == "csrftoken"
    assert read_setting("settings.SESSION_COOKIE_SECURE", **plain_http) == "False"
    assert read_setting("settings.SESSION_COOKIE_NAME", **PRODUCTION_ENV) == "__Host-sessionid"
