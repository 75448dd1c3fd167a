"""A meeting laid out as a municipality's own notes: the words every minutes format writes.

The layout is that of the notes anteckna reads best, because they are what secretaries write:
the title and date, "Deltagare LG:" with one list per group and whoever took part at a distance
or for part of the meeting on a line of their own, "Frånvarande:", then the items under
"BESLUT" and "INFORMATION", each numbered, with its "Föredragande:" line and its text.

Decisions, actions and follow-ups are normally sentences of the item's text and are written
there, where they stand. One that is not in the text (added or reworded by hand, or written in
the browser's minutes) is written after it as a paragraph of its own behind "Beslut:",
"Åtgärd:" or "Uppföljning:", as notes do, with what the sentence cannot say itself in brackets
after it: an action's owners and deadline, when a follow-up comes back. So reading an export
back gives the same meeting, from the visible words alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from anteckna.model import ATTENDING, Action, FollowUp, Item, Meeting, Participant
from anteckna.render.document import PLAIN, Block, Document, Heading, Letterhead, Paragraph
from anteckna.render.words import clock, long_date, words

# Lines of an item's text that the layout writes itself: its presenters.
_PRESENTER_LINE = re.compile(r"^\s*(föredragande|föredragare|presenters?)\s*:", re.I)
_SPACE = re.compile(r"\s+")
_SECTIONS = {"decision": "decision_section", "information": "information_section",
             "discussion": "discussion_section"}  # fmt: skip


def layout_meeting(meeting: Meeting, letterhead: Letterhead = PLAIN) -> Document:
    """The meeting as blocks, in the order of the notes."""
    w = words(meeting.language)
    title = meeting.title or w["minutes"]
    blocks: list[Block] = [Heading(title, 1), *_facts(meeting, w)]
    blocks += _attendance(meeting, w)
    blocks += _items(meeting, w)
    return Document(title, tuple(blocks), meeting.language, letterhead)


def _facts(meeting: Meeting, w: dict[str, str]) -> Iterator[Block]:
    if meeting.date:
        yield Paragraph(long_date(meeting.date, meeting.language), label=w["date"])
    if meeting.time:
        yield Paragraph("kl. " + "–".join(map(clock, meeting.time.split("-"))), label=w["time"])
    if meeting.place:
        yield Paragraph(meeting.place, label=w["place"])


def _attendance(meeting: Meeting, w: dict[str, str]) -> Iterator[Block]:
    """One block per group in the order the groups first appear, then the absent."""
    groups: dict[str | None, list[Participant]] = {}
    for p in meeting.participants:
        if p.status in ATTENDING:
            groups.setdefault(p.group, []).append(p)
    order = sorted(groups, key=lambda g: g is not None)  # the unlabelled list first
    for position, group in enumerate(order):
        label = f"{group}:" if group else f"{w['participants']}:"
        if position == 0 and group:
            label = f"{w['participants']} {label}"
        present = [p.name for p in groups[group] if p.status == "present"]
        notes = [f"{p.name} {_note(p, w)}" for p in groups[group] if p.status != "present"]
        if present:
            text = ", ".join(present) + ("," if notes else "")
        else:
            text, notes = notes[0], notes[1:]
        yield Paragraph(text, label=label, lines=tuple(notes))
    absent = [p.name for p in meeting.participants if p.status == "absent"]
    yield Paragraph(", ".join(absent), label=w["absent"])
    titles = " ".join(item.title for item in meeting.items)
    guests = [
        _guest(p) for p in meeting.participants if p.status == "guest" and p.name not in titles
    ]
    if guests:
        yield Paragraph(", ".join(guests), label=w["guests"])
    if meeting.chair:
        yield Paragraph(meeting.chair, label=w["chair"])
    if meeting.secretary:
        yield Paragraph(meeting.secretary, label=w["secretary"])


def _guest(p: Participant) -> str:
    """A guest with their role in brackets, or the words the notes had after their name."""
    after = f"({p.role})" if p.role else p.note
    return f"{p.name} {after}" if after else p.name


def _note(p: Participant, w: dict[str, str]) -> str:
    """The participant's own note when the notes gave one, else the words for their status."""
    if p.note:
        return p.note
    if p.status == "remote":
        return w["remote"]
    start, end = clock(p.start or ""), clock(p.end or "")
    if start and end:
        return w["from_to"].format(start=start, end=end)
    if start:
        return w["joined"].format(start=start)
    if end:
        return w["left"].format(end=end)
    return w["partial"]


