"""Encrypt what existing requests hold, and record when each person agreed to the notice.

The rows are read and, going back, written with plain SQL, since the model's fields would
decrypt or encrypt on the way. Values already encrypted are left as they are.
"""

from django.db import migrations
from django.db.models import F

from practice import encryption

ENCRYPTED_FIELDS = ["full_name", "email", "phone", "availability", "message"]


def read_rows(schema_editor, SessionRequest):
    quote = schema_editor.connection.ops.quote_name
    columns = ", ".join(quote(name) for name in ["id", *ENCRYPTED_FIELDS])
    with schema_editor.connection.cursor() as cursor:
        cursor.execute(f"SELECT {columns} FROM {quote(SessionRequest._meta.db_table)}")
        return [(row[0], dict(zip(ENCRYPTED_FIELDS, row[1:], strict=True))) for row in cursor]


def encrypt_existing_rows(apps, schema_editor):
    SessionRequest = apps.get_model("booking", "SessionRequest")
    email_hash = SessionRequest._meta.get_field("email_hash")
    name_hashes = SessionRequest._meta.get_field("name_hashes")
    for pk, values in read_rows(schema_editor, SessionRequest):
        if any(encryption.is_encrypted(value) for value in values.values()):
            continue
        # update() encrypts each value through the field, as a save would.
        SessionRequest.objects.filter(pk=pk).update(
            **values,
            email_hash=email_hash.hash_of(values["email"]),
            name_hashes=name_hashes.hash_of(values["full_name"]),
        )
    SessionRequest.objects.update(consented_at=F("created_at"))


def decrypt_rows(apps, schema_editor):
    SessionRequest = apps.get_model("booking", "SessionRequest")
    quote = schema_editor.connection.ops.quote_name
    assignments = ", ".join(f"{quote(name)} = %s" for name in ENCRYPTED_FIELDS)
    update = f"UPDATE {quote(SessionRequest._meta.db_table)} SET {assignments} WHERE id = %s"
    with schema_editor.connection.cursor() as cursor:
        for pk, values in read_rows(schema_editor, SessionRequest):
            plain = [encryption.decrypt(values[name]) for name in ENCRYPTED_FIELDS]
            cursor.execute(update, [*plain, pk])


class Migration(migrations.Migration):
    dependencies = [("booking", "0003_encrypt_client_details")]

    operations = [migrations.RunPython(encrypt_existing_rows, decrypt_rows)]
