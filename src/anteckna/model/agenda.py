"""The draft or published agenda of a group's next meeting, as plain data.

Built by ``services.agenda`` from the archive (standing items, follow-ups that fall due, actions
to review, items members asked for) and written out by ``render`` (Markdown, DOCX, PDF, JSON).
Kept apart from ``Meeting`` because an agenda is a plan, not a record: it has minutes per item
and says where each entry came from, but no attendance, decisions or actions of its own.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Literal

AgendaKind = Literal["standing", "follow_up", "action_review", "requested"]
AGENDA_KINDS: tuple[AgendaKind, ...] = ("standing", "follow_up", "action_review", "requested")


@dataclass(frozen=True, slots=True)
class AgendaSource:
    """The earlier meeting and item an entry comes back from; ``text`` is the sentence that sent
    it back ("Ärendet tas upp igen om två veckor.") or the action to review."""

    meeting: int
    date: date | None
    item: str | None
    title: str
    text: str


@dataclass(frozen=True, slots=True)
class AgendaItem:
    """One entry of the agenda. ``minutes`` is the time set aside for it, None when not planned."""

    title: str
    kind: AgendaKind = "standing"
    presenter: str | None = None
    minutes: int | None = None
    source: AgendaSource | None = None


@dataclass(frozen=True, slots=True)
class Agenda:
    """The agenda of one group's meeting on ``date``; ``time``/``place`` as the group's rhythm
    gives them ("13.00–15.00"), ``organisation`` for the heading of an exported document."""

    group: str
    date: date
    items: tuple[AgendaItem, ...] = ()
    title: str | None = None
    time: str | None = None
    place: str | None = None
    organisation: str | None = None

    @property
    def total_minutes(self) -> int:
        """The planned time of all items that have one."""
        return sum(item.minutes or 0 for item in self.items)


def agenda_to_dict(agenda: Agenda) -> dict[str, object]:
    """The agenda in the JSON shape the README documents."""
    return {
        "group": agenda.group,
        "date": agenda.date.isoformat(),
        "title": agenda.title,
        "time": agenda.time,
        "place": agenda.place,
        "total_minutes": agenda.total_minutes,
        "items": [
            {
                "title": item.title,
                "kind": item.kind,
                "presenter": item.presenter,
                "minutes": item.minutes,
                "source": None
                if item.source is None
                else {
                    "meeting": item.source.meeting,
                    "date": item.source.date.isoformat() if item.source.date else None,
                    "item": item.source.item,
                    "title": item.source.title,
                    "text": item.source.text,
                },
            }
            for item in agenda.items
        ],
    }