def _items(meeting: Meeting, w: dict[str, str]) -> Iterator[Block]:
    sectioned = any(item.section for item in meeting.items)
    if sectioned and not any(item.section == "decision" for item in meeting.items):
        yield Heading(w["decision_section"], 2)
        yield Paragraph(w["no_decisions"])
    section = None
    for item in meeting.items:
        if item.section and item.section != section:
            key = _SECTIONS.get(item.section)
            yield Heading(w[key] if key else item.section, 2)
        section = item.section or section
        yield from _item(item, w, meeting.language)


def heading_of(item: Item) -> str:
    """ "1. Budget", "§ 12 Budget", "3.2 Budget": the number as notes write it."""
    if not item.number:
        return item.title
    plain = item.number.isdigit()
    return f"{item.number}{'.' if plain else ''} {item.title}"


def _item(item: Item, w: dict[str, str], language: str) -> Iterator[Block]:
    yield Heading(heading_of(item), 3)
    if item.presenters:
        yield Paragraph(", ".join(item.presenters), label=w["presenter"])
    paragraphs = _paragraphs(item.text)
    for lines in paragraphs:
        yield Paragraph(lines[0], lines=tuple(lines[1:]))
    written = _flat(" ".join(" ".join(lines) for lines in paragraphs))
    for decision in item.decisions:
        if _flat(decision.text) not in written:
            yield Paragraph(decision.text, label=w["decision"])
    for action in item.actions:
        if _flat(action.text) not in written:
            details = _with_details(action.text, _owners(action, w), _due(action, w, language))
            yield Paragraph(details, label=w["action"])
    for follow_up in item.follow_ups:
        if _flat(follow_up.text) not in written:
            details = _with_details(follow_up.text, _comes_back(follow_up, w, language))
            yield Paragraph(details, label=w["follow_up_label"])


def _with_details(text: str, *details: str | None) -> str:
    """The sentence with what it cannot say itself in brackets after it, as notes write a
    task's owner and deadline: "Boka lokal. (ansvarig: Kim Berg; senast 20 juni 2024)"."""
    said = [detail for detail in details if detail]
    return f"{text} ({'; '.join(said)})" if said else text


def _owners(action: Action, w: dict[str, str]) -> str | None:
    return f"{w['owner']}: {', '.join(action.owners)}" if action.owners else None


def _due(action: Action, w: dict[str, str], language: str) -> str | None:
    return f"{w['due']} {long_date(action.due, language)}" if action.due else None


def _comes_back(follow_up: FollowUp, w: dict[str, str], language: str) -> str | None:
    """When the matter comes back: in so many days from the meeting, else on its day."""
    if follow_up.days is not None:
        return w["in_days"].format(n=follow_up.days)
    if follow_up.due is not None:
        return w["on_day"].format(day=long_date(follow_up.due, language))
    return None


def _paragraphs(text: str) -> list[list[str]]:
    """The item's text as paragraphs of lines, without the presenter lines written above."""
    out = []
    for chunk in re.split(r"\n\s*\n", text):
        lines = [line.strip() for line in chunk.split("\n")]
        lines = [line for line in lines if line and not _PRESENTER_LINE.match(line)]
        if lines:
            out.append(lines)
    return out


def _flat(text: str) -> str:
    return _SPACE.sub(" ", text).strip()
