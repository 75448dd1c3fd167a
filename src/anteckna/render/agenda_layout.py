"""An agenda laid out for sending out: the meeting's facts, then a table of the items with who
presents each, the minutes set aside, the time of day each starts at when the meeting's start
is known, and the total."""

from __future__ import annotations

import re
from collections.abc import Iterator

from anteckna.model.agenda import Agenda, AgendaItem
from anteckna.render.document import PLAIN, Block, Document, Heading, Letterhead, Paragraph, Table
from anteckna.render.words import long_date, words

_START = re.compile(r"^\s*(?:kl\.?\s*)?(\d{1,2})(?:[.:](\d{2}))?")


def layout_agenda(agenda: Agenda, letterhead: Letterhead = PLAIN) -> Document:
    w = words("sv")
    title = agenda.title or f"{w['agenda']} – {agenda.group}"
    blocks: list[Block] = [Heading(title, 1)]
    blocks.append(Paragraph(agenda.group, label=w["group"]))
    blocks.append(Paragraph(long_date(agenda.date, "sv"), label=w["date"]))
    if agenda.time:
        blocks.append(Paragraph(agenda.time, label=w["time"]))
    if agenda.place:
        blocks.append(Paragraph(agenda.place, label=w["place"]))
    blocks.append(_table(agenda, w))
    organisation = letterhead.organisation or agenda.organisation
    return Document(title, tuple(blocks), "sv", Letterhead(organisation, letterhead.logo))


def _table(agenda: Agenda, w: dict[str, str]) -> Table:
    starts = list(_starts(agenda))
    clocked = any(starts)
    rows = []
    for number, (item, start) in enumerate(zip(agenda.items, starts, strict=True), 1):
        minutes = w["minutes_unit"].format(n=item.minutes) if item.minutes else ""
        cells = (f"{number}.", *((start,) if clocked else ()), _title(item, w))
        rows.append((*cells, item.presenter or "", minutes))
    total = w["minutes_unit"].format(n=agenda.total_minutes)
    header = (w["number"], *((w["clock"],) if clocked else ()), w["item"])
    footer = ("", *(("",) if clocked else ()), w["total"], "", total)
    widths = (10, *((14,) if clocked else ()), 100 - (14 if clocked else 0), 38, 18)
    return Table((*header, w["presenter"].rstrip(":"), w["minutes_column"]),
                 tuple(rows), footer, widths)  # fmt: skip


def _title(item: AgendaItem, w: dict[str, str]) -> str:
    """The item's title, and on a second line where it comes from."""
    source = item.source
    if item.kind == "requested":
        return f"{item.title}\n{w['requested']}"
    if source is None or item.kind == "standing":
        return item.title
    when = long_date(source.date, "sv") if source.date else source.title
    where = w["follow_up" if item.kind == "follow_up" else "action_review"].format(when=when)
    if source.item:
        where += f", {w['item_ref'].format(number=source.item)}"
    detail = f": {source.text}" if item.kind == "action_review" and source.text else ""
    return f"{item.title}\n{where}{detail}"


def _starts(agenda: Agenda) -> Iterator[str]:
    """The time of day each item starts, from the meeting's start and the minutes before it;
    empty once an item without minutes makes the rest unknown."""
    match = _START.match(agenda.time or "")
    now = int(match.group(1)) * 60 + int(match.group(2) or 0) if match else None
    for item in agenda.items:
        yield f"{now // 60:02d}.{now % 60:02d}" if now is not None else ""
        now = now + item.minutes if now is not None and item.minutes else None
