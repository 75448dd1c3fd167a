"""Correcting a parsed meeting: the change and its Correction row together, history kept."""

from __future__ import annotations

from datetime import date

import pytest

from anteckna.model import FollowUp, Item
from anteckna.services import corrections
from anteckna.services.corrections import CorrectionError, correct
from anteckna.services.listing import list_people
from anteckna.store import models


@pytest.fixture
def meeting(store_meeting, make_meeting):
    return store_meeting(make_meeting())


def test_a_correction_writes_the_change_and_its_row(meeting):
    item = meeting.items.get()
    made = correct("item", item.pk, "title", "Verksamhetsplan 2025", note="stavning")
    item.refresh_from_db()
    assert item.title == "Verksamhetsplan 2025"
    assert (made.element, made.item_key, made.key, made.field) == ("item", "n:1", "", "title")
    assert (made.old_value, made.new_value, made.parsed_value) == (
        "Verksamhetsplan", "Verksamhetsplan 2025", "Verksamhetsplan",
    )  # fmt: skip
    assert (made.meeting, made.document_id, made.user, made.note) == (
        meeting, meeting.source_id, None, "stavning",
    )  # fmt: skip
    assert made.made_at is not None


def test_correcting_again_adds_to_the_history(meeting):
    item = meeting.items.get()
    correct("item", item.pk, "title", "Plan A")
    second = correct("item", item.pk, "title", "Plan B")
    rows = corrections.history(meeting.pk)
    assert [(c.old_value, c.new_value) for c in rows] == [
        ("Verksamhetsplan", "Plan A"), ("Plan A", "Plan B"),
    ]  # fmt: skip
    assert second.parsed_value == "Verksamhetsplan"  # what a new version is compared with


def test_an_unchanged_value_records_nothing(meeting):
    assert correct("item", meeting.items.get().pk, "title", " Verksamhetsplan ") is None
    assert models.Correction.objects.count() == 0


def test_the_user_is_recorded(meeting, django_user_model):
    secretary = django_user_model.objects.create(username="sekreterare")
    made = correct("meeting", meeting.pk, "title", "LG-möte", user=secretary)
    assert made.user == secretary


@pytest.mark.parametrize(
    ("element", "field", "value", "message"),
    [
        pytest.param("item", "colour", "röd", "not correctable", id="unknown_field"),
        pytest.param("action", "status", "maybe", "not one of open, done", id="bad_choice"),
        pytest.param("action", "due", "14/5", "not a date", id="bad_date"),
        pytest.param("item", "title", "  ", "needs some text", id="empty_title"),
        pytest.param("event", "text", "x", "not a correctable element", id="unknown_element"),
        pytest.param("decision", "text", "x", "not correctable", id="decision_text"),
    ],
)
def test_a_bad_correction_is_a_clear_error(meeting, element, field, value, message):
    rows = {"item": meeting.items, "action": meeting.actions, "decision": meeting.decisions}
    row_id = rows[element].get().pk if element in rows else 1
    with pytest.raises(CorrectionError, match=message):
        correct(element, row_id, field, value)
    assert models.Correction.objects.count() == 0


def test_an_unknown_row_is_a_clear_error(db):
    with pytest.raises(CorrectionError, match="item 99: no such element"):
        correct("item", 99, "title", "x")


def test_a_name_resolved_to_the_wrong_person(meeting):
    wrong = meeting.attendance.get(name="Rune Sjödin")
    right = models.Person.objects.create(name="Rune Sjöberg")
    made = correct("attendance", wrong.pk, "person", "Rune Sjöberg")
    wrong.refresh_from_db()
    assert wrong.person == right and made.new_value == right.pk
    absent = {p.name: p.absent for p in list_people()}
    assert (absent["Rune Sjöberg"], absent["Rune Sjödin"]) == (1, 0)


def test_an_ambiguous_or_unknown_person_is_refused(meeting):
    attendance = meeting.attendance.get(name="Rune Sjödin")
    with pytest.raises(CorrectionError, match="no such person"):
        correct("attendance", attendance.pk, "person", "Ingen Alls")


