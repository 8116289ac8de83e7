import pytest

from tests.processes import FIELD_KEYS_ENV, run_python


@pytest.mark.django_db
def test_healthz_answers_ok_when_the_database_answers(client):
    response = client.get("/healthz")

    assert response.status_code == 200
    assert response.content == b"ok"
    assert "no-cache" in response["Cache-Control"]


def test_healthz_answers_503_when_the_database_does_not(tmp_path):
    result = run_python(
        "import django; django.setup()\n"
        "from django.test import Client\n"
        "response = Client().get('/healthz', secure=True)\n"
        "print(response.status_code, response.content.decode())",
        var_dir=tmp_path,
        DJANGO_SECRET_KEY="test-only-key-for-a-separate-process-0123456789",
        DJANGO_ALLOWED_HOSTS="testserver",
        DATABASE_URL="postgres://postgres@127.0.0.1:1/unreachable",
        **FIELD_KEYS_ENV,
    )

    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "503 database unavailable"
