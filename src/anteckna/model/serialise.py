"""The one definition of the JSON contract "anteckna.meeting/1".

``to_dict`` is what ``anteckna parse --json`` prints and what the API and the JSON export give;
``from_dict`` reads it back, so ``from_dict(to_dict(m)) == m`` for every meeting.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from anteckna.model import (
    Action,
    Decision,
    Event,
    FollowUp,
    Item,
    Meeting,
    Participant,
    Role,
    SourceInfo,
    SourceRef,
)

SCHEMA = "anteckna.meeting/1"


def _day(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _parse_day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _lines(ref: SourceRef | None) -> dict[str, Any]:
    if ref is None:
        return {"lines": None, "rule": None}
    return {"lines": [ref.first, ref.last], "rule": ref.rule}


def _ref(data: dict[str, Any]) -> SourceRef | None:
    lines = data.get("lines")
    if not lines:
        return None
    return SourceRef(int(lines[0]), int(lines[1]), data.get("rule") or "")


def participant_to_dict(p: Participant) -> dict[str, Any]:
    return {
        "name": p.name,
        "group": p.group,
        "status": p.status,
        "note": p.note,
        "role": p.role,
        "from": p.start,
        "to": p.end,
        "initials": p.initials,
        "item": p.item,
        **_lines(p.source),
    }


def item_to_dict(item: Item) -> dict[str, Any]:
    return {
        "number": item.number,
        "title": item.title,
        "section": item.section,
        "presenters": list(item.presenters),
        "text": item.text,
        "decisions": [{"text": d.text, **_lines(d.source)} for d in item.decisions],
        "actions": [
            {
                "text": a.text,
                "owners": list(a.owners),
                "due": _day(a.due),
                "due_text": a.due_text,
                **_lines(a.source),
            }
            for a in item.actions
        ],
        "follow_ups": [
            {
                "text": f.text,
                "relative": f.relative,
                "days": f.days,
                "due": _day(f.due),
                **_lines(f.source),
            }
            for f in item.follow_ups
        ],
        "events": [
            {
                "title": e.title,
                "start": _day(e.start),
                "end": _day(e.end),
                "contact": e.contact,
                **_lines(e.source),
            }
            for e in item.events
        ],
        "mentions": list(item.mentions),
        **_lines(item.source),
    }


def to_dict(meeting: Meeting) -> dict[str, Any]:
    """The meeting in the "anteckna.meeting/1" shape (field names are a public contract)."""
    return {
        "schema": SCHEMA,
        "title": meeting.title,
        "groups": list(meeting.groups),
        "date": _day(meeting.date),
        "time": meeting.time,
        "place": meeting.place,
        "language": meeting.language,
        "participants": [participant_to_dict(p) for p in meeting.participants],
        "chair": meeting.chair,
        "secretary": meeting.secretary,
        "roles": [{"group": r.group, "role": r.role, "name": r.name} for r in meeting.roles],
        "aliases": dict(meeting.aliases),
        "items": [item_to_dict(i) for i in meeting.items],
        "warnings": list(meeting.warnings),
        "source": {"file": meeting.source.file_name, "sha256": meeting.source.sha256},
    }


def _item_from_dict(data: dict[str, Any]) -> Item:
    return Item(
        number=data.get("number"),
        title=data["title"],
        section=data.get("section"),
        presenters=tuple(data.get("presenters") or ()),
        text=data.get("text") or "",
        decisions=tuple(Decision(d["text"], _ref(d)) for d in data.get("decisions") or ()),
        actions=tuple(
            Action(
                a["text"],
                tuple(a.get("owners") or ()),
                _parse_day(a.get("due")),
                a.get("due_text"),
                _ref(a),
            )
            for a in data.get("actions") or ()
        ),
        follow_ups=tuple(
            FollowUp(f["text"], f.get("relative"), f.get("days"), _parse_day(f.get("due")), _ref(f))
            for f in data.get("follow_ups") or ()
        ),
        events=tuple(
            Event(
                e["title"],
                _parse_day(e["start"]) or date.min,
                _parse_day(e.get("end")),
                e.get("contact"),
                _ref(e),
            )
            for e in data.get("events") or ()
        ),
        mentions=tuple(data.get("mentions") or ()),
        source=_ref(data),
    )


def from_dict(data: dict[str, Any]) -> Meeting:
    """Read a meeting back from its "anteckna.meeting/1" form."""
    if data.get("schema") != SCHEMA:
        raise ValueError(f"not an {SCHEMA} document: schema is {data.get('schema')!r}")
    source = data.get("source") or {}
    return Meeting(
        title=data.get("title"),
        groups=tuple(data.get("groups") or ()),
        date=_parse_day(data.get("date")),
        time=data.get("time"),
        place=data.get("place"),
        language=data.get("language") or "sv",
        participants=tuple(
            Participant(
                name=p["name"],
                status=p["status"],
                group=p.get("group"),
                note=p.get("note"),
                role=p.get("role"),
                start=p.get("from"),
                end=p.get("to"),
                item=p.get("item"),
                source=_ref(p),
            )
            for p in data.get("participants") or ()
        ),
        chair=data.get("chair"),
        secretary=data.get("secretary"),
        items=tuple(_item_from_dict(i) for i in data.get("items") or ()),
        roles=tuple(Role(r.get("group"), r["role"], r["name"]) for r in data.get("roles") or ()),
        aliases=dict(data.get("aliases") or {}),
        warnings=tuple(data.get("warnings") or ()),
        source=SourceInfo(source.get("file"), source.get("sha256")),
    )
