import re
from io import StringIO

import pytest
from django.contrib.auth import authenticate, get_user_model
from django.core.management import call_command

from practice.models import Page, PracticeProfile

pytestmark = pytest.mark.django_db


def run(command, *args):
    out = StringIO()
    call_command(command, *args, stdout=out)
    return out.getvalue()


def test_ensure_admin_creates_an_account_once_and_prints_its_password_once():
    first = run("ensure_admin")
    second = run("ensure_admin")

    password = re.search(r"^\s*password:\s+(\S+)", first, re.M).group(1)
    assert "user name: admin" in first
    assert len(password) >= 16
    assert authenticate(username="admin", password=password) is not None
    assert password not in second
    assert "Admin account: admin" in second
    assert get_user_model().objects.count() == 1


def test_ensure_admin_generates_a_different_password_each_time():
    first = re.search(r"^\s*password:\s+(\S+)", run("ensure_admin"), re.M).group(1)
    get_user_model().objects.all().delete()
    second = re.search(r"^\s*password:\s+(\S+)", run("ensure_admin"), re.M).group(1)

    assert first != second


def test_demo_content_is_idempotent_and_keeps_edits():
    run("demo_content")
    profile = PracticeProfile.load()
    profile.name = "Edited by the therapist"
    profile.save()
    counts = (Page.objects.count(), PracticeProfile.objects.count())

    output = run("demo_content")

    assert (Page.objects.count(), PracticeProfile.objects.count()) == counts
    assert PracticeProfile.load().name == "Edited by the therapist"
    assert "already in place" in output


def test_demo_content_gives_a_believable_practice(client):
    run("demo_content")

    profile = PracticeProfile.load()
    assert profile.name != "Practice"
    assert profile.email and profile.phone and profile.location
    assert client.get("/about/").status_code == 200
    assert client.get("/privacy/").status_code == 200
