"""Which element a correction is about: its address by stable key, and finding it again.

A row id names an element only until the next re-import; an address names it for good:
``(element, item key, key)`` with the keys of ``anteckna.store.keys`` — ``("item", "n:3", "")``,
``("action", "n:3", "skicka ut planen")``, ``("attendance", "", "p:12")``, ``("meeting", "", "")``.
Decisions have no key column (nothing but a correction ever needs to find one again): theirs is
computed from their text as an action's is, ``("decision", "n:3", "planen fastställs")``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.utils.translation import gettext_lazy as _
from rapidfuzz import fuzz

from anteckna.errors import Text, ValueProblem
from anteckna.store import keys
from anteckna.store import models as db
from anteckna.store.names import fold

Address = tuple[str, str, str]
"""(element, item key, key): see the module docstring."""

MODELS: dict[str, type[db.Meeting | db.Item | db.Action | db.Attendance | db.Decision]] = {
    "meeting": db.Meeting,
    "item": db.Item,
    "action": db.Action,
    "attendance": db.Attendance,
    "decision": db.Decision,
}


class CorrectionError(ValueProblem):
    """A correction that cannot be made; ``what`` names the element or value, ``message`` why."""


@dataclass(slots=True)
class Target:
    """An element found by id or by address. ``row`` is None for an action not (yet) there,
    which only a whole-action correction (field ``"*"``) can write; ``item`` is the item an
    item or action belongs to."""

    meeting: db.Meeting
    address: Address
    row: Any
    item: db.Item | None = None


def by_id(element: str, row_id: int) -> Target:
    """The element a skin names by its row id (a web page, the command line)."""
    model = MODELS.get(element)
    if model is None:
        message = _("not a correctable element (one of %(choices)s)")
        raise CorrectionError(element, Text(message, choices=", ".join(MODELS)))
    row: Any = model.objects.filter(pk=row_id).first()
    if row is None:
        raise CorrectionError(f"{element} {row_id}", _("no such element in the archive"))
    if isinstance(row, db.Meeting):
        return Target(row, ("meeting", "", ""), row)
    meeting = db.Meeting.objects.get(pk=row.meeting_id)
    if isinstance(row, db.Item):
        return Target(meeting, ("item", row.key, ""), row, row)
    if isinstance(row, db.Action):
        item = db.Item.objects.get(pk=row.item_id)
        return Target(meeting, ("action", item.key, row.key), row, item)
    if isinstance(row, db.Decision):
        item = db.Item.objects.get(pk=row.item_id)
        key = next(k for d, k in decision_keys(item) if d.pk == row.pk)
        return Target(meeting, ("decision", item.key, key), row, item)
    return Target(meeting, ("attendance", "", row.key), row)


def decision_keys(item: db.Item) -> list[tuple[db.Decision, str]]:
    """The item's decisions in order, each with its key (its text's, repeats numbered)."""
    rows = list(db.Decision.objects.filter(item=item).order_by("position"))
    return list(zip(rows, keys.unique(keys.text_key(d.text) for d in rows), strict=True))


def find(meeting: db.Meeting, address: Address) -> Target | None:
    """The element at ``address`` in the meeting's current version; None when it (or, for an
    action, its item) is not there."""
    element, item_key, key = address
    if element == "meeting":
        return Target(meeting, address, meeting)
    if element == "attendance":
        row = db.Attendance.objects.filter(meeting=meeting, key=key).first()
        return Target(meeting, address, row) if row else None
    item = db.Item.objects.filter(meeting=meeting, key=item_key).first()
    if item is None:
        return None
    if element == "item":
        return Target(meeting, address, item, item)
    if element == "decision":
        row = next((d for d, k in decision_keys(item) if k == key), None)
        return Target(meeting, address, row, item)
    return Target(meeting, address, item.actions.filter(key=key).first(), item)


def same_item(then: str, now: str) -> bool:
    """Whether an item found by its number is still the item a correction was made in: its
    title as parsed then and now share their words ("Budget 2024" and "Budget 2024
    (reviderad)" do; "Lokaler" and "Övrigt", a renumbering, do not)."""
    return not then or fuzz.token_set_ratio(fold(then), fold(now)) >= 80


def describe(address: Address) -> str:
    """The element in words, for a conflict listed to a person: "item 3", "action 'skicka ut
    planen' in item 3", "attendance of Åsa Öberg"."""
    element, item_key, key = address
    if element == "meeting":
        return "the meeting"
    if element == "attendance":
        if key.startswith("p:") and key[2:].split("#")[0].isdigit():
            person = db.Person.objects.filter(pk=int(key[2:].split("#")[0])).first()
            return f"attendance of {person.name if person else key}"
        return f"attendance of {key[2:]!r}"
    kind, _colon, value = item_key.partition(":")
    item = f"item {value}" if kind == "n" else f"item {value!r}"
    return item if element == "item" else f"{element} {key!r} in {item}"
