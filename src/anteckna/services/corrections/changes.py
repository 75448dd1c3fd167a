"""A meeting's corrections as a person reads them: who, when, what, from → to.

The rows keep values in their JSON form (a person as an id, owners as a list, a whole action
as a dict); a history on a page shows names and plain text instead.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from anteckna.services.corrections.elements import describe
from anteckna.store import models as db


@dataclass(frozen=True, slots=True)
class Change:
    """One correction. ``who`` is None for one made on the command line."""

    who: str | None
    when: datetime
    where: str
    field: str
    old: str
    new: str


def changes(meeting_id: int) -> list[Change]:
    """Every correction of the meeting, newest first."""
    rows = list(
        db.Correction.objects.filter(meeting_id=meeting_id).select_related("user").order_by("-pk")
    )
    ids = {
        value
        for row in rows
        if row.field == "person"
        for value in (row.old_value, row.new_value)
        if isinstance(value, int)
    }
    names = dict(db.Person.objects.filter(pk__in=ids).values_list("id", "name"))
    return [
        Change(
            who=row.user.get_username() if row.user else None,
            when=row.made_at,
            where=describe((row.element, row.item_key, row.key)),
            field=row.field,
            old=_text(row.old_value, names if row.field == "person" else {}),
            new=_text(row.new_value, names if row.field == "person" else {}),
        )
        for row in rows
    ]


def _text(value: Any, names: dict[int, str]) -> str:
    if value is None:
        return ""
    if isinstance(value, int) and value in names:
        return names[value]
    if isinstance(value, list):
        return ", ".join(map(str, value))
    if isinstance(value, dict):
        extra = [", ".join(value.get("owners") or ()), value.get("due") or ""]
        return " · ".join([str(value.get("text", "")), *filter(None, extra)])
    return str(value)
