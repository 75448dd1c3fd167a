"""Text → Meeting: the parser, as the list of its steps.

``parse`` is deterministic and keeps nothing between calls: rules and small dictionaries
(``vocabulary.py``), no network, no model.
"""

from __future__ import annotations


from datetime import date

from anteckna.model import Meeting, Participant, SourceInfo
from anteckna.parse.attendance import read_attendance
from anteckna.parse.header import date_of, language_of, time_of, title_of
from anteckna.parse.items import Context, read_item
from anteckna.parse.layout import find_layout
from anteckna.parse.normalise import logical_text, normalise
from anteckna.parse.people import PeopleIndex

__all__ = ["parse"]


def parse(
    text: str,
    *,
    meeting_date: date | None = None,
    file_name: str | None = None,
    sha256: str | None = None,
) -> Meeting:
    """Read one meeting's notes. ``meeting_date`` (from the command line) wins over the text."""
    lines = normalise(text)
    layout = find_layout(lines)
    attendance = read_attendance(lines, layout.header_end)
    title = title_of(lines, layout.header_end)
    when = meeting_date or date_of(lines, layout.header_end, title)
    language = language_of(logical_text(lines))
    people = PeopleIndex.of(p.name for p in attendance.participants)
    context = Context(people, language, when, frozenset(attendance.groups))
    ends = [start.index for start in layout.items[1:]] + [len(lines)]
    ends = [_body_end(layout.sections, start.index, end) for start, end in zip(layout.items, ends)]
    items = tuple(read_item(lines, s, e, context) for s, e in zip(layout.items, ends))
    return Meeting(
        title=title,
        groups=tuple(attendance.groups),
        date=when,
        time=time_of(lines, layout.header_end),
        language=language,
        participants=tuple(_with_guests(attendance.participants, context.guests)),
        chair="; ".join(attendance.chairs) or None,
        secretary="; ".join(attendance.secretaries) or None,
        items=items,
        roles=tuple(dict.fromkeys(context.roles)),
        aliases=dict(context.mentions.aliases),
        warnings=tuple(_warnings(context)),
        source=SourceInfo(file_name, sha256),
    )


def _body_end(sections: tuple[int, ...], start: int, end: int) -> int:
    """An item ends at the next item or at a section heading before it."""
    return min([s for s in sections if start < s < end] + [end])


def _with_guests(participants: list[Participant], guests: list[Participant]) -> list[Participant]:
    known = {p.name for p in participants}
    return participants + [g for g in guests if g.name not in known]


def _warnings(context: Context) -> list[str]:
    return [
        f"'{short}' could mean {' or '.join(names)}; left unresolved"
        for short, names in sorted(context.mentions.ambiguous.items())
    ]


