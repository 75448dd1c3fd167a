"""A corrected file imported again takes the secretary's corrections with it, or lists why not."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from anteckna.services import corrections
from anteckna.services.corrections import correct, open_conflicts, replay
from anteckna.services.importing import import_paths
from anteckna.store import models

NOTE = """\
 Deltagare LG: Anna Berg, Erik Lind, Sara Hammar
Frånvarande: Nils Ek

Mötesanteckningar

1. Budget 2024
Anna redogör för budgetläget. Ärendet tas upp igen om två veckor.
Erik ska kontakta ekonomienheten.

2. Lokaler
Sara informerar om flytten.

3. Övrigt
Inget att rapportera.
"""
LOKALER = "2. Lokaler\nSara informerar om flytten.\n\n"


def version(folder: Path, text: str, name: str = "lg_2024-03-05.txt") -> Path:
    """Write (or rewrite) the notes file and import it."""
    path = folder / name
    path.write_text(text, encoding="utf-8")
    report = import_paths([path])
    assert report.imported == [path] and not report.failed, report.failed
    version.report = report  # type: ignore[attr-defined]
    return path


def the_meeting() -> models.Meeting:
    return models.Meeting.objects.get()


def item(number: str) -> models.Item:
    return the_meeting().items.get(number=number)


def outcomes() -> list[tuple[str, str]]:
    rows = models.Reapplication.objects.order_by("correction_id")
    return [(r.correction.field, r.outcome) for r in rows]


def test_corrections_are_carried_to_a_new_version(db, tmp_path):
    version(tmp_path, NOTE)
    correct("item", item("1").pk, "title", "Budget 2024–2025")
    action = item("1").actions.get()
    correct("action", action.pk, "due", "2024-04-01")
    correct("action", action.pk, "status", "done")
    corrections.add_action(item("2").pk, "Sara bokar flyttfirma.", owners=["Sara"])
    made = models.Correction.objects.count()

    version(tmp_path, NOTE.replace("om flytten.", "om flytten i maj."))
    meeting = the_meeting()
    assert meeting.source.version == 2
    assert item("1").title == "Budget 2024–2025"
    action = item("1").actions.get()
    assert (action.due, action.status) == (date(2024, 4, 1), "done")
    added = item("2").actions.get()
    assert (added.text, added.owners.get().person.name) == ("Sara bokar flyttfirma.", "Sara Hammar")
    assert version.report.conflicts == []  # type: ignore[attr-defined]
    assert models.Correction.objects.count() == made  # history is not copied, only re-applied
    assert {o for _, o in outcomes()} <= {"applied", "agreed"}
    assert meeting.source.previous.snapshot["items"][0]["title"] == "Budget 2024–2025"


def test_notes_fixed_at_the_source_agree_with_the_correction(db, tmp_path):
    version(tmp_path, NOTE)
    correct("item", item("1").pk, "title", "Budget 2025")
    version(tmp_path, NOTE.replace("Budget 2024", "Budget 2025"))
    assert item("1").title == "Budget 2025"
    assert outcomes() == [("title", "agreed")]


def test_conflicts_are_listed_and_stored_never_overwritten(db, tmp_path):
    path = version(tmp_path, NOTE)
    correct("item", item("1").pk, "title", "Budget 2024–2025")
    corrections.add_action(item("2").pk, "Sara bokar flyttfirma.")
    nils = the_meeting().attendance.get(name="Nils Ek")
    correct("attendance", nils.pk, "status", "present")

    changed = NOTE.replace("Budget 2024", "Budget 2024 (reviderad)").replace(LOKALER, "")
    changed = changed.replace("3. Övrigt", "2. Övrigt")  # item 2 is now another item
    version(tmp_path, changed)
    conflicts = [c for _, c in version.report.conflicts]  # type: ignore[attr-defined]
    assert [p for p, _ in version.report.conflicts] == [path, path]  # type: ignore[attr-defined]
    gone, differs = sorted(conflicts, key=lambda c: c.reason, reverse=True)
    assert (gone.reason, gone.field, gone.where) == (
        "gone", "*", "action 'sara bokar flyttfirma' in item 2",
    )  # fmt: skip
    assert (differs.reason, differs.found, differs.parsed, differs.corrected) == (
        "differs", "Budget 2024 (reviderad)", "Budget 2024", "Budget 2024–2025",
    )  # fmt: skip
    assert str(differs) == (
        "item 1, title: the notes now say 'Budget 2024 (reviderad)'; it was corrected from "
        "'Budget 2024' to 'Budget 2024–2025'"
    )
    assert item("1").title == "Budget 2024 (reviderad)"  # the parser's, until someone decides
    assert the_meeting().attendance.get(name="Nils Ek").status == "present"  # carried
    assert sorted(c.to_dict()["reason"] for c in open_conflicts(the_meeting().pk)) == [
        "differs", "gone",
    ]  # fmt: skip


def test_settling_a_conflict_by_keeping_what_the_notes_say(db, tmp_path):
    version(tmp_path, NOTE)
    correct("item", item("1").pk, "title", "Budget 2024–2025")
    version(tmp_path, NOTE.replace("Budget 2024", "Budget 2024 (reviderad)"))
    assert len(open_conflicts(the_meeting().pk)) == 1
    settled = correct("item", item("1").pk, "title", "Budget 2024 (reviderad)")
    assert settled is not None and settled.parsed_value == "Budget 2024 (reviderad)"
    assert open_conflicts(the_meeting().pk) == []


def test_a_later_correction_keeps_comparing_with_the_first_parse(db, tmp_path):
    version(tmp_path, NOTE)
    correct("item", item("1").pk, "title", "Budget B")
    version(tmp_path, NOTE + "\n")
    later = correct("item", item("1").pk, "title", "Budget C")
    assert later.parsed_value == "Budget 2024"
    version(tmp_path, NOTE + "\n\n")
    assert item("1").title == "Budget C"


def test_a_date_set_by_hand_is_kept_and_the_file_stays_one_meeting(db, tmp_path):
    version(tmp_path, NOTE, name="anteckningar.txt")
    assert version.report.needs_date  # type: ignore[attr-defined]
    corrections.set_meeting_date(the_meeting().pk, date(2024, 3, 5))
    version(tmp_path, NOTE.replace("flytten.", "flytten!"), name="anteckningar.txt")
    meeting = the_meeting()  # still one meeting
    assert (meeting.source.version, meeting.date) == (2, date(2024, 3, 5))
    assert meeting.follow_ups.get().due == date(2024, 3, 19)
    assert version.report.needs_date == []  # type: ignore[attr-defined]


def test_a_wrong_date_corrected_by_hand_still_finds_its_meeting(db, tmp_path):
    version(tmp_path, NOTE, name="lg_2024-03-04.txt")  # the file name has the wrong day
    corrections.set_meeting_date(the_meeting().pk, date(2024, 3, 5))
    version(tmp_path, NOTE + "\n", name="lg_2024-03-04.txt")
    assert (the_meeting().source.version, the_meeting().date) == (2, date(2024, 3, 5))


def test_a_failure_while_carrying_over_leaves_the_old_version(db, tmp_path, monkeypatch):
    path = version(tmp_path, NOTE)
    correct("item", item("1").pk, "title", "Budget 2024–2025")

    def broken(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(models.Reapplication.objects, "bulk_create", broken)
    path.write_text(NOTE + "\n", encoding="utf-8")
    report = import_paths([path])
    assert report.failed == [(path, "internal error (RuntimeError: disk full)")]
    meeting = the_meeting()
    assert (meeting.source.version, models.SourceDocument.objects.count()) == (1, 1)
    assert item("1").title == "Budget 2024–2025"


def test_a_first_import_costs_one_query_for_corrections(db, django_assert_num_queries):
    with django_assert_num_queries(1):
        assert replay.carry_over(12345).conflicts == []


@pytest.mark.parametrize("removed_first", [True, False], ids=["removed", "kept"])
def test_corrections_to_a_removed_action_are_not_conflicts(db, tmp_path, removed_first):
    version(tmp_path, NOTE)
    action = item("1").actions.get()
    correct("action", action.pk, "due", "2024-04-01")
    if removed_first:
        corrections.remove_action(action.pk)
    version(tmp_path, NOTE + "\n")
    assert version.report.conflicts == []  # type: ignore[attr-defined]
    assert item("1").actions.exists() is not removed_first


def test_a_person_corrected_by_hand_is_carried_over(db, tmp_path):
    version(tmp_path, NOTE)
    right = models.Person.objects.create(name="Anna Bergh")
    wrong = the_meeting().attendance.get(name="Anna Berg")
    correct("attendance", wrong.pk, "person", right.pk)
    version(tmp_path, NOTE + "\n")
    assert the_meeting().attendance.get(name="Anna Berg").person == right
    assert outcomes() == [("person", "applied")]


@pytest.mark.parametrize(
    ("element", "field", "value", "fixed"),
    [
        pytest.param("attendance", "person", "Anna Bergh", ("Anna Berg,", "Anna Bergh,"),
                     id="person"),
        pytest.param("action", "text", "Erik ska kontakta ekonomichefen.",
                     ("ekonomienheten", "ekonomichefen"), id="action_text"),
        pytest.param("item", "number", "4", ("2. Lokaler", "4. Lokaler"), id="item_number"),
    ],
)  # fmt: skip
def test_notes_fixed_at_the_source_agree_under_the_new_key(db, tmp_path, element, field, value,
                                                           fixed):  # fmt: skip
    version(tmp_path, NOTE)
    models.Person.objects.create(name="Anna Bergh")
    row = {
        "attendance": lambda: the_meeting().attendance.get(name="Anna Berg"),
        "action": lambda: item("1").actions.get(),
        "item": lambda: item("2"),
    }[element]()
    correct(element, row.pk, field, value)
    version(tmp_path, NOTE.replace(*fixed).replace("3. Övrigt", "5. Övrigt"))
    assert version.report.conflicts == []  # type: ignore[attr-defined]
    assert outcomes() == [(field, "agreed")]
