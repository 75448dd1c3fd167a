"""``/api/search``: the archive's full-text search, over the meetings the user sees."""

from __future__ import annotations

from typing import Any, Literal

from django.http import HttpRequest
from ninja import Field, Query, Router, Schema

from anteckna.api import schemas
from anteckna.api.auth import user_of
from anteckna.api.lookups import meetings_of
from anteckna.api.params import IsoDate, Text
from anteckna.services.search import search as find

router = Router(tags=["search"])


class SearchQuery(Schema):
    q: Text = Field(..., min_length=1, max_length=500, description='words, "phrases", prefix*')
    group: Text | None = Field(None, max_length=200, description="name, short name or id")
    person: Text | None = Field(None, max_length=200, description="a name, first name or initials")
    kind: Literal["item", "decision", "action", "follow_up"] | None = None
    start: IsoDate | None = Field(None, alias="from")
    end: IsoDate | None = Field(None, alias="to")
    limit: int = Field(20, ge=1, le=100)


@router.get(
    "/search",
    response={200: list[schemas.Hit], 400: schemas.Error, 401: schemas.Error,
              422: schemas.Invalid},
)  # fmt: skip
def search(request: HttpRequest, query: Query[SearchQuery]) -> list[dict[str, Any]]:
    """Ranked hits (items, decisions, actions, follow-ups) in the meetings the user sees;
    any form of a word finds every other ("rektorn" finds "rektorer")."""
    hits = find(
        query.q,
        person=query.person,
        start=query.start,
        end=query.end,
        kind=query.kind,
        limit=query.limit,
        meetings=meetings_of(user_of(request), query.group),
    )
    return [hit.to_dict() for hit in hits]
