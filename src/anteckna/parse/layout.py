"""Where the items are: the agenda-level units of the notes and the sections they stand in.

Notes organise themselves in one of a few ways: numbered items ("1.", "§ 5", "5 §", "3.2",
"AU 1"), headings (Markdown, setext or reStructuredText underlines), bold pseudo-headings, or a
plain list of topics. The highest level that is actually used is the item level; headings above
the first attendance block are header material, and "BESLUT"/"INFORMATION" lines are sections
the following items belong to. A numbered line inside a paragraph whose number does not follow on
is not an item.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from anteckna.parse import vocabulary as v
from anteckna.parse.labels import read_label, strip_markup
from anteckna.parse.normalise import Line
from anteckna.parse.numbering import ItemStart, lone_numbered_item, numbered_items, numbered_line
from anteckna.parse.paragraphs import is_label_line

_UNDERLINE = re.compile(r"^(=+|-+|~+|\^+|\*+|#+)$")
_MD_HEADING = re.compile(r"^(#{1,6})\s+(.+?)\s*#*$")
_BOLD_LINE = re.compile(r"^(?:\*\*|__)(.+?)(?:\*\*|__):?$")
_UNDERLINE_MARKS = ("=", "-", "~", "^", "*", "#")


@dataclass(frozen=True, slots=True)
class Layout:
    """The item starts in document order and the index where the header part ends."""

    items: tuple[ItemStart, ...]
    header_end: int
    sections: tuple[int, ...]


def _heading(lines: list[Line], index: int) -> tuple[int, str] | None:
    """(level, text) when ``lines[index]`` is a heading; bold lines are level 9."""
    line = lines[index]
    if line.blank or line.bullet:
        return None
    # Each pattern is tried only where the character it must start with is there.
    match = _MD_HEADING.match(line.text) if line.text[0] == "#" else None
    if match:
        return len(match.group(1)), match.group(2).strip()
    following = lines[index + 1].text if index + 1 < len(lines) else ""
    underline = _UNDERLINE.match(following) if following[:1] in _UNDERLINE_MARKS else None
    if underline and len(following) >= 3 and not _UNDERLINE.match(line.text):
        return {"=": 1, "-": 2}.get(following[0], 3), line.text
    bold = _BOLD_LINE.match(line.text) if line.text.startswith(("**", "__")) else None
    if bold:
        return 9, bold.group(1).strip()
    return None


def section_of(text: str) -> str | None:
    """ "decision" / "information" / … for a section heading's text."""
    word = strip_markup(text).rstrip(":").strip().casefold()
    return v.SECTION_WORDS.get(word)


def _next_text(lines: list[Line], index: int) -> str:
    for following in range(index + 1, len(lines)):
        if not lines[following].blank:
            return lines[following].text
    return ""


def _is_section(lines: list[Line], index: int) -> bool:
    """ "BESLUT" / "INFORMATION" before the items it heads (or before "Inga beslutspunkter")."""
    text = lines[index].text
    if section_of(text) is None:
        return False
    following = _next_text(lines, index)
    styled = strip_markup(text).rstrip(":").isupper() or _heading(lines, index) is not None
    leads_items = numbered_line(following) is not None
    says_none = following.casefold().startswith(v.NO_DECISION_PHRASES)
    word = strip_markup(text).rstrip(":").strip().casefold()
    standalone = (index == 0 or lines[index - 1].blank) and (
        index + 1 >= len(lines) or lines[index + 1].blank
    )
    section_only = standalone and word not in v.DECISION_LABELS and word != "decisions"
    return (
        (styled and (leads_items or says_none)) or (leads_items and len(text) < 30) or section_only
    )


def _is_styled_section(lines: list[Line], index: int) -> bool:
    """A capitalised "BESLUT" (or a heading) above the first item: a section, whatever follows."""
    text = lines[index].text
    if lines[index].blank or section_of(text) is None:
        return False
    return strip_markup(text).rstrip(":").isupper() or _heading(lines, index) is not None


def _first_people_label(lines: list[Line]) -> int | None:
    for index, line in enumerate(lines):
        label = None if line.blank else read_label(line.text)
        if label and label.kind in ("present", "absent", "ignored", "guest"):
            return index
    return None


