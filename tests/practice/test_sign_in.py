import logging
import time
from datetime import timedelta
from ipaddress import ip_network

import pytest
from axes.models import AccessAttempt, AccessLog
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.password_validation import validate_password
from django.contrib.sessions.backends.db import SessionStore
from django.contrib.sessions.models import Session
from django.core.exceptions import ValidationError
from django.utils import timezone

from practice.middleware import SIGNED_IN_AT_SESSION_KEY
from practice.sign_in import SIGN_IN_FAILED
from practice.two_factor import enrol_authenticator
from tests.conftest import HttpsClient
from tests.factories import current_code

pytestmark = pytest.mark.django_db

PASSWORD = "quiet-harbour-lantern-47"
PAUSED = "signing in from here is paused for 30 minutes"


@pytest.fixture
def therapist():
    return get_user_model().objects.create_user(
        "therapist", password=PASSWORD, is_staff=True, is_superuser=True
    )


@pytest.fixture
def device(therapist):
    return enrol_authenticator(therapist)


def sign_in(client, *, username="therapist", password=PASSWORD, code="", **headers):
    return client.post(
        "/admin/login/",
        {"username": username, "password": password, "otp_token": code, "next": "/admin/"},
        **headers,
    )


def can_use_the_admin(client):
    return client.get("/admin/").status_code == 200


def test_staff_sign_in_with_their_password_and_a_code_from_their_app(device):
    client = HttpsClient()

    response = sign_in(client, code=current_code(device))

    assert response.status_code == 302
    assert response["Location"] == "/admin/"
    assert can_use_the_admin(client)


def test_the_sign_in_page_asks_for_the_code(client):
    content = client.get("/admin/login/").content.decode()

    assert 'name="otp_token"' in content
    assert 'autocomplete="one-time-code"' in content
    assert "Six-digit code from your authenticator app" in content


def test_a_password_alone_does_not_open_the_admin_in_production(device):
    client = HttpsClient()

    response = sign_in(client)

    assert response.status_code == 200
    assert SIGN_IN_FAILED in response.content.decode()
    assert not can_use_the_admin(client)


def test_a_session_that_skipped_the_second_factor_is_sent_back_to_sign_in(therapist):
    client = HttpsClient()
    client.force_login(therapist)

    response = client.get("/admin/")

    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")


def test_each_code_can_be_used_only_once(device):
    code = current_code(device)
    first, second = HttpsClient(), HttpsClient()

    assert sign_in(first, code=code).status_code == 302
    assert sign_in(second, code=code).status_code == 200
    assert not can_use_the_admin(second)


def test_staff_without_an_enrolled_app_cannot_sign_in(therapist, caplog):
    client = HttpsClient()

    response = sign_in(client, code="123456")

    assert SIGN_IN_FAILED in response.content.decode()
    assert not can_use_the_admin(client)
    assert "add_two_factor_device therapist" in caplog.text


def test_every_failed_sign_in_gets_the_same_message(device):
    attempts = {
        "unknown user": {"username": "nobody", "code": current_code(device)},
        "wrong password": {"password": "not the password", "code": current_code(device)},
        "no code": {},
        "wrong code": {"code": f"{(int(current_code(device)) + 1) % 1_000_000:06d}"},
    }

    for what, attempt in attempts.items():
        response = sign_in(HttpsClient(), **attempt)
        errors = response.context["form"].non_field_errors()
        assert errors == [SIGN_IN_FAILED], what


def test_five_failures_pause_that_user_name_from_that_address_for_30_minutes(device):
    client = HttpsClient()
    for _ in range(4):
        assert sign_in(client, password="wrong").status_code == 200

    fifth = sign_in(client, password="wrong")
    with_the_right_password = sign_in(client, code=current_code(device))

    assert fifth.status_code == 429
    assert PAUSED in fifth.content.decode()
    assert "therapist" not in fifth.content.decode()
    assert "\nnonce=" not in fifth.content.decode()
    assert with_the_right_password.status_code == 429
    assert not can_use_the_admin(client)
    other_address = sign_in(HttpsClient(), code=current_code(device), REMOTE_ADDR="198.51.100.4")
    assert other_address.status_code == 302

    AccessAttempt.objects.update(attempt_time=timezone.now() - timedelta(minutes=31))
    later = sign_in(client, code=current_code(device, steps_ahead=1))
    assert later.status_code == 302


def test_a_lockout_does_not_reach_other_user_names(therapist, device):
    for _ in range(5):
        sign_in(HttpsClient(), username="someone-else", password="wrong")

    assert sign_in(HttpsClient(), code=current_code(device)).status_code == 302


def test_wrong_codes_count_towards_the_lockout(device):
    wrong_code = f"{(int(current_code(device)) + 1) % 1_000_000:06d}"
    responses = [sign_in(HttpsClient(), code=wrong_code).status_code for _ in range(5)]

    assert responses == [200, 200, 200, 200, 429]


def test_a_forged_forwarded_for_header_does_not_escape_the_lockout(device):
    for number in range(5):
        sign_in(HttpsClient(), password="wrong", HTTP_X_FORWARDED_FOR=f"192.0.2.{number}")

    response = sign_in(HttpsClient(), code=current_code(device), HTTP_X_FORWARDED_FOR="192.0.2.9")

    assert response.status_code == 429
    assert list(AccessAttempt.objects.values_list("ip_address", flat=True)) == ["127.0.0.1"]


