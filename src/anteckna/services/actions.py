"""Actions over time: marking one done or cancelled (or open again), and listing them.

A change of status is a correction (``services.corrections``): kept with who, when and the
comment, never overwritten, and carried over when a new version of the notes is imported.
Access is checked here, not in the skins, so the pages and the API refuse the same things;
the command line is the archive's operator and marks any action (``mark_action``).

Listing one person's actions counts the collectives that cover them ("alla" for a member of the
meeting's group, "rektorer" for a rektor: ``services.owners``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from django.db.models import Prefetch, Q, QuerySet
from django.utils.translation import gettext_lazy as _

from anteckna.errors import Text, ValueProblem
from anteckna.services import access
from anteckna.services.access import NotAllowed, NotVisible
from anteckna.services.corrections import correct
from anteckna.services.listing import group_named
from anteckna.services.owners import actions_of, person_named
from anteckna.store import models as db

STATUSES = tuple(db.Action.Status.values)
LIST_STATUSES = (*STATUSES, "overdue")
"""What ``--status`` takes: a stored status, or overdue (open and past its due date)."""


class ActionError(ValueProblem):
    """An action or a filter that does not exist."""


def set_action_status(user: Any, action_id: int, status: str, comment: str = "") -> db.Action:
    """Set the status of an action the user sees; ``NotVisible`` for one they do not,
    ``NotAllowed`` when they see it but may not change it (a reader, someone else's)."""
    action = access.visible_actions(user).filter(pk=action_id).first()
    if action is None:
        raise NotVisible(f"no action {action_id}")
    if not access.can_update_action(user, action, meeting_visible=True):
        raise NotAllowed(f"action {action_id}: only its owners and secretaries may change it")
    correct("action", action.pk, "status", status, user=user, note=comment.strip())
    action.refresh_from_db()
    return action


def mark_action(action_id: int, status: str, comment: str = "") -> db.Action:
    """Set any action's status from the command line (no login: the operator's own archive)."""
    if status not in STATUSES:
        raise ActionError(repr(status), _not_a_status(STATUSES))
    if not db.Action.objects.filter(pk=action_id).exists():
        what = Text(_("action %(id)s"), id=action_id)
        raise ActionError(what, _("no such action (see `anteckna actions`)"))
    correct("action", action_id, "status", status, note=comment.strip())
    return db.Action.objects.get(pk=action_id)


def _not_a_status(choices: tuple[str, ...]) -> Text:
    return Text(_("not a status (one of %(choices)s)"), choices=", ".join(choices))


@dataclass(frozen=True, slots=True)
class ActionRow:
    """One action in a listing, with whether it is overdue on the day asked."""

    action: db.Action
    overdue: bool

    def to_dict(self) -> dict[str, Any]:
        a = self.action
        return {
            "id": a.pk,
            "text": a.text,
            "owners": [o.name for o in a.owners.all()],
            "due": a.due.isoformat() if a.due else None,
            "due_text": a.due_text,
            "status": a.status,
            "overdue": self.overdue,
            "meeting": a.meeting_id,
            "date": a.meeting.date.isoformat() if a.meeting.date else None,
            "item": a.item.number,
            "item_title": a.item.title,
            "closed_in": a.closed_in_id,
        }


def list_actions(
    today: date,
    *,
    person: str | None = None,
    group: str | None = None,
    status: str | None = None,
) -> list[ActionRow]:
    """Every action, or one person's (collectives that cover them included), one group's,
    with one status; due first (undated last), then by meeting."""
    if status is not None and status not in LIST_STATUSES:
        raise ActionError(repr(status), _not_a_status(LIST_STATUSES))
    rows: QuerySet[db.Action] = db.Action.objects.all()
    if person:
        rows = rows.filter(actions_of(person_named(person)))
    if group:
        rows = rows.filter(meeting__groups=group_named(group))
    if status == "overdue":
        rows = rows.filter(status=db.Action.Status.OPEN, due__lt=today)
    elif status is not None:
        rows = rows.filter(status=status)
    owners = Prefetch("owners", queryset=db.ActionOwner.objects.order_by("position"))
    found = (
        db.Action.objects.filter(pk__in=rows.values("pk"))
        .select_related("meeting", "item")
        .prefetch_related(owners)
        .order_by("due", "meeting__date", "item__position", "position")
    )
    ordered = sorted(found, key=lambda a: (a.due is None, a.due or today))
    return [ActionRow(a, is_overdue(a, today)) for a in ordered]


_OWNERS = db.ActionOwner.objects.order_by("position")


def is_overdue(action: db.Action, today: date) -> bool:
    return action.status == db.Action.Status.OPEN and action.due is not None and action.due < today


def open_for_review(group: db.Group, day: date) -> QuerySet[db.Action]:
    """The group's open actions to review at its meeting on ``day``: those due on or before it,
    and those with no due date, from meetings before it."""
    return (
        db.Action.objects.filter(
            meeting__groups=group, meeting__date__lt=day, status=db.Action.Status.OPEN
        )
        .filter(Q(due__lte=day) | Q(due__isnull=True))
        .distinct()
        .select_related("meeting", "item")
        .prefetch_related(Prefetch("owners", queryset=_OWNERS.select_related("person")))
        .order_by("meeting__date", "item__position", "position")
    )
