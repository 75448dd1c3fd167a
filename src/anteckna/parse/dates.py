"""Dates in Swedish and English meeting notes, and the date a file name carries.

Plain regular expressions compiled at import: the parser runs them over every document, and a
general date library reads too much ("23/24" in "Verksamhetsplan 23/24" is a school year).

Year inference: a date written without a year gets the year that puts the mention's last day on
or after ``reference`` (normally the meeting date). With reference 2023-05-08, "18 april" is
2024-04-18, "13 maj" is 2023-05-13 and "i maj" is May 2023 (the month has not ended). A past
date written without a year is therefore read as next year's; callers that know a sentence looks
back must correct it. Without a reference, year-less and relative mentions are not returned at
all, so that a parse never depends on the day it runs.

The words dates are written in are in ``date_words``; relative phrases and follow-up distances
in ``relative_dates``; clock times in ``times``.
"""

from __future__ import annotations

import re
from calendar import monthrange
from collections.abc import Callable
from datetime import date
from functools import lru_cache
from pathlib import PurePath
from typing import NamedTuple

from anteckna.parse.cues import trie
from anteckna.parse.date_words import (
    AFTER_WORDS,
    AUTUMN,
    FULL_MONTH,
    MONTH,
    MONTH_PARTS,
    MONTHS,
    NEEDS_CUE,
    NOT_DATES,
    PART,
    PREPOSITION,
    PREPOSITIONS,
    SEASON_WORDS,
    SEASONS,
    SUMMER,
    fold,
)
from anteckna.parse.relative_dates import RELATIVE, relative_span


class DateMention(NamedTuple):
    """A date or date range found in text.

    ``end`` is set for everything longer than a day: ranges ("18–19 april 2024"), weeks
    (Monday..Sunday), months ("i juni" is 1..30 June) and terms. ``text`` and ``span`` are the
    phrase as written, for provenance. Cue words such as "senast" or "den" stay outside it, but
    the preposition that makes a bare month a mention ("i juni") is inside.
    ``has_year`` is false when the year was inferred from the reference date.
    A tuple, like ``normalise.Line``, because every candidate date is built before most are
    dropped.
    """

    start: date
    end: date | None
    text: str
    span: tuple[int, int]
    kind: str  # "day" | "range" | "week" | "month" | "season" | "relative"
    has_year: bool


_DAY = r"[0-3]?\d"
_ORD = r"(?:st|nd|rd|th|:[ae])?"
_YEAR = r"(?:19|20)\d\d(?!\d)"
_SEP = r"(?:\s*[-–—]\s*|\s+(?:till|to|until|through|t\.o\.m\.?)\s+)"

