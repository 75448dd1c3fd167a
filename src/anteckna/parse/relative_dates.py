"""Relative phrases: dates that count from the meeting ("i morgon", "nästa vecka") and the
"come back to this" phrases of follow-ups ("om två veckor", "till nästa möte", "efter sommaren").
"""

from __future__ import annotations

import re
from calendar import monthrange
from datetime import date, timedelta

from anteckna.parse.cues import trie
from anteckna.parse.date_words import FULL_MONTH, PART, PREPOSITION, SEASON_WORDS, fold

RELATIVE: dict[str, tuple[str, int]] = {
    "i morgon": ("day", 1), "imorgon": ("day", 1), "tomorrow": ("day", 1),
    "i övermorgon": ("day", 2),
    "nästa vecka": ("week", 1), "next week": ("week", 1),
    "nästa månad": ("month", 1), "next month": ("month", 1),
}  # fmt: skip
NUMBER_WORDS: dict[str, int] = {
    "en": 1, "ett": 1, "ett par": 2, "två": 2, "tre": 3, "fyra": 4, "fem": 5, "sex": 6, "sju": 7,
    "åtta": 8, "nio": 9, "tio": 10, "elva": 11, "tolv": 12,
    "a": 1, "an": 1, "one": 1, "a couple of": 2, "two": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip
# Days per unit; a month counts as 30 days because a follow-up is a due date, not a calendar.
UNIT_DAYS: dict[str, int] = {
    "dag": 1, "dagar": 1, "vecka": 7, "veckor": 7, "månad": 30, "månader": 30,
    "day": 1, "days": 1, "week": 7, "weeks": 7, "month": 30, "months": 30,
}  # fmt: skip
LATER_WORDS = ("jul", "nyår", "semestern", "christmas", "the holidays")  # follow-ups only


def relative_span(phrase: str, reference: date) -> tuple[date, date | None]:
    """The day, week or month a relative phrase (a key of ``RELATIVE``) names from
    ``reference``: "i morgon" is the next day, "nästa vecka" next Monday to Sunday."""
    unit, amount = RELATIVE[" ".join(phrase.split())]
    if unit == "day":
        return reference + timedelta(days=amount), None
    if unit == "week":
        start = reference + timedelta(days=7 * amount - reference.weekday())
        return start, start + timedelta(days=6)
    start = (reference.replace(day=1) + timedelta(days=32 * amount)).replace(day=1)
    return start, start.replace(day=monthrange(start.year, start.month)[1])


_FOLLOW_UP_RE = re.compile(
    rf"\b(?:(?:om|inom|in|within)\s+(?P<n>\d{{1,3}}|{trie(NUMBER_WORDS)})\s+"
    rf"(?P<unit>{trie(UNIT_DAYS)})\b"
    r"|(?P<meeting>(?:nästa|kommande|nästkommande|next)\s+(?:[\w-]*möte|sammanträde|meeting))\b"
    r"|(?P<week>nästa\s+vecka|next\s+week)\b"
    rf"|(?:{PART}|(?:{PREPOSITION})\s+(?:the\s+)?)"
    rf"(?:{FULL_MONTH}|(?:{SEASON_WORDS}|{trie(LATER_WORDS)})\b))"
)


def follow_up_offset(phrase: str) -> tuple[str, int | None] | None:
    """The first "come back to this" phrase in ``phrase``: (as written, offset in days or None).

    "om två veckor" is 14 days and "om en månad" 30 (a month counts as 30 days); "nästa vecka"
    is 7. Phrases that name no distance ("nästa möte", "i maj", "efter sommaren") give None:
    the caller resolves them against the meeting calendar.
    """
    match = _FOLLOW_UP_RE.search(fold(phrase))
    if match is None:
        return None
    written = phrase[match.start() : match.end()]
    if match["week"]:
        return written, 7
    if not match["n"]:
        return written, None
    number = " ".join(match["n"].split())
    count = int(number) if number.isdigit() else NUMBER_WORDS[number]
    return written, count * UNIT_DAYS[match["unit"]]
