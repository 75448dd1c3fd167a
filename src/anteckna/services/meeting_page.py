"""One meeting as its page shows it: everything read from the notes, beside the notes' lines.

The page is two parts, because one of them depends on who is looking and the other does not:

- the head (``meeting_head``): the meeting the user may see, its groups, the previous and next
  meetings among those the user sees, and whether they may edit it. A few small queries.
- the body (``meeting_body``): attendance grouped by the label the notes gave ("LG", "SG"),
  items in order with what was found in each, and the source text as numbered lines, each line
  knowing whether some element was read from it. The same for every viewer, so the web keeps it
  rendered (``web.meeting_cache``) under the meeting's ``MeetingHead.version``; which of its
  actions the viewer may mark done is asked separately (``updatable_actions``).

The element → line links are the rows' ``first_line`` and ``last_line``, so a person can check
any extraction against the text in one click.
"""

from __future__ import annotations

import hashlib
from collections.abc import Container
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from django.contrib.admin.models import LogEntry
from django.db import connection
from django.db.models import QuerySet

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
    """An action with its owners, and whether it is past its due date on the day shown."""

    action: db.Action
    owners: list[db.ActionOwner]
    overdue: bool


@dataclass(frozen=True, slots=True)
class Line:
    number: int
    text: str
    cited: bool


@dataclass(frozen=True, slots=True)
class Near:
    """A meeting next to this one: where it is and when."""

    pk: int
    day: date


@dataclass(frozen=True, slots=True)
class Neighbours:
    """The group's meetings before and after this one (among those the user sees)."""

    group: db.Group
    previous: Near | None
    next: Near | None


@dataclass(frozen=True, slots=True)
class MeetingHead:
    """What the top of the page shows for this user, and the version of the body
    (``page_versions``)."""

    meeting: db.Meeting
    groups: list[db.Group]
    neighbours: list[Neighbours]
    can_edit: bool
    version: str


@dataclass(slots=True)
class MeetingBody:
    source: db.SourceDocument
    attendance: list[AttendanceGroup]
    items: list[ItemView]
    lines: list[Line]
    counts: dict[str, int]


def visible_meeting(user: Any, meeting_id: int) -> db.Meeting:
    """The meeting, when the user sees it; ``NotVisible`` otherwise."""
    return _one(access.visible_meetings(user), meeting_id)


def meeting_head(user: Any, meeting_id: int, today: date) -> MeetingHead:
    """The head of the page of a meeting the user sees on ``today``; ``NotVisible``
    otherwise."""
    meeting = visible_meeting(user, meeting_id)
    if meeting.date is None:
        groups, neighbours = list(meeting.groups.order_by("name")), []
    else:
        neighbours = _groups_and_neighbours(user, meeting)
        groups = [n.group for n in neighbours]
    return MeetingHead(
        meeting=meeting,
        groups=groups,
        neighbours=neighbours,
        can_edit=access.can_edit(user, meeting, meeting_visible=True),
        version=page_versions([meeting.pk], today, {meeting.pk: groups})[meeting.pk],
    )


def meeting_body(meeting: db.Meeting, today: date) -> MeetingBody:
    """Everything below the head, the same for every viewer (``today`` decides what is
    overdue)."""
    source = db.SourceDocument.objects.only("file_name", "version", "text").get(
        pk=meeting.source_id
    )
    attendance = _attendance(meeting)
    items = _items(meeting, today)
    cited = _cited(attendance, items)
    lines = [
        Line(number, text, number in cited)
        for number, text in enumerate(source.text.split("\n"), 1)
    ]
    if lines and not lines[-1].text:
        lines.pop()  # the text's final newline is no line of its own
    took_part = sum(1 for g in attendance for r in g.rows if r.status in TOOK_PART)
    counts = {
        "took_part": took_part,
        "absent": sum(1 for g in attendance for r in g.rows if r.status == "absent"),
    }
    return MeetingBody(source, attendance, items, lines, counts)


class EveryAction:
    """Every action of the meeting, for one who may update them all: no query for the list."""

    def __contains__(self, action_id: object) -> bool:
        return True


