"""What a production process that serves only public pages carries in memory."""

import json

from tests.processes import PRODUCTION_ENV, run_python

# Everything the pages need, made in a process of its own.
MAKE_CONTENT = """
import django
django.setup()
from django.core.management import call_command
call_command("migrate", verbosity=0)
call_command("collectstatic", interactive=False, verbosity=0)
from articles.models import Author, Post
from django.utils import timezone
author = Author.objects.create(name="Dr. Elena Marsh", slug="elena-marsh")
post = Post.objects.create(
    title="First steps", slug="first-steps", author=author, body="<h2>Begin</h2><p>Words.</p>",
    status="published", published_at=timezone.now(),
)
post.tags.add("anxiety")
"""

SERVE_PAGES = """
import io, json, sys
from practice.wsgi import application

def status_of(path):
    environ = {
        "REQUEST_METHOD": "GET", "PATH_INFO": path, "QUERY_STRING": "",
        "SERVER_NAME": "practice.example", "SERVER_PORT": "443",
        "HTTP_HOST": "practice.example", "HTTP_ACCEPT_ENCODING": "gzip",
        "wsgi.url_scheme": "https", "wsgi.input": io.BytesIO(), "wsgi.errors": sys.stderr,
    }
    answer = {}
    b"".join(application(environ, lambda status, headers: answer.update(status=status)))
    return answer["status"]

pages = ("/", "/articles/first-steps/", "/articles/tags/anxiety/")
statuses = {path: status_of(path) for path in pages}
packages = sorted({name.split(".")[0] for name in sys.modules})
print(json.dumps({"statuses": statuses, "packages": packages}))
"""


def test_a_process_serving_public_pages_loads_neither_cryptography_nor_pillow(tmp_path):
    made = run_python(MAKE_CONTENT, var_dir=tmp_path, **PRODUCTION_ENV)
    assert made.returncode == 0, made.stderr

    served = run_python(SERVE_PAGES, var_dir=tmp_path, **PRODUCTION_ENV)

    assert served.returncode == 0, served.stderr
    report = json.loads(served.stdout)
    assert set(report["statuses"].values()) == {"200 OK"}, report["statuses"]
    assert "cryptography" not in report["packages"]
    assert "PIL" not in report["packages"]
