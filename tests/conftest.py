import pytest
from django.core.cache import cache
from django.test import Client


class HttpsClient(Client):
    """A test client whose requests arrive over HTTPS, as they do in production."""

    def generic(self, *args, secure=True, **kwargs):
        return super().generic(*args, secure=True, **kwargs)


@pytest.fixture(autouse=True)
def empty_cache():
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


@pytest.fixture
def client():
    return HttpsClient()


@pytest.fixture
def client_logged_in_as(db):
    """Return a function giving an HTTPS client logged in as a user, the way staff log in."""

    def log_in(user):
        client = HttpsClient()
        client.force_login(user)
        return client

    return log_in


@pytest.fixture
def admin_client(admin_user, client_logged_in_as):
    return client_logged_in_as(admin_user)
