"""Django's DATABASES entries from our URLs, and SQLite's connection settings in effect."""

from __future__ import annotations

import pytest
from django.db import IntegrityError, connection, transaction

from anteckna.config import DatabaseURL
from anteckna.site.databases import describe, django_database
from anteckna.store.models import Membership


def test_sqlite_gets_wal_immediate_transactions_and_a_busy_timeout():
    entry = django_database(DatabaseURL("sqlite", "/srv/a.db"))
    assert entry["ENGINE"] == "django.db.backends.sqlite3"
    assert "journal_mode=WAL" in entry["OPTIONS"]["init_command"]
    assert entry["OPTIONS"]["transaction_mode"] == "IMMEDIATE"
    assert describe(entry) == "/srv/a.db"


@pytest.mark.parametrize("url", [DatabaseURL("sqlite", "/a.db"), DatabaseURL("postgresql", "a")])
def test_connections_stay_open_between_requests_and_are_checked_first(url):
    entry = django_database(url)
    assert entry["CONN_MAX_AGE"] > 0 and entry["CONN_HEALTH_CHECKS"] is True


def test_postgresql_entry_and_its_description_hide_the_password():
    url = DatabaseURL("postgresql", "arkiv", "kim", "secret", "db", 5433, (("sslmode", "require"),))
    entry = django_database(url)
    assert (entry["NAME"], entry["USER"], entry["HOST"], entry["PORT"]) == (
        "arkiv", "kim", "db", "5433",
    )  # fmt: skip
    assert entry["OPTIONS"] == {"sslmode": "require"}
    assert describe(entry) == "postgresql://kim@db:5433/arkiv"


def test_foreign_keys_are_on_and_checked(db):
    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            cursor.execute("PRAGMA foreign_keys")
            assert cursor.fetchone()[0] == 1
    with transaction.atomic():
        Membership.objects.create(person_id=999, group_id=999)
        with pytest.raises(IntegrityError):
            connection.check_constraints()
        transaction.set_rollback(True)
