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
from anteckna.parse.cues import fold, quick, scan_from, trie
from anteckna.parse.people import PeopleIndex, is_name_token
from anteckna.parse.subjects import subject_of

_INITIALS_IN_PARENS = re.compile(r"\(([A-ZÅÄÖ]{2,4})\)")
_NAME_IN_PARENS = re.compile(r"\(([A-ZÅÄÖ][a-zåäöé]{1,20})\)\s*\.?$")
_ANY_PRESENTER_VERB = re.compile(
    r"\b(?:" + "|".join(re.escape(verb) for verb in v.PRESENTER_VERBS) + r")\b", re.I
)
_MAYBE_PRESENTER_VERB = quick(v.PRESENTER_VERBS)  # a first test (see cues.py)
_PRESENTER_VERB = re.compile(
    r"^(?:" + "|".join(re.escape(verb) for verb in v.PRESENTER_VERBS) + r")\b", re.I
)


def guest_in_title(title: str, number: str | None, source: SourceRef) -> Participant | None:
    """A guest named in full after an office word in an item's title."""
    found = _guests(title, number, source)
    return found[0] if found else None


def guests_in_text(text: str, number: str | None, source: SourceRef) -> list[Participant]:
    """Guests introduced in body text ("Fastighetschef Anna Berg deltog under punkten")."""
    return _guests(text, number, source)


# A first test (see cues.py): some word must end in an office for _guests to find anything.
# It runs on the text reversed, where the endings start words: a scan for the start of one of
# them is much faster than a scan for the end of one.
_OFFICES_REVERSED = tuple(suffix[::-1] for suffix in v.OFFICE_SUFFIXES)
_MAYBE_OFFICE_REVERSED = re.compile(rf"\s(?:{trie(_OFFICES_REVERSED)})")


def _maybe_office(text: str) -> bool:
    backwards = fold(text)[::-1]
    return backwards.startswith(_OFFICES_REVERSED) or bool(_MAYBE_OFFICE_REVERSED.search(backwards))


def _guests(text: str, number: str | None, source: SourceRef) -> list[Participant]:
    found: list[Participant] = []
    if not _maybe_office(text):
        return found
    tokens = text.split()
    for position, token in enumerate(tokens):
        if not token.casefold().endswith(v.OFFICE_SUFFIXES):
            continue
        name = []
        for following in tokens[position + 1 :]:
            if not is_name_token(following.strip(",.")):
                break
            name.append(following.strip(",."))
        if len(name) >= 2:
            found.append(
                Participant(" ".join(name), "guest", role=token, item=number, source=source)
            )
    return found


def is_full_name(text: str) -> bool:
    """Two or more name words: enough to make an unknown person a guest."""
    words = text.split()
    return len(words) >= 2 and all(is_name_token(w) for w in words)


def from_label(text: str, people: PeopleIndex) -> list[str]:
    """Presenters listed after "Föredragande:"; collectives and unknown words stay as written,
    and an office before a name ("controller Anna Berg") is left out."""
    found = []
    for part in names_in(text):
        words = part.split()
        while len(words) > 2 and not words[0][0].isupper():
            words = words[1:]
        name = " ".join(words)
        found.append(people.resolve(name) or name)
    return found


def from_parentheses(paragraph: str, people: PeopleIndex) -> list[str]:
    """ "… (TK)" after a sentence, or a first name in brackets ending one, names who brought it."""
    if "(" not in paragraph:
        return []
    found = [people.resolve(m.group(1)) for m in _INITIALS_IN_PARENS.finditer(paragraph)]
    end = _NAME_IN_PARENS.search(paragraph.strip())
    if end:
        found.append(people.resolve(end.group(1)))
    return [name for name in found if name]


def from_sentence(sentence: str, people: PeopleIndex) -> list[str]:
    """Presenters of a reporting sentence ("Vera och Hugo går igenom …")."""
    start = scan_from(_MAYBE_PRESENTER_VERB, sentence)
    if start is None or not _ANY_PRESENTER_VERB.search(sentence, start):
        return []
    subject = subject_of(sentence.lstrip("•-– "), people)
    if not subject or not _PRESENTER_VERB.match(subject.rest):
        return []
    return [owner for owner in subject.owners if owner in people.names]