def test_behind_a_trusted_proxy_the_lockout_follows_the_client_address(settings, device):
    settings.TRUSTED_PROXIES = [ip_network("10.0.0.2")]
    through_proxy = {"REMOTE_ADDR": "10.0.0.2"}
    for _ in range(5):
        sign_in(
            HttpsClient(),
            password="wrong",
            HTTP_X_FORWARDED_FOR="192.0.2.1, 203.0.113.7",
            **through_proxy,
        )

    locked = sign_in(HttpsClient(), HTTP_X_FORWARDED_FOR="203.0.113.7", **through_proxy)
    other_client = sign_in(
        HttpsClient(),
        code=current_code(device),
        HTTP_X_FORWARDED_FOR="203.0.113.8",
        **through_proxy,
    )

    assert locked.status_code == 429
    assert other_client.status_code == 302
    assert AccessAttempt.objects.get().ip_address == "203.0.113.7"


def test_sign_ins_are_logged_with_user_and_address_but_no_secret(device, caplog):
    caplog.set_level(logging.INFO, logger="practice.sign_in")
    code = current_code(device)

    sign_in(HttpsClient(), code=code, REMOTE_ADDR="198.51.100.4")
    for _ in range(5):
        sign_in(HttpsClient(), password="wrong-passphrase-marker", REMOTE_ADDR="192.0.2.5")

    records = [r for r in caplog.records if r.name == "practice.sign_in"]
    messages = [r.getMessage() for r in records]
    assert "sign-in succeeded: user=therapist ip=198.51.100.4" in messages
    assert messages.count("sign-in failed: user=therapist ip=192.0.2.5") == 5
    assert "sign-in locked out: user=therapist ip=192.0.2.5" in messages
    assert all(record.created for record in records)
    stored = [str(row.__dict__) for row in [*AccessAttempt.objects.all(), *AccessLog.objects.all()]]
    for secret in (PASSWORD, "wrong-passphrase-marker", code):
        assert secret not in caplog.text
        assert not any(secret in row for row in stored)


def test_signing_in_gives_a_new_session_key(device):
    client = HttpsClient()
    before = SessionStore()
    before["visited"] = True
    before.create()
    client.cookies[settings.SESSION_COOKIE_NAME] = before.session_key

    sign_in(client, code=current_code(device))

    after = client.cookies[settings.SESSION_COOKIE_NAME].value
    assert after != before.session_key
    assert not Session.objects.filter(session_key=before.session_key).exists()
    assert Session.objects.filter(session_key=after).exists()


def test_an_idle_session_ends_after_30_minutes(admin_client):
    response = admin_client.get("/admin/")
    session = Session.objects.get(session_key=response.cookies[settings.SESSION_COOKIE_NAME].value)

    assert response.cookies[settings.SESSION_COOKIE_NAME]["max-age"] == 1800
    assert session.expire_date - timezone.now() > timedelta(minutes=29)
    assert session.expire_date - timezone.now() <= timedelta(minutes=30)
    Session.objects.update(expire_date=timezone.now() - timedelta(seconds=1))
    assert not can_use_the_admin(admin_client)


def test_staff_are_signed_out_12_hours_after_signing_in_however_active(admin_client):
    session = admin_client.session
    session[SIGNED_IN_AT_SESSION_KEY] = time.time() - 11 * 3600
    session.save()
    assert can_use_the_admin(admin_client)

    session[SIGNED_IN_AT_SESSION_KEY] = time.time() - 12 * 3600 - 60
    session.save()
    assert not can_use_the_admin(admin_client)


def test_passwords_are_hashed_with_argon2(therapist):
    assert therapist.password.startswith("argon2$")
    assert settings.PASSWORD_HASHERS[0].endswith("Argon2PasswordHasher")


@pytest.mark.parametrize(
    "password",
    ["Tr0ub4dor&3", "password1234", "therapist2025!", "12345678901234"],
    ids=["eleven characters", "common", "like the user name", "all digits"],
)
def test_weak_passwords_are_refused(therapist, password):
    with pytest.raises(ValidationError):
        validate_password(password, user=therapist)


def test_every_admin_response_is_kept_out_of_caches(admin_client, client, device):
    responses = {
        url: admin_client.get(url)
        for url in ["/admin/", "/admin/practice/page/", "/admin/no-such-page/", "/admin/jsi18n/"]
    }
    responses["sign-in page"] = client.get("/admin/login/")
    for _ in range(5):
        responses["lockout"] = sign_in(client, password="wrong")

    for what, response in responses.items():
        assert "no-store" in response["Cache-Control"], what
    assert responses["lockout"].status_code == 429


def test_development_signs_in_with_the_password_alone(settings, therapist):
    settings.TWO_FACTOR_REQUIRED = False
    client = HttpsClient()

    response = sign_in(client)

    assert response.status_code == 302
    assert can_use_the_admin(client)
    assert 'name="otp_token"' not in HttpsClient().get("/admin/login/").content.decode()
