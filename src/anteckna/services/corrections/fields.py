"""What can be corrected, field by field: how a value is checked, read and written.

``FIELDS`` maps ``(element, field)`` to a ``Field``; built-ins go in through
``register_field()``, the same door a new correctable field would use. Values travel in their
JSON form (as the Correction row stores them), so "what the parser gave" and "what the
correction says" compare with ``==``: text as text, dates as "YYYY-MM-DD", a person as an id,
owners as a list of names, a whole action as ``{"text", "owners", "due"}`` or None.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from django.db.models import Max, Q
from django.utils.translation import gettext_lazy as _

from anteckna.errors import Text
from anteckna.services.corrections.elements import Address, CorrectionError, Target, describe
from anteckna.store import keys
from anteckna.store import models as db
from anteckna.store.groups import GroupBook, find_group
from anteckna.store.names import abbreviates, fold, initials, looks_like_initials
from anteckna.store.people import is_collective


@dataclass(frozen=True, slots=True)
class Field:
    """One correctable field. ``clean`` turns what a caller gives into the JSON form or raises
    ``CorrectionError``; ``read`` gives the element's value in that form; ``write`` stores such
    a value, with whatever follows from it (a meeting's date moves its follow-ups' due dates).

    ``rekey`` is for a field the element's key is made from (an attendance row's person, an
    action's text): the address the element has when the notes themselves say the corrected
    value, so that a re-import of notes fixed at the source agrees instead of finding the
    element gone."""

    clean: Callable[[Any, Target], Any]
    read: Callable[[Target], Any]
    write: Callable[[Target, Any], None]
    rekey: Callable[[Address, Any], Address | None] | None = None


FIELDS: dict[tuple[str, str], Field] = {}


def register_field(element: str, name: str, field: Field) -> None:
    """Make ``name`` of ``element`` correctable."""
    FIELDS[(element, name)] = field


def field_for(element: str, name: str) -> Field:
    found = FIELDS.get((element, name))
    if found is None:
        known = ", ".join(n for e, n in FIELDS if e == element)
        message = Text(_("not correctable (fields: %(known)s)"), known=known)
        raise CorrectionError(f"{element} {name}", message)
    return found


# --- cleaning what callers give -------------------------------------------------------------


def _text(value: Any, target: Target) -> str:
    if not isinstance(value, str) or not value.strip():
        raise CorrectionError(repr(value), _("needs some text"))
    return value.strip()


def _optional_text(value: Any, target: Target) -> str | None:
    return None if value is None or value == "" else _text(value, target)


def _day(value: Any, target: Target) -> str | None:
    if value is None or isinstance(value, date):
        return value.isoformat() if value else None
    try:
        return date.fromisoformat(str(value)).isoformat()
    except ValueError:
        raise CorrectionError(repr(value), _("not a date (YYYY-MM-DD)")) from None


def _choice(choices: Sequence[str]) -> Callable[[Any, Target], str]:
    def clean(value: Any, target: Target) -> str:
        if value not in choices:
            message = Text(_("not one of %(choices)s"), choices=", ".join(choices))
            raise CorrectionError(repr(value), message)
        return str(value)

    return clean


def _person(value: Any, target: Target) -> int | None:
    """A person by id, Person, or name (a full name, or a short form the meeting resolves)."""
    if value is None or isinstance(value, db.Person):
        return value.pk if value else None
    if isinstance(value, int):
        if not db.Person.objects.filter(pk=value).exists():
            what = Text(_("person %(id)s"), id=value)
            raise CorrectionError(what, _("no such person in the archive"))
        return value
    person, ambiguous = resolve_name(_text(value, target), target.meeting)
    if person is None:
        reason = _("could be more than one person") if ambiguous else _("no such person")
        raise CorrectionError(repr(value), reason)
    return person


def _owners(value: Any, target: Target) -> list[str]:
    names = [value] if isinstance(value, str) else list(value or ())
    return [_text(name, target) for name in names]


def _groups(value: Any, target: Target) -> list[str]:
    return group_names(value)


def group_names(value: Any) -> list[str]:
    """Groups by name or short name ("LG, Styrgruppen", or a list), as their names in
    alphabetical order: only groups the archive knows, so that a typing error makes no new
    group."""
    labels = value.split(",") if isinstance(value, str) else list(value or ())
    names = set()
    for label in filter(None, (str(label).strip() for label in labels)):
        group = find_group(label)
        if group is None:
            known = ", ".join(str(g) for g in db.Group.objects.order_by("name")) or _("none yet")
            message = Text(_("no such group (known: %(known)s)"), known=known)
            raise CorrectionError(repr(label), message)
        names.add(group.name)
    return sorted(names, key=fold)


def _decision(value: Any, target: Target) -> dict[str, Any] | None:
    if value is None:
        return None
    if not isinstance(value, dict) or set(value) != {"text"}:
        raise CorrectionError(repr(value), _('a decision is {"text"}'))
    return {"text": _text(value["text"], target)}


def _action(value: Any, target: Target) -> dict[str, Any] | None:
    if value is None:
        return None
    if not isinstance(value, dict) or set(value) - {"text", "owners", "due"}:
        raise CorrectionError(repr(value), _('an action is {"text", "owners", "due"}'))
    return {
        "text": _text(value.get("text"), target),
        "owners": _owners(value.get("owners"), target),
        "due": _day(value.get("due"), target),
    }


# --- names of people ------------------------------------------------------------------------


def resolve_name(name: str, meeting: db.Meeting) -> tuple[int | None, bool]:
    """The person a name written by hand stands for, by the import's rules in short: a
    collective is nobody; a full name (or a recorded spelling) is its Person; a first name or
    initials is the one person in the meeting it fits. Gives (person id, ambiguous)."""
    if is_collective(name, GroupBook()):
        return None, False
    key = fold(name)
    exact = set(
        db.Person.objects.filter(
            Q(name_key=key) | Q(aliases__key=key, aliases__kind=db.PersonAlias.Kind.VARIANT)
        ).values_list("id", flat=True)
    )
    attendees = dict(
        db.Attendance.objects.filter(meeting=meeting, person__isnull=False).values_list(
            "person_id", "person__name"
        )
    )
    if len(exact) > 1:
        exact = exact & set(attendees) or exact
    if exact:
        return (exact.pop(), False) if len(exact) == 1 else (None, True)
    short = initials if looks_like_initials(name) else None
    fits = {
        pk
        for pk, full in attendees.items()
        if (short(full) == name.upper() if short else abbreviates(name, full))
    }
    return (fits.pop(), False) if len(fits) == 1 else (None, bool(fits))


# --- reading and writing rows ---------------------------------------------------------------


def _attr(
    name: str,
    clean: Callable[[Any, Target], Any],
    *,
    is_date: bool = False,
    rekey: Callable[[Address, Any], Address | None] | None = None,
) -> Field:
    def read(target: Target) -> Any:
        value = getattr(target.row, name)
        return value.isoformat() if is_date and value else value

    def write(target: Target, value: Any) -> None:
        setattr(target.row, name, date.fromisoformat(value) if is_date and value else value)
        target.row.save()

    return Field(clean, read, write, rekey)


def _write_meeting_date(target: Target, value: str | None) -> None:
    """The date, and every follow-up that counts days from it (``days``) due that many days
    after it, or not due at all when the meeting has no date."""
    _attr("date", _day, is_date=True).write(target, value)
    day = date.fromisoformat(value) if value else None
    rows = list(db.FollowUp.objects.filter(meeting=target.meeting, days__isnull=False))
    for row in rows:
        row.due = day + timedelta(days=row.days) if day else None
    db.FollowUp.objects.bulk_update(rows, ["due"])


def _read_groups(target: Target) -> list[str]:
    return sorted(target.row.groups.values_list("name", flat=True), key=fold)


def _write_groups(target: Target, names: list[str]) -> None:
    target.row.groups.set([g for name in names if (g := find_group(name)) is not None])


def _read_owners(target: Target) -> list[str]:
    return list(target.row.owners.order_by("position").values_list("name", flat=True))


def _write_owners(target: Target, names: list[str]) -> None:
    db.ActionOwner.objects.filter(action=target.row).delete()
    db.ActionOwner.objects.bulk_create(_references(db.ActionOwner, target, names, "action"))


def _read_presenters(target: Target) -> list[str]:
    return list(target.row.presenters.order_by("position").values_list("name", flat=True))


def _write_presenters(target: Target, names: list[str]) -> None:
    db.ItemPresenter.objects.filter(item=target.row).delete()
    db.ItemPresenter.objects.bulk_create(_references(db.ItemPresenter, target, names, "item"))


def _references(
    model: type[db.ActionOwner | db.ItemPresenter], target: Target, names: list[str], owner: str
) -> list[Any]:
    """Owner or presenter rows for ``names``, each resolved as the import resolves it."""
    rows = []
    for position, name in enumerate(names):
        person, ambiguous = resolve_name(name, target.meeting)
        rows.append(model(**{owner: target.row}, name=name, position=position, person_id=person,
                          ambiguous=ambiguous))  # fmt: skip
    return rows


def _read_decision(target: Target) -> dict[str, Any] | None:
    return None if target.row is None else {"text": target.row.text}


def _write_decision(target: Target, value: dict[str, Any] | None) -> None:
    """Remove the decision, or add it at the end of its item."""
    if value is None:
        if target.row is not None:
            target.row.delete()
        target.row = None
        return
    if target.row is not None:
        raise CorrectionError(describe(target.address), _("is there already"))
    last = db.Decision.objects.filter(item=target.item).aggregate(n=Max("position"))["n"]
    target.row = db.Decision.objects.create(
        meeting=target.meeting, item=target.item, position=0 if last is None else last + 1,
        text=value["text"], rule="added by hand",
    )  # fmt: skip


def _read_action(target: Target) -> dict[str, Any] | None:
    row = target.row
    if row is None:
        return None
    due = row.due.isoformat() if row.due else None
    return {"text": row.text, "owners": _read_owners(target), "due": due}


def _write_action(target: Target, value: dict[str, Any] | None) -> None:
    """Remove the action, or add it (at the end of its item) under the address's key."""
    if value is None:
        if target.row is not None:
            target.row.delete()
        target.row = None
        return
    if target.row is not None:
        raise CorrectionError(describe(target.address), _("is there already"))
    last = db.Action.objects.filter(item=target.item).aggregate(n=Max("position"))["n"]
    target.row = db.Action.objects.create(
        meeting=target.meeting,
        item=target.item,
        position=0 if last is None else last + 1,
        key=target.address[2],
        text=value["text"],
        due=date.fromisoformat(value["due"]) if value["due"] else None,
        rule="added by hand",
    )
    _write_owners(target, value["owners"])


