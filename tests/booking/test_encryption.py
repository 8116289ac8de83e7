"""What a person writes is encrypted in the database, readable only with keys the database lacks."""

from io import StringIO

import pytest
from cryptography.fernet import Fernet
from django.core.exceptions import FieldError
from django.core.management import call_command
from django.db import connection
from django.urls import reverse

from booking.models import SessionRequest
from practice.encryption import UndecryptableValue
from tests.booking.test_privacy import PRIVATE
from tests.factories import make_session_request, request_form_data

pytestmark = pytest.mark.django_db

ENCRYPTED = list(PRIVATE)


def stored_row(pk, columns=ENCRYPTED):
    """Return the row as the database itself holds it, read with plain SQL."""
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT {', '.join(columns)} FROM booking_sessionrequest WHERE id = %s", [pk]
        )
        return dict(zip(columns, cursor.fetchone(), strict=True))


def everything_stored():
    """Return every value of every session request row, as text."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT * FROM booking_sessionrequest")
        return " ".join(str(value) for row in cursor.fetchall() for value in row)


@pytest.fixture
def new_key():
    return Fernet.generate_key().decode()


def test_a_raw_database_read_shows_only_ciphertext(client, practice, session_type, settings):
    response = client.post("/book/", request_form_data(session_type, **PRIVATE))
    assert response["Location"] == "/book/thanks/"
    saved = SessionRequest.objects.get()

    row = stored_row(saved.pk)
    dump = everything_stored()

    for name, value in PRIVATE.items():
        assert value not in dump
        assert value.casefold() not in dump.casefold()
        assert row[name].startswith("gAAAAA")  # a Fernet token
        key = Fernet(settings.FIELD_ENCRYPTION_KEYS[0])
        assert key.decrypt(row[name].encode()).decode() == value
        assert getattr(saved, name) == value


def test_the_same_words_are_stored_differently_each_time(practice):
    first = make_session_request(full_name="Robin Ellis", email="robin@example.com")
    second = make_session_request(full_name="Robin Ellis", email="robin@example.com")

    assert stored_row(first.pk)["full_name"] != stored_row(second.pk)["full_name"]
    assert stored_row(first.pk)["email"] != stored_row(second.pk)["email"]


def test_the_keys_are_not_in_the_database(client, practice, session_type, settings):
    client.post("/book/", request_form_data(session_type, **PRIVATE))

    dump = everything_stored()

    for key in [*settings.FIELD_ENCRYPTION_KEYS, settings.FIELD_HASH_KEY]:
        assert key not in dump


def test_the_search_columns_hold_keyed_hashes_not_the_name(practice):
    saved = make_session_request(full_name="Robin Ellis", email="robin@example.com")

    row = stored_row(saved.pk, ["email_hash", "name_hashes"])

    assert len(row["email_hash"]) == 64
    assert len(row["name_hashes"].split()) == 2
    assert "robin" not in str(row).casefold()
    assert "ellis" not in str(row).casefold()


def test_blank_optional_fields_stay_blank(practice):
    saved = make_session_request(phone="", availability="", message="")

    row = stored_row(saved.pk)

    assert (row["phone"], row["availability"], row["message"]) == ("", "", "")
    saved.refresh_from_db()
    assert saved.phone == ""


def test_encrypted_fields_cannot_be_compared_in_the_database(practice):
    make_session_request(full_name="Robin Ellis")

    with pytest.raises(FieldError):
        SessionRequest.objects.filter(full_name="Robin Ellis").count()
    with pytest.raises(FieldError):
        SessionRequest.objects.filter(email__icontains="robin").count()
    assert SessionRequest.objects.filter(message__isnull=False).count() == 1


def test_the_same_request_sent_twice_is_still_recognised(client, practice, session_type):
    data = request_form_data(session_type, **PRIVATE)

    client.post("/book/", data)
    client.post("/book/", data | {"full_name": PRIVATE["full_name"].upper()})

    assert SessionRequest.objects.count() == 1


def test_after_a_new_key_old_requests_stay_readable_until_reencrypted(practice, settings, new_key):
    old_key = settings.FIELD_ENCRYPTION_KEYS[0]
    old = make_session_request(**PRIVATE)
    old_token = stored_row(old.pk)["full_name"]

    settings.FIELD_ENCRYPTION_KEYS = [new_key, old_key]
    new = make_session_request(full_name="Sam Okafor", email="sam@example.com")

    old.refresh_from_db()
    assert old.full_name == PRIVATE["full_name"]
    assert Fernet(new_key).decrypt(stored_row(new.pk)["full_name"].encode()) == b"Sam Okafor"
    assert stored_row(old.pk)["full_name"] == old_token

    dry_run = StringIO()
    call_command("reencrypt_fields", "--dry-run", stdout=dry_run)
    assert "booking.SessionRequest: 1 of 2 rows need re-encrypting." in dry_run.getvalue()
    assert stored_row(old.pk)["full_name"] == old_token

    out = StringIO()
    call_command("reencrypt_fields", stdout=out)
    assert "re-encrypted 1 of 2 rows" in out.getvalue()
    for name, value in PRIVATE.items():
        assert Fernet(new_key).decrypt(stored_row(old.pk)[name].encode()).decode() == value

    settings.FIELD_ENCRYPTION_KEYS = [new_key]
    old.refresh_from_db()
    assert old.full_name == PRIVATE["full_name"]
    assert SessionRequest.objects.search(PRIVATE["email"]).get() == old
    again = StringIO()
    call_command("reencrypt_fields", "--dry-run", stdout=again)
    assert "0 of 2 rows need re-encrypting" in again.getvalue()


def test_removing_a_key_too_early_says_what_happened(practice, settings, new_key):
    old = make_session_request()

    settings.FIELD_ENCRYPTION_KEYS = [new_key]

    with pytest.raises(UndecryptableValue, match="DJANGO_FIELD_ENCRYPTION_KEYS"):
        SessionRequest.objects.get(pk=old.pk)


def test_a_new_hash_key_takes_effect_for_old_rows_after_reencrypting(practice, settings):
    robin = make_session_request(full_name="Robin Ellis", email="robin@example.com")

    settings.FIELD_HASH_KEY = "a-new-hash-key-for-searching-" + "z" * 30
    assert not SessionRequest.objects.search("robin@example.com").exists()

    call_command("reencrypt_fields", stdout=StringIO())

    assert SessionRequest.objects.search("robin@example.com").get() == robin
    assert SessionRequest.objects.search("Ellis").get() == robin


def test_erasing_a_person_finds_every_request_by_their_email(admin_client, practice):
    first = make_session_request(email="robin@example.com")
    second = make_session_request(email="  ROBIN@example.com")
    other = make_session_request(email="sam@example.com")

    admin_client.post(
        reverse("admin:booking_sessionrequest_changelist"),
        {"action": "erase_person_data", "_selected_action": [first.pk], "confirm": "yes"},
    )

    assert {r.pk for r in SessionRequest.objects.filter(erased_at__isnull=False)} == {
        first.pk,
        second.pk,
    }
    other.refresh_from_db()
    assert other.erased_at is None
    assert stored_row(first.pk) == dict.fromkeys(ENCRYPTED, "")
