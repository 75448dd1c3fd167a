"""What the agenda page shows a user: the draft (to a secretary) or the published agenda (to the
group), the rotating roles, what members may ask for, and the overdue follow-ups (to the chair
and the secretaries). Every decision about who sees what is ``access``'s.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from anteckna.errors import AntecknaError
from anteckna.model.agenda import Agenda
from anteckna.services import access
from anteckna.services.access import NotVisible
from anteckna.services.agenda import meeting_date, stored_agenda
from anteckna.services.agenda_plans import published_agenda, working_agenda
from anteckna.services.followups import FollowUpState, follow_up_states, group_follow_ups
from anteckna.services.rotation import RotationState, rotations
from anteckna.store import models as db


@dataclass(slots=True)
class AgendaPage:
    group: db.Group
    date: date
    agenda: Agenda | None
    """None when there is nothing this user may see for the date (not published, cancelled)."""
    problem: str | None = None
    may_plan: bool = False
    may_request: bool = False
    may_take_notes: bool = False
    """Whether the user may open "Anteckna möte" (write the minutes) from this agenda."""
    edited: bool = False
    published_at: Any = None
    published_by: str | None = None
    rotations: list[RotationState] = field(default_factory=list)
    overdue: list[FollowUpState] | None = None
    """None for a user who is not shown them."""
    needs_date: list[FollowUpState] = field(default_factory=list)


def visible_group(user: Any, group_id: int) -> db.Group:
    group = db.Group.objects.filter(pk=group_id).select_related("organisation").first()
    if group is None or not access.can_see_group(user, group):
        raise NotVisible(f"no group {group_id}")
    return group


def agenda_page(user: Any, group_id: int, day: date | None, today: date) -> AgendaPage:
    group = visible_group(user, group_id)
    day = meeting_date(group, day)
    may_request = access.can_request_item(user, group) and day >= today
    page = AgendaPage(group, day, None, may_plan=access.can_plan_agenda(user, group),
                      may_request=may_request,
                      may_take_notes=access.can_take_notes(user, group))  # fmt: skip
    page.rotations = rotations(group)
    try:
        if page.may_plan:
            working = working_agenda(group, day)
            page.agenda, page.edited = working.agenda, working.edited
            page.published_at, page.published_by = working.published_at, working.published_by
        else:
            published = published_agenda(group, day)
            if published is not None:
                page.agenda, page.published_at = stored_agenda(published), published.published_at
    except AntecknaError as error:
        page.problem = str(error)
    if access.can_see_overdue(user, group):
        wanted = ("overdue", "needs_date")
        states = follow_up_states(group_follow_ups(group), today, statuses=wanted)
        page.overdue = [s for s in states if s.status == "overdue"]
        page.needs_date = [s for s in states if s.status == "needs_date"]
    return page


def downloadable(user: Any, group_id: int, day: date | None) -> Agenda:
    """The agenda a user may download: the working one for a secretary, else the published."""
    group = visible_group(user, group_id)
    day = meeting_date(group, day)
    if access.can_plan_agenda(user, group):
        return working_agenda(group, day).agenda
    published = published_agenda(group, day)
    if published is None:
        raise NotVisible(f"no published agenda for {day}")
    return stored_agenda(published)
