"""``/api/meetings``: the meetings the user sees, one meeting whole, and its items."""

from __future__ import annotations

from collections.abc import Container
from datetime import date
from typing import Any

from django.http import HttpRequest
from django.utils import timezone
from ninja import Field, Query, Router, Schema

from anteckna.api import schemas
from anteckna.api.auth import user_of
from anteckna.api.lookups import meetings_of
from anteckna.api.params import IsoDate, Text, Window, cut
from anteckna.services.listing import list_meetings
from anteckna.services.meeting_page import (
    ItemView,
    meeting_body,
    updatable_actions,
    visible_meeting,
)

router = Router(tags=["meetings"])
REFUSALS = {400: schemas.Error, 401: schemas.Error, 422: schemas.Invalid}
ONE = {401: schemas.Error, 404: schemas.Error, 422: schemas.Invalid}


class MeetingFilters(Schema):
    group: Text | None = Field(None, max_length=200, description="name, short name or id")
    start: IsoDate | None = Field(None, alias="from", description="first meeting date")
    end: IsoDate | None = Field(None, alias="to", description="last meeting date")


@router.get("/meetings", response={200: schemas.MeetingPage, **REFUSALS})
def meetings(
    request: HttpRequest, filters: Query[MeetingFilters], window: Query[Window]
) -> dict[str, Any]:
    """The meetings the user sees, oldest first (undated last), with their counts."""
    user = user_of(request)
    rows = list_meetings(
        start=filters.start, end=filters.end, within=meetings_of(user, filters.group)
    )
    count, page = cut(rows, window)
    return {"count": count, "items": [row.to_dict() for row in page]}


@router.get("/meetings/{meeting_id}", response={200: schemas.Meeting, **ONE}, by_alias=True)
def meeting(request: HttpRequest, meeting_id: int) -> dict[str, Any]:
    """A whole meeting: participants and every item with presenters, decisions, actions,
    follow-ups and events. 404 for a meeting the user does not see."""
    user = user_of(request)
    found = visible_meeting(user, meeting_id)
    page = meeting_body(found, timezone.localdate())
    updatable = updatable_actions(user, found)
    return {
        "id": found.pk,
        "date": found.date,
        "time": found.time,
        "place": found.place,
        "groups": list(found.groups.order_by("name").values_list("name", flat=True)),
        "title": found.title,
        "language": found.language,
        "chair": found.chair,
        "secretary": found.secretary,
        "source": page.source.file_name,
        "participants": [
            {
                "name": row.name,
                "person": row.person_id,
                "status": row.status,
                "group": row.group_label,
                "note": row.note,
                "role": row.role,
                "from": row.start,
                "to": row.end,
            }
            for group in page.attendance
            for row in group.rows
        ],
        "items": [_item(view, found.date, updatable) for view in page.items],
        "warnings": list(found.warnings),
    }


@router.get("/meetings/{meeting_id}/items", response={200: list[schemas.Item], **ONE})
def items(request: HttpRequest, meeting_id: int) -> list[dict[str, Any]]:
    """A meeting's items in order, each with what was found in it."""
    user = user_of(request)
    found = visible_meeting(user, meeting_id)
    updatable = updatable_actions(user, found)
    page = meeting_body(found, timezone.localdate())
    return [_item(view, found.date, updatable) for view in page.items]


def _item(view: ItemView, held: date | None, updatable: Container[int]) -> dict[str, Any]:
    item = view.item
    return {
        "id": item.pk,
        "number": item.number,
        "title": item.title,
        "section": item.section,
        "presenters": [p.name for p in view.presenters],
        "text": item.text,
        "decisions": [{"id": d.pk, "text": d.text} for d in view.decisions],
        "actions": [
            schemas.action_json(
                a.action,
                a.owners,
                item=item,
                held=held,
                overdue=a.overdue,
                can_update=a.action.pk in updatable,
            )
            for a in view.actions
        ],
        "follow_ups": [
            {"id": f.pk, "text": f.text, "relative": f.relative, "days": f.days, "due": f.due}
            for f in view.follow_ups
        ],
        "events": [
            {"title": e.title, "start": e.start, "end": e.end, "contact": e.contact}
            for e in view.events
        ],
    }
