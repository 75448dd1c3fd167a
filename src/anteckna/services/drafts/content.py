"""What a draft holds, as plain data: the one definition of ``Draft.content``.

The page sends its form (the same fields with or without JavaScript), ``from_form`` reads it
into a ``Content``, and ``to_dict``/``from_dict`` are the JSON kept in the database and sent to
the browser. Reading is forgiving where a person is typing (empty rows are dropped, spaces
trimmed) and strict where a value has a form (a time is "HH:MM", a date "YYYY-MM-DD", a status
one of four): a wrong value is a ``ValueProblem`` naming the field, never a half-saved draft.

Form field names are flat and numbered, so that plain HTML forms can carry them and the script
can add rows by cloning a template: ``att-0-status``, ``guest-1-name``, ``item-2-text``,
``item-2-action-0-owners`` (repeated for several owners), ``item-2-followup-0-days``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Protocol

from django.utils.translation import gettext_lazy as _

from anteckna.errors import Text, ValueProblem

ATTENDANCE_STATUSES = ("present", "remote", "partial", "absent")
DEFAULT_TITLE = "Mötesanteckningar"
_TIME = re.compile(r"^([01]?\d|2[0-3])[:.]([0-5]\d)$")
MAX_TEXT = 100_000


class FormData(Protocol):
    """What ``from_form`` needs of Django's ``QueryDict``: ``getlist`` and the keys."""

    def getlist(self, key: str, default: Any = ...) -> list[Any]: ...

    def keys(self) -> Iterable[str]: ...


@dataclass(frozen=True, slots=True)
class Attendee:
    """A member on the attendance checklist; ``start``/``end`` only for partial attendance."""

    name: str
    person: int | None = None
    status: str = "present"
    start: str | None = None
    end: str | None = None


@dataclass(frozen=True, slots=True)
class Guest:
    name: str
    role: str | None = None


@dataclass(frozen=True, slots=True)
class DraftAction:
    """An action; ``owners`` are participants' names."""

    text: str
    owners: tuple[str, ...] = ()
    due: date | None = None


@dataclass(frozen=True, slots=True)
class DraftFollowUp:
    """A matter to come back: after ``days`` from the meeting, or on ``due``."""

    text: str
    days: int | None = None
    due: date | None = None


@dataclass(frozen=True, slots=True)
class DraftItem:
    title: str
    presenters: tuple[str, ...] = ()
    text: str = ""
    decisions: tuple[str, ...] = ()
    actions: tuple[DraftAction, ...] = ()
    follow_ups: tuple[DraftFollowUp, ...] = ()


@dataclass(frozen=True, slots=True)
class Content:
    """The minutes as written so far. ``chair`` and ``secretary`` are participants' names."""

    title: str = DEFAULT_TITLE
    time: str | None = None
    place: str | None = None
    chair: str | None = None
    secretary: str | None = None
    attendance: tuple[Attendee, ...] = ()
    guests: tuple[Guest, ...] = ()
    items: tuple[DraftItem, ...] = field(default_factory=tuple)

    @property
    def participants(self) -> list[str]:
        """Who took part (members not absent, then guests): owners and presenters come from
        here."""
        members = [a.name for a in self.attendance if a.status != "absent"]
        return members + [g.name for g in self.guests]


def to_dict(content: Content) -> dict[str, Any]:
    """The JSON form, as stored and as the page's script receives it."""
    return {
        "title": content.title,
        "time": content.time,
        "place": content.place,
        "chair": content.chair,
        "secretary": content.secretary,
        "attendance": [
            {"name": a.name, "person": a.person, "status": a.status, "start": a.start, "end": a.end}
            for a in content.attendance
        ],
        "guests": [{"name": g.name, "role": g.role} for g in content.guests],
        "items": [
            {
                "title": i.title,
                "presenters": list(i.presenters),
                "text": i.text,
                "decisions": list(i.decisions),
                "actions": [
                    {"text": a.text, "owners": list(a.owners), "due": _iso(a.due)}
                    for a in i.actions
                ],
                "follow_ups": [
                    {"text": f.text, "days": f.days, "due": _iso(f.due)} for f in i.follow_ups
                ],
            }
            for i in content.items
        ],
    }


def from_dict(data: dict[str, Any]) -> Content:
    """A ``Content`` from its JSON form (as ``to_dict`` wrote it)."""
    return Content(
        title=_text(data.get("title")) or DEFAULT_TITLE,
        time=_text(data.get("time")) or None,
        place=_text(data.get("place")) or None,
        chair=_text(data.get("chair")) or None,
        secretary=_text(data.get("secretary")) or None,
        attendance=tuple(
            _attendee(
                a.get("name"),
                a.get("person"),
                a.get("status"),
                a.get("start"),
                a.get("end"),
                Text(_("attendance %(number)s"), number=n + 1),
            )
            for n, a in enumerate(data.get("attendance") or ())
        ),
        guests=tuple(
            Guest(_text(g.get("name")), _text(g.get("role")) or None)
            for g in data.get("guests") or ()
        ),
        items=tuple(
            DraftItem(
                title=_text(i.get("title")),
                presenters=tuple(i.get("presenters") or ()),
                text=_long(i.get("text")),
                decisions=tuple(i.get("decisions") or ()),
                actions=tuple(
                    DraftAction(
                        _text(a.get("text")),
                        tuple(a.get("owners") or ()),
                        _date(a.get("due"), _("action due date")),
                    )
                    for a in i.get("actions") or ()
                ),
                follow_ups=tuple(
                    DraftFollowUp(
                        _text(f.get("text")),
                        _days(f.get("days")),
                        _date(f.get("due"), _("follow-up date")),
                    )
                    for f in i.get("follow_ups") or ()
                ),
            )
            for i in data.get("items") or ()
        ),
    )


