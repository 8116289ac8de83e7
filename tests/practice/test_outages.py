"""When a part of the system fails, visitors get a calm answer and nothing is lost."""

import json
import logging
import shutil
import socket
import subprocess
import time
from contextlib import suppress
from io import BytesIO

import pytest
import redis
from django.contrib import admin
from django.core.cache import cache
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import path
from PIL import Image

from articles.models import Author
from practice import cache as failover_cache
from practice.uploads import UploadSafeModelForm
from tests.processes import FIELD_KEYS_ENV, run_python

SEPARATE_PROCESS_ENV = {
    "DJANGO_SECRET_KEY": "test-only-key-for-a-separate-process-0123456789",
    "DJANGO_ALLOWED_HOSTS": "testserver",
    **FIELD_KEYS_ENV,
}

VISIT = """
import json
import django; django.setup()
from django.core.cache import cache
from django.core.management import call_command
from django.test import Client

if {migrate}:
    call_command("migrate", verbosity=0)
call_command("collectstatic", interactive=False, verbosity=0)
client = Client(raise_request_exception=False)
pages = {{}}
for path in {paths!r}:
    response = client.get(path, secure=True)
    pages[path] = {{
        "status": response.status_code,
        "headers": dict(response.headers),
        "body": response.content.decode(),
    }}
cache.set("greeting", "hello")
print(json.dumps({{"pages": pages, "cached": cache.get("greeting")}}))
"""


def visit(paths, *, var_dir, migrate=False, **env):
    """Request `paths` in a fresh production process; return its answers, log and cache."""
    result = run_python(
        VISIT.format(paths=paths, migrate=migrate),
        var_dir=var_dir,
        **SEPARATE_PROCESS_ENV,
        **env,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout), result.stderr


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_with_the_database_down_every_page_is_a_calm_503_without_a_trace(tmp_path):
    paths = ["/", "/articles/", "/articles/an-article/", "/book/", "/admin/login/", "/about/"]

    answers, log = visit(
        paths, var_dir=tmp_path, DATABASE_URL="postgres://postgres@127.0.0.1:1/practice"
    )

    for url, page in answers["pages"].items():
        assert page["status"] == 503, url
        assert page["headers"]["Retry-After"] == "60"
        assert "no-store" in page["headers"]["Cache-Control"]
        assert "Strict-Transport-Security" in page["headers"]
        assert "Content-Security-Policy" in page["headers"]
        assert "Back in a moment" in page["body"]
        assert "988" in page["body"]
        for trace in ("Traceback", "OperationalError", "psycopg", "127.0.0.1", "refused"):
            assert trace not in page["body"], (url, trace)
    assert "OperationalError" in log


def test_a_database_that_never_answers_gives_up_after_the_connect_timeout(tmp_path):
    with socket.socket() as silent_server:
        silent_server.bind(("127.0.0.1", 0))
        silent_server.listen()
        port = silent_server.getsockname()[1]

        answers, _ = visit(
            ["/"], var_dir=tmp_path, DATABASE_URL=f"postgres://postgres@127.0.0.1:{port}/x"
        )

    assert answers["pages"]["/"]["status"] == 503


def test_with_redis_down_pages_are_served_and_the_cache_carries_on(tmp_path):
    answers, log = visit(
        ["/", "/book/", "/admin/login/"],
        var_dir=tmp_path,
        migrate=True,
        REDIS_URL=f"redis://127.0.0.1:{free_port()}/0",
    )

    assert {url: page["status"] for url, page in answers["pages"].items()} == {
        "/": 200,
        "/book/": 200,
        "/admin/login/": 200,
    }
    assert answers["cached"] == "hello"
    assert log.count("Redis does not answer") == 1


@pytest.fixture
def redis_server(tmp_path):
    """A Redis server of the test's own, that the test may stop and start again."""
    port = free_port()
    command = ["redis-server", "--port", str(port), "--bind", "127.0.0.1", "--save", ""]
    command += ["--appendonly", "no", "--dir", str(tmp_path)]

    def start():
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL)
        client = redis.Redis(port=port)
        for _ in range(100):
            try:
                client.ping()
                return process
            except redis.ConnectionError:
                time.sleep(0.05)
        raise RuntimeError("redis-server did not start")

    server = {"port": port, "process": start()}
    server["restart"] = lambda: server.update(process=start())
    yield server
    server["process"].terminate()
    server["process"].wait()


