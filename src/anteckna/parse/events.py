"""Events: coming occasions the notes announce, with the person to turn to.

A dated phrase is an event when its paragraph names an occasion (a conference, a training day,
a deadline) and the date lies ahead of the meeting. The date of a mail ("Se mejl från PC
13 april"), a month named in passing, or a past date is not an event.
"""

from __future__ import annotations

import re
from datetime import date

from anteckna.model import Event, SourceRef
from anteckna.parse import vocabulary as v
from anteckna.parse.dates import find_dates
from anteckna.parse.people import PeopleIndex

_NOUN = re.compile(
    r"((?:[A-ZÅÄÖ][\wÅÄÖåäö]*[- ])?[\wÅÄÖåäö-]*(?:" + "|".join(re.escape(n) for n in v.EVENT_NOUNS)
    + r")[\wåäö]*)",
    re.I,
)
_CONTACT = re.compile(r"(?:" + "|".join(v.CONTACT_CUES) + r")\s+([A-ZÅÄÖ][\wåäö]+(?:\s[A-ZÅÄÖ][\wåäö]+)?)")


def _title(paragraph: str) -> str | None:
    match = _NOUN.search(paragraph)
    return match.group(1).strip() if match else None


def events_in(
    paragraph: str, source: SourceRef, people: PeopleIndex, meeting_date: date | None
) -> list[Event]:
    """Every event announced in one paragraph."""
    title = _title(paragraph)
    if title is None:
        return []
    found = []
    for mention in find_dates(paragraph, reference=meeting_date):
        if mention.kind not in ("day", "range"):
            continue
        before = paragraph[max(0, mention.span[0] - 30) : mention.span[0]].casefold()
        if any(word in before for word in v.NOT_EVENT_CONTEXT):
            continue
        if meeting_date and mention.start < meeting_date:
            continue
        contact_match = _CONTACT.search(paragraph)
        contact = None
        if contact_match:
            contact = people.resolve(contact_match.group(1)) or people.resolve(
                contact_match.group(1).split()[0]
            )
        found.append(Event(title, mention.start, mention.end, contact, source))
    return found
