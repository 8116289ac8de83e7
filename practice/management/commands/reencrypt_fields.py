from django.apps import apps
from django.core.management.base import BaseCommand
from django.db import connection, transaction

from practice import encryption
from practice.fields import EncryptedMixin, KeyedHashField


class Command(BaseCommand):
    help = (
        "Move every encrypted value to the newest key in DJANGO_FIELD_ENCRYPTION_KEYS (the first "
        "one) and remake the search hashes with DJANGO_FIELD_HASH_KEY. Run it after putting a "
        "new key first; when it reports that every row uses the newest key, the older keys can "
        "be removed. Safe to run again, and while the site is running."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Only count the rows that still need it; change nothing.",
        )

    def handle(self, *args, dry_run, **options):
        for model in apps.get_models():
            fields = [f for f in model._meta.concrete_fields if isinstance(f, EncryptedMixin)]
            if not fields:
                continue
            hash_fields = [f for f in model._meta.concrete_fields if isinstance(f, KeyedHashField)]
            pks = list(model._base_manager.order_by("pk").values_list("pk", flat=True))
            stale = sum(
                self.bring_up_to_date(model, pk, fields, hash_fields, dry_run=dry_run) for pk in pks
            )
            label = model._meta.label
            if dry_run:
                self.stdout.write(f"{label}: {stale} of {len(pks)} rows need re-encrypting.")
            else:
                self.stdout.write(
                    f"{label}: re-encrypted {stale} of {len(pks)} rows; every row now uses "
                    "the newest key."
                )
        if not dry_run:
            self.stdout.write(
                self.style.SUCCESS(
                    "Done. Keys after the first in DJANGO_FIELD_ENCRYPTION_KEYS are no longer "
                    "needed and can be removed."
                )
            )

    def bring_up_to_date(self, model, pk, fields, hash_fields, *, dry_run):
        """Rewrite one row if it uses an older key or an old hash; return True if it needed it."""
        with transaction.atomic():
            # Locked, so that an erasure at the same moment is not undone by the rewrite.
            model._base_manager.select_for_update().filter(pk=pk).values_list("pk").first()
            tokens = self.read_stored(model, pk, fields)
            plain = {field.name: encryption.decrypt(tokens[field.name]) for field in fields}
            hashes = {field.name: field.hash_of(plain[field.of]) for field in hash_fields}
            stored_hashes = self.read_stored(model, pk, hash_fields)
            stale = hashes != stored_hashes or not all(
                encryption.uses_newest_key(token) for token in tokens.values()
            )
            if stale and not dry_run:
                # update() encrypts each value afresh with the newest key.
                model._base_manager.filter(pk=pk).update(**plain, **hashes)
        return stale

    def read_stored(self, model, pk, fields):
        """Return the values of `fields` exactly as the database holds them."""
        quote = connection.ops.quote_name
        columns = ", ".join(quote(field.column) for field in fields)
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT {columns} FROM {quote(model._meta.db_table)} "
                f"WHERE {quote(model._meta.pk.column)} = %s",
                [pk],
            )
            row = cursor.fetchone()
        return {field.name: value for field, value in zip(fields, row, strict=True)}
