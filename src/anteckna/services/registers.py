"""The registers: every action and every decision the user may see, filtered.

Filters arrive as text from a form or a query string and are checked here, so that a skin
passes them on as they came: an unknown group or status is a ``RegisterError`` saying which,
never a silent empty list. Results are querysets, so a skin can paginate them cheaply.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from django.db.models import Prefetch, QuerySet
from django.utils.translation import gettext_lazy as _

from anteckna.errors import AntecknaError, Text
from anteckna.services import access
from anteckna.services.owners import actions_of
from anteckna.store import models as db

STATUSES = tuple(db.Action.Status.values)
DUE = ("overdue", "soon", "none")
"""overdue: open and past due; soon: due within two weeks; none: no due date."""


class RegisterError(AntecknaError):
    """A filter value that is not one of the choices."""


@dataclass(frozen=True, slots=True)
class ActionFilters:
    group: int | None = None
    owner: int | None = None
    status: str | None = None
    due: str | None = None


def action_filters(values: dict[str, str]) -> ActionFilters:
    """Read filters from a query string's values ("" means not filtered)."""
    status = values.get("status") or None
    due = values.get("due") or None
    if status is not None and status not in STATUSES:
        choices = ", ".join(STATUSES)
        raise RegisterError(
            Text(
                _("no status %(status)s (one of %(choices)s)"), status=repr(status), choices=choices
            )
        )
    if due is not None and due not in DUE:
        choices = ", ".join(DUE)
        raise RegisterError(
            Text(_("no due filter %(due)s (one of %(choices)s)"), due=repr(due), choices=choices)
        )
    return ActionFilters(
        group=_number(values.get("group"), _("group")),
        owner=_number(values.get("owner"), _("owner")),
        status=status,
        due=due,
    )


def actions(user: Any, filters: ActionFilters, today: date) -> QuerySet[db.Action]:
    """The actions the user sees, filtered; due first (undated last), then by meeting. An
    owner's actions include those of the collectives that cover them (``services.owners``)."""
    rows = access.visible_actions(user)
    if filters.group is not None:
        rows = rows.filter(meeting__groups=filters.group)
    if filters.owner is not None:
        person = db.Person.objects.filter(pk=filters.owner).first()
        rows = rows.filter(actions_of(person)) if person is not None else rows.none()
    if filters.status is not None:
        rows = rows.filter(status=filters.status)
    if filters.due == "overdue":
        rows = rows.filter(status=db.Action.Status.OPEN, due__lt=today)
    elif filters.due == "soon":
        rows = rows.filter(due__gte=today, due__lte=today + timedelta(days=14))
    elif filters.due == "none":
        rows = rows.filter(due__isnull=True)
    owners = Prefetch("owners", queryset=db.ActionOwner.objects.order_by("position"))
    ids = rows.values("pk")  # the joins above may repeat a row; the ids are enough
    return (
        db.Action.objects.filter(pk__in=ids)
        .select_related("meeting", "item")
        .prefetch_related(owners)
        .order_by("due", "-meeting__date", "position", "pk")
    )


def decisions(
    user: Any, *, group: int | None = None, year: int | None = None, text: str = ""
) -> QuerySet[db.Decision]:
    """The decisions the user sees, newest meeting first; ``text`` finds them through the
    archive's search (every form of a Swedish word), else all of them."""
    rows = db.Decision.objects.filter(meeting__in=access.visible_meetings(user))
    if group is not None:
        rows = rows.filter(meeting__groups=group)
    if year is not None:
        rows = rows.filter(meeting__date__year=year)
    if text.strip():
        from anteckna.services.search import search

        hits = search(text, kind="decision", limit=500)
        found = {(hit.meeting, hit.text) for hit in hits}
        meetings = {meeting for meeting, _ in found}
        candidates = rows.filter(meeting_id__in=meetings).values_list("pk", "meeting_id", "text")
        rows = rows.filter(pk__in=[pk for pk, m, t in candidates if (m, t) in found])
    ids = rows.values("pk")
    return (
        db.Decision.objects.filter(pk__in=ids)
        .select_related("meeting", "item")
        .order_by("-meeting__date", "-meeting_id", "item__position", "position")
    )


def decision_years(user: Any) -> list[int]:
    """The years of the meetings the user sees, newest first (the year filter's choices)."""
    dates = access.visible_meetings(user).filter(date__isnull=False).dates("date", "year")
    return sorted({d.year for d in dates}, reverse=True)


def _number(value: str | None, name: str) -> int | None:
    if not value:
        return None
    try:
        return int(value)
    except ValueError:
        raise RegisterError(
            Text(_("%(name)s %(value)s is not a number"), name=name, value=repr(value))
        ) from None
