"""The meeting's own facts from the header part: title, date, time, place and language."""

from __future__ import annotations

import re
from collections import Counter
from datetime import date

from anteckna.parse import vocabulary as v
from anteckna.parse.dates import find_dates
from anteckna.parse.labels import read_label, strip_markup
from anteckna.parse.normalise import Line
from anteckna.parse.times import parse_time_range

_HEADING = re.compile(r"^#{1,2}\s+(.+)$")
_RULE = re.compile(r"={3,}")
_WORD = re.compile(r"[a-zåäö]+")
_CLOCK_TIME = re.compile(r"\bkl\.?\s*(\d{1,2}(?:[.:]\d{2})?(?:\s*[-–]\s*\d{1,2}(?:[.:]\d{2})?)?)")


def title_of(lines: list[Line], header_end: int) -> str | None:
    """The document's own heading: a top Markdown/setext heading, else the first line that
    starts with a title word ("Mötesanteckningar", "Protokoll"), else the first line unless it
    is a label ("Närvarande: …") rather than a heading. Notes that open with their first item
    have no title: the item's heading is not the meeting's."""
    head = [line for line in lines[:header_end][:40] if not line.blank]
    for position, line in enumerate(head[:5]):
        match = _HEADING.match(line.text)
        if match:
            return strip_markup(match.group(1))
        following = head[position + 1].text if position + 1 < len(head) else ""
        if _RULE.fullmatch(following):
            return line.text
    for line in head:
        text = strip_markup(line.text)
        if text.casefold().startswith(v.TITLE_WORDS) and read_label(text) is None:
            return text
    first = strip_markup(head[0].text) if head else ""
    if not first or len(first) >= 120 or read_label(first, allow_group=True) is not None:
        return None
    return first


def date_of(lines: list[Line], header_end: int, title: str | None) -> date | None:
    """The first fully written date in the header part (or the title)."""
    texts = ([title] if title else []) + [line.text for line in lines[: max(header_end, 1)][:60]]
    for text in texts:
        for mention in find_dates(text):
            if mention.has_year and mention.kind in ("day", "range"):
                return mention.start
    return None


def time_of(lines: list[Line], header_end: int) -> str | None:
    """ "kl. 13.00–15.00" in the header as "13:00-15:00"."""
    for line in lines[: max(header_end, 1)][:60]:
        match = _CLOCK_TIME.search(line.text)
        if match:
            times = parse_time_range(match.group(1))
            if times:
                return times[0] + (f"-{times[1]}" if times[1] else "")
    return None


def place_of(lines: list[Line], header_end: int) -> str | None:
    """What follows "Plats:" (or "Lokal:", "Place:") on its own line in the header."""
    for line in lines[: max(header_end, 1)][:60]:
        label = read_label(line.text)
        if label and label.colon and label.rest and label.text.casefold() in v.PLACE_LABELS:
            return label.rest
    return None


def language_of(text: str) -> str:
    counts = Counter(_WORD.findall(text.casefold()))
    swedish = sum(counts[w] for w in v.SWEDISH_MARKERS)
    english = sum(counts[w] for w in v.ENGLISH_MARKERS)
    return "en" if english > swedish else "sv"
