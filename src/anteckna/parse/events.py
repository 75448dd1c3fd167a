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

from anteckna.model import Event, SourceRef
from anteckna.parse import vocabulary as v
from anteckna.parse.dates import DateMention, find_dates
from anteckna.parse.people import PeopleIndex

_NOUN = re.compile("|".join(re.escape(n) for n in v.EVENT_NOUNS) + "|dag", re.I)
_WORD_CHARS = re.compile(r"[\w-]*$")
_WORD_END = re.compile(r"[\w]*")
_WEEKDAYS = ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag", "idag", "dag")
_CONTACT = re.compile(
    r"(?:" + "|".join(v.CONTACT_CUES) + r")\s+([A-ZÅÄÖ][\wåäö]+(?:\s[A-ZÅÄÖ][\wåäö]+)?)"
)
_DIGIT = re.compile(r"\d")
_LEADING = re.compile(r"^(?:och|samt|i|på|den|det|de|en|ett|the|and|a)\s+", re.I)
_TRAILING_WORDS = frozenset({"för", "med", "på", "i", "om", "kring", "inom", "for", "on", "with"})


@dataclass(frozen=True, slots=True)
class _Word:
    """The whole word around an occasion noun ("CESD-konferensen", "Ledningsgruppsdagar")."""

    text: str
    start: int
    end: int


def _noun(text: str) -> _Word | None:
    """The first word naming an occasion; a word on "dag" counts unless it is a weekday.

    The noun is found by one alternation and widened to its word afterwards: a pattern that
    matched whole words around the alternation costs a hundred times more per sentence.
    """
    for match in _NOUN.finditer(text):
        before = _WORD_CHARS.search(text, 0, match.start())
        start = before.start() if before else match.start()
        end = _WORD_END.match(text, match.end()).end()
        word = text[start:end]
        day_word = re.fullmatch(r"[\w-]*dag(?:en|ar|arna)?", word)
        if match.group(0).casefold() == "dag" and (word.casefold() in _WEEKDAYS or not day_word):
            continue
        return _Word(word, start, end)
    return None


def _title(text: str, noun: _Word, dates: list[DateMention]) -> str:
    """The occasion's name: the noun, a name or acronym before it, and a short phrase after
    ("CESD konferensen", "Kompetensdag för rektorer", "Budgetdialog med kommunstyrelsen")."""
    start, end = noun.start, noun.end
    before = text[:start].split()
    if before and (before[-1].isupper() or before[-1][:1].isupper()) and len(before[-1]) > 1:
        start = text.rfind(before[-1], 0, start)
    after = text[end:].split()
    taken: list[str] = []
    if after and after[0].casefold() in _TRAILING_WORDS:
        for word in after[:4]:
            if re.search(r"\d", word) or any(word in d.text for d in dates):
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
    if re.search(r"(?:senast|till den|före|innan|by|until)(?:\s+\w+dag)?\s*$", before):
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
    if not _DIGIT.search(paragraph) or _noun(paragraph) is None:
        return found
    for sentence in sentences:
        mentions = find_dates(sentence, reference=reference)
        for mention in mentions:
            if not _is_event_date(sentence, mention, meeting_date):
                continue
            noun = _noun(sentence)
            where = sentence
            if noun is None:
                noun, where = _noun(paragraph), paragraph
            if noun is None:
                continue
            title = _title(where, noun, mentions)
            end = mention.end or mention.start
            found.append(Event(title, mention.start, end, _contact(paragraph, people), source))
    return found
