"""What the planning page of a group shows: its rhythm and coming meetings, the dates it
cancelled, its standing items, its rotating roles and the people they can pass to. The page
only reads here; every change goes through ``rhythm``, ``standing`` and ``rotation``, the same
services the ``anteckna groups`` commands use. Who may change it is ``access``'s decision.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from anteckna.services import access
from anteckna.services.agenda_page import visible_group
from anteckna.services.rhythm import Rhythm, calendar_of, rhythm_of
from anteckna.services.rotation import ROLES, RotationState, rotation_state
from anteckna.services.standing import Standing, is_configured, standing_items
from anteckna.store import models as db

COMING = 6
"""How many coming meetings the page lists (as ``anteckna groups rhythm`` prints)."""


@dataclass(frozen=True, slots=True)
class Cancelled:
    """A cancelled meeting date and why, as the page lists it."""

    date: date
    reason: str


@dataclass(slots=True)
class PlanningPage:
    group: db.Group
    may_edit: bool
    rhythm: Rhythm | None
    coming: list[date]
    """The next meetings from today: the rhythm's dates without the cancelled ones, and the
    group's meetings in the archive."""
    cancelled: list[Cancelled]
    standing: list[Standing]
    standing_configured: bool
    """False while the group has the default set (no row of its own yet)."""
    rotations: dict[str, RotationState | None] = field(default_factory=dict)
    """Every rotating role, None for a role that does not rotate in this group."""
    members: list[db.Person] = field(default_factory=list)
    """The people a rotation can pass among: the group's members, by name."""


def group_members(group: db.Group) -> list[db.Person]:
    """The group's members by name: everyone with a membership that has not ended."""
    rows = db.Person.objects.filter(memberships__group=group, memberships__end__isnull=True)
    return list(rows.distinct().order_by("name"))


def planning_page(user: Any, group_id: int, today: date) -> PlanningPage:
    """The page for a user who sees the group (``NotVisible`` otherwise)."""
    group = visible_group(user, group_id)
    rows = db.CancelledMeeting.objects.filter(group=group).order_by("date")
    return PlanningPage(
        group=group,
        may_edit=access.can_plan_agenda(user, group),
        rhythm=rhythm_of(group),
        coming=calendar_of(group).dates(today, today + timedelta(days=366))[:COMING],
        cancelled=[Cancelled(row.date, row.reason) for row in rows],
        standing=standing_items(group),
        standing_configured=is_configured(group),
        rotations={role: rotation_state(group, role) for role in ROLES},
        members=group_members(group),
    )
