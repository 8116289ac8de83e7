"""A site on SQLite never loads PostgreSQL's driver (psycopg with its own libpq and OpenSSL,
megabytes of memory in every worker) nor django.contrib.postgres, which would bring it."""

import json

from tests.processes import FIELD_KEYS_ENV, read_setting, run_python

ENV = {
    "DJANGO_SECRET_KEY": "test-only-key-for-a-separate-process-0123456789",
    "DJANGO_ALLOWED_HOSTS": "testserver",
    **FIELD_KEYS_ENV,
}

PREPARE = """
import django; django.setup()
from django.core.management import call_command
call_command("migrate", verbosity=0)
call_command("collectstatic", interactive=False, verbosity=0)
from tests.factories import make_post
make_post(title="Sleeping apart", slug="sleeping-apart", body="<p>Worry keeps us awake.</p>")
"""

SERVE = """
import json, sys
import django; django.setup()
from django.db import connection
from django.test import Client

client = Client()
statuses = {}
for path in ["/", "/articles/sleeping-apart/", "/search/?q=worry"]:
    response = client.get(path, secure=True)
    statuses[path] = [response.status_code, "<mark>Worry</mark>" in response.content.decode()]
loaded = sorted(
    name for name in sys.modules
    if name.split(".")[0] in ("psycopg", "psycopg2", "psycopg_binary", "psycopg_c")
    or name.startswith("django.contrib.postgres")
    or name.startswith("django.db.backends.postgresql")
)
print(json.dumps({"vendor": connection.vendor, "statuses": statuses, "loaded": loaded}))
"""


def test_a_process_serving_pages_on_sqlite_never_loads_postgresql_code(tmp_path):
    prepared = run_python(PREPARE, var_dir=tmp_path, **ENV)
    assert prepared.returncode == 0, prepared.stderr

    served = run_python(SERVE, var_dir=tmp_path, **ENV)
    assert served.returncode == 0, served.stderr
    report = json.loads(served.stdout.splitlines()[-1])

    assert report["vendor"] == "sqlite"
    assert report["statuses"] == {
        "/": [200, False],
        "/articles/sleeping-apart/": [200, False],
        "/search/?q=worry": [200, True],
    }
    assert report["loaded"] == []


def test_django_contrib_postgres_is_installed_only_for_postgresql():
    installed = "'django.contrib.postgres' in settings.INSTALLED_APPS"
    url = "postgres://someone@db.example:5432/practice"

    assert read_setting(installed, **ENV) == "False"
    assert read_setting(installed, DATABASE_URL=url, **ENV) == "True"
