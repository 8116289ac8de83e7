import re
from base64 import b32decode
from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice
from taggit.models import Tag

from articles.models import Author, Post, plain_text
from booking.models import SessionType
from practice.images import rendition_name
from practice.models import Image, Page, PracticeProfile

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
    assert get_user_model().objects.get(username="admin").check_password(password)
    assert password not in second
    assert "Admin account: admin" in second
    assert get_user_model().objects.count() == 1


def test_ensure_admin_generates_a_different_password_each_time():
    first = re.search(r"^\s*password:\s+(\S+)", run("ensure_admin"), re.M).group(1)
    get_user_model().objects.all().delete()
    second = re.search(r"^\s*password:\s+(\S+)", run("ensure_admin"), re.M).group(1)

    assert first != second


def code_from_setup_link(output):
    """Return the code an authenticator app set up from the printed otpauth:// link shows now."""
    link = re.search(r"otpauth://totp/\S+", output).group()
    secret = re.search(r"secret=([A-Z2-7]+)", link).group(1)
    return f"{totp(b32decode(secret)):06d}"


def test_ensure_admin_enrols_an_authenticator_app_and_shows_its_setup_once(client):
    first = run("ensure_admin")
    second = run("ensure_admin")

    password = re.search(r"^\s*password:\s+(\S+)", first, re.M).group(1)
    assert "▄" in first or "█" in first
    signed_in = client.post(
        "/admin/login/",
        {"username": "admin", "password": password, "otp_token": code_from_setup_link(first)},
    )
    assert signed_in.status_code == 302
    assert "otpauth://" not in second
    assert "an authenticator app is enrolled" in second
    assert TOTPDevice.objects.count() == 1


def test_ensure_admin_enrols_an_app_for_an_admin_who_has_none():
    get_user_model().objects.create_superuser("owner", password="quiet-harbour-lantern-47")

    output = run("ensure_admin")

    assert "Admin account: owner" in output
    assert "otpauth://totp/" in output
    assert TOTPDevice.objects.get().user.username == "owner"


def test_add_two_factor_device_enrols_a_new_phone_and_can_replace_the_old_one():
    PracticeProfile.objects.create(name="Cedar Room Therapy")
    user = get_user_model().objects.create_user("colleague", is_staff=True)
    old = run("add_two_factor_device", "colleague")
    new = run("add_two_factor_device", "colleague", "--replace")

    device = TOTPDevice.objects.get(user=user)
    assert device.config_url in new
    assert device.config_url not in old
    assert "otpauth://totp/Cedar%20Room%20Therapy%3Acolleague?" in new
    with pytest.raises(CommandError, match="no user named"):
        run("add_two_factor_device", "nobody")


def test_demo_content_is_idempotent_and_keeps_edits():
    run("demo_content")
    profile = PracticeProfile.load()
    profile.name = "Edited by the therapist"
    profile.save()
    SessionType.objects.filter(slug="groups").update(name="Weekly groups")
    counts = (Page.objects.count(), PracticeProfile.objects.count(), SessionType.objects.count())

    output = run("demo_content")

    assert (
        Page.objects.count(),
        PracticeProfile.objects.count(),
        SessionType.objects.count(),
    ) == counts
    assert SessionType.objects.get(slug="groups").name == "Weekly groups"
    assert PracticeProfile.load().name == "Edited by the therapist"
    assert "already in place" in output


def test_demo_content_gives_a_believable_practice(client):
    run("demo_content")

    profile = PracticeProfile.load()
    assert profile.name != "Practice"
    assert profile.email and profile.phone and profile.location
    assert client.get("/about/").status_code == 200
    assert client.get("/privacy/").status_code == 200
    assert list(SessionType.objects.active().values_list("slug", flat=True)) == [
        "individual",
        "couples",
        "relationships",
        "groups",
    ]
    form = client.get("/book/").content.decode()
    assert "Relationship therapy (including non-monogamous relationships)" in form


def test_demo_content_gives_a_believable_blog(client, media_root):
    run("demo_content")

    published = Post.objects.published()
    assert published.count() >= 12
    assert Post.objects.filter(status=Post.Status.DRAFT).exists()
    assert Post.objects.scheduled().exists()
    for post in published:
        assert post.body.count("<h2>") >= 4, post.slug
        assert 900 <= len(plain_text(post.body).split()) <= 1_300, post.slug
        assert post.featured_image and post.featured_image_alt, post.slug
        assert (media_root / rendition_name(post.featured_image.name, 960, ".webp")).exists()
        assert post.tags.exists(), post.slug
    tags_in_use = Tag.objects.filter(taggit_taggeditem_items__object_id__in=published.values("pk"))
    assert tags_in_use.distinct().count() >= 8
    authors = Author.objects.all()
    assert [author.name for author in authors] == ["Dr. Elena Marsh", "Jonah Whitfield"]
    assert all(author.bio and author.credentials and author.photo for author in authors)
    assert {post.author for post in published} == set(authors)
    assert client.get("/").status_code == 200
    assert client.get(published.first().get_absolute_url()).status_code == 200


def test_demo_content_never_duplicates_or_overwrites_articles():
    run("demo_content")
    post = Post.objects.published().first()
    post.title = "Retitled by the therapist"
    post.save()
    counts = (Post.objects.count(), Author.objects.count(), Image.objects.count())

    output = run("demo_content")

    assert (Post.objects.count(), Author.objects.count(), Image.objects.count()) == counts
    assert Post.objects.get(pk=post.pk).title == "Retitled by the therapist"
    assert "already in place" in output
