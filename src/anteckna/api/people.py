"""``/api/people``: the people the user may look up, counted in the meetings they see."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from django.utils import timezone
from ninja import Query, Router

from anteckna.api import schemas
from anteckna.api.auth import user_of
from anteckna.api.params import Window, cut
from anteckna.services import access
from anteckna.services.people_pages import PersonRow, group_names, people_list, person_page

router = Router(tags=["people"])


@router.get("/people", response={200: schemas.PersonPage, 401: schemas.Error, 422: schemas.Invalid})
def people(request: HttpRequest, window: Query[Window]) -> dict[str, Any]:
    """Everyone the user may look up, by name."""
    user = user_of(request)
    count, page = cut(people_list(user), window)
    groups = group_names(user, [row.person.pk for row in page])
    return {"count": count, "items": [_summary(row, groups) for row in page]}


@router.get(
    "/people/{person_id}",
    response={200: schemas.Person, 401: schemas.Error, 404: schemas.Error,
              422: schemas.Invalid},
)  # fmt: skip
def person(request: HttpRequest, person_id: int) -> dict[str, Any]:
    """A person: attendance, what they presented, their actions (open first) and roles.
    404 for someone the user may not look up."""
    user = user_of(request)
    today = timezone.localdate()
    page = person_page(user, person_id, today)
    actions = [
        schemas.action_json(
            action,
            list(action.owners.all()),
            item=action.item,
            held=action.meeting.date,
            overdue=action.status == "open" and action.due is not None and action.due < today,
            can_update=access.can_update_action(user, action, meeting_visible=True),
        )
        for action in [*page.open_actions, *page.closed_actions]
    ]
    return {
        **_summary(page.summary, {page.person.pk: [g.name for g in page.groups]}),
        "roles": page.roles,
        "attendance": [
            {
                "meeting": row.meeting_id,
                "date": row.meeting.date,
                "status": row.status,
                "note": row.note,
                "role": row.role,
            }
            for row in page.attendance
        ],
        "presented": [
            {
                "meeting": p.item.meeting_id,
                "date": p.item.meeting.date,
                "item": p.item.number,
                "title": p.item.title,
            }
            for p in page.presented
        ],
        "actions": actions,
    }


def _summary(row: PersonRow, groups: dict[int, list[str]]) -> dict[str, Any]:
    return {
        "id": row.person.pk,
        "name": row.person.name,
        "groups": groups.get(row.person.pk, []),
        "present": row.took_part,
        "absent": row.absent,
        "open_actions": row.open_actions,
        "rate": row.rate,
    }
