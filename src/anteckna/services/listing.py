"""Listings of the archive: meetings with their counts, and people with their attendance.

Each listing is a fixed number of queries however large the archive (counts come from grouped
subqueries, never from a query per row), and returns frozen summaries whose ``to_dict()`` is the
JSON the CLI and the API print.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date
from typing import Any

from django.db.models import Count, F, IntegerField, OuterRef, Q, QuerySet, Subquery, Value
from django.db.models.functions import Coalesce
from django.utils.translation import gettext_lazy as _

from anteckna.errors import AntecknaError, Text
from anteckna.store import models as db
from anteckna.store.groups import find_group

TOOK_PART = ("present", "remote", "partial", "guest")


@dataclass(frozen=True, slots=True)
class MeetingSummary:
    """One meeting in a listing. ``participants`` counts those who took part (present, remote,
    partial or guest), not those listed as absent."""

    id: int
    date: date | None
    groups: tuple[str, ...]
    title: str | None
    source: str
    participants: int
    items: int
    decisions: int
    actions: int

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data.update(date=self.date.isoformat() if self.date else None, groups=list(self.groups))
        return data


@dataclass(frozen=True, slots=True)
class PersonSummary:
    """One person in a listing: meetings by attendance status (a guest's visit counts as
    present) and the open actions they own."""

    name: str
    groups: tuple[str, ...]
    present: int
    remote: int
    partial: int
    absent: int
    open_actions: int

    def to_dict(self) -> dict[str, Any]:
        return {**asdict(self), "groups": list(self.groups)}


def group_named(label: str) -> db.Group:
    """The group with this name or short name; an error listing the known ones otherwise."""
    group = find_group(label)
    if group is None:
        known = ", ".join(str(g) for g in db.Group.objects.order_by("name")) or _("none yet")
        raise AntecknaError(
            Text(_("no group called %(label)s (known: %(known)s)"), label=repr(label), known=known)
        )
    return group


def _count(model: type[db.Attendance | db.Item | db.Decision | db.Action], **filters: Any) -> Any:
    rows = model.objects.filter(meeting=OuterRef("pk"), **filters).order_by()
    counted = rows.values("meeting").annotate(n=Count("*")).values("n")
    return Coalesce(Subquery(counted, output_field=IntegerField()), Value(0))


def list_meetings(
    *,
    group: str | None = None,
    start: date | None = None,
    end: date | None = None,
    within: QuerySet[db.Meeting] | None = None,
) -> list[MeetingSummary]:
    """Meetings oldest first (undated ones last), optionally of one group and within dates.

    ``within`` narrows the listing to those meetings: the API passes the meetings its user may
    see (``access.visible_meetings``), the CLI, which is the archive's owner, passes nothing."""
    meetings: QuerySet[db.Meeting] = db.Meeting.objects.all() if within is None else within
    if group:
        meetings = meetings.filter(groups=group_named(group))
    if start:
        meetings = meetings.filter(date__gte=start)
    if end:
        meetings = meetings.filter(date__lte=end)
    rows = list(
        meetings.annotate(
            source_name=F("source__file_name"),
            n_participants=_count(db.Attendance, status__in=TOOK_PART),
            n_items=_count(db.Item),
            n_decisions=_count(db.Decision),
            n_actions=_count(db.Action),
        )
        .order_by(F("date").asc(nulls_last=True), "id")
        .values("id", "date", "title", "source_name", "n_participants", "n_items",
                "n_decisions", "n_actions")
    )  # fmt: skip
    names: dict[int, list[str]] = {}
    links = db.Meeting.groups.through.objects.filter(meeting_id__in=[r["id"] for r in rows])
    for meeting_id, name in links.order_by("group__name").values_list("meeting_id", "group__name"):
        names.setdefault(meeting_id, []).append(name)
    return [
        MeetingSummary(
            id=r["id"],
            date=r["date"],
            groups=tuple(names.get(r["id"], ())),
            title=r["title"],
            source=r["source_name"],
            participants=r["n_participants"],
            items=r["n_items"],
            decisions=r["n_decisions"],
            actions=r["n_actions"],
        )
        for r in rows
    ]


def list_people(*, group: str | None = None) -> list[PersonSummary]:
    """Everyone, by name; with ``group``, its members and guests, counted in its meetings."""
    attendance = db.Attendance.objects.filter(person__isnull=False)
    owned = db.ActionOwner.objects.filter(person__isnull=False, action__status="open")
    people = db.Person.objects.all()
    if group:
        chosen = group_named(group)
        attendance = attendance.filter(meeting__groups=chosen)
        owned = owned.filter(action__meeting__groups=chosen)
        people = people.filter(
            Q(memberships__group=chosen) | Q(attendance__meeting__groups=chosen)
        ).distinct()
    counts: dict[int, dict[str, int]] = {}
    tallies = attendance.values("person_id", "status").annotate(
        n=Count("meeting_id", distinct=True)
    )
    for row in tallies.order_by():
        status = "present" if row["status"] == "guest" else row["status"]
        per_person = counts.setdefault(row["person_id"], {})
        per_person[status] = per_person.get(status, 0) + row["n"]
    open_actions = dict(
        owned.values("person_id").annotate(n=Count("action_id", distinct=True)).order_by()
        .values_list("person_id", "n")
    )  # fmt: skip
    groups: dict[int, list[str]] = {}
    memberships = db.Membership.objects.order_by("group__name").values_list(
        "person_id", "group__name"
    )
    for person_id, name in memberships.distinct():
        groups.setdefault(person_id, []).append(name)
    summaries = []
    for person_id, name in people.values_list("id", "name"):
        tally = counts.get(person_id, {})
        summaries.append(
            PersonSummary(
                name=name,
                groups=tuple(groups.get(person_id, ())),
                present=tally.get("present", 0),
                remote=tally.get("remote", 0),
                partial=tally.get("partial", 0),
                absent=tally.get("absent", 0),
                open_actions=open_actions.get(person_id, 0),
            )
        )
    return sorted(summaries, key=lambda s: (s.name.casefold(), s.name))
