"""Corrections of a meeting's groups, an item's presenters, decisions, and a new person:
made with history, and carried over to a new version of the notes."""

from __future__ import annotations

import pytest

from anteckna.services import corrections
from anteckna.services.corrections import CorrectionError, correct
from anteckna.store import models

from .test_replay import NOTE, item, the_meeting, version


def test_groups_by_name_or_short_name_and_kept_over_a_reimport(db, tmp_path):
    version(tmp_path, NOTE)
    models.Group.objects.create(name="Styrgruppen", short_name="SG")
    made = correct("meeting", the_meeting().pk, "groups", "sg, LG")
    assert made.new_value == ["LG", "Styrgruppen"] and made.old_value == ["LG"]
    with pytest.raises(CorrectionError, match="no such group"):
        correct("meeting", the_meeting().pk, "groups", ["Okända gruppen"])
    version(tmp_path, NOTE.replace("om flytten.", "om flytten i maj."))
    assert sorted(the_meeting().groups.values_list("name", flat=True)) == ["LG", "Styrgruppen"]


def test_presenters_are_resolved_and_kept(db, tmp_path):
    version(tmp_path, NOTE)
    correct("item", item("2").pk, "presenters", ["Sara", "Erik"])
    version(tmp_path, NOTE.replace("om flytten.", "om flytten i maj."))
    rows = item("2").presenters.order_by("position").select_related("person")
    assert [(p.name, p.person.name) for p in rows] == [
        ("Sara", "Sara Hammar"), ("Erik", "Erik Lind"),
    ]  # fmt: skip


def test_a_decision_added_and_one_removed_stay_so(db, tmp_path):
    version(tmp_path, NOTE)
    added = corrections.add_decision(item("2").pk, "Flytten sker i maj.")
    assert (added.element, added.field, added.new_value) == (
        "decision", "*", {"text": "Flytten sker i maj."},
    )  # fmt: skip
    corrections.add_decision(item("1").pk, "Budgeten antas.")
    removed = corrections.remove_decision(item("1").decisions.get().pk)
    assert removed.old_value == {"text": "Budgeten antas."} and removed.new_value is None
    assert not item("1").decisions.exists()
    version(tmp_path, NOTE.replace("Inget att rapportera.", "Inget nytt."))
    assert list(item("2").decisions.values_list("text", "rule")) == [
        ("Flytten sker i maj.", "added by hand")
    ]
    assert not item("1").decisions.exists()
    assert version.report.conflicts == []  # type: ignore[attr-defined]


def test_a_new_person_for_a_participant_is_linked_again_after_a_reimport(db, tmp_path):
    version(tmp_path, NOTE)
    anna = the_meeting().attendance.get(name="Anna Berg")
    made = corrections.new_person(anna.pk)
    new = models.Person.objects.get(pk=made.new_value)
    assert new.name == "Anna Berg" and new.pk != made.old_value
    version(tmp_path, NOTE.replace("om flytten.", "om flytten i maj."))
    assert the_meeting().attendance.get(name="Anna Berg").person == new


def test_the_history_reads_as_names_and_text(db, tmp_path):
    from anteckna.services.corrections.changes import changes

    version(tmp_path, NOTE)
    erik = the_meeting().attendance.get(name="Erik Lind")
    correct("attendance", erik.pk, "person", "Anna Berg")
    corrections.add_action(item("2").pk, "Sara bokar bil.", owners=["Sara"], due="2024-04-01")
    newest, oldest = changes(the_meeting().pk)
    assert (oldest.old, oldest.new, oldest.who) == ("Erik Lind", "Anna Berg", None)
    assert newest.new == "Sara bokar bil. · Sara · 2024-04-01" and newest.old == ""
    assert newest.where == "action 'sara bokar bil' in item 2"
