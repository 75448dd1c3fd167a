"""Manual corrections of parsed meetings, kept as history and carried over to new versions.

A secretary fixes what the parser got wrong: a name resolved to the wrong person, a missed
action, a wrong date, an item title, an action's owners, due date or status. Each change is
written together with a ``Correction`` row in one transaction, and nothing is ever overwritten:
correcting a field again adds a row, and the latest is the one in force. A correction names its
element by stable key (``elements``), so when a corrected file is imported again it is applied
to the new version where the parser still gives what it gave before (``replay``).

Every skin calls these functions: ``correct()`` for one field of an element it knows by row id,
``add_action()``/``remove_action()`` for a missed or spurious action, ``add_decision()``/
``remove_decision()`` likewise for a decision, ``new_person()`` for a participant who is
nobody the archive knows yet, ``set_meeting_date()`` for a meeting that needed a date (its
follow-ups' due dates move with it). What can be corrected is ``FIELDS`` (``fields``): a
meeting's title, date, time, place, chair, secretary, status and groups; an item's title,
number, section, text and presenters; an action's text, owners, due date and status, or the
action itself ("*": added or removed); a decision itself; an attendance row's person, status,
role and note.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from django.db import transaction
from django.utils.translation import gettext_lazy as _

from anteckna.errors import Text
from anteckna.services.corrections.elements import (
    Address,
    CorrectionError,
    Target,
    by_id,
    decision_keys,
)
from anteckna.services.corrections.fields import FIELDS, field_for, group_names, register_field
from anteckna.services.corrections.replay import Carried, Conflict, carry_over, open_conflicts
from anteckna.services.search import index_meetings
from anteckna.store import keys
from anteckna.store import models as db

if TYPE_CHECKING:
    from django.contrib.auth.models import AbstractBaseUser

LINKED = frozenset({("meeting", "date"), ("meeting", "groups"), ("item", "title"),
                    ("action", "text"), ("action", "owners")})  # fmt: skip
"""Fields that links between meetings depend on (which meetings are neighbours, which titles
name one matter, which task a report of done work names): correcting one links the meeting
again, so a meeting dated by hand has its actions closed and follow-ups resolved like any."""

__all__ = [
    "FIELDS", "Carried", "Conflict", "CorrectionError", "DateChange", "add_action",
    "add_decision", "carry_over", "correct", "group_names", "history", "new_person",
    "open_conflicts", "register_field", "remove_action", "remove_decision", "set_meeting_date",
]  # fmt: skip


def correct(
    element: str,
    row_id: int,
    field: str,
    value: Any,
    *,
    user: AbstractBaseUser | None = None,
    note: str = "",
) -> db.Correction | None:
    """Set ``field`` of the ``element`` ("meeting", "item", "action", "attendance") with this
    row id to ``value``, and record it. None when the value is already so and there is no
    conflict to settle; ``CorrectionError`` for an unknown element, field or a bad value."""
    with transaction.atomic():
        return _apply(by_id(element, row_id), field, value, user, note)


def add_action(
    item_id: int,
    text: str,
    *,
    owners: tuple[str, ...] | list[str] = (),
    due: date | str | None = None,
    user: AbstractBaseUser | None = None,
    note: str = "",
) -> db.Correction:
    """Add an action the parser missed to an item, at its end. Its key is its text's."""
    with transaction.atomic():
        item = by_id("item", item_id)
        taken = db.Action.objects.filter(item=item.row).values_list("key", flat=True)
        key = keys.next_free(keys.text_key(str(text)), taken)
        target = Target(item.meeting, ("action", item.row.key, key), None, item.row)
        value = {"text": text, "owners": list(owners), "due": due}
        added = _apply(target, "*", value, user, note)
        if added is None:  # cannot happen: no action is there under a free key
            raise CorrectionError(_item(item_id), _("the action could not be added"))
        return added


def remove_action(
    action_id: int, *, user: AbstractBaseUser | None = None, note: str = ""
) -> db.Correction | None:
    """Remove an action the parser made up (a sentence that was not a task)."""
    return correct("action", action_id, "*", None, user=user, note=note)


def add_decision(
    item_id: int, text: str, *, user: AbstractBaseUser | None = None, note: str = ""
) -> db.Correction:
    """Add a decision the parser missed to an item, at its end. Its key is its text's."""
    with transaction.atomic():
        item = by_id("item", item_id)
        taken = [key for _, key in decision_keys(item.row)]
        key = keys.next_free(keys.text_key(str(text)), taken)
        target = Target(item.meeting, ("decision", item.row.key, key), None, item.row)
        added = _apply(target, "*", {"text": text}, user, note)
        if added is None:  # cannot happen: no decision is there under a free key
            raise CorrectionError(_item(item_id), _("the decision could not be added"))
        return added


def remove_decision(
    decision_id: int, *, user: AbstractBaseUser | None = None, note: str = ""
) -> db.Correction | None:
    """Remove a decision the parser made up (a sentence that decided nothing)."""
    return correct("decision", decision_id, "*", None, user=user, note=note)


