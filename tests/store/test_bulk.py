"""The settings of a bulk import: set for the session, restored after it, even after an error."""

from __future__ import annotations

import pytest
from django.db import connection

from anteckna.store import bulk, models

SETTING = {"sqlite": "PRAGMA wal_autocheckpoint", "postgres": "SHOW synchronous_commit"}


def setting(backend: str) -> str:
    with connection.cursor() as cursor:
        cursor.execute(SETTING[backend])
        return str(cursor.fetchone()[0])


def test_a_session_sets_its_settings_and_restores_them(db):
    before = setting(db)
    with pytest.raises(RuntimeError), bulk.session(models.Meeting):
        assert setting(db) == {"sqlite": "8192", "postgres": "off"}[db]
        raise RuntimeError("one document failed")
    assert setting(db) == before
