"""One meeting as its page shows it: everything read from the notes, beside the notes' lines.

A fixed number of queries whatever the meeting's size (one a table, prefetched), and shaped
for a template: attendance grouped by the label the notes gave ("LG", "SG"), items in order
with what was found in each, and the source text as numbered lines, each line knowing whether
some element was read from it. The element → line links are the rows' ``first_line`` and
``last_line``, so a person can check any extraction against the text in one click.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from django.db.models import Prefetch, Q

from anteckna.services import access
from anteckna.services.access import NotVisible
from anteckna.store import models as db

TOOK_PART = ("present", "remote", "partial", "guest")


@dataclass(slots=True)
class AttendanceGroup:
    """The participants the notes list under one label (None: no label)."""

    label: str | None
    rows: list[db.Attendance] = field(default_factory=list)


@dataclass(slots=True)
class ItemView:
    item: db.Item
    presenters: list[db.ItemPresenter]
    decisions: list[db.Decision]
    actions: list[ActionView]
    follow_ups: list[db.FollowUp]
    events: list[db.Event]


@dataclass(slots=True)
class ActionView:
    """An action with its owners, and whether this user may mark it done or cancelled."""

    action: db.Action
    owners: list[db.ActionOwner]
    overdue: bool
    can_update: bool


@dataclass(frozen=True, slots=True)
class Line:
    number: int
    text: str
    cited: bool


@dataclass(frozen=True, slots=True)
class Neighbours:
    """The group's meetings before and after this one (among those the user sees)."""

    group: db.Group
    previous: db.Meeting | None
    next: db.Meeting | None


@dataclass(slots=True)
class MeetingPage:
    meeting: db.Meeting
    source: db.SourceDocument
    attendance: list[AttendanceGroup]
    items: list[ItemView]
    lines: list[Line]
    neighbours: list[Neighbours]
    can_edit: bool
    counts: dict[str, int]


def meeting_page(user: Any, meeting_id: int, today: date) -> MeetingPage:
    """The page of a meeting the user sees; ``NotVisible`` otherwise."""
    meeting = (
        access.visible_meetings(user)
        .select_related("source")
        .defer("source__snapshot")
        .filter(pk=meeting_id)
        .first()
    )
    if meeting is None:
        raise NotVisible(f"no meeting {meeting_id}")
    attendance = _attendance(meeting)
    items = _items(user, meeting, today)
    cited = _cited(attendance, items)
    lines = [
        Line(number, text, number in cited)
        for number, text in enumerate(meeting.source.text.split("\n"), 1)
    ]
    if lines and not lines[-1].text:
        lines.pop()  # the text's final newline is no line of its own
    took_part = sum(1 for g in attendance for r in g.rows if r.status in TOOK_PART)
    counts = {
        "took_part": took_part,
        "absent": sum(1 for g in attendance for r in g.rows if r.status == "absent"),
    }
    return MeetingPage(
        meeting=meeting,
        source=meeting.source,
        attendance=attendance,
        items=items,
        lines=lines,
        neighbours=_neighbours(user, meeting),
        can_edit=access.can_edit(user, meeting),
        counts=counts,
    )


def _attendance(meeting: db.Meeting) -> list[AttendanceGroup]:
    groups: dict[str | None, AttendanceGroup] = {}
    for row in meeting.attendance.select_related("person").order_by("position"):
        groups.setdefault(row.group_label, AttendanceGroup(row.group_label)).rows.append(row)
    return list(groups.values())


def _items(user: Any, meeting: db.Meeting, today: date) -> list[ItemView]:
    owners = Prefetch("owners", queryset=db.ActionOwner.objects.order_by("position"))
    rows = meeting.items.order_by("position").prefetch_related(
        Prefetch("presenters", queryset=db.ItemPresenter.objects.order_by("position")),
        Prefetch("decisions", queryset=db.Decision.objects.order_by("position")),
        Prefetch(
            "actions", queryset=db.Action.objects.order_by("position").prefetch_related(owners)
        ),
        Prefetch("follow_ups", queryset=db.FollowUp.objects.order_by("position")),
        Prefetch("events", queryset=db.Event.objects.order_by("position")),
    )
    views = []
    for item in rows:
        actions = []
        for action in item.actions.all():
            may = access.can_update_action(user, action, meeting_visible=True)
            overdue = action.status == "open" and action.due is not None and action.due < today
            actions.append(ActionView(action, list(action.owners.all()), overdue, may))
        views.append(
            ItemView(
                item=item,
                presenters=list(item.presenters.all()),
                decisions=list(item.decisions.all()),
                actions=actions,
                follow_ups=list(item.follow_ups.all()),
                events=list(item.events.all()),
            )
        )
    return views


def _cited(attendance: list[AttendanceGroup], items: list[ItemView]) -> set[int]:
    """The line numbers some decision, action, follow-up, event or attendance row came from
    (items are left out: an item spans all its text, which would mark nearly every line).
    Read from the rows the page already holds, not asked of the database again."""
    rows: list[Any] = [row for group in attendance for row in group.rows]
    for view in items:
        rows += view.decisions + [a.action for a in view.actions] + view.follow_ups + view.events
    cited: set[int] = set()
    for row in rows:
        if row.first_line is not None:
            cited.update(range(row.first_line, (row.last_line or row.first_line) + 1))
    return cited


def _neighbours(user: Any, meeting: db.Meeting) -> list[Neighbours]:
    if meeting.date is None:
        return []
    visible = access.visible_meetings(user).exclude(pk=meeting.pk).filter(date__isnull=False)
    found = []
    for group in meeting.groups.order_by("name"):
        mine = visible.filter(groups=group)
        before = Q(date__lt=meeting.date) | Q(date=meeting.date, pk__lt=meeting.pk)
        after = Q(date__gt=meeting.date) | Q(date=meeting.date, pk__gt=meeting.pk)
        previous = mine.filter(before).order_by("-date", "-pk").first()
        following = mine.filter(after).order_by("date", "pk").first()
        found.append(Neighbours(group, previous, following))
    return found