# The patterns run on lower-cased text, only where an anchor (below) says a phrase could start:
# one scan of the document instead of one per pattern is what keeps find_dates fast.
_ISO_RE = re.compile(
    r"(?<![\d/.])(?P<y>(?:19|20)\d\d)(?P<s>[-/])(?P<m>[01]?\d)(?P=s)(?P<d>[0-3]?\d)(?!\d|[-/.]\d)"
)
_COMPACT_RE = re.compile(
    r"(?<![\d\-+/.,])(?P<y>199\d|20\d\d|2100)(?P<m>[01]\d)(?P<d>[0-3]\d)(?!\d|[-/.,]\d)"
)
_DOTTED_RE = re.compile(
    r"(?<![\d.])(?P<d>[0-3]?\d)\.(?P<m>[01]?\d)\.(?P<y>(?:19|20)\d\d)(?!\d|\.\d)"
)
# "18 05 02" (YY MM DD) only when no other digit group stands beside it: phone numbers do.
_SPACED_RE = re.compile(
    r"(?<![\d\-+/.,:])(?<!\d\s)(?P<y>\d\d) (?P<m>[01]\d) (?P<d>[0-3]\d)(?!\d|\s\d|[-/.,:]\d)"
)
# Day/month, never month/day: "17/1", "17/1 2024", "17/1-24", "17-18/1", "17/1-18/1".
_SLASH_RE = re.compile(
    r"(?<![\d/.\-:])(?P<d>[0-3]?\d)(?:/(?P<m>[01]?\d)|(?=\s?[-–]\s?\d{1,2}/))"
    r"(?:\s?[-–]\s?(?P<d2>[0-3]?\d)/(?P<m2>[01]?\d))?"
    r"(?:(?:-|\s(?=(?:19|20)\d\d))(?P<y>(?:19|20)?\d\d))?"
    r"(?![\d/]|-\d|\s+(?:av|of|dels?|delar)\b)"  # "3/4 av rektorerna" is a fraction
)
_DAY_FIRST_RE = re.compile(
    rf"(?<![\d.,:/\-–])(?P<d1>{_DAY}){_ORD}(?:{_SEP}(?P<d2>{_DAY}){_ORD})?\s+(?:of\s+)?"
    rf"(?P<m1>{MONTH})(?:,?\s+(?P<y1>{_YEAR}))?"
    rf"(?:{_SEP}(?P<d3>{_DAY}){_ORD}\s+(?:of\s+)?(?P<m2>{MONTH})(?:,?\s+(?P<y2>{_YEAR}))?)?"
)
_MONTH_FIRST_RE = re.compile(
    rf"(?P<mf>{MONTH})\s+(?:the\s+)?(?P<d1>{_DAY}){_ORD}(?:{_SEP}(?P<d2>{_DAY}){_ORD})?"
    rf"(?![\d:]|\.\d)(?:,?\s+(?P<y1>{_YEAR}))?"
)
_MONTH_PERIOD_RE = re.compile(
    rf"(?:{PART}|(?P<pre>{PREPOSITION})\s+)?(?P<mp>{FULL_MONTH})"
    r"(?!\s+(?:the\s+)?\d{1,2}(?!\d))"  # "by April 4" is a day, not April
    rf"(?:\s+(?P<y1>{_YEAR}))?"
)
# A bare "v" needs two digits ("v12"), so that versions such as "v2" stay out.
_WEEK_RE = re.compile(
    r"(?:(?:veckorna|vecka|weeks|week|wk)\s*|v\.\s*|v\s+|v(?=\d\d))(?P<w1>\d{1,2})"
    rf"(?:\s*[-–]\s*(?:v\.?\s*)?(?P<w2>\d{{1,2}}))?(?!\d|[.:,]\d)(?:,?\s+(?P<y>{_YEAR}))?"
)
_SEASON_RE = re.compile(
    r"(?:(?P<term>ht|vt)\s?-?\s?(?P<ty>(?:19|20)?\d\d)(?!\d)"
    rf"|(?:(?P<pre>{PREPOSITION})\s+(?:the\s+)?)?(?P<season>{SEASON_WORDS})\b"
    rf"(?:\s+(?P<y>{_YEAR}))?)"
)
_RELATIVE_RE = re.compile(rf"(?:{trie(RELATIVE)})\b")
# Where a phrase can start; the patterns are only tried there (see _RULES). Digits and words are
# scanned apart, which is faster than one scan for both. A number must look like part of a date
# ("17/1", "5 maj", "18 05 02"), and its shape decides which patterns are tried.
_ANCHOR_KINDS: dict[str, str] = {
    **dict.fromkeys(MONTHS, "month"),
    **dict.fromkeys([*PREPOSITIONS, *MONTH_PARTS, "the"], "cue"),
    **dict.fromkeys(SEASONS, "season"),
    **dict.fromkeys(["veckorna", "vecka", "weeks", "week", "wk", "v"], "week"),
    **dict.fromkeys(RELATIVE, "relative"),
}
_WORD_ANCHOR_RE = re.compile(rf"\b(?:{trie(_ANCHOR_KINDS)})(?![^\W\d])")
_NUMBER_ANCHOR_RE = re.compile(  # the lookahead starts after the first digit; it names the shape
    r"\d(?<!\d\d)(?=(?P<separated>\d{0,3}\s?[-/.–—]\s?\d)|(?P<spaced>\d \d\d \d\d)"
    rf"|(?P<compact>\d{{7}}(?!\d))|(?P<written>\d?{_ORD}\s+(?:of\s+)?{MONTH}|\d?{_SEP}\d))"
)

Built = tuple[date, date | None]
Resolved = tuple[date, date | None, bool]
Builder = Callable[[int], Built]
Handler = Callable[[re.Match[str], str, date | None], DateMention | None]


def _year(text: str | None) -> int | None:
    """Two-digit years pivot at 70: "24" is 2024, "99" is 1999."""
    if not text:
        return None
    year = int(text)
    return year if len(text) == 4 else year + (2000 if year < 70 else 1900)