def test_an_actions_owners_due_and_status(meeting):
    action = meeting.actions.get()
    correct("action", action.pk, "owners", ["Åsa", "alla"])
    correct("action", action.pk, "due", date(2024, 6, 1))
    correct("action", action.pk, "status", "done")
    action.refresh_from_db()
    owners = list(action.owners.order_by("position").values_list("name", "person__name"))
    assert owners == [("Åsa", "Åsa Öberg"), ("alla", None)]
    assert (action.due, action.status) == (date(2024, 6, 1), "done")
    assert [c.field for c in corrections.history(meeting.pk)] == ["owners", "due", "status"]


def test_a_missed_action_is_added_and_a_wrong_one_removed(meeting):
    item = meeting.items.get()
    added = corrections.add_action(item.pk, "Åsa bokar lokal.", owners=["Åsa"], due="2024-06-01")
    new = item.actions.get(key="åsa bokar lokal")
    assert (new.text, new.due, new.position, new.rule) == (
        "Åsa bokar lokal.", date(2024, 6, 1), 1, "added by hand",
    )  # fmt: skip
    assert new.owners.get().person.name == "Åsa Öberg"
    assert (added.field, added.old_value, added.parsed_value) == ("*", None, None)
    assert added.new_value == {"text": "Åsa bokar lokal.", "owners": ["Åsa"], "due": "2024-06-01"}

    parsed = item.actions.get(position=0)
    removed = corrections.remove_action(parsed.pk)
    assert removed.old_value["text"] == "Jonas skickar ut planen." and removed.new_value is None
    assert list(item.actions.values_list("text", flat=True)) == ["Åsa bokar lokal."]


def test_dating_a_meeting_recomputes_its_follow_ups(store_meeting, make_meeting):
    item = Item("Budget", number="1", follow_ups=(
        FollowUp("Tas upp igen", "om två veckor", 14), FollowUp("Till hösten", "i höst"),
    ))  # fmt: skip
    row = store_meeting(make_meeting(date=None, items=(item,)))
    change = corrections.set_meeting_date(row.pk, date(2024, 5, 14))
    assert change.follow_ups == (
        ("Tas upp igen", 14, date(2024, 5, 28)), ("Till hösten", None, None),
    )  # fmt: skip
    assert (change.date, change.previous) == (date(2024, 5, 14), None)
    moved = corrections.set_meeting_date(row.pk, date(2024, 5, 21))
    assert moved.follow_ups[0][2] == date(2024, 6, 4)
    made = models.Correction.objects.get(pk=moved.correction)
    assert (made.field, made.old_value, made.new_value, made.parsed_value) == (
        "date", "2024-05-14", "2024-05-21", None,
    )  # fmt: skip
    assert corrections.set_meeting_date(row.pk, date(2024, 5, 21)).correction is None


def test_a_failure_in_the_middle_leaves_nothing(store_meeting, make_meeting, monkeypatch):
    item = Item("Budget", number="1", follow_ups=(FollowUp("Tas upp igen", "om", 14),))
    row = store_meeting(make_meeting(date=None, items=(item,)))

    def broken(*args, **kwargs):
        raise RuntimeError("disk full")

    # The meeting row is written first; updating its follow-ups then fails.
    monkeypatch.setattr(models.FollowUp.objects, "bulk_update", broken)
    with pytest.raises(RuntimeError):
        corrections.set_meeting_date(row.pk, date(2024, 5, 14))
    row.refresh_from_db()
    assert row.date is None
    assert models.Correction.objects.count() == 0

    monkeypatch.undo()
    monkeypatch.setattr(models.Correction.objects, "create", broken)
    with pytest.raises(RuntimeError):
        correct("item", row.items.get().pk, "title", "Budget 2025")
    assert row.items.get().title == "Budget"


def test_search_finds_what_was_corrected(meeting):
    from anteckna.services.search import search

    correct("item", meeting.items.get().pk, "title", "Lokalförsörjningsplan")
    corrections.add_action(meeting.items.get().pk, "Åsa beställer flyttkartonger.")
    assert [h.kind for h in search("lokalförsörjningsplan")] == ["item"]
    assert [h.kind for h in search("flyttkartonger", kind="action")] == ["action"]
