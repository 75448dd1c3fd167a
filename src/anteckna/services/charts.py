"""The numbers behind the pictures: attendance per person and meeting, meetings and actions
per month, always among the meetings the user sees (``access``).

Months are "YYYY-MM" strings and run without gaps from the first month with a dated meeting
to the last, so that a quiet month shows as an empty bar rather than being left out.
Undated meetings have no month and are not counted here.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date
from typing import Any

from anteckna.services import access
from anteckna.store import models as db

LAST_MEETINGS = 12
"""How many of a group's latest meetings an attendance map shows."""


@dataclass(frozen=True, slots=True)
class AttendanceMap:
    """A group's latest meetings (oldest first) and the people in their attendance lists;
    ``cells[person][meeting]`` is the attendance status, None when not listed."""

    group: db.Group
    meetings: list[db.Meeting]
    people: list[db.Person]
    cells: list[list[str | None]]


@dataclass(frozen=True, slots=True)
class ActionMonth:
    """The actions recorded at the month's meetings: still open, and done or cancelled."""

    month: str
    open: int
    closed: int


def attendance_maps(user: Any, last: int = LAST_MEETINGS) -> list[AttendanceMap]:
    """One map per group the user sees that has dated meetings, by group name."""
    visible = access.visible_meetings(user).filter(date__isnull=False)
    maps = []
    for group in access.visible_groups(user).order_by("name"):
        meetings = list(visible.filter(groups=group).order_by("-date", "-pk")[:last])[::-1]
        if not meetings:
            continue
        rows = db.Attendance.objects.filter(meeting__in=meetings, person__isnull=False)
        status: dict[tuple[int, int], str] = {}
        people: dict[int, db.Person] = {}
        for row in rows.select_related("person"):
            status[(row.person_id, row.meeting_id)] = row.status
            people[row.person_id] = row.person
        ordered = sorted(people.values(), key=lambda p: p.name_key)
        cells = [[status.get((p.pk, m.pk)) for m in meetings] for p in ordered]
        maps.append(AttendanceMap(group, meetings, ordered, cells))
    return maps


def meetings_per_month(user: Any) -> list[tuple[str, int]]:
    """(month, meetings) for every month from the first dated meeting to the last."""
    dates = access.visible_meetings(user).filter(date__isnull=False).values_list("date", flat=True)
    counts = Counter(_month(d) for d in dates)
    return [(month, counts[month]) for month in _months(counts)]


def actions_per_month(user: Any) -> list[ActionMonth]:
    """Open and closed actions by the month of the meeting that recorded them."""
    rows = access.visible_actions(user).filter(meeting__date__isnull=False)
    open_: Counter[str] = Counter()
    closed: Counter[str] = Counter()
    for day, status in rows.values_list("meeting__date", "status"):
        (open_ if status == db.Action.Status.OPEN else closed)[_month(day)] += 1
    return [ActionMonth(m, open_[m], closed[m]) for m in _months(open_ + closed)]


def _month(day: date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


def _months(counts: Counter[str]) -> list[str]:
    """Every month from the first key of ``counts`` to the last."""
    if not counts:
        return []
    first, last = min(counts), max(counts)
    year, month = int(first[:4]), int(first[5:])
    found = []
    while (current := f"{year:04d}-{month:02d}") <= last:
        found.append(current)
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return found