def _month(match: re.Match[str], group: str, text: str) -> int | None:
    """Month number of a name or abbreviation; lower-case "may" is the English verb, not May."""
    start, end = match.span(group)
    return None if text[start:end] == "may" else MONTHS.get(match[group].rstrip("."))


def _resolve(build: Builder, year: int | None, reference: date | None) -> Resolved | None:
    """Build with the written year, else with the first year whose end is on/after ``reference``.

    Years up to four ahead are tried so that "29 feb" finds a leap year.
    """
    if year is not None:
        try:
            return (*build(year), True)
        except ValueError:
            return None
    if reference is None:
        return None
    for candidate in range(reference.year - 1, reference.year + 5):
        try:
            start, end = build(candidate)
        except ValueError:
            continue
        if (end or start) >= reference:
            return start, end, False
    return None


def _mention(
    match: re.Match[str], text: str, resolved: Resolved | None, kind: str = ""
) -> DateMention | None:
    if resolved is None:
        return None
    start, end, has_year = resolved
    kind = kind or ("range" if end else "day")
    return DateMention(start, end, text[match.start() : match.end()], match.span(), kind, has_year)


def _days(first: tuple[int, int], last: tuple[int, int], start_year: int | None) -> Builder:
    """A day or day range from (month, day) pairs; the year handed to the builder is the end's."""

    def build(year: int) -> Built:
        end = date(year, *last)
        start = date(start_year or (year - 1 if first[0] > last[0] else year), *first)
        if start > end:
            raise ValueError("the range ends before it starts")
        return start, (end if end > start else None)

    return build


def _on_numeric(match: re.Match[str], text: str, reference: date | None) -> DateMention | None:
    g = match.groupdict()
    month = g["m"] or g.get("m2")
    if month is None or match[0] in NOT_DATES:
        return None
    first = (int(month), int(g["d"]))
    last = (int(g["m2"]), int(g["d2"])) if g.get("d2") else first
    return _mention(match, text, _resolve(_days(first, last, None), _year(g["y"]), reference))


def _on_written_day(match: re.Match[str], text: str, reference: date | None) -> DateMention | None:
    g = match.groupdict()
    first_group = "m1" if g.get("m1") else "mf"
    if first_group == "mf" and not text[match.start()].isupper():  # month first: "April 4"
        return None
    first_month = _month(match, first_group, text)
    last_month = _month(match, "m2", text) if g.get("m2") else first_month
    if first_month is None or last_month is None:
        return None
    crosses = bool(g.get("d3"))  # "18 april–2 maj"
    start_year = _year(g["y1"]) if crosses else None
    written = (_year(g["y2"]) or start_year) if crosses else _year(g["y1"])
    last_day = int(g.get("d3") or g["d2"] or g["d1"])
    build = _days((first_month, int(g["d1"])), (last_month, last_day), start_year)
    return _mention(match, text, _resolve(build, written, reference))


def _on_month(match: re.Match[str], text: str, reference: date | None) -> DateMention | None:
    g = match.groupdict()
    month = _month(match, "mp", text)
    if not (g["part"] or g["pre"] or g["y1"]) or month is None:
        return None  # a bare month name is too weak ("April" in a heading)
    first, last = MONTH_PARTS[g["part"]] if g["part"] else (1, 31)

    def build(year: int) -> Built:
        return date(year, month, first), date(year, month, min(last, monthrange(year, month)[1]))

    return _mention(match, text, _resolve(build, _year(g["y1"]), reference), "month")


def _on_week(match: re.Match[str], text: str, reference: date | None) -> DateMention | None:
    first, last = int(match["w1"]), int(match["w2"] or match["w1"])

    def build(year: int) -> Built:  # ISO weeks: Monday to Sunday
        if last < first:
            raise ValueError("weeks out of order")
        return date.fromisocalendar(year, first, 1), date.fromisocalendar(year, last, 7)

    return _mention(match, text, _resolve(build, _year(match["y"]), reference), "week")


