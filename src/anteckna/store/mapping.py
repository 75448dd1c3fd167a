"""``anteckna.model.Meeting`` → rows: ``save()``, the writing half of the mapping.

The rows keep every field of the dataclasses, including each name as the parser gave it beside
the Person it resolved to, so ``loading.load()`` gives the same Meeting back. A document is
written with one multi-row INSERT per table (``bulk.insert``), never a query per row: an
archive's whole history is imported in one go, one transaction per document.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from django.db import connections, router

from anteckna import model
from anteckna.store import bulk, keys, versions
from anteckna.store import models as db
from anteckna.store.loading import load
from anteckna.store.people import Directory, MeetingPeople, Resolved

__all__ = ["Saved", "Source", "find_previous", "is_imported", "load", "save"]


@dataclass(frozen=True, slots=True)
class Source:
    """The file a meeting was read from, as ``save()`` stores it (bytes included)."""

    path: Path
    data: bytes
    sha256: str
    kind: str
    text: str
    pages: int | None
    encoding: str | None
    parser_version: str


@dataclass(frozen=True, slots=True)
class Saved:
    """What ``save()`` wrote, so that what is derived from it in the same transaction (the
    search entries) need not read it back: the rows' ids by position, and the name each
    presenter or owner stands for (a resolved person's full name, else the name as written)."""

    meeting_id: int
    replaced: bool
    """Whether these rows replace an earlier version's (whose derived rows must go)."""
    items: dict[int, int]
    """Item id by the item's position."""
    below: dict[tuple[str, int, int], int]
    """Decision, action or follow-up id by (kind, its item's position, its position)."""
    names: dict[str, str]


@dataclass(frozen=True, slots=True)
class Previous:
    """The meeting an earlier version of the same file made, and that version's document."""

    meeting_id: int
    document_id: int
    version: int


def is_imported(sha256: str) -> bool:
    """Whether a file with these bytes is in the archive already."""
    return bool(_query("SELECT 1 FROM store_sourcedocument WHERE sha256 = %s", sha256))


def find_previous(file_name: str, day: date | None) -> Previous | None:
    """The meeting an earlier version of this file made, if any: same file name, and not a
    different known date (``protokoll.pdf`` in two yearly folders is two meetings). A date
    someone set by hand is not known from the notes: the date the parser gave then counts."""
    found = _query(
        "SELECT m.id, m.date, d.id, d.version FROM store_meeting m"
        " JOIN store_sourcedocument d ON d.id = m.source_id"
        " WHERE d.file_name = %s ORDER BY d.version DESC, m.id DESC",
        file_name,
    )
    for meeting_id, meeting_day, document_id, version in found:
        if day is None or meeting_day in (None, day) or _dated_by_hand(meeting_id, day):
            return Previous(meeting_id, document_id, version)
    return None


def _dated_by_hand(meeting_id: int, day: date) -> bool:
    """Whether the meeting's date was corrected from none or from ``day``."""
    parsed = db.Correction.objects.filter(
        meeting_id=meeting_id, element=db.Correction.Element.MEETING, field="date"
    ).values_list("parsed_value", flat=True)
    return any(value in (None, day.isoformat()) for value in parsed)


def _query(sql: str, *params: Any) -> list[tuple[Any, ...]]:
    """A plain query: these two run once per imported file, where the ORM's cost to build
    them would be several times the database's cost to answer."""
    with connections[router.db_for_read(db.Meeting)].cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()


def _lines(ref: model.SourceRef | None) -> dict[str, Any]:
    if ref is None:
        return {"first_line": None, "last_line": None, "rule": ""}
    return {"first_line": ref.first, "last_line": ref.last, "rule": ref.rule}


def _person(resolved: Resolved) -> dict[str, Any]:
    return {
        "person_id": resolved.person.id if resolved.person else None,
        "ambiguous": resolved.ambiguous,
    }


def save(
    meeting: model.Meeting,
    source: Source,
    directory: Directory,
    groups: tuple[str, ...] = (),
    known: Mapping[str, int] | None = None,
) -> Saved:
    """Store a parsed meeting and its source, and say what was written (the meeting's id
    first); a new version of an existing meeting when ``find_previous`` finds one.

    ``groups`` replaces the groups the parser found (the ``--group`` option); ``known`` gives
    the person's id for names the caller knows for certain (``Directory.resolve``). Call
    inside a transaction: a failure part-way must leave nothing.
    """
    labels = groups or meeting.groups
    group_rows = list({g.pk: g for g in map(directory.groups.resolve, labels)}.values())
    previous = find_previous(source.path.name, meeting.date)
    [(document_id,)] = bulk.insert(
        db.SourceDocument,
        [
            {
                "sha256": source.sha256,
                "file_name": source.path.name,
                "path": str(source.path),
                "kind": source.kind,
                "size": len(source.data),
                "pages": source.pages,
                "encoding": source.encoding or "",
                "text": source.text,
                "parser_version": source.parser_version,
                "version": previous.version + 1 if previous else 1,
                "previous_id": previous.document_id if previous else None,
            }
        ],
        returning=("id",),
    )
    bulk.insert(db.Original, [{"document_id": document_id, "data": source.data}])
    fields = {
        "title": meeting.title,
        "date": meeting.date,
        "time": meeting.time,
        "place": meeting.place,
        "language": meeting.language,
        "chair": meeting.chair,
        "secretary": meeting.secretary,
        "group_labels": list(labels),
        "roles": [{"group": r.group, "role": r.role, "name": r.name} for r in meeting.roles],
        "aliases": dict(meeting.aliases),
        "warnings": list(meeting.warnings),
        "source_id": document_id,
        "links_pending": True,
    }
    kept = None
    if previous is not None:
        meeting_id = previous.meeting_id
        kept = versions.replace(meeting_id, previous.document_id, fields, group_rows)
    else:
        [(meeting_id,)] = bulk.insert(db.Meeting, [fields], returning=("id",))
        links = [{"meeting_id": meeting_id, "group_id": g.pk} for g in group_rows]
        bulk.insert(db.Meeting.groups.through, links)
    people = directory.resolve(meeting, group_rows, known)
    directory.flush(people)
    item_ids, below_ids = _save_rows(meeting_id, meeting, people)
    if kept is not None:
        versions.restore(meeting_id, kept)
    names = {
        name: resolved.person.name if resolved.person else name
        for name, resolved in people.mentions.items()
    }
    return Saved(meeting_id, previous is not None, item_ids, below_ids, names)


def _save_rows(
    meeting_id: int, meeting: model.Meeting, people: MeetingPeople
) -> tuple[dict[int, int], dict[tuple[str, int, int], int]]:
    """Everything below the meeting: attendance, then items and what hangs on them, each row
    with its stable key (``keys``). Gives the ids of the items by position, and of their
    decisions, actions and follow-ups by (kind, item position, position)."""
    persons = [_person(resolved) for resolved in people.participants]
    attendance_keys = keys.unique(
        keys.attendance_key(person["person_id"], p.name)
        for person, p in zip(persons, meeting.participants, strict=True)
    )
    item_keys = keys.unique(keys.item_key(item.number, item.title) for item in meeting.items)
    action_keys = [keys.unique(keys.text_key(a.text) for a in i.actions) for i in meeting.items]
    follow_up_keys = [
        keys.unique(keys.text_key(f.text) for f in i.follow_ups) for i in meeting.items
    ]
    bulk.insert(
        db.Attendance,
        [
            {
                "meeting_id": meeting_id,
                "position": i,
                "name": p.name,
                "status": p.status,
                "group_label": p.group,
                "note": p.note,
                "role": p.role,
                "start": p.start,
                "end": p.end,
                "item": p.item,
                "key": attendance_keys[i],
                **persons[i],
                **_lines(p.source),
            }
            for i, p in enumerate(meeting.participants)
        ],
    )
    item_ids = dict(
        bulk.insert(
            db.Item,
            [
                {
                    "meeting_id": meeting_id,
                    "position": i,
                    "number": item.number,
                    "title": item.title,
                    "section": item.section,
                    "text": item.text,
                    "mentions": list(item.mentions),
                    "key": item_keys[i],
                    **_lines(item.source),
                }
                for i, item in enumerate(meeting.items)
            ],
            returning=("position", "id"),
        )
    )
    below = [(item_ids[i], i, item) for i, item in enumerate(meeting.items)]
    positions = {item_id: i for i, item_id in item_ids.items()}
    own = {"meeting_id": meeting_id}
    action_ids = {
        (item_id, position): action_id
        for item_id, position, action_id in bulk.insert(
            db.Action,
            [
                {**own, "item_id": item_id, "position": j, "text": a.text, "due": a.due,
                 "due_text": a.due_text, "key": action_keys[n][j], **_lines(a.source)}
                for item_id, n, item in below
                for j, a in enumerate(item.actions)
            ],
            returning=("item", "position", "id"),
        )
    }  # fmt: skip
    bulk.insert(
        db.ActionOwner,
        [
            {"action_id": action_ids[item_id, j], "name": name, "position": k,
             **_person(people.mentions[name])}
            for item_id, _, item in below
            for j, a in enumerate(item.actions)
            for k, name in enumerate(a.owners)
        ],
    )  # fmt: skip
    bulk.insert(
        db.ItemPresenter,
        [
            {"item_id": item_id, "name": name, "position": j, **_person(people.mentions[name])}
            for item_id, _, item in below
            for j, name in enumerate(item.presenters)
        ],
    )
    decisions = bulk.insert(
        db.Decision,
        [
            {**own, "item_id": item_id, "position": j, "text": d.text, **_lines(d.source)}
            for item_id, _, item in below
            for j, d in enumerate(item.decisions)
        ],
        returning=("item", "position", "id"),
    )
    follow_ups = bulk.insert(
        db.FollowUp,
        [
            {**own, "item_id": item_id, "position": j, "text": f.text, "relative": f.relative,
             "days": f.days, "due": f.due, "key": follow_up_keys[n][j], **_lines(f.source)}
            for item_id, n, item in below
            for j, f in enumerate(item.follow_ups)
        ],
        returning=("item", "position", "id"),
    )  # fmt: skip
    bulk.insert(
        db.Event,
        [
            {**own, "item_id": item_id, "position": j, "title": e.title, "start": e.start,
             "end": e.end, "contact": e.contact, **_lines(e.source)}
            for item_id, _, item in below
            for j, e in enumerate(item.events)
        ],
    )  # fmt: skip
    below_ids = {
        (kind, positions[item_id], position): row_id
        for kind, rows in (
            ("decision", decisions),
            ("action", [(i, p, row_id) for (i, p), row_id in action_ids.items()]),
            ("follow_up", follow_ups),
        )
        for item_id, position, row_id in rows
    }
    return item_ids, below_ids