def updatable_actions(user: Any, meeting: db.Meeting) -> Container[int]:
    """The ids of the meeting's actions the user may mark done or cancelled (or open again):
    for a meeting the user sees (``meeting_head``)."""
    if access.updates_every_action(user):
        return EveryAction()
    return set(access.updatable_actions(user, meeting.pk).values_list("pk", flat=True))


_VERSIONS = f"""SELECT m.id, m.source_id, m.updated_at,
(SELECT max(c.id) FROM {db.Correction._meta.db_table} c WHERE c.meeting_id = m.id),
(SELECT count(CASE WHEN a.status = %s AND a.due < %s THEN 1 END)
 FROM {db.Action._meta.db_table} a WHERE a.meeting_id = m.id),
(SELECT max(id) FROM {LogEntry._meta.db_table})
FROM {db.Meeting._meta.db_table} m WHERE m.id IN ({{ids}})"""
_GROUP_NAMES = """SELECT x.meeting_id, g.id, g.name FROM store_meeting_groups x
JOIN store_group g ON g.id = x.group_id WHERE x.meeting_id IN ({ids})"""


def page_versions(
    meeting_ids: list[int], today: date, groups: dict[int, list[db.Group]] | None = None
) -> dict[int, str]:
    """The version of each meeting's body on ``today`` (meetings that are gone are left out):
    a short digest that changes whenever what ``meeting_body`` gives can change.

    It is read from the data itself, so no writer has to remember to announce a change:

    - the source document: a re-import of a corrected file makes a new one (``store.versions``);
    - the latest correction of the meeting: every change a person makes to a meeting, through
      the pages, the API or the command line, is one (``services.corrections``): its fields,
      its rows, an action's status (also when a later meeting closes it), and corrections are
      never deleted;
    - the latest change made in Django's admin, the one writer besides the services (any
      change there: rare, and it may touch any row);
    - the meeting row's ``updated_at``, which any other save of the row moves;
    - the names of its groups, which the body's first lines show (a group renamed);
    - how many of its open actions are past their due date on ``today``: the only thing the
      day changes, and with the rest the same it can only grow, so the count tells which.

    One plain query for the lot (and one for the groups' names unless ``groups`` gives them),
    in the database's own representation of each value: every caller reads them the same way.
    Read before the body: a write in between leaves a body newer than its version, kept under
    a version no later view asks for.
    """
    marks = ", ".join(["%s"] * len(meeting_ids))
    with connection.cursor() as cursor:
        day = connection.ops.adapt_datefield_value(today)
        cursor.execute(_VERSIONS.format(ids=marks), [db.Action.Status.OPEN, day, *meeting_ids])
        rows = cursor.fetchall()
        if groups is None:
            names: dict[int, list[tuple[int, str]]] = {}
            cursor.execute(_GROUP_NAMES.format(ids=marks), meeting_ids)
            for meeting_id, group_id, name in cursor.fetchall():
                names.setdefault(meeting_id, []).append((group_id, name))
        else:
            names = {m: [(g.pk, g.name) for g in found] for m, found in groups.items()}
    versions = {}
    for meeting_id, *parts in rows:
        parts.append(sorted(names.get(meeting_id, ())))
        digest = hashlib.sha1(repr(parts).encode(), usedforsecurity=False)
        versions[meeting_id] = digest.hexdigest()
    return versions


def _one(meetings: QuerySet[db.Meeting], meeting_id: int) -> db.Meeting:
    meeting = meetings.filter(pk=meeting_id).first()
    if meeting is None:
        raise NotVisible(f"no meeting {meeting_id}")
    return meeting


def _attendance(meeting: db.Meeting) -> list[AttendanceGroup]:
    groups: dict[str | None, AttendanceGroup] = {}
    for row in meeting.attendance.order_by("position"):
        groups.setdefault(row.group_label, AttendanceGroup(row.group_label)).rows.append(row)
    return list(groups.values())


