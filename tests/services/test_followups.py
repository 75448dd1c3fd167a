"""Follow-ups over time: resolved when the matter comes back (in either import order), overdue
when the meeting they were due at passed without them, needing a date when they have none."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from anteckna.services.followups import follow_up_states, same_matter
from anteckna.services.importing import import_paths
from anteckna.services.linking import link
from anteckna.services.listing import group_named
from anteckna.services.rhythm import set_rhythm
from anteckna.store import models

FIRST = """\
Deltagare LG: Anna Berg, Erik Lind, Sara Hammar

1. Budget 2024
Anna redogör för budgetläget. Ärendet tas upp igen i ledningsgruppen om två veckor.

2. Lokaler
Erik berättar om lokalerna. Ärendet tas upp igen om två veckor.
"""
SECOND = """\
Deltagare LG: Anna Berg, Erik Lind, Sara Hammar

1. Budgeten 2024 – läget
Anna redogör för det reviderade förslaget.

2. Kort information
Inget att rapportera.
"""


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("title", "other", "same"),
    [
        pytest.param("Budget 2024", "Budgeten 2024 – läget", True, id="inflected_and_longer"),
        pytest.param("Fokus verksamhetsplan 2026 (LG + SG)",
                     "Verksamhetsplan 2026 – slutversion", True, id="two_shared_words"),
        pytest.param("Budget 2024", "Verksamhetsplan 2024", False, id="only_a_year_shared"),
        pytest.param("Lokaler", "Kort information", False, id="nothing_shared"),
        pytest.param("Elevhälsa – kartläggning av skolfrånvaro",
                     "Elevhälsa – uppföljning av skolfrånvaro", True, id="same_matter_new_step"),
    ],
)  # fmt: skip
def test_same_matter(title, other, same):
    assert same_matter(title, other) is same


@pytest.mark.parametrize("order", ["in_order", "newest_first"])
def test_a_follow_up_is_resolved_by_the_item_that_takes_it_up(db, tmp_path, order):
    first = write(tmp_path, "lg_2024-05-14.txt", FIRST)
    second = write(tmp_path, "lg_2024-05-28.txt", SECOND)
    for path in [first, second] if order == "in_order" else [second, first]:
        assert not import_paths([path]).failed
    budget = models.FollowUp.objects.get(item__title="Budget 2024")
    assert budget.due == date(2024, 5, 28)
    assert budget.resolved_by.title == "Budgeten 2024 – läget"
    assert models.FollowUp.objects.get(item__title="Lokaler").resolved_by is None
    assert link([budget.meeting_id]).follow_ups == 0  # running again changes nothing


@pytest.mark.parametrize("order", ["in_order", "newest_first"])
def test_a_matter_taken_up_more_than_a_year_later_does_not_resolve_it(db, tmp_path, order):
    first = write(tmp_path, "lg_2023-05-09.txt", FIRST)
    second = write(tmp_path, "lg_2024-05-28.txt", SECOND)
    for path in [first, second] if order == "in_order" else [second, first]:
        assert not import_paths([path]).failed
    assert models.FollowUp.objects.get(item__title="Budget 2024").resolved_by is None


def test_states_open_overdue_resolved_and_needing_a_date(db, tmp_path):
    import_paths([write(tmp_path, "lg_2024-05-14.txt", FIRST)])
    import_paths([write(tmp_path, "lg_2024-05-28.txt", SECOND)])
    import_paths([write(tmp_path, "odaterad.txt", FIRST.replace("Budget", "Skolval"))])
    group = group_named("LG")
    set_rhythm(group, weekday=2, every_weeks=2, start_from=date(2024, 5, 15))
    rows = models.FollowUp.objects.all()

    def states(today):
        return {(s.follow_up.item.title, s.follow_up.meeting.date): (s.status, s.comes_back)
                for s in follow_up_states(rows, today)}  # fmt: skip

    before = states(date(2024, 5, 20))
    assert before[("Budget 2024", date(2024, 5, 14))] == ("resolved", date(2024, 5, 28))
    # due Tuesday the 28th; the rhythm's Wednesdays say the 29th, but the 28th was held
    assert before[("Lokaler", date(2024, 5, 14))] == ("open", date(2024, 5, 28))
    assert before[("Skolval 2024", None)] == ("needs_date", None)
    after = states(date(2024, 5, 30))
    assert after[("Lokaler", date(2024, 5, 14))][0] == "overdue"
    due_soon = follow_up_states(rows, date(2024, 5, 20), due_before=date(2024, 5, 20))
    assert [s.status for s in due_soon] == ["needs_date", "needs_date"]  # none due yet


GENERIC_FIRST = """\
Deltagare LG: Anna Berg, Erik Lind, Sara Hammar

1. Budget 2024
Anna redogör för budgetläget.

2. Övrigt
Frågan om skolskjutsen tas upp igen om två veckor.
"""
GENERIC_SECOND = """\
Deltagare LG: Anna Berg, Erik Lind, Sara Hammar

1. Övrigt
Inget att rapportera.

2. Kort information
Inget.
"""
GENERIC_THIRD = """\
Deltagare LG: Anna Berg, Erik Lind, Sara Hammar

1. Skolskjuts
Erik redogör för den nya upphandlingen.

2. Övrigt
Inget.
"""


def test_a_follow_up_under_a_generic_title_waits_for_the_matter_it_names(db, tmp_path):
    paths = [
        write(tmp_path, "lg_2024-05-14.txt", GENERIC_FIRST),
        write(tmp_path, "lg_2024-05-28.txt", GENERIC_SECOND),
    ]
    assert not import_paths(paths).failed
    follow_up = models.FollowUp.objects.get()
    assert follow_up.resolved_by is None  # the next "Övrigt" is not the matter
    assert not import_paths([write(tmp_path, "lg_2024-06-11.txt", GENERIC_THIRD)]).failed
    follow_up.refresh_from_db()
    assert follow_up.resolved_by.title == "Skolskjuts"
