"""Text → Meeting: the parser, as the list of its steps.

``parse`` is deterministic and keeps nothing between calls: rules and small dictionaries
(``vocabulary.py``), no network, no model.
"""

from __future__ import annotations

from datetime import date

from anteckna import __version__
from anteckna.model import Item, Meeting, Participant, SourceInfo
from anteckna.parse.attendance import read_attendance
from anteckna.parse.dates import date_from_filename
from anteckna.parse.decisions import own_bodies
from anteckna.parse.header import date_of, language_of, place_of, time_of, title_of
from anteckna.parse.items import Context, read_item
from anteckna.parse.labels import strip_markup
from anteckna.parse.layout import Layout, find_layout, section_of
from anteckna.parse.normalise import Line, logical_text, normalise
from anteckna.parse.numbering import ItemStart
from anteckna.parse.people import PeopleIndex
from anteckna.parse.warnings import ambiguous

__all__ = ["VERSION", "parse"]

VERSION = f"anteckna {__version__}"
"""Stored with every imported document, so a later parser can tell what read it."""


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
    people = PeopleIndex.of(
        (p.name for p in attendance.participants),
        absent=(p.name for p in attendance.participants if p.status == "absent"),
    )
    reference = when or (date_from_filename(file_name) if file_name else None)
    context = Context(
        people,
        language,
        when,
        reference,
        frozenset(attendance.groups),
        own_bodies(attendance.groups, title),
    )
    items = tuple(_read_items(lines, layout, context))
    return Meeting(
        title=title,
        groups=tuple(attendance.groups),
        date=when,
        time=time_of(lines, layout.header_end),
        place=place_of(lines, layout.header_end),
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


def _read_items(lines: list[Line], layout: Layout, context: Context) -> list[Item]:
    """The items in document order, each running to the next item or section heading.

    Text that stands directly under a section heading ("BESLUT" followed by a decision rather
    than by numbered items) is read as an item titled by the heading, kept only when it holds
    a decision or an action, so that no decision is lost for want of an item.
    """
    starts = list(layout.items)
    for marker in layout.sections:
        starts.append(
            ItemStart(
                marker,
                marker + 1,
                None,
                strip_markup(lines[marker].text),
                section_of(lines[marker].text),
                kind="section",
            )
        )
    starts.sort(key=lambda start: start.index)
    bounds = [start.index for start in starts[1:]] + [len(lines)] if starts else []
    items = []
    for start, end in zip(starts, bounds, strict=True):
        item = read_item(lines, start, end, context)
        if start.kind != "section" or item.decisions or item.actions:
            items.append(item)
    return items


def _with_guests(participants: list[Participant], guests: list[Participant]) -> list[Participant]:
    known = {p.name for p in participants}
    return participants + [g for g in guests if g.name not in known]


def _warnings(context: Context) -> list[str]:
    return [ambiguous(short, names) for short, names in sorted(context.mentions.ambiguous.items())]
