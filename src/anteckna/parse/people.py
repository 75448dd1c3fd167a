"""Names: what a name looks like, and which participant a short form can only mean.

Secretaries write a person in full in the attendance list and then as a first name ("Tony"),
initials ("(TK)"), a surname or a genitive ("Tonys"). ``PeopleIndex`` answers by dictionary
lookups over the meeting's own participants; a fuzzy ratio is only a fallback for spelling
variants, and an ambiguous short form (two Marias) stays unresolved and is reported.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process

from anteckna.parse.vocabulary import NAME_PARTICLES, NOT_NAMES, NOTE_WORDS

NAME_TOKEN = re.compile(r"^[A-ZÅÄÖÉÜØÆÀÁÈÍÓÚÇŠŽ][\wåäöéüøæ'’\-]*$")
INITIALS = re.compile(r"^[A-ZÅÄÖ]{2,4}$")
_FUZZY_CUTOFF = 88


def is_name_token(token: str) -> bool:
    """A capitalised word that could be part of a person's name."""
    if not NAME_TOKEN.match(token) or token.casefold() in NOT_NAMES:
        return False
    letters = [c for c in token if c.isalpha()]
    return not (len(letters) > 1 and all(c.isupper() for c in letters))


def split_name(text: str) -> tuple[str, str]:
    """Split "Cecilia Wickenberg Rosengren deltog via Teams" into the name and what follows.

    The name is the longest run of name tokens at the start, allowing lower-case particles
    ("von") and a single-letter middle initial ("Göran T Andersson") between name tokens.
    """
    tokens = text.split()
    taken = 0
    for position, token in enumerate(tokens):
        if token.casefold().rstrip(",") in NOTE_WORDS:
            break
        following = tokens[position + 1] if position + 1 < len(tokens) else ""
        between = taken > 0 and is_name_token(following) and len(following) > 1
        if len(token.rstrip(".")) == 1:
            accepted = between and token[0].isupper()
        elif token in NAME_PARTICLES:
            accepted = between
        else:
            accepted = is_name_token(token)
        if not accepted:
            break
        taken += 1
    return " ".join(tokens[:taken]), " ".join(tokens[taken:])


def genitive_base(token: str) -> str | None:
    """"Tonys" → "Tony"; None when the word does not end in a genitive s."""
    if len(token) > 3 and token.endswith("s") and not token.endswith("ss"):
        return token[:-1]
    return None


@dataclass
class PeopleIndex:
    """Short forms of the meeting's participants, and which full names each can mean."""

    names: list[str] = field(default_factory=list)
    _keys: dict[str, set[str]] = field(default_factory=dict)

    @classmethod
    def of(cls, names: Iterable[str]) -> PeopleIndex:
        index = cls()
        for name in names:
            index.add(name)
        return index

    def add(self, name: str) -> None:
        if not name.strip() or name in self.names:
            return
        self.names.append(name)
        parts = name.replace("-", " - ").split()
        words = [p for p in parts if p != "-"]
        for key in {name, words[0], " ".join(words[1:]) if len(words) > 1 else ""}:
            if key:
                self._keys.setdefault(key.casefold(), set()).add(name)
        if len(words) > 1:
            self._keys.setdefault(words[-1].casefold(), set()).add(name)
            initials = "".join(w[0] for w in name.replace("-", " ").split()).upper()
            self._keys.setdefault("#" + initials, set()).add(name)

    def candidates(self, mention: str) -> set[str]:
        """Every participant ``mention`` could mean ("Maria" → both Marias)."""
        mention = mention.strip()
        if INITIALS.match(mention):
            return set(self._keys.get("#" + mention, ()))
        found = self._keys.get(mention.casefold())
        if found:
            return set(found)
        base = genitive_base(mention)
        if base:
            return set(self._keys.get(base.casefold(), ()))
        return set()

    def resolve(self, mention: str) -> str | None:
        """The one participant ``mention`` can only mean, or None."""
        found = self.candidates(mention)
        if len(found) == 1:
            return next(iter(found))
        if not found and len(mention.split()) >= 2 and self.names:
            best = process.extractOne(mention, self.names, scorer=fuzz.ratio)
            if best and best[1] >= _FUZZY_CUTOFF:
                return str(best[0])
        return None

    def knows(self, mention: str) -> bool:
        """Whether ``mention`` is a key of its own (not only through a genitive)."""
        key = "#" + mention if INITIALS.match(mention) else mention.casefold()
        return key in self._keys

    def is_ambiguous(self, mention: str) -> bool:
        return len(self.candidates(mention)) > 1
