"""Keeping the index in step: a meeting's rows → its search entries, and the whole rebuild.

The archive's rows are the source of truth and entries are derived from them, always in the
same way, whether after an import (``index_meetings``, in the import's own transaction) or for
the whole archive (``rebuild``, what ``anteckna reindex`` runs). Writing entries is all there is
to writing the index: PostgreSQL updates its full-text column by itself, and on SQLite the
statement that writes entries is followed by one that adds them to FTS5 (``_insert``).

What an entry holds, as search keys (``search_terms.to_fts_text``):

- an item: its title, its text, and the names of its presenters and of the people it mentions
  (a resolved person under their full name), so that "Tony" finds what Tony presented;
- a decision, an action, a follow-up: its text; an action also its owners' names.

An item's text includes the sentences its decisions, actions and follow-ups were read from, so
a word in an action finds both the item and the action: two hits, of two kinds.

The rows are read with four plain queries per batch of meetings and written with one INSERT.
An import does not even read them: ``index_saved`` makes the same entries, in the same order,
from the meeting it has just saved and what ``save()`` says it wrote (ids and resolved names),
which halves the cost of indexing a document (tests/services/search/test_indexing.py checks
that both ways give the same entries).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

from django.db import connections, router
from django.db.models import F

from anteckna import model
from anteckna.search_terms import to_fts_text
from anteckna.services.search.sqlite_fts import ADD_TO_FTS
from anteckna.store import bulk
from anteckna.store import models as db
from anteckna.store.mapping import Saved

BATCH = 200  # meetings read and written per round when rebuilding

Progress = Callable[[int, int], None]
"""Called during a rebuild with (meetings done, meetings in all)."""

_ITEMS = (
    "SELECT id, meeting_id, title, text, CAST(mentions AS TEXT) FROM store_item"
    " WHERE meeting_id IN ({ids}) ORDER BY meeting_id, position"
)
_BELOW = " UNION ALL ".join(
    f"SELECT '{kind}', id, meeting_id, item_id, position, text FROM store_{table}"
    " WHERE meeting_id IN ({ids})"
    for kind, table in (("decision", "decision"), ("action", "action"), ("follow_up", "followup"))
)
_NAMES = (
    "SELECT n.{owner}_id, COALESCE(p.name, n.name) FROM store_{table} n"
    " JOIN store_{parent} x ON x.id = n.{owner}_id"
    " LEFT JOIN store_person p ON p.id = n.person_id"
    " WHERE x.meeting_id IN ({ids}) ORDER BY n.{owner}_id, n.position"
)


def index_meetings(meeting_ids: Iterable[int]) -> int:
    """Replace the entries of these meetings by ones made from their rows as they are now;
    the number written. Call inside the transaction that changed the rows."""
    ids = list(meeting_ids)
    if not ids:
        return 0
    _query(f"DELETE FROM store_searchentry WHERE meeting_id IN ({_marks(ids)})", ids)
    rows = entries(ids)
    _insert(rows)
    return len(rows)


def index_saved(meeting: model.Meeting, saved: Saved, keys: Mapping[str, str] | None = None) -> int:
    """Write the entries of a meeting ``save()`` has just written as ``meeting``, without
    reading its rows back; the number written. Call inside the transaction that saved it.
    ``keys`` are search keys (``to_fts_text``) of its titles and texts made already, by the
    process that parsed it (``services.reading``)."""
    if saved.replaced:
        _query("DELETE FROM store_searchentry WHERE meeting_id = %s", [saved.meeting_id])
    known = keys or {}
    rows = []
    meeting_id, names = saved.meeting_id, saved.names
    for i, item in enumerate(meeting.items):
        item_id = saved.items[i]
        named = [*(names[name] for name in item.presenters), *item.mentions]
        row = _row("item", meeting_id, item_id, title=item.title, body=item.text, names=named,
                   known=known)  # fmt: skip
        rows.append(row)
        for kind, elements in (
            ("decision", item.decisions),
            ("action", item.actions),
            ("follow_up", item.follow_ups),
        ):
            for j, element in enumerate(elements):
                owners = element.owners if isinstance(element, model.Action) else ()
                element_id = {f"{kind}_id": saved.below[kind, i, j]}
                rows.append(
                    _row(kind, meeting_id, item_id, body=element.text,
                         names=[names[name] for name in owners], known=known, **element_id)
                )  # fmt: skip
    _insert(rows)
    return len(rows)


def rebuild(optimise: Callable[[], None], progress: Progress | None = None) -> int:
    """Every entry made again from the archive's rows, the meetings in date order (so the
    entries' ids, which break ties and bound ranking, follow the dates). Call inside a
    transaction; ``optimise`` is the backend's, run once at the end."""
    _query("DELETE FROM store_searchentry")
    meetings = list(
        db.Meeting.objects.order_by(F("date").asc(nulls_first=True), "id").values_list(
            "id", flat=True
        )
    )
    written = 0
    for start in range(0, len(meetings), BATCH):
        batch = meetings[start : start + BATCH]
        rows = entries(batch)
        order = {meeting_id: n for n, meeting_id in enumerate(batch)}
        rows.sort(key=lambda row: order[row["meeting_id"]])
        _insert(rows)
        written += len(rows)
        if progress is not None:
            progress(min(start + BATCH, len(meetings)), len(meetings))
    optimise()
    return written


