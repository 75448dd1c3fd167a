"""Follow-ups: matters that are to come back ("Ärendet tas upp igen om två veckor",
"Uppföljning: Lokalfrågan. (den 3 september 2024)")."""

from __future__ import annotations

import re
from datetime import date, timedelta

from anteckna.model import FollowUp, SourceRef
from anteckna.parse import vocabulary as v
from anteckna.parse.cues import quick, scan_from
from anteckna.parse.details import details_of
from anteckna.parse.relative_dates import follow_up_offset

_CUES = re.compile(r"(?<![\wåäö])(" + "|".join(re.escape(c) for c in v.FOLLOW_UP_CUES) + ")", re.I)
_MAYBE = quick(v.FOLLOW_UP_CUES)  # a first test for _CUES (see cues.py)
_LEADING_CONJUNCTION = re.compile(r"^(?:och|men|samt|and|but)\s+")
_CLAUSE_START = re.compile(r"(?:,\s+|;\s+|\s+(?:och|men|samt|and|but)\s+)")


def follow_up_in(sentence: str, source: SourceRef, meeting_date: date | None) -> FollowUp | None:
    """The follow-up ``sentence`` announces, or None.

    The text is the clause that holds the cue ("… och ärendet kommer åter upp om två veckor"
    keeps "ärendet kommer åter upp om två veckor."), so the agenda can quote it.
    """
    start = scan_from(_MAYBE, sentence)
    match = _CUES.search(sentence, start) if start is not None else None
    if not match:
        return None
    boundaries = [m.end() for m in _CLAUSE_START.finditer(sentence, 0, match.start())]
    text = sentence[boundaries[-1] :] if boundaries else sentence
    if boundaries and len(text.split()) < 4:
        text = sentence
    text = _LEADING_CONJUNCTION.sub("", text)
    offset = follow_up_offset(sentence[match.start() :]) or follow_up_offset(sentence)
    return _when(text.strip(), offset, None, source, meeting_date)


def listed_follow_up(paragraph: str, source: SourceRef, meeting_date: date | None) -> FollowUp:
    """The follow-up a labelled paragraph states; when it comes back is in the brackets that
    end it, else in its words."""
    details = details_of(paragraph)
    offset = details.offset() if details.when else follow_up_offset(paragraph)
    return _when(details.text, offset, details.due(meeting_date), source, meeting_date)


def _when(
    text: str,
    offset: tuple[str, int | None] | None,
    due: date | None,
    source: SourceRef,
    meeting_date: date | None,
) -> FollowUp:
    relative, days = offset if offset else (None, None)
    if meeting_date and days is not None:
        due = meeting_date + timedelta(days=days)
    return FollowUp(text, relative, days, due, source)