def _write_person(target: Target, value: int | None) -> None:
    target.row.person_id = value
    target.row.ambiguous = False
    target.row.save()


def _by_number(address: Address, number: str | None) -> Address | None:
    return ("item", keys.item_key(number, ""), "") if number else None


def _by_title(address: Address, title: str) -> Address | None:
    """Only an item without a number is known by its title."""
    return ("item", keys.item_key(None, title), "") if address[1].startswith("t:") else None


def _by_text(address: Address, text: str) -> Address:
    return ("action", address[1], keys.text_key(text))


def _by_person(address: Address, person: int | None) -> Address | None:
    return ("attendance", "", keys.attendance_key(person, "")) if person else None


for _name in ("title", "time", "place", "chair", "secretary"):
    register_field("meeting", _name, _attr(_name, _optional_text))
register_field("meeting", "date", Field(_day, _attr("date", _day, is_date=True).read,
                                        _write_meeting_date))  # fmt: skip
register_field("meeting", "status", _attr("status", _choice(db.Meeting.Status.values)))
register_field("meeting", "groups", Field(_groups, _read_groups, _write_groups))
register_field("item", "title", _attr("title", _text, rekey=_by_title))
register_field("item", "number", _attr("number", _optional_text, rekey=_by_number))
register_field("item", "section", _attr("section", _optional_text))
register_field("item", "text", _attr("text", lambda value, target: str(value or "").strip()))
register_field("item", "presenters", Field(_owners, _read_presenters, _write_presenters))
register_field("action", "text", _attr("text", _text, rekey=_by_text))
register_field("action", "due", _attr("due", _day, is_date=True))
register_field("action", "status", _attr("status", _choice(db.Action.Status.values)))
register_field("action", "owners", Field(_owners, _read_owners, _write_owners))
register_field("action", "*", Field(_action, _read_action, _write_action))
register_field("decision", "*", Field(_decision, _read_decision, _write_decision))
register_field("attendance", "person", Field(_person, _attr("person_id", _person).read,
                                             _write_person, _by_person))  # fmt: skip
register_field("attendance", "status", _attr("status", _choice(db.Attendance.Status.values)))
register_field("attendance", "role", _attr("role", _optional_text))
register_field("attendance", "note", _attr("note", _optional_text))