def _items(meeting: db.Meeting, today: date) -> list[ItemView]:
    """The items in order, each with its rows in order: a query per table, by the meeting or
    by the ids read before it (a join to the items made PostgreSQL scan every presenter),
    grouped here (``prefetch_related`` did the same with a queryset per item and action, most
    of what reading a page cost)."""
    here = {"meeting_id": meeting.pk}
    items = list(db.Item.objects.filter(**here).order_by("position"))
    actions = list(db.Action.objects.filter(**here).order_by("position"))
    presenters = _by(db.ItemPresenter.objects.filter(item_id__in=[i.pk for i in items]), "item_id")
    owners = _by(db.ActionOwner.objects.filter(action_id__in=[a.pk for a in actions]), "action_id")
    decisions = _by(db.Decision.objects.filter(**here), "item_id")
    follow_ups = _by(db.FollowUp.objects.filter(**here), "item_id")
    events = _by(db.Event.objects.filter(**here), "item_id")
    views: dict[int, list[ActionView]] = {}
    for action in actions:
        overdue = action.status == "open" and action.due is not None and action.due < today
        views.setdefault(action.item_id, []).append(
            ActionView(action, owners.get(action.pk, []), overdue)
        )
    return [
        ItemView(
            item=item,
            presenters=presenters.get(item.pk, []),
            decisions=decisions.get(item.pk, []),
            actions=views.get(item.pk, []),
            follow_ups=follow_ups.get(item.pk, []),
            events=events.get(item.pk, []),
        )
        for item in items
    ]


def _by(rows: QuerySet[Any], key: str) -> dict[int, list[Any]]:
    """The rows in ``position`` order, grouped by the id in the column ``key``."""
    grouped: dict[int, list[Any]] = {}
    for row in rows.order_by("position"):
        grouped.setdefault(getattr(row, key), []).append(row)
    return grouped


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


# The meeting's groups by name, each with its previous and next meeting (id and date) among
# those the user sees ({visible}: nothing for one who sees all). A neighbour is found by walking
# the date index from this meeting's date and testing each meeting's group (EXISTS): the
# ``date <=`` bound lets the database start there, where ``(date < d OR date = d AND id < i)``
# alone made SQLite read every older meeting of the group.
_NEIGHBOURS = """
SELECT g.id, g.name, g.short_name, {previous}, {next} FROM store_group g
JOIN store_meeting_groups x ON x.group_id = g.id WHERE x.meeting_id = %s ORDER BY g.name
"""
_NEAREST = """(SELECT m.{column} FROM store_meeting m
WHERE EXISTS (SELECT 1 FROM store_meeting_groups l WHERE l.meeting_id = m.id AND l.group_id = g.id)
AND {near}{visible} ORDER BY m.date {order}, m.id {order} LIMIT 1)"""
_BEFORE = "m.date <= %s AND (m.date < %s OR m.id < %s)"
_AFTER = "m.date >= %s AND (m.date > %s OR m.id > %s)"


def _groups_and_neighbours(user: Any, meeting: db.Meeting) -> list[Neighbours]:
    """One query: the ORM took milliseconds to build what the database answers in tens of
    microseconds, on every view of a meeting."""
    visible = access.visible_meetings(user)
    where, visible_params = "", []
    if visible.query.has_filters():
        sql, visible_params = visible.values("pk").query.sql_with_params()
        where = f" AND m.id IN ({sql})"
    day, pk = meeting.date, meeting.pk
    parts, params = [], []
    for near, order in ((_BEFORE, "DESC"), (_AFTER, "ASC")):
        for column in ("id", "date"):
            parts.append(_NEAREST.format(column=column, near=near, visible=where, order=order))
            params += [day, day, pk, *visible_params]
    sql = _NEIGHBOURS.format(previous=", ".join(parts[:2]), next=", ".join(parts[2:]))
    with connection.cursor() as cursor:
        cursor.execute(sql, [*params, pk])
        rows = cursor.fetchall()
    return [
        Neighbours(
            db.Group(pk=group_id, name=name, short_name=short_name),
            Near(before, _day(before_day)) if before else None,
            Near(after, _day(after_day)) if after else None,
        )
        for group_id, name, short_name, before, before_day, after, after_day in rows
    ]


def _day(value: date | str) -> date:
    """A date as the driver gives it (SQLite: text)."""
    return value if isinstance(value, date) else date.fromisoformat(value)