def _heading_items(lines: list[Line], headings: list[tuple[int, int, str]]) -> list[ItemStart]:
    if not headings:
        return []
    people = _first_people_label(lines)
    body = [
        (i, level, text)
        for i, level, text in headings
        if (people is None or i > people)
        and read_label(text) is None
        and strip_markup(text).rstrip(":").casefold() not in v.AGENDA_HEADINGS
    ]
    if body and body[0][1] == 1 and sum(1 for h in body if h[1] == 1) == 1:
        body = body[1:]
    if not body:
        return []
    levels = sorted({level for _, level, _ in body})
    level = next((lv for lv in levels if sum(1 for h in body if h[1] == lv) >= 2), levels[0])
    starts = []
    for i, lv, text in body:
        if lv != level:
            continue
        numbered = numbered_line(text)
        number, title = numbered if numbered else (None, text)
        starts.append(ItemStart(i, i + 1, number, strip_markup(title), None))
    return starts


def _bullet_items(lines: list[Line], first: int) -> list[ItemStart]:
    """Top-level bullets as items, when the whole body is a bullet list of topics."""
    body = [i for i in range(first, len(lines)) if not lines[i].blank]
    top = [i for i in body if lines[i].bullet and lines[i].indent <= 1]
    if len(top) < 2 or any(not lines[i].bullet for i in body):
        return []
    return [ItemStart(i, i + 1, None, lines[i].text, None) for i in top]


def _width(lines: list[Line]) -> int:
    """The width the body was wrapped at: the length most long lines reach."""
    lengths = sorted(len(line.text) for line in lines if len(line.text) > 20)
    return lengths[int(len(lengths) * 0.9)] if lengths else 80


def _is_plain_heading(lines: list[Line], index: int, width: int, last_text: int) -> bool:
    """A short unpunctuated line that opens a block of text: a heading whose style was lost."""
    line = lines[index]
    last = index == last_text
    if line.blank or line.bullet or (not last and lines[index + 1].blank):
        return False
    if last and (len(line.text.split()) > 4 or any(c.isdigit() for c in line.text)):
        return False
    if index > 0 and not lines[index - 1].blank:
        return False
    text = line.text
    words = text.split()
    if len(text) > min(80, 0.8 * width) or len(words) > 12 or text[-1] in ".!?:;,":
        return False
    if not (text[0].isupper() or text[0].isdigit()) or words[-1].casefold() in v.CONTINUING_WORDS:
        return False
    return read_label(text) is None and not is_label_line(text)


def _plain_items(lines: list[Line], sections: list[int]) -> list[ItemStart]:
    people = _first_people_label(lines)
    first = people + 1 if people is not None else 0
    width = _width(lines)
    last_text = max((i for i, line in enumerate(lines) if not line.blank), default=-1)
    excluded = set(sections)
    starts = [
        _plain_start(lines, i)
        for i in range(first, len(lines))
        if i not in excluded and _is_plain_heading(lines, i, width, last_text)
    ]
    return starts if len(starts) >= 2 else []


def _plain_start(lines: list[Line], index: int) -> ItemStart:
    """A plain heading as an item, with its number when it has one ("1. Läget")."""
    numbered = numbered_line(lines[index].text)
    number, title = numbered if numbered else (None, lines[index].text)
    return ItemStart(index, index + 1, number, title, None)


def find_layout(lines: list[Line]) -> Layout:
    """The items of the notes, the sections they stand in, and where the header ends."""
    headings = [(i, *h) for i in range(len(lines)) if (h := _heading(lines, i))]
    sections = [i for i in range(len(lines)) if not lines[i].blank and _is_section(lines, i)]
    known = set(sections)
    proper = [h for h in headings if h[1] < 9 and h[0] not in known]
    starts = _heading_items(lines, proper)
    if not starts:
        starts = numbered_items(lines, 0)
    if not starts:
        starts = _heading_items(lines, [h for h in headings if h[1] == 9])
    if not starts:
        people = _first_people_label(lines)
        starts = _bullet_items(lines, (people or 0) + 1) if people is not None else []
    if not starts:
        starts = _plain_items(lines, sections)
    if not starts:
        starts = lone_numbered_item(lines)
    first_item = starts[0].index if starts else len(lines)
    early = [i for i in range(first_item) if _is_styled_section(lines, i) and i not in known]
    sections = sorted(sections + early)
    placed = []
    for start in starts:
        before = bisect_left(sections, start.index)  # how many sections come before the item
        section = section_of(lines[sections[before - 1]].text) if before else None
        placed.append(start.in_section(section))
    header_end = min([s.index for s in placed] + [i for i in sections], default=len(lines))
    return Layout(tuple(placed), header_end, tuple(sections))
