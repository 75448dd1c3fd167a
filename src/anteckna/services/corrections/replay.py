"""Carrying corrections over to a new version of a meeting's notes.

When a corrected file is imported again, ``mapping.save`` writes the new version's rows as the
parser gives them. ``carry_over()`` then goes through the corrections in force (the latest for
each element's field) and compares what the parser gives now with what it gave when the
correction was made:

- the same as then → the correction is applied again (``applied``);
- what the correction says → the notes were fixed at the source, nothing to do (``agreed``);
- anything else, or the element is gone → a conflict (``differs``, ``gone``): the new version
  keeps the parser's value, and the conflict is stored and listed, never silently overwritten.

Whole-action corrections (an action added or removed by hand) go first, so that corrections to
an added action find it. Every outcome is a ``Reapplication`` row on the new version.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from django.db import connections, router

from anteckna.services.corrections.elements import Address, Target, describe, find, same_item
from anteckna.services.corrections.fields import field_for
from anteckna.store import models as db

Outcome = db.Reapplication.Outcome


@dataclass(frozen=True, slots=True)
class Conflict:
    """A correction not carried over to the current version of its notes, for someone to
    decide. ``found`` is what the notes say now (None when the element is gone), ``parsed``
    what they said when the correction was made, ``corrected`` what it was corrected to."""

    meeting: int
    correction: int
    where: str
    field: str
    reason: str
    found: Any
    parsed: Any
    corrected: Any

    def __str__(self) -> str:
        what = self.where if self.field == "*" else f"{self.where}, {self.field}"
        was = f"corrected from {self.parsed!r} to {self.corrected!r}"
        if self.reason == Outcome.GONE:
            return f"{what}: no longer in the notes; it was {was}"
        return f"{what}: the notes now say {self.found!r}; it was {was}"

    def to_dict(self) -> dict[str, Any]:
        return {
            "meeting": self.meeting, "correction": self.correction, "where": self.where,
            "field": self.field, "reason": self.reason, "found": self.found,
            "parsed": self.parsed, "corrected": self.corrected,
        }  # fmt: skip


@dataclass(slots=True)
class Carried:
    """What ``carry_over()`` did: corrections applied again, already in the notes, conflicts."""

    applied: int = 0
    agreed: int = 0
    conflicts: list[Conflict] = field(default_factory=list)


def in_force(meeting_id: int) -> list[db.Correction]:
    """The latest correction of each element's field: the one a new version must honour."""
    latest: dict[tuple[str, str, str, str], db.Correction] = {}
    for correction in db.Correction.objects.filter(meeting_id=meeting_id).order_by("pk"):
        latest[correction.address] = correction
    return list(latest.values())


def carry_over(meeting_id: int) -> Carried:
    """Re-apply the meeting's corrections to the version just saved. Call inside the import's
    transaction, right after ``mapping.save``, so a failure leaves the old version whole."""
    carried = Carried()
    if not _has_corrections(meeting_id):  # every first import: one plain query, nothing more
        return carried
    corrections = in_force(meeting_id)
    meeting = db.Meeting.objects.get(pk=meeting_id)
    titles = dict(db.Item.objects.filter(meeting=meeting).values_list("key", "title"))
    outcomes = []
    removed: set[Address] = set()
    for correction in sorted(corrections, key=lambda c: (c.field != "*", c.pk)):
        address: Address = (correction.element, correction.item_key, correction.key)
        target = find(meeting, address)
        if target is not None and _renumbered(correction, target, titles):
            target = None  # the number now belongs to another item
        if target is None or (target.row is None and correction.field != "*"):
            if address in removed:
                continue  # a correction to an action someone removed: nothing to carry
            outcome, found = _gone(meeting, correction)
        else:
            outcome, found = _compare(target, correction)
            if correction.field == "*" and target.row is None:
                removed.add(address)
        carried.applied += outcome == Outcome.APPLIED
        carried.agreed += outcome == Outcome.AGREED
        outcomes.append(
            db.Reapplication(correction=correction, document_id=meeting.source_id,
                             outcome=outcome, found_value=found)
        )  # fmt: skip
        if outcome in db.Reapplication.CONFLICTS:
            carried.conflicts.append(_conflict(correction, outcome, found))
    db.Reapplication.objects.bulk_create(outcomes)
    return carried


def _has_corrections(meeting_id: int) -> bool:
    """A plain query: it runs once per imported file, where building it with the ORM would
    cost several times what the database takes to answer (as ``mapping.is_imported``)."""
    connection = connections[router.db_for_read(db.Correction)]
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1 FROM store_correction WHERE meeting_id = %s LIMIT 1", [meeting_id])
        return cursor.fetchone() is not None


def _compare(target: Target, correction: db.Correction) -> tuple[str, Any]:
    """Apply the correction where the parser gives what it gave; see the module docstring."""
    spec = field_for(correction.element, correction.field)
    found = spec.read(target)
    if found == correction.parsed_value:
        spec.write(target, correction.new_value)
        return Outcome.APPLIED, found
    if found == correction.new_value:
        return Outcome.AGREED, found
    return Outcome.DIFFERS, found


def _gone(meeting: db.Meeting, correction: db.Correction) -> tuple[str, Any]:
    """The element is not where it was; but when its key is made from the corrected field,
    notes fixed at the source have it under the key of the corrected value: then they agree."""
    spec = field_for(correction.element, correction.field)
    if spec.rekey is not None:
        address = (correction.element, correction.item_key, correction.key)
        moved = spec.rekey(address, correction.new_value)
        target = find(meeting, moved) if moved else None
        if target is not None and target.row is not None:
            found = spec.read(target)
            if found == correction.new_value:
                return Outcome.AGREED, found
    return Outcome.GONE, None


def _renumbered(correction: db.Correction, target: Target, titles: dict[str, str]) -> bool:
    """Whether the item found by the correction's item key is another item now. Not asked for
    a correction of the item's own title: a new title there is a ``differs`` conflict."""
    if target.item is None or (correction.element, correction.field) == ("item", "title"):
        return False
    return not same_item(correction.item_title, titles[target.item.key])


def _conflict(correction: db.Correction, reason: str, found: Any) -> Conflict:
    address = (correction.element, correction.item_key, correction.key)
    return Conflict(
        meeting=correction.meeting_id, correction=correction.pk, where=describe(address),
        field=correction.field, reason=reason, found=found, parsed=correction.parsed_value,
        corrected=correction.new_value,
    )  # fmt: skip


def open_conflicts(meeting_id: int) -> list[Conflict]:
    """The conflicts of the meeting's current version that no later correction has settled."""
    meeting = db.Meeting.objects.get(pk=meeting_id)
    current = {c.pk: c for c in in_force(meeting_id)}
    found = db.Reapplication.objects.filter(
        document_id=meeting.source_id, correction_id__in=current,
        outcome__in=db.Reapplication.CONFLICTS,
    ).order_by("pk")  # fmt: skip
    return [_conflict(current[r.correction_id], r.outcome, r.found_value) for r in found]
