import pytest
from django.core.management import call_command

from tests.conftest import HttpsClient

pytestmark = pytest.mark.django_db

PROBES = [
    "/.git/HEAD",
    "/.git/config",
    "/.env",
    "/.env.production",
    "/.htaccess",
    "/.DS_Store",
    "/.ssh/id_rsa",
    "/wp-login.php",
    "/wp-admin/",
    "/xmlrpc.php",
    "/phpmyadmin/",
    "/config.php",
    "/server-status",
    "/backup.sql",
    "/db.sqlite3",
    "/var/db.sqlite3",
    "/manage.py",
    "/practice/settings.py",
    "/requirements.txt",
    "/static/.env",
    "/media/.env",
    "/media/../practice/settings.py",
]


def test_probes_for_secrets_and_other_software_find_nothing(client):
    for probe in PROBES:
        response = client.get(probe, follow=True)
        assert response.status_code == 404, probe


def test_no_dotfile_is_served_from_static_or_uploaded_files(settings, tmp_path):
    for folder in (tmp_path / "source", tmp_path / "media"):
        (folder / ".git").mkdir(parents=True)
        (folder / ".git" / "HEAD").write_text("ref: refs/heads/main")
        (folder / ".env").write_text("DJANGO_SECRET_KEY=not-for-anyone")
        (folder / "images").mkdir()
        (folder / "images" / ".secret").write_text("hidden")
        (folder / "images" / "visible.txt").write_text("fine")
    settings.STATICFILES_DIRS = [tmp_path / "source"]
    settings.STATIC_ROOT = tmp_path / "static"
    settings.MEDIA_ROOT = tmp_path / "media"
    call_command("collectstatic", interactive=False, verbosity=0)
    client = HttpsClient()

    for prefix in ("/static/", "/media/"):
        assert client.get(f"{prefix}images/visible.txt").status_code == 200
        for hidden in (".env", ".git/HEAD", "images/.secret", "images/../.env"):
            response = client.get(prefix + hidden)
            assert response.status_code == 404, prefix + hidden
            assert b"not-for-anyone" not in response.content
