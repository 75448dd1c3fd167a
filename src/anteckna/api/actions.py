"""``/api/actions``: the actions register, and setting an action's status."""

from __future__ import annotations

from datetime import date
from typing import Any, Literal

from django.http import HttpRequest
from django.utils import timezone
from ninja import Field, Query, Router, Schema

from anteckna.api import schemas
from anteckna.api.auth import user_of
from anteckna.api.lookups import visible_group
from anteckna.api.params import Text, Window, cut
from anteckna.services import access, registers
from anteckna.services.actions import set_action_status
from anteckna.store import models as db

router = Router(tags=["actions"])


class ActionFilters(Schema):
    group: Text | None = Field(None, max_length=200, description="name, short name or id")
    owner: int | None = Field(None, description="a person's id")
    status: schemas.Status | None = None
    due: Literal["overdue", "soon", "none"] | None = Field(
        None, description="overdue: open and past due; soon: due within two weeks; none: no date"
    )


@router.get(
    "/actions",
    response={200: schemas.ActionPage, 400: schemas.Error, 401: schemas.Error,
              422: schemas.Invalid},
)  # fmt: skip
def actions(
    request: HttpRequest, filters: Query[ActionFilters], window: Query[Window]
) -> dict[str, Any]:
    """The actions of the meetings the user sees: due first (undated last), then newest."""
    user = user_of(request)
    chosen = registers.ActionFilters(
        group=visible_group(user, filters.group).pk if filters.group else None,
        owner=filters.owner,
        status=filters.status,
        due=filters.due,
    )
    today = timezone.localdate()
    count, page = cut(registers.actions(user, chosen, today), window)
    return {"count": count, "items": [_action(user, row, today) for row in page]}


@router.patch(
    "/actions/{action_id}",
    response={200: schemas.Action, 400: schemas.Error, 401: schemas.Error, 403: schemas.Error,
              404: schemas.Error, 422: schemas.Invalid},
)  # fmt: skip
def update(request: HttpRequest, action_id: int, change: schemas.StatusChange) -> dict[str, Any]:
    """Set an action's status (open, done, cancelled) with a comment, kept as a correction.
    404 for an action the user does not see, 403 for one they may not change."""
    user = user_of(request)
    set_action_status(user, action_id, change.status, change.comment)
    row = registers.actions(user, registers.ActionFilters(), timezone.localdate())
    return _action(user, row.get(pk=action_id), timezone.localdate())


def _action(user: Any, action: db.Action, today: date) -> dict[str, Any]:
    """An action from the register (meeting, item and owners already loaded)."""
    return schemas.action_json(
        action,
        list(action.owners.all()),
        item=action.item,
        held=action.meeting.date,
        overdue=action.status == "open" and action.due is not None and action.due < today,
        can_update=access.can_update_action(user, action, meeting_visible=True),
    )
