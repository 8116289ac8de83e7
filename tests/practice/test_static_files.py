"""Static files as production serves them: hashed names, kept a year, gzip and brotli."""

import gzip
import re

import brotli
import pytest
from django.core.management import call_command
from django.test import override_settings

from practice.settings import BASE_DIR
from tests.conftest import HttpsClient

pytestmark = pytest.mark.django_db

PRODUCTION_STORAGES = {
    "default": {"BACKEND": "practice.uploads.MediaStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}


@pytest.fixture(scope="module")
def static_root(tmp_path_factory):
    """Collect the static files once, the way a deployment does."""
    root = tmp_path_factory.mktemp("static")
    with override_settings(STATIC_ROOT=root, STORAGES=PRODUCTION_STORAGES):
        call_command("collectstatic", interactive=False, verbosity=0)
    return root


@pytest.fixture
def production_static(settings, static_root):
    settings.STATIC_ROOT = static_root
    settings.STORAGES = PRODUCTION_STORAGES


def stylesheet_address(client):
    page = client.get("/").content.decode()
    return re.search(r'<link rel="stylesheet" href="(/static/css/site\.[0-9a-f]{12}\.css)"', page)[
        1
    ]


def test_pages_link_static_files_by_hashed_names_kept_for_a_year(production_static):
    client = HttpsClient()
    response = client.get(stylesheet_address(client))

    assert response.status_code == 200
    assert response["Cache-Control"] == "max-age=31536000, public, immutable"


@pytest.mark.parametrize(
    ("accept", "encoding", "decompress"),
    [("gzip, deflate, br", "br", brotli.decompress), ("gzip", "gzip", gzip.decompress)],
)
def test_static_files_are_sent_compressed(production_static, accept, encoding, decompress):
    client = HttpsClient()
    response = client.get(stylesheet_address(client), headers={"Accept-Encoding": accept})
    original = (BASE_DIR / "static/css/site.css").read_bytes()

    assert response["Content-Encoding"] == encoding
    body = b"".join(response.streaming_content)
    assert len(body) < len(original) / 3
    assert decompress(body) == original


def test_a_file_by_its_plain_name_is_kept_only_briefly(production_static):
    response = HttpsClient().get("/static/css/site.css")

    assert response.status_code == 200
    assert "immutable" not in response["Cache-Control"]