def entries(meeting_ids: Sequence[int]) -> list[dict[str, Any]]:
    """The entry rows of these meetings (dicts for ``bulk.insert``), item by item, each item
    followed by its decisions, actions and follow-ups."""
    marks = _marks(meeting_ids)
    presenters = _names("itempresenter", "item", "item", marks, meeting_ids)
    owners = _names("actionowner", "action", "action", marks, meeting_ids)
    below: dict[int, list[tuple[Any, ...]]] = {}
    for row in sorted(_query(_BELOW.format(ids=marks), [*meeting_ids] * 3), key=_in_item):
        below.setdefault(row[3], []).append(row)
    found: list[dict[str, Any]] = []
    for item_id, meeting_id, title, text, mentions in _query(_ITEMS.format(ids=marks), meeting_ids):
        names = [*presenters.get(item_id, []), *json.loads(mentions or "[]")]
        found.append(_row("item", meeting_id, item_id, title=title, body=text, names=names))
        for kind, element_id, _, _, _, body in below.get(item_id, []):
            named = owners.get(element_id, []) if kind == "action" else []
            element = {f"{kind}_id": element_id}
            found.append(_row(kind, meeting_id, item_id, body=body, names=named, **element))
    return found


def _in_item(row: tuple[Any, ...]) -> tuple[Any, ...]:
    """Below an item: decisions, then actions, then follow-ups, each in their order."""
    return (row[3], ("decision", "action", "follow_up").index(row[0]), row[4])


_NONE: Mapping[str, str] = {}


def _row(
    kind: str,
    meeting_id: int,
    item_id: int,
    *,
    title: str = "",
    body: str,
    names: list[str],
    known: Mapping[str, str] = _NONE,
    **element: int,
) -> dict[str, Any]:
    """One entry; ``known`` holds search keys already made for some titles and texts."""
    return {
        "kind": kind,
        "meeting_id": meeting_id,
        "item_id": item_id,
        "decision_id": element.get("decision_id"),
        "action_id": element.get("action_id"),
        "follow_up_id": element.get("follow_up_id"),
        "title_keys": known[title] if title in known else to_fts_text(title),
        "body_keys": known[body] if body in known else to_fts_text(body),
        "names_keys": to_fts_text(" ".join(dict.fromkeys(names))),
    }


def _names(
    table: str, owner: str, parent: str, marks: str, meeting_ids: Sequence[int]
) -> dict[int, list[str]]:
    """Names by owner id, in order: a resolved person's full name, else the name as written."""
    found: dict[int, list[str]] = {}
    sql = _NAMES.format(table=table, owner=owner, parent=parent, ids=marks)
    for owner_id, name in _query(sql, meeting_ids):
        found.setdefault(owner_id, []).append(name)
    return found


def _insert(rows: Sequence[Mapping[str, Any]]) -> None:
    """Write entries, and on SQLite add them to the full-text index with one statement (the
    rows after the largest id before them: ids only grow, and the transaction holds the write
    lock). Migration 0010 says why this is not a trigger."""
    if connections[router.db_for_write(db.SearchEntry)].vendor != "sqlite":
        bulk.insert(db.SearchEntry, rows)
        return
    [(last,)] = _query("SELECT COALESCE(MAX(id), 0) FROM store_searchentry")
    bulk.insert(db.SearchEntry, rows)
    _query(ADD_TO_FTS, [last])


def _marks(ids: Sequence[int]) -> str:
    return ", ".join(["%s"] * len(ids))


def _query(sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
    with connections[router.db_for_write(db.SearchEntry)].cursor() as cursor:
        cursor.execute(sql, list(params))
        return cursor.fetchall() if cursor.description else []
