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