def from_form(form: FormData) -> Content:
    """Read the page's form. Rows left empty (a guest without a name, a decision without text,
    the blank row every list ends with) are dropped; numbering gaps do not matter."""

    def one(name: str) -> str:
        values = form.getlist(name)
        return str(values[-1]) if values else ""

    rows = _rows(form.keys())
    attendance = tuple(
        _attendee(
            one(f"att-{n}-name"),
            one(f"att-{n}-person"),
            one(f"att-{n}-status"),
            one(f"att-{n}-start"),
            one(f"att-{n}-end"),
            one(f"att-{n}-name") or _("attendance"),
        )
        for n in rows.get("att", ())
        if _text(one(f"att-{n}-name"))
    )
    guests = tuple(
        Guest(_text(one(f"guest-{n}-name")), _text(one(f"guest-{n}-role")) or None)
        for n in rows.get("guest", ())
        if _text(one(f"guest-{n}-name"))
    )
    items = []
    for n in rows.get("item", ()):
        p = f"item-{n}"
        title = _text(one(f"{p}-title"))
        if not title:
            continue
        items.append(
            DraftItem(
                title=title,
                presenters=_names(form.getlist(f"{p}-presenters")),
                text=_long(one(f"{p}-text")),
                decisions=tuple(
                    text
                    for j in rows.get(f"{p}-decision", ())
                    if (text := _text(one(f"{p}-decision-{j}-text")))
                ),
                actions=tuple(
                    DraftAction(
                        text,
                        _names(form.getlist(f"{p}-action-{j}-owners")),
                        _date(
                            one(f"{p}-action-{j}-due"), Text(_("%(title)s: due date"), title=title)
                        ),
                    )
                    for j in rows.get(f"{p}-action", ())
                    if (text := _text(one(f"{p}-action-{j}-text")))
                ),
                follow_ups=tuple(
                    DraftFollowUp(
                        text,
                        _days(one(f"{p}-followup-{j}-days")),
                        _date(
                            one(f"{p}-followup-{j}-due"),
                            Text(_("%(title)s: follow-up date"), title=title),
                        ),
                    )
                    for j in rows.get(f"{p}-followup", ())
                    if (text := _text(one(f"{p}-followup-{j}-text")))
                ),
            )
        )
    return Content(
        title=_text(one("title")) or DEFAULT_TITLE,
        time=_text(one("time")) or None,
        place=_text(one("place")) or None,
        chair=_text(one("chair")) or None,
        secretary=_text(one("secretary")) or None,
        attendance=attendance,
        guests=guests,
        items=tuple(items),
    )


def _rows(keys: Iterable[str]) -> dict[str, list[int]]:
    """The row numbers of every list in the form, in order: ``{"item": [0, 1], "item-0-action":
    [0]}``."""
    found: dict[str, set[int]] = {}
    for key in keys:
        for match in _prefixes(key):
            found.setdefault(match[0], set()).add(match[1])
    return {name: sorted(numbers) for name, numbers in found.items()}


def _prefixes(key: str) -> list[tuple[str, int]]:
    """Every (list, row) a field name sits in: ``item-2-action-0-text`` is in row 2 of "item"
    and row 0 of "item-2-action"."""
    parts = key.split("-")
    found = []
    for i in range(1, len(parts) - 1):
        if parts[i].isdigit() and not parts[i - 1].isdigit():
            found.append(("-".join(parts[:i]), int(parts[i])))
    return found


def _attendee(
    name: Any, person: Any, status: Any, start: Any, end: Any, where: str | Text
) -> Attendee:
    status = _text(status) or "present"
    if status not in ATTENDANCE_STATUSES:
        raise ValueProblem(where, Text(_("unknown attendance %(status)s"), status=repr(status)))
    partial = status == "partial"
    return Attendee(
        name=_text(name),
        person=_person(person, where),
        status=status,
        start=_time(start, where) if partial else None,
        end=_time(end, where) if partial else None,
    )


def _person(value: Any, where: str | Text) -> int | None:
    if value in (None, ""):
        return None
    if isinstance(value, int) or (isinstance(value, str) and value.isdigit()):
        return int(value)
    raise ValueProblem(where, Text(_("not a person's id: %(value)s"), value=repr(value)))


def _time(value: Any, where: str | Text) -> str | None:
    text = _text(value)
    if not text:
        return None
    match = _TIME.match(text)
    if match is None:
        raise ValueProblem(where, Text(_("a time is HH:MM, not %(text)s"), text=repr(text)))
    return f"{int(match[1]):02d}:{match[2]}"


def _date(value: Any, where: str | Text) -> date | None:
    text = _text(value)
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        message = Text(_("a date is YYYY-MM-DD, not %(text)s"), text=repr(text))
        raise ValueProblem(where, message) from None


def _days(value: Any) -> int | None:
    text = _text(value)
    if not text:
        return None
    if not text.isdigit() or not 0 < int(text) <= 3650:
        message = _("days are a whole number from 1 to 3650, not %(text)s")
        raise ValueProblem(_("follow-up"), Text(message, text=repr(text)))
    return int(text)


def _names(values: Iterable[Any]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(name for value in values if (name := _text(value))))


def _text(value: Any) -> str:
    """One line of text, spaces folded; long text is cut rather than refused mid-meeting."""
    return " ".join(str(value).split())[:MAX_TEXT] if value is not None else ""


def _long(value: Any) -> str:
    """A text area's text: line breaks kept (paragraphs), ends trimmed, Windows line ends made
    plain."""
    if value is None:
        return ""
    return str(value).replace("\r\n", "\n").replace("\r", "\n").strip()[:MAX_TEXT]


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None
