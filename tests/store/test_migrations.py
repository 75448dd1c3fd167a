"""The migrations describe the models: a model change without its migration fails here."""

from __future__ import annotations

import io

import pytest
from django.core.management import call_command


@pytest.mark.django_db  # makemigrations checks the applied history against a database
def test_no_model_change_lacks_a_migration():
    out = io.StringIO()
    call_command("makemigrations", "store", "--check", "--dry-run", stdout=out)
    assert "No changes detected" in out.getvalue()


def test_keys_are_filled_in_for_an_archive_imported_before_them(store_meeting, make_meeting):
    """0003 gives rows imported without keys the keys an import gives them now."""
    import importlib

    from django.apps import apps

    from anteckna.store import models

    store_meeting(make_meeting())
    tables = (models.Item, models.Action, models.FollowUp, models.Attendance)
    before = {m: sorted(m.objects.values_list("id", "key")) for m in tables}
    for model in tables:
        model.objects.update(key="")
    migration = importlib.import_module("anteckna.store.migrations.0003_corrections")
    migration.fill_keys(apps, None)
    assert {m: sorted(m.objects.values_list("id", "key")) for m in tables} == before