def _on_season(match: re.Match[str], text: str, reference: date | None) -> DateMention | None:
    g = match.groupdict()
    word = g["term"] or g["season"]
    if word in NEEDS_CUE and not (g["pre"] or g["y"]):
        return None
    bounds = AUTUMN if g["pre"] in AFTER_WORDS and SEASONS[word] == SUMMER else SEASONS[word]
    (m1, d1), (m2, d2) = bounds

    def build(year: int) -> Built:
        return date(year, m1, d1), date(year, m2, d2)

    return _mention(match, text, _resolve(build, _year(g["ty"] or g["y"]), reference), "season")


def _on_relative(match: re.Match[str], text: str, reference: date | None) -> DateMention | None:
    if reference is None:
        return None
    return _mention(match, text, (*relative_span(match[0], reference), False), "relative")


_RULES: dict[str, tuple[tuple[re.Pattern[str], Handler], ...]] = {
    "separated": (
        *((pattern, _on_numeric) for pattern in (_ISO_RE, _DOTTED_RE, _SLASH_RE)),
        (_DAY_FIRST_RE, _on_written_day),  # "18–19 april"
    ),
    "spaced": ((_SPACED_RE, _on_numeric),),
    "compact": ((_COMPACT_RE, _on_numeric),),
    "written": ((_DAY_FIRST_RE, _on_written_day),),
    "month": ((_MONTH_FIRST_RE, _on_written_day), (_MONTH_PERIOD_RE, _on_month)),
    "cue": ((_MONTH_PERIOD_RE, _on_month), (_SEASON_RE, _on_season), (_RELATIVE_RE, _on_relative)),
    "season": ((_SEASON_RE, _on_season),),
    "week": ((_WEEK_RE, _on_week),),
    "relative": ((_RELATIVE_RE, _on_relative),),
}


def find_dates(text: str, reference: date | None = None) -> list[DateMention]:
    """Every date mention in ``text``, in reading order; where mentions overlap the longest wins.

    Without ``reference``, mentions whose year is not written (and relative ones) are left out.
    "nästa möte" is never returned: it names no date (see ``follow_up_offset``).
    """
    folded = fold(text)
    found = []
    anchors = [(number.start(), number.lastgroup) for number in _NUMBER_ANCHOR_RE.finditer(folded)]
    for word in _WORD_ANCHOR_RE.finditer(folded):
        anchors.append((word.start(), _ANCHOR_KINDS.get(" ".join(word[0].split()), "")))
    for position, kind in anchors:
        for pattern, handler in _RULES.get(kind or "", ()):
            match = pattern.match(folded, position)
            if match and (mention := handler(match, text, reference)):
                found.append(mention)
    if len(found) < 2:  # most texts hold no date, or one: nothing overlaps
        return found
    found.sort(key=lambda m: m.span[0] - m.span[1])  # longest first, stable for ties
    taken = bytearray(len(text))
    kept = []
    for mention in found:
        start, end = mention.span
        if 1 not in taken[start:end]:
            taken[start:end] = b"\1" * (end - start)
            kept.append(mention)
    return sorted(kept, key=lambda m: m.span)


def parse_date(text: str, reference: date | None = None) -> date | None:
    """The first day-precise date in ``text`` (a range gives its first day), or None."""
    for mention in find_dates(text, reference):
        if mention.kind in ("day", "range") or (mention.kind == "relative" and not mention.end):
            return mention.start
    return None


_FILENAME_DIGITS_RE = re.compile(
    r"(?<!\d)(?P<y>(?:19|20)?\d\d)(?P<s>[-_. ]?)(?P<m>[01]\d)(?P=s)(?P<d>[0-3]\d)(?!\d)"
)
_SUFFIX_RE = re.compile(r"\.[A-Za-z][A-Za-z0-9]{0,4}$")


@lru_cache(maxsize=256)  # the parser and the import's reader both ask for the same name
def date_from_filename(name: str) -> date | None:
    """The meeting date a file name carries: "lg_2024-01-17.pdf", "240117 LG.docx", "20240117".

    A written date comes first; then YYMMDD or YYYYMMDD, bare or split by one kind of separator
    ("2024_01_17"). A year alone ("budget 2023.xlsx") is no date; an impossible date gives None.
    """
    stem = _SUFFIX_RE.sub("", PurePath(name).name).replace("_", " ")
    for mention in find_dates(stem):
        if mention.kind == "day":
            return mention.start
    for match in _FILENAME_DIGITS_RE.finditer(stem):
        try:
            return date(_year(match["y"]) or 0, int(match["m"]), int(match["d"]))
        except ValueError:
            continue
    return None
