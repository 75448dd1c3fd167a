"""The staging service on its own: who may stage, undated files, duplicates within a batch."""

from __future__ import annotations

from datetime import date

import pytest

from anteckna.services import staging
from anteckna.services.access import NotAllowed, NotVisible
from anteckna.services.accounts import create_account
from anteckna.store import models

NOTES = b"Deltagare LG: Kim Berg, Ola Ek\n\n1. Budget\nBeslut: Klart.\n\n2. Lokaler\nInget.\n"


@pytest.fixture
def secretary(db):
    return create_account("kim", "secretary").user


def test_only_those_who_may_import_stage(db):
    reader = create_account("ola", "reader").user
    with pytest.raises(NotAllowed):
        staging.stage(reader, [staging.Upload("a.txt", NOTES)])
    assert not models.StagedBatch.objects.exists()


def test_the_same_bytes_twice_in_one_batch_are_imported_once(secretary):
    batch = staging.stage(
        secretary, [staging.Upload("a.txt", NOTES), staging.Upload("b.txt", NOTES)]
    )
    assert [u.state for u in staging.uploads_of(batch)] == ["ready", "imported"]


def test_a_file_without_a_date_needs_a_decision_before_anything_is_stored(secretary):
    batch = staging.stage(secretary, [staging.Upload("a.txt", NOTES)])
    with pytest.raises(staging.StagingError, match=r"a\.txt"):
        staging.confirm(secretary, batch)
    assert not models.Meeting.objects.exists() and models.StagedBatch.objects.exists()
    [upload] = staging.uploads_of(batch)
    staging.set_corrections(upload, staging.Corrections(date=date(2024, 3, 5)))
    [outcome] = staging.confirm(secretary, batch)
    assert models.Meeting.objects.get(pk=outcome.meeting).date == date(2024, 3, 5)


def test_a_batch_is_its_owners_alone(secretary):
    batch = staging.stage(secretary, [staging.Upload("a.txt", NOTES)])
    other = create_account("eva", "administrator").user
    with pytest.raises(NotVisible):
        staging.batch_of(other, batch.pk)
    assert staging.batch_of(secretary, batch.pk) == batch


def test_the_preview_stores_nothing_but_the_batch(secretary):
    staging.stage(secretary, [staging.Upload("lg_2024-03-05.txt", NOTES)])
    assert not models.Person.objects.exists() and not models.Group.objects.exists()
    [upload] = models.StagedUpload.objects.all()
    assert upload.preview["meeting"]["date"] == "2024-03-05"
    assert [p["new"] for p in upload.preview["people"]] == [True, True]
