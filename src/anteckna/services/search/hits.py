"""Entry ids, best first → ``Hit``s: what a search shows, read in two queries after ranking."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from anteckna.services.search.query import Query
from anteckna.services.search.snippets import Snippet, make_snippet
from anteckna.store import models as db


@dataclass(frozen=True, slots=True)
class Hit:
    """One item, decision, action or follow-up that a search found.

    ``item`` is the number of the item as written ("3", "§ 12") or None, and ``title`` the
    item's title, for every kind: a decision is shown under the item it was taken in.
    ``text`` is the hit's own text in full; ``snippet`` the part of it worth showing.
    ``anchor`` is the id of the element on its meeting's page ("item-12", "decision-5",
    "action-3", "follow-up-7"), where a link to the hit leads.
    """

    meeting: int
    date: date | None
    groups: tuple[str, ...]
    item: str | None
    title: str
    kind: str
    snippet: Snippet
    source: str
    text: str
    anchor: str

    def to_dict(self) -> dict[str, Any]:
        """The JSON of a hit (``anteckna search --json``); the snippet marked with [ ]."""
        return {
            "meeting": self.meeting,
            "date": self.date.isoformat() if self.date else None,
            "groups": list(self.groups),
            "item": self.item,
            "title": self.title,
            "kind": self.kind,
            "snippet": self.snippet.marked(),
            "source": self.source,
        }


def load_hits(ids: list[int], query: Query) -> list[Hit]:
    """The hits for these entry ids, in the same order."""
    rows = {
        row["id"]: row
        for row in db.SearchEntry.objects.filter(id__in=ids).values(
            "id", "kind", "meeting_id", "meeting__date", "meeting__source__file_name",
            "item__number", "item__title", "item__text",
            "decision__text", "action__text", "follow_up__text",
            "item_id", "decision_id", "action_id", "follow_up_id",
        )
    }  # fmt: skip
    groups: dict[int, list[str]] = {}
    links = db.Meeting.groups.through.objects.filter(
        meeting_id__in={row["meeting_id"] for row in rows.values()}
    )
    for meeting_id, name in links.order_by("group__name").values_list("meeting_id", "group__name"):
        groups.setdefault(meeting_id, []).append(name)
    hits = []
    for entry_id in ids:
        row = rows[entry_id]
        text = row[f"{row['kind']}__text"] or ""
        hits.append(
            Hit(
                meeting=row["meeting_id"],
                date=row["meeting__date"],
                groups=tuple(groups.get(row["meeting_id"], ())),
                item=row["item__number"],
                title=row["item__title"],
                kind=row["kind"],
                snippet=make_snippet(text, query),
                source=row["meeting__source__file_name"],
                text=text,
                anchor=f"{row['kind'].replace('_', '-')}-{row[row['kind'] + '_id']}",
            )
        )
    return hits