def test_the_cache_falls_back_to_memory_while_redis_is_down_and_returns_to_it(
    settings, redis_server, caplog, monkeypatch
):
    assert shutil.which("redis-server"), "redis-server is needed (apt-get install redis-server)"
    # Try Redis again at once, rather than after the usual pause.
    monkeypatch.setattr(failover_cache, "RETRY_REDIS_AFTER_SECONDS", 0)
    settings.CACHES = {
        "default": {
            "BACKEND": "practice.cache.FailoverRedisCache",
            "LOCATION": f"redis://127.0.0.1:{redis_server['port']}/0",
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
        }
    }
    redis_itself = redis.Redis(port=redis_server["port"])
    cache.set("before", "kept in Redis")
    assert redis_itself.dbsize() == 1

    redis_server["process"].terminate()
    redis_server["process"].wait()
    assert cache.get("before") is None
    cache.set("during", 1)
    assert cache.incr("during") == 2
    assert cache.get_or_set("computed", "value") == "value"

    redis_server["restart"]()
    cache.set("after", "back in Redis")

    assert redis_itself.dbsize() == 1
    assert cache.get("after") == "back in Redis"
    assert cache.get("during") is None
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert len([w for w in warnings if w.startswith("Redis does not answer")]) == 1
    assert "Redis answers again; caching in Redis." in warnings


def test_a_redis_that_does_not_answer_costs_one_timeout_not_one_per_request(settings):
    with socket.socket() as silent_redis:
        silent_redis.bind(("127.0.0.1", 0))
        silent_redis.listen(16)
        settings.CACHES = {
            "default": {
                "BACKEND": "practice.cache.FailoverRedisCache",
                "LOCATION": f"redis://127.0.0.1:{silent_redis.getsockname()[1]}/0",
                "OPTIONS": {"socket_connect_timeout": 0.2, "socket_timeout": 0.2},
            }
        }

        answers = [cache.get("page", "missed") for _ in range(5)]

        silent_redis.setblocking(False)
        connections = 0
        with suppress(BlockingIOError):
            while silent_redis.accept():
                connections += 1
    assert answers == ["missed"] * 5
    assert connections == 1


def noise_png(size):
    """A PNG that does not compress, about 3 × size² bytes."""
    image = BytesIO()
    Image.effect_noise((size, size), 100).convert("RGB").save(image, "PNG")
    return image.getvalue()


UPLOAD = """
import os, sys
import django; django.setup()
from django.core.files.uploadedfile import SimpleUploadedFile
from django.forms import modelform_factory
from django.test import override_settings
from articles.models import Author
from practice.uploads import UploadSafeModelForm

AuthorPhotoForm = modelform_factory(Author, form=UploadSafeModelForm, fields=["photo"])
for media_root in sys.argv[1:]:
    with override_settings(MEDIA_ROOT=media_root):
        photo = SimpleUploadedFile("portrait.png", open(os.environ["PHOTO"], "rb").read())
        form = AuthorPhotoForm(data={}, files={"photo": photo})
        print(form.is_valid(), form.errors.get("photo", [""])[0])
        print([name for _, _, names in os.walk(media_root) for name in names])
"""


def test_a_full_or_read_only_media_folder_becomes_a_clear_form_error(tmp_path):
    full, read_only = tmp_path / "full", tmp_path / "read-only"
    full.mkdir()
    read_only.mkdir()
    photo = tmp_path / "portrait.png"
    photo.write_bytes(noise_png(300))
    # A mount namespace of the test's own: a 64 KiB file system and a read-only one.
    launcher = [
        "unshare",
        "--map-root-user",
        "--mount",
        "sh",
        "-c",
        f"mount -t tmpfs -o size=64k tmpfs {full} && mount -t tmpfs -o ro tmpfs {read_only} "
        '&& exec "$0" "$@"',
    ]

    result = run_python(
        None,
        launcher=launcher,
        args=["-c", UPLOAD, str(full), str(read_only)],
        var_dir=tmp_path,
        PHOTO=str(photo),
        **SEPARATE_PROCESS_ENV,
    )

    assert result.returncode == 0, result.stderr
    full_result, full_files, read_only_result, read_only_files = result.stdout.splitlines()
    assert full_result.startswith("False This file could not be stored: the server’s storage")
    assert "Your other changes are still here, not yet saved." in full_result
    assert read_only_result.startswith("False This file could not be stored: the server may not")
    assert full_files == read_only_files == "[]"
    assert "An upload to photo could not be stored" in result.stderr


class UploadSafeAuthorAdmin(admin.ModelAdmin):
    form = UploadSafeModelForm
    fields = ("name", "slug", "photo")


uploads_admin = admin.AdminSite(name="uploads_admin")
uploads_admin.register(Author, UploadSafeAuthorAdmin)
urlpatterns = [path("admin/", uploads_admin.urls)]


@pytest.mark.django_db
@pytest.mark.urls("tests.practice.test_outages")
def test_an_upload_the_server_cannot_store_is_an_error_in_the_admin_form(
    admin_client, settings, tmp_path
):
    not_a_folder = tmp_path / "media"
    not_a_folder.write_text("a file where the uploads folder should be")
    settings.MEDIA_ROOT = not_a_folder
    photo = SimpleUploadedFile("portrait.png", noise_png(20), content_type="image/png")

    response = admin_client.post(
        "/admin/articles/author/add/",
        {"name": "Dr. Maya Rivera", "slug": "maya-rivera", "photo": photo},
    )

    content = response.content.decode()
    assert response.status_code == 200
    assert "This file could not be stored: the server may not write to its folder" in content
    assert 'value="Dr. Maya Rivera"' in content
    assert not Author.objects.exists()
