"""Events: coming occasions the notes announce, with the person to turn to.

A dated phrase is an event when its sentence (or, failing that, its paragraph) names an occasion
(a conference, a training day, a dialogue, a deadline) and the date lies ahead of the meeting. The
date of a mail ("Se mejl från PC 13 april"), a due date ("senast 27 februari"), a month named in
passing or a past date is not an event. A one-day event ends the day it starts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from itertools import islice

from anteckna.model import Event, SourceRef
from anteckna.parse import vocabulary as v
from anteckna.parse.cues import quick, scan_from
from anteckna.parse.dates import DateMention, find_dates
from anteckna.parse.people import PeopleIndex

_NOUN = re.compile("|".join(re.escape(n) for n in v.EVENT_NOUNS) + "|dag", re.I)
_MAYBE_NOUN = quick((*v.EVENT_NOUNS, "dag"))  # a first test for _NOUN (see cues.py)
_DAY_WORD = re.compile(r"[\w-]*dag(?:en|ar|arna)?")
_WORD_END = re.compile(r"[\w]*")
_WEEKDAYS = ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag", "idag", "dag")
_CONTACT = re.compile(
    r"(?:" + "|".join(v.CONTACT_CUES) + r")\s+([A-ZÅÄÖ][\wåäö]+(?:\s[A-ZÅÄÖ][\wåäö]+)?)"
)
_DIGIT = re.compile(r"\d")
_NON_SPACE = re.compile(r"\S+")
_LEADING = re.compile(r"^(?:och|samt|i|på|den|det|de|en|ett|the|and|a)\s+", re.I)
_DUE_BEFORE = re.compile(r"(?:senast|till den|före|innan|by|until)(?:\s+\w+dag)?\s*$")
_TRAILING_WORDS = frozenset({"för", "med", "på", "i", "om", "kring", "inom", "for", "on", "with"})


@dataclass(frozen=True, slots=True)
class _Word:
    """The whole word around an occasion noun ("CESD-konferensen", "Ledningsgruppsdagar")."""

    text: str
    start: int
    end: int


def _word_start(text: str, end: int) -> int:
    """Where the run of word characters and hyphens that ends at ``end`` starts (a line break
    just before ``end`` is stepped over, as ``$`` would)."""
    if end and text[end - 1] == "\n":
        end -= 1
    start = end
    while start and (text[start - 1].isalnum() or text[start - 1] in "_-"):
        start -= 1
    return start


def _noun(text: str) -> _Word | None:
    """The first word naming an occasion; a word on "dag" counts unless it is a weekday.

    The noun is found by one alternation and widened to its word afterwards: a pattern that
    matched whole words around the alternation costs a hundred times more per sentence.
    """
    start = scan_from(_MAYBE_NOUN, text)
    if start is None:
        return None
    for match in _NOUN.finditer(text, start):
        start = _word_start(text, match.start())
        tail = _WORD_END.match(text, match.end())
        end = tail.end() if tail else match.end()
        word = text[start:end]
        day_word = _DAY_WORD.fullmatch(word)
        if match.group(0).casefold() == "dag" and (word.casefold() in _WEEKDAYS or not day_word):
            continue
        return _Word(word, start, end)
    return None


def _word_before(text: str, at: int) -> str:
    """The last whitespace-separated word of ``text[:at]`` ("" when there is none), read
    backwards from ``at`` so that a long paragraph is not copied for it."""
    end = at
    while end and text[end - 1].isspace():
        end -= 1
    start = end
    while start and not text[start - 1].isspace():
        start -= 1
    return text[start:end]


def _title(text: str, noun: _Word, dates: list[DateMention]) -> str:
    """The occasion's name: the noun, a name or acronym before it, and a short phrase after
    ("CESD konferensen", "Kompetensdag för rektorer", "Budgetdialog med kommunstyrelsen")."""
    start, end = noun.start, noun.end
    before = _word_before(text, start)
    if (before.isupper() or before[:1].isupper()) and len(before) > 1:
        start = text.rfind(before, 0, start)
    after = [word.group() for word in islice(_NON_SPACE.finditer(text, end), 4)]
    taken: list[str] = []
    if after and after[0].casefold() in _TRAILING_WORDS:
        for word in after[:4]:
            if _DIGIT.search(word) or any(word in d.text for d in dates):
                break
            taken.append(word.rstrip(",."))
            if word.endswith((",", ".")):
                break
        while taken and taken[-1].casefold() in _TRAILING_WORDS:
            taken.pop()
    title = " ".join([text[start:end], *taken])
    return _LEADING.sub("", title).strip(" ,.")


def _contact(text: str, people: PeopleIndex) -> str | None:
    match = _CONTACT.search(text)
    if not match:
        return None
    return people.resolve(match.group(1)) or people.resolve(match.group(1).split()[0])


def _is_event_date(text: str, mention: DateMention, meeting_date: date | None) -> bool:
    if mention.kind not in ("day", "range"):
        return False
    before = text[max(0, mention.span[0] - 30) : mention.span[0]].casefold()
    if any(word in before for word in v.NOT_EVENT_CONTEXT):
        return False
    if _DUE_BEFORE.search(before):
        return False
    return not (meeting_date and mention.start < meeting_date)


def events_in(
    sentences: list[str],
    source: SourceRef,
    people: PeopleIndex,
    reference: date | None,
    meeting_date: date | None,
) -> list[Event]:
    """Every event announced in one paragraph, given as its sentences."""
    paragraph = " ".join(sentences)
    found: list[Event] = []
    if not _DIGIT.search(paragraph):
        return found
    paragraph_noun = _noun(paragraph)
    if paragraph_noun is None:
        return found
    contact: list[str | None] = []  # the paragraph's contact, looked for once when needed
    for sentence in sentences:
        if not _DIGIT.search(sentence):
            continue  # an event needs a day, and a day is written with digits
        mentions = find_dates(sentence, reference=reference)
        dated = [m for m in mentions if _is_event_date(sentence, m, meeting_date)]
        if not dated:
            continue
        noun, where = _noun(sentence), sentence
        if noun is None:
            noun, where = paragraph_noun, paragraph
        if not contact:
            contact.append(_contact(paragraph, people))
        for mention in dated:
            title = _title(where, noun, mentions)
            end = mention.end or mention.start
            found.append(Event(title, mention.start, end, contact[0], source))
    return found
