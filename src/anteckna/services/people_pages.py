"""People as their pages show them, counted only in the meetings the user may see.

A person's page answers what a group wants to know about a member: how often they were there
(a rate over the meetings where the notes list them at all), what they presented, which
actions they have open and which they finished (their own and those of a collective that
covers them, as the actions register counts them), and their groups. Counting only visible
meetings means a member of one group learns nothing about another group's meetings, even
through a person who sits in both.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from django.db.models import Count, Prefetch

from anteckna.services import access, owners
from anteckna.services.access import NotVisible
from anteckna.store import models as db

TOOK_PART = ("present", "remote", "partial", "guest")


@dataclass(frozen=True, slots=True)
class PersonRow:
    """One person in the list: attendance in the meetings the user sees."""

    person: db.Person
    took_part: int
    absent: int
    open_actions: int

    @property
    def rate(self) -> int | None:
        """Percent of the meetings listing them that they took part in; None when none do."""
        listed = self.took_part + self.absent
        return round(100 * self.took_part / listed) if listed else None


@dataclass(frozen=True, slots=True)
class PersonPage:
    person: db.Person
    summary: PersonRow
    attendance: list[db.Attendance]
    presented: list[db.ItemPresenter]
    open_actions: list[db.Action]
    closed_actions: list[db.Action]
    groups: list[db.Group]
    roles: list[str]
    today: date


def people_list(user: Any) -> list[PersonRow]:
    """Everyone the user may look up, by name, with counts (three grouped queries)."""
    people = list(access.visible_people(user).order_by("name_key", "pk"))
    tallies = _tallies(user, [p.pk for p in people])
    return [_row(person, tallies) for person in people]


def person_page(user: Any, person_id: int, today: date) -> PersonPage:
    """A person's page; ``NotVisible`` for someone the user may not look up."""
    person = access.visible_people(user).filter(pk=person_id).first()
    if person is None:
        raise NotVisible(f"no person {person_id}")
    meetings = access.visible_meetings(user)
    attendance = list(
        db.Attendance.objects.filter(person=person, meeting__in=meetings)
        .select_related("meeting")
        .order_by("-meeting__date", "-meeting_id")
    )
    actions = list(
        access.visible_actions(user)
        .filter(owners.actions_of(person))
        .select_related("meeting", "item")
        .prefetch_related(Prefetch("owners", queryset=db.ActionOwner.objects.order_by("position")))
        .order_by("due", "meeting__date", "position")
    )
    roles = sorted({row.role for row in attendance if row.role})
    return PersonPage(
        person=person,
        summary=_row(person, _tallies(user, [person.pk])),
        attendance=attendance,
        presented=list(
            db.ItemPresenter.objects.filter(person=person, item__meeting__in=meetings)
            .select_related("item", "item__meeting")
            .order_by("-item__meeting__date", "item__position")
        ),
        open_actions=[a for a in actions if a.status == db.Action.Status.OPEN],
        closed_actions=[a for a in actions if a.status != db.Action.Status.OPEN],
        groups=list(
            access.visible_groups(user)
            .filter(memberships__person=person)
            .distinct()
            .order_by("name")
        ),
        roles=roles,
        today=today,
    )


def group_names(user: Any, person_ids: list[int]) -> dict[int, list[str]]:
    """Person id → the names of their groups, among the groups the user sees, by name (one
    query for a whole list: the API shows each person's groups)."""
    names: dict[int, list[str]] = {}
    visible = access.visible_groups(user)
    memberships = (
        db.Membership.objects.filter(person_id__in=person_ids, group__in=visible)
        .order_by("group__name")
        .values_list("person_id", "group__name")
        .distinct()
    )
    for person_id, name in memberships:
        names.setdefault(person_id, []).append(name)
    return names


def _tallies(user: Any, person_ids: list[int]) -> dict[str, dict[int, int]]:
    meetings = access.visible_meetings(user)
    rows = (
        db.Attendance.objects.filter(person_id__in=person_ids, meeting__in=meetings)
        .values("person_id", "status")
        .annotate(n=Count("meeting_id", distinct=True))
        .order_by()
    )
    took_part: dict[int, int] = {}
    absent: dict[int, int] = {}
    for row in rows:
        tally = absent if row["status"] == "absent" else took_part
        tally[row["person_id"]] = tally.get(row["person_id"], 0) + row["n"]
    owned = (
        db.ActionOwner.objects.filter(
            person_id__in=person_ids,
            action__status=db.Action.Status.OPEN,
            action__meeting__in=meetings,
        )
        .values("person_id")
        .annotate(n=Count("action_id", distinct=True))
        .order_by()
    )
    return {
        "took_part": took_part,
        "absent": absent,
        "open": {row["person_id"]: row["n"] for row in owned},
    }


def _row(person: db.Person, tallies: dict[str, dict[int, int]]) -> PersonRow:
    return PersonRow(
        person,
        tallies["took_part"].get(person.pk, 0),
        tallies["absent"].get(person.pk, 0),
        tallies["open"].get(person.pk, 0),
    )
