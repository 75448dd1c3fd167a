"""The search page's total and facets, for every combination of choices, are what counting the
matches one by one gives: each facet counts the matches that pass the other facets' choices."""

from __future__ import annotations

import itertools
from collections import Counter
from datetime import date

import pytest
from django.contrib.auth.models import User

from anteckna.model import Action, Decision, Item
from anteckna.services.search import index_meetings
from anteckna.services.search_page import Choices, search_page
from anteckna.store import models as db


@pytest.fixture
def archive(store_meeting, make_meeting):
    """Budget matches in two years, in LG, in Styrgruppen, in both, and in an undated meeting
    of neither, as items, decisions and actions."""
    budget = Item(
        "Budget",
        decisions=(Decision("Budgeten antas."),),
        actions=(Action("Kim räknar om budgeten.", owners=("Kim",)),),
    )
    made = [
        store_meeting(make_meeting(date=date(2024, 5, 14), items=(budget,)), file_name="a.txt"),
        store_meeting(
            make_meeting(date=date(2025, 2, 4), groups=("Styrgruppen",), items=(budget,)),
            file_name="b.txt",
        ),
        store_meeting(
            make_meeting(date=date(2025, 3, 4), groups=("LG", "Styrgruppen"), items=(budget,)),
            file_name="c.txt",
        ),
        store_meeting(
            make_meeting(date=None, groups=(), items=(Item("Budget och lokaler"),)),
            file_name="d.txt",
        ),
    ]
    index_meetings([m.pk for m in made])
    return made


def expected(choices: Choices) -> tuple[int, dict[str, Counter[str]]]:
    """The total and the facets' counts, match by match, from the entries themselves."""
    matches = []
    for entry in db.SearchEntry.objects.select_related("meeting"):
        day = entry.meeting.date
        groups = set(entry.meeting.groups.values_list("pk", flat=True))
        matches.append((entry.kind, day.year if day else None, groups))

    def passes(kind: str, year: int | None, groups: set[int], but: str) -> bool:
        return (
            (but == "group" or choices.group is None or choices.group in groups)
            and (but == "year" or choices.year is None or choices.year == year)
            and (but == "kind" or choices.kind is None or choices.kind == kind)
        )

    counts: dict[str, Counter[str]] = {"group": Counter(), "year": Counter(), "kind": Counter()}
    total = 0
    for kind, year, groups in matches:
        total += passes(kind, year, groups, "")
        if passes(kind, year, groups, "group"):
            counts["group"].update(str(g) for g in groups)
        if year is not None and passes(kind, year, groups, "year"):
            counts["year"][str(year)] += 1
        if passes(kind, year, groups, "kind"):
            counts["kind"][kind] += 1
    return total, counts


def test_every_combination_of_choices_counts_as_match_by_match(archive):
    admin = User.objects.create_superuser("root", password="a long test password")
    assert db.SearchEntry.objects.filter(meeting__date__isnull=True).exists()
    group_ids = [None, *db.Group.objects.values_list("pk", flat=True)]
    for group, year, kind in itertools.product(
        group_ids, [None, 2024, 2025], [None, "item", "decision", "action"]
    ):
        choices = Choices(group=group, year=year, kind=kind)
        page = search_page(admin, "budget", choices)
        total, counts = expected(choices)
        assert page.total == total, choices
        for name, values in page.facets.items():
            shown = {v.value: v.count for v in values if v.count}
            assert shown == dict(+counts[name]), (choices, name)
