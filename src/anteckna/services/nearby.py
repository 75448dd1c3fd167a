"""The meetings that newly imported ones are linked with: their groups' meetings of the year
before and the year after each.

Closing actions that later notes report done (``closing``) and linking follow-ups to the item
that takes the matter up (``followups``) both compare a meeting with its neighbours in time.
Notes speak of the last months' tasks and matters, and bounding the comparison by ``WINDOW``
keeps an import's cost from growing with the archive's age.

Both work on a batch of new meetings at once (``Region``): the database is asked for the
stretch of the groups' history the batch touches, a few queries for a thousand notes, and the
neighbours are found in memory. Asking per note cost a dozen queries, the bulk of an import.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import date, timedelta

from django.db.models import QuerySet

from anteckna.store import models as db

WINDOW = timedelta(days=365)


@dataclass(frozen=True, slots=True)
class Dated:
    """A meeting with a date, and those of its groups the region is about."""

    pk: int
    day: date
    groups: frozenset[int]

    @property
    def order(self) -> tuple[date, int]:
        return self.day, self.pk


@dataclass(slots=True)
class Region:
    """The meetings of the new meetings' groups from a year before the first new one to a year
    after the last. ``new`` are the new meetings that have a date and a group: the others have
    nothing to be compared with."""

    meetings: dict[int, Dated]
    new: frozenset[int]
    groups: tuple[int, ...]
    start: date
    end: date
    _days: dict[int, list[tuple[date, int]]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        days: dict[int, list[tuple[date, int]]] = defaultdict(list)
        for meeting in self.meetings.values():
            for group in meeting.groups:
                days[group].append(meeting.order)
        self._days = {group: sorted(found) for group, found in days.items()}

    def before(self, meeting: Dated) -> list[Dated]:
        """Its groups' meetings in the year before it, oldest first."""
        return self._between(meeting, meeting.day - WINDOW, meeting.day - timedelta(days=1))

    def after(self, meeting: Dated) -> list[Dated]:
        """Its groups' meetings in the year after it, oldest first."""
        return self._between(meeting, meeting.day + timedelta(days=1), meeting.day + WINDOW)

    def touched(self, meetings: list[Dated]) -> bool:
        """Whether any of these meetings is new."""
        return any(m.pk in self.new for m in meetings)

    def rows(self, queryset: QuerySet, meeting: str = "meeting") -> QuerySet:
        """``queryset`` narrowed to rows of the region's meetings (by the path to the meeting):
        by group and date in the database, so it can use their indexes; still to be checked
        against ``meetings`` in Python, and distinct, since a meeting may be in two groups."""
        return queryset.filter(
            **{f"{meeting}__groups__in": self.groups,
               f"{meeting}__date__range": (self.start, self.end)}
        ).distinct()  # fmt: skip

    def _between(self, meeting: Dated, first: date, last: date) -> list[Dated]:
        found: set[tuple[date, int]] = set()
        for group in meeting.groups:
            days = self._days.get(group, [])
            found.update(days[bisect_left(days, (first, 0)) : bisect_right(days, (last, 1 << 62))])
        return [self.meetings[pk] for _, pk in sorted(found)]


def region(meeting_ids: Collection[int]) -> Region | None:
    """The region around these meetings; None when none of them has a date and a group."""
    new: dict[int, tuple[date, set[int]]] = {}
    rows = db.Meeting.objects.filter(pk__in=meeting_ids, date__isnull=False)
    for pk, day, group in rows.values_list("pk", "date", "groups").iterator():
        if group is not None:
            new.setdefault(pk, (day, set()))[1].add(group)
    if not new:
        return None
    groups = tuple(sorted({g for _, found in new.values() for g in found}))
    start = min(day for day, _ in new.values()) - WINDOW
    end = max(day for day, _ in new.values()) + WINDOW
    around: dict[int, tuple[date, set[int]]] = {}
    rows = db.Meeting.objects.filter(groups__in=groups, date__range=(start, end))
    for pk, day, group in rows.values_list("pk", "date", "groups").iterator():
        around.setdefault(pk, (day, set()))[1].add(group)
    meetings = {pk: Dated(pk, day, frozenset(found)) for pk, (day, found) in around.items()}
    return Region(meetings, frozenset(new), groups, start, end)
