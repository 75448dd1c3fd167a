"""Links between meetings are made after storing, in batches: the outcome is the same whatever
the batch size or the order the files come in, and an import cut short before linking leaves
its meetings marked, for the next import to link."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from anteckna.services import importing
from anteckna.services.linking import link_pending
from anteckna.store import models

MEMBERS = "Deltagare LG: Anna Berg, Erik Lind, Sara Hammar\n\nMötesanteckningar\n\n"


def notes(week: int) -> str:
    """Week ``week``'s notes: a task and a matter to come back, and the report of last week's."""
    reported = (
        f"1. Återkoppling\nErik har skrivit rapporten om ärende {week - 1} (klart).\n\n"
        if week
        else ""
    )
    return MEMBERS + reported + (
        f"2. Ärende {week}\nErik skriver rapporten om ärende {week} till nästa möte.\n"
        f"Ärendet tas upp igen om en vecka.\n\n"
        f"3. Uppföljning ärende {week - 1}\nInget nytt.\n"
    )  # fmt: skip


def write_weeks(folder: Path, weeks: int) -> list[Path]:
    start = date(2024, 1, 9)
    paths = []
    for week in range(weeks):
        path = folder / f"lg_{start + timedelta(weeks=week)}.txt"
        path.write_text(notes(week), encoding="utf-8")
        paths.append(path)
    return paths


def outcome() -> tuple[set[tuple[str, str, str]], set[tuple[str, str]]]:
    """Closed actions (text, status, closing meeting's date) and follow-up links (item titles)."""
    actions = {
        (a.text, a.status, str(a.closed_in.date) if a.closed_in else "")
        for a in models.Action.objects.select_related("closed_in")
    }
    links = {
        (f.item.title, f.resolved_by.title if f.resolved_by else "")
        for f in models.FollowUp.objects.select_related("item", "resolved_by")
    }
    return actions, links


@pytest.mark.parametrize("every", [1, 2, 500])
def test_batches_and_order_give_the_same_links(db, tmp_path, monkeypatch, every):
    paths = write_weeks(tmp_path, 6)
    monkeypatch.setattr(importing, "LINK_EVERY", every)
    assert not importing.import_paths(paths).failed
    batched = outcome()
    assert len([a for a in batched[0] if a[1] == "done"]) == 5  # each week closes the last's
    assert ("Ärende 0", "Uppföljning ärende 0") in batched[1]
    assert not models.Meeting.objects.filter(links_pending=True).exists()

    models.Meeting.objects.all().delete()
    models.SourceDocument.objects.all().delete()
    for path in reversed(paths):  # one at a time, newest first
        assert not importing.import_paths([path]).failed
    assert outcome() == batched


def test_an_import_cut_short_is_linked_by_the_next(db, tmp_path, monkeypatch):
    first, second = write_weeks(tmp_path, 2)
    monkeypatch.setattr(importing, "link_pending", lambda: None)  # as if it stopped there
    assert not importing.import_paths([first, second]).failed
    assert models.Meeting.objects.filter(links_pending=True).count() == 2
    assert not models.Action.objects.filter(status="done").exists()

    monkeypatch.undo()
    assert importing.import_paths([first, second]).skipped == [first, second]
    report = models.Action.objects.get(text__contains="ärende 0")
    assert (report.status, str(report.closed_in.date)) == ("done", "2024-01-16")
    assert not models.Meeting.objects.filter(links_pending=True).exists()
    assert link_pending().closed == []  # nothing left to do


def test_meetings_of_another_group_are_not_neighbours(db, tmp_path):
    first, second = write_weeks(tmp_path, 2)
    assert not importing.import_paths([first], group="LG").failed
    assert not importing.import_paths([second], group="SG").failed
    assert not models.Action.objects.filter(status="done").exists()
    assert not models.FollowUp.objects.filter(resolved_by__isnull=False).exists()


def test_dating_a_meeting_by_hand_links_it(db, tmp_path):
    from anteckna.services.corrections import set_meeting_date

    first, second = write_weeks(tmp_path, 2)
    undated = tmp_path / "lg_anteckningar.txt"
    undated.write_text(first.read_text(encoding="utf-8"), encoding="utf-8")
    assert importing.import_paths([undated, second]).needs_date == [undated]
    assert not models.Action.objects.filter(status="done").exists()
    meeting = models.Meeting.objects.get(date__isnull=True)
    set_meeting_date(meeting.pk, date(2024, 1, 9))
    report = models.Action.objects.get(text__contains="ärende 0")
    assert (report.status, str(report.closed_in.date)) == ("done", "2024-01-16")
    assert models.FollowUp.objects.get(meeting=meeting).resolved_by.title == "Uppföljning ärende 0"


def test_linking_marks_the_meetings_it_changes(db, tmp_path):
    first, second = write_weeks(tmp_path, 2)
    assert not importing.import_paths([first]).failed
    before = models.Meeting.objects.get().updated_at
    assert not importing.import_paths([second]).failed
    assert models.Meeting.objects.get(date=date(2024, 1, 9)).updated_at > before
