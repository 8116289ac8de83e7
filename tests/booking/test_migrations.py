"""Requests saved before encryption are encrypted by the migrations, on SQLite and PostgreSQL."""

from datetime import datetime

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from booking.models import SessionRequest
from tests.booking.test_encryption import PRIVATE, stored_row

BEFORE_ENCRYPTION = [("booking", "0002_intake_and_editor_groups")]
RECEIVED = datetime.fromisoformat("2026-03-02T09:30:00+00:00")


def migrate(targets):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets or executor.loader.graph.leaf_nodes())
    return executor


@pytest.mark.django_db(transaction=True)
def test_migrating_encrypts_the_requests_already_kept_and_back():
    try:
        executor = migrate(BEFORE_ENCRYPTION)
        OldSessionRequest = executor.loader.project_state(BEFORE_ENCRYPTION).apps.get_model(
            "booking", "SessionRequest"
        )
        kept = OldSessionRequest.objects.create(
            **PRIVATE,
            preferred_contact="email",
            format="either",
            consent=True,
            created_at=RECEIVED,
        )
        assert stored_row(kept.pk) == PRIVATE

        migrate(None)

        row = stored_row(kept.pk)
        for name, value in PRIVATE.items():
            assert value not in row[name]
        saved = SessionRequest.objects.get(pk=kept.pk)
        assert {name: getattr(saved, name) for name in PRIVATE} == PRIVATE
        assert saved.consented_at == RECEIVED
        assert saved.privacy_notice is None
        assert list(SessionRequest.objects.search("marlowe-vance quintessa")) == [saved]
        assert list(SessionRequest.objects.search(PRIVATE["email"].upper())) == [saved]

        migrate(BEFORE_ENCRYPTION)

        assert stored_row(kept.pk) == PRIVATE
    finally:
        migrate(None)
