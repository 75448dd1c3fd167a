"""Presenters of an item and guests introduced in it.

Presenters come from "Föredragande: X, Y" lines, initials or a name in parentheses after a
paragraph ("(TK)"), and sentences in which a person reports or presents ("X redogör för…",
"X och Y går igenom…", "X informerade om…"). A guest is a person named in full who is in no
list, introduced by an office ("I huvudet på Fastighetsdirektör Anna Berg").
"""

from __future__ import annotations

import re

from anteckna.model import Participant, SourceRef
from anteckna.parse import vocabulary as v
from anteckna.parse.attendance import names_in
from anteckna.parse.people import PeopleIndex, is_name_token
from anteckna.parse.subjects import subject_of

_INITIALS_IN_PARENS = re.compile(r"\(([A-ZÅÄÖ]{2,4})\)")
_NAME_IN_PARENS = re.compile(r"\(([A-ZÅÄÖ][a-zåäöé]{1,20})\)\s*\.?$")
_PRESENTER_VERB = re.compile(
    r"^(?:" + "|".join(re.escape(verb) for verb in v.PRESENTER_VERBS) + r")\b", re.I
)


def guest_in_title(title: str, number: str | None, source: SourceRef) -> Participant | None:
    """A guest named in full after an office word in an item's title."""
    tokens = title.split()
    for position, token in enumerate(tokens):
        if not token.casefold().endswith(v.OFFICE_SUFFIXES) or not token[0].isupper():
            continue
        name = []
        for following in tokens[position + 1 :]:
            if not is_name_token(following.strip(",.")):
                break
            name.append(following.strip(",."))
        if len(name) >= 2:
            return Participant(" ".join(name), "guest", role=token, item=number, source=source)
    return None


def from_label(text: str, people: PeopleIndex) -> list[str]:
    """Presenters listed after "Föredragande:"; collectives and unknown words stay as written."""
    return [people.resolve(name) or name for name in names_in(text)]


def from_parentheses(paragraph: str, people: PeopleIndex) -> list[str]:
    """"… (TK)" after a sentence, or a first name in brackets ending one, names who brought it."""
    found = [people.resolve(m.group(1)) for m in _INITIALS_IN_PARENS.finditer(paragraph)]
    end = _NAME_IN_PARENS.search(paragraph.strip())
    if end:
        found.append(people.resolve(end.group(1)))
    return [name for name in found if name]


def from_sentence(sentence: str, people: PeopleIndex) -> list[str]:
    """Presenters of a reporting sentence ("Elisabeth och Lila går igenom …")."""
    subject = subject_of(sentence.lstrip("•-– "), people)
    if not subject or not _PRESENTER_VERB.match(subject.rest):
        return []
    return [owner for owner in subject.owners if owner in people.names]
