import django_otp
import pytest
from django.core.cache import cache
from django.http import HttpRequest
from django.test import Client

from practice.two_factor import enrol_authenticator
from tests.factories import current_code
from tests.mail_backends import free_port, smtp_server_on


class HttpsClient(Client):
    """A test client whose requests arrive over HTTPS, as they do in production."""

    def generic(self, *args, secure=True, **kwargs):
        return super().generic(*args, secure=True, **kwargs)


@pytest.fixture(autouse=True)
def empty_cache(settings, tmp_path):
    """Start each test with nothing cached, and a content version store of its own."""
    settings.CACHES = {
        **settings.CACHES,
        "content_version": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": tmp_path / "content-version",
        },
    }
    settings.CONTENT_VERSION_CACHE = "content_version"
    cache.clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def plain_static_files(settings):
    """Serve static files by their plain names: the hashed manifest exists only after
    collectstatic, which tests of the production static setup run themselves."""
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    """Keep each test's uploads in a folder of its own."""
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


@pytest.fixture
def client():
    return HttpsClient()


def logged_in_client(user):
    """Return an HTTPS client logged in as `user`, the way staff log in.

    Staff are also verified by a code from an authenticator device of their own, which
    django-otp checks and records in the session, as the admin sign-in does.
    """
    client = HttpsClient()
    client.force_login(user)
    if user.is_staff:
        device = enrol_authenticator(user)
        assert django_otp.verify_token(user, device.persistent_id, current_code(device))
        request = HttpRequest()
        request.session, request.user = client.session, user
        django_otp.login(request, device)
        request.session.save()
    return client


@pytest.fixture
def client_logged_in_as(db):
    """Return a function giving an HTTPS client logged in as a user, the way staff log in."""
    return logged_in_client


@pytest.fixture
def admin_client(admin_user, client_logged_in_as):
    return client_logged_in_as(admin_user)


@pytest.fixture
def smtp_server():
    """A real SMTP server on this machine: (its port, the Mailbox of what it received)."""
    port = free_port()
    with smtp_server_on(port) as mailbox:
        yield port, mailbox
