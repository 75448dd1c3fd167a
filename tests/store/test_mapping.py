"""Saving a Meeting and reading it back; versions; one transaction per document."""

from __future__ import annotations

import dataclasses
import hashlib
from pathlib import Path

import pytest
from django.db import transaction
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from anteckna.model import (
    STATUSES,
    Action,
    Decision,
    Event,
    FollowUp,
    Item,
    Meeting,
    Participant,
    SourceInfo,
    SourceRef,
)
from anteckna.store import bulk, models
from anteckna.store.mapping import Source, load, save
from anteckna.store.people import Directory

EXTRACTED = (
    models.Meeting, models.Attendance, models.Item, models.ItemPresenter, models.Decision,
    models.Action, models.ActionOwner, models.FollowUp, models.Event, models.SourceDocument,
    models.Original,
)  # fmt: skip


def test_load_gives_back_the_saved_meeting(store_meeting, make_meeting):
    meeting = make_meeting()
    row = store_meeting(meeting, data=b"original bytes")
    expected = dataclasses.replace(
        meeting, source=SourceInfo("lg_2024-05-14.txt", row.source.sha256)
    )
    assert load(row) == expected


def test_the_original_is_kept_byte_for_byte(store_meeting, make_meeting):
    data = "Deltagare LG: Åsa\r\n\x00\xff".encode("utf-8", "surrogatepass") + b"\xff\xfe"
    row = store_meeting(make_meeting(), data=data)
    assert bytes(models.Original.objects.get(document=row.source).data) == data
    assert row.source.size == len(data)


def test_provenance_is_stored_on_extracted_rows(store_meeting, make_meeting):
    row = store_meeting(make_meeting())
    item = row.items.get()
    assert (item.first_line, item.last_line, item.rule) == (3, 8, "numbered item")
    assert row.decisions.get().rule == "decision"
    assert row.attendance.get(name="Jonas Wiklund").first_line == 1


def fail_on(model, monkeypatch):
    """Make the insert into ``model`` fail, after everything before it was written."""
    real = bulk.insert

    def insert(into, rows, returning=()):
        if into is model:
            raise RuntimeError("disk full")
        return real(into, rows, returning)

    monkeypatch.setattr(bulk, "insert", insert)


def test_a_failure_part_way_leaves_nothing(store_meeting, make_meeting, monkeypatch):
    fail_on(models.ActionOwner, monkeypatch)
    with pytest.raises(RuntimeError):
        store_meeting(make_meeting())
    assert {m.__name__: m.objects.count() for m in EXTRACTED} == dict.fromkeys(
        (m.__name__ for m in EXTRACTED), 0
    )
    assert models.Person.objects.count() == 0
    assert models.Group.objects.count() == 0


def test_the_directory_forgets_what_a_failed_document_created(
    store_meeting, make_meeting, monkeypatch
):
    with monkeypatch.context() as patch:
        fail_on(models.ActionOwner, patch)
        with pytest.raises(RuntimeError):
            store_meeting(make_meeting())
    row = store_meeting(make_meeting())
    assert row.attendance.filter(person__isnull=False).count() == 3


def test_two_files_are_two_meetings_even_when_everything_agrees(store_meeting, make_meeting):
    first = store_meeting(make_meeting(), file_name="a.txt", data=b"a")
    second = store_meeting(make_meeting(), file_name="b.txt", data=b"b")
    assert first.pk != second.pk
    assert models.Meeting.objects.count() == 2
    assert models.Person.objects.count() == 3


def test_same_name_new_bytes_is_a_new_version_with_history(store_meeting, make_meeting):
    first = store_meeting(make_meeting(), file_name="lg.txt", data=b"v1")
    corrected = make_meeting(title="Mötesanteckningar (rättad)", items=())
    second = store_meeting(corrected, file_name="lg.txt", data=b"v2")
    assert second.pk == first.pk
    assert models.Meeting.objects.count() == 1
    assert (second.source.version, second.source.previous_id) == (2, first.source.pk)
    old = models.SourceDocument.objects.get(pk=first.source.pk)
    assert old.snapshot["title"] == "Mötesanteckningar"
    assert old.snapshot["items"][0]["title"] == "Verksamhetsplan"
    assert load(second).title == "Mötesanteckningar (rättad)"
    assert models.Item.objects.count() == 0


def test_same_name_but_another_date_is_another_meeting(store_meeting, make_meeting):
    from datetime import date

    store_meeting(make_meeting(), file_name="protokoll.txt", data=b"2023")
    store_meeting(make_meeting(date=date(2024, 6, 1)), file_name="protokoll.txt", data=b"2024")
    assert models.Meeting.objects.count() == 2


def test_group_option_replaces_the_groups_found(store_meeting, make_meeting):
    row = store_meeting(make_meeting(), groups=("Styrgruppen",))
    assert [g.name for g in row.groups.all()] == ["Styrgruppen"]
    assert row.group_labels == ["Styrgruppen"]


_char = st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00")
_text = st.text(_char, max_size=30)
_ref = st.none() | st.builds(SourceRef, st.integers(1, 500), st.integers(1, 500), _text)
_item = st.builds(
    Item,
    title=_text,
    number=st.none() | _text,
    presenters=st.lists(_text, max_size=3).map(tuple),
    text=_text,
    decisions=st.lists(st.builds(Decision, _text, _ref), max_size=2).map(tuple),
    actions=st.lists(
        st.builds(Action, _text, st.lists(_text, max_size=3).map(tuple), st.none() | st.dates(),
                  st.none() | _text, _ref),
        max_size=3,
    ).map(tuple),
    follow_ups=st.lists(
        st.builds(FollowUp, _text, st.none() | _text, st.none() | st.integers(-99, 999),
                  st.none() | st.dates(), _ref),
        max_size=2,
    ).map(tuple),
    events=st.lists(st.builds(Event, _text, st.dates(), st.none() | st.dates()), max_size=2).map(
        tuple
    ),
    mentions=st.lists(_text, max_size=2).map(tuple),
    source=_ref,
)  # fmt: skip
_participant = st.builds(
    Participant,
    name=_text,
    status=st.sampled_from(STATUSES),
    group=st.none() | _text,
    note=st.none() | _text,
    source=_ref,
)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    participants=st.lists(_participant, max_size=5).map(tuple),
    items=st.lists(_item, max_size=3).map(tuple),
    groups=st.lists(_text.filter(str.strip), max_size=2).map(tuple),
    day=st.none() | st.dates(),
)
def test_any_meeting_reads_back_equal(db, participants, items, groups, day):
    """Save → load gives back an equal Meeting, whatever the parser may produce."""
    meeting = Meeting(title="Möte", groups=groups, date=day, participants=participants, items=items,
                      source=SourceInfo("any.txt", None))  # fmt: skip
    data = repr(meeting).encode()
    source = Source(Path("any.txt"), data, hashlib.sha256(data).hexdigest(), "text", "", None,
                    None, "test")  # fmt: skip
    with transaction.atomic():
        meeting_id = save(meeting, source, Directory()).meeting_id
        loaded = load(models.Meeting.objects.get(pk=meeting_id))
        transaction.set_rollback(True)
    assert loaded == dataclasses.replace(meeting, source=SourceInfo("any.txt", source.sha256))