def new_person(
    attendance_id: int, *, user: AbstractBaseUser | None = None, note: str = ""
) -> db.Correction | None:
    """Make the participant a new Person, named as the notes name them: for a name the
    import took for someone else ("Maria" is neither Maria the archive knows). Recorded as a
    correction of the row's ``person``, so a re-import links the same new person again."""
    with transaction.atomic():
        row = by_id("attendance", attendance_id).row
        person = db.Person.objects.create(name=" ".join(row.name.split()))
        return correct("attendance", attendance_id, "person", person.pk, user=user, note=note)


Day = date  # the field ``DateChange.date`` hides the type inside the class


@dataclass(frozen=True, slots=True)
class DateChange:
    """A meeting's date as set, and its follow-ups' due dates as they now are."""

    meeting: int
    date: Day | None
    previous: Day | None
    follow_ups: tuple[tuple[str, int | None, Day | None], ...]
    """(text, days, due) of each follow-up, in the notes' order."""
    correction: int | None
    """The Correction row's id; None when the date was already so."""

    def to_dict(self) -> dict[str, Any]:
        day = self.date.isoformat() if self.date else None
        return {
            "id": self.meeting, "date": day,
            "previous": self.previous.isoformat() if self.previous else None,
            "follow_ups": [
                {"text": text, "days": days, "due": due.isoformat() if due else None}
                for text, days, due in self.follow_ups
            ],
            "correction": self.correction,
        }  # fmt: skip


def set_meeting_date(
    meeting_id: int, day: date | None, *, user: AbstractBaseUser | None = None, note: str = ""
) -> DateChange:
    """Date a meeting (one that needed a date, or one read with the wrong one): its follow-ups
    are due their ``days`` after it. Recorded as a correction of the meeting's ``date``."""
    with transaction.atomic():
        target = by_id("meeting", meeting_id)
        previous = target.row.date
        made = _apply(target, "date", day, user, note)
        rows = db.FollowUp.objects.filter(meeting_id=meeting_id).order_by(
            "item__position", "position"
        )
        return DateChange(
            meeting=meeting_id,
            date=target.row.date,
            previous=previous,
            follow_ups=tuple(rows.values_list("text", "days", "due")),
            correction=made.pk if made else None,
        )


def history(meeting_id: int) -> list[db.Correction]:
    """Every correction of a meeting, oldest first, across all versions of its notes."""
    return list(db.Correction.objects.filter(meeting_id=meeting_id).order_by("pk"))


def _apply(
    target: Target, name: str, value: Any, user: AbstractBaseUser | None, note: str
) -> db.Correction | None:
    element, item_key, key = target.address
    spec = field_for(element, name)
    new = spec.clean(value, target)
    old = spec.read(target)
    latest = _latest(target.meeting, target.address, name)
    if new == old and not _in_conflict(target.meeting, latest):
        return None
    parsed = _parsed(target.meeting, target.address, name, old)
    item_title = ""
    if target.item is not None:
        item_address = ("item", target.item.key, "")
        item_title = str(_parsed(target.meeting, item_address, "title", target.item.title))
    spec.write(target, new)
    index_meetings([target.meeting.pk])  # search shows what is stored, corrections included
    if (element, name) in LINKED:
        _link(target.meeting.pk)
    return db.Correction.objects.create(
        meeting=target.meeting, document_id=target.meeting.source_id, user=user,
        element=element, item_key=item_key, key=key, field=name, item_title=item_title,
        old_value=old, new_value=new, parsed_value=parsed, note=note,
    )  # fmt: skip


def _link(meeting_id: int) -> None:
    """Link the meeting with its neighbours again (``linking``). Imported here, when needed:
    linking closes actions through ``correct``, so each module uses the other."""
    from anteckna.services.linking import link

    link([meeting_id])


def _latest(meeting: db.Meeting, address: Address, name: str) -> db.Correction | None:
    element, item_key, key = address
    return (
        db.Correction.objects.filter(
            meeting=meeting, element=element, item_key=item_key, key=key, field=name
        )
        .order_by("-pk")
        .first()
    )


def _parsed(meeting: db.Meeting, address: Address, name: str, current: Any) -> Any:
    """What the parser gave for the field in the current version: the value a new version is
    compared against when a correction is carried over. That is the current value unless a
    correction holds the field here; a whole action is its fields' parsed values."""
    if name == "*" and isinstance(current, dict):
        return {field: _parsed(meeting, address, field, value) for field, value in current.items()}
    latest = _latest(meeting, address, name)
    return latest.parsed_value if latest and _in_force_here(meeting, latest) else current


def _in_force_here(meeting: db.Meeting, latest: db.Correction) -> bool:
    """Whether ``latest`` holds the field's value in the meeting's current version: made on
    it, or carried over to it. Otherwise the value there is the parser's."""
    if latest.document_id == meeting.source_id:
        return True
    return latest.reapplications.filter(
        document_id=meeting.source_id, outcome=db.Reapplication.Outcome.APPLIED
    ).exists()


def _in_conflict(meeting: db.Meeting, latest: db.Correction | None) -> bool:
    """Whether the field's correction could not be carried over to the current version; a
    correction to the value the notes now give then settles the conflict."""
    return (
        latest is not None
        and latest.reapplications.filter(
            document_id=meeting.source_id, outcome__in=db.Reapplication.CONFLICTS
        ).exists()
    )


def _item(item_id: int) -> Text:
    return Text(_("item %(id)s"), id=item_id)
