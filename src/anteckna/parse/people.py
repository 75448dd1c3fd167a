"""Names: what a name looks like, and which participant a short form can only mean.

Secretaries write a person in full in the attendance list and then as a first name ("Sanna"),
initials ("(SB)"), a surname or a genitive ("Sannas"). ``PeopleIndex`` answers by dictionary
lookups over the meeting's own participants; a fuzzy ratio is only a fallback for spelling
variants, and an ambiguous short form (two Marias) stays unresolved and is reported.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz import fuzz, process

from anteckna.parse.vocabulary import NAME_PARTICLES, NOT_NAMES, NOTE_WORDS

NAME_TOKEN = re.compile(r"^[A-ZÅÄÖÉÜØÆÀÁÈÍÓÚÇŠŽ][\wåäöéüøæ'’\-]*$")
INITIALS = re.compile(r"^[A-ZÅÄÖ]{2,4}$")
_FUZZY_CUTOFF = 88
_FIRST_AND_INITIAL = re.compile(r"^(\w+)\s+([A-ZÅÄÖ])\.?$")


@lru_cache(maxsize=8192)
def is_name_token(token: str) -> bool:
    """A capitalised word that could be part of a person's name."""
    if not NAME_TOKEN.match(token) or token.casefold() in NOT_NAMES:
        return False
    if any(part and not part[0].isupper() for part in token.split("-")):
        return False
    letters = [c for c in token if c.isalpha()]
    return not (len(letters) > 1 and all(c.isupper() for c in letters))


@lru_cache(maxsize=4096)
def split_name(text: str) -> tuple[str, str]:
    """Split "Vera Lind Sjöholm deltog via Teams" into the name and what follows.

    The name is the longest run of name tokens at the start, allowing lower-case particles
    ("von") and a single-letter middle initial ("Ola T Nordin") between name tokens.
    """
    tokens = text.split()
    taken = 0
    for position, raw in enumerate(tokens):
        token = raw.rstrip(",;")
        if token.casefold() in NOTE_WORDS:
            break
        following = tokens[position + 1].rstrip(",;") if position + 1 < len(tokens) else ""
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
        if raw != token:
            break
    name = " ".join(tokens[:taken]).rstrip(",;")
    return name, " ".join(tokens[taken:]).lstrip(",; ")


def _same_initials(mention: str, name: str) -> bool:
    """A misspelt name keeps its words and their first letters ("Vera Lindgard"); a name with
    other words ("Joann Berg" for "Ann Berg") is another person's, however close the letters."""
    words, others = mention.split(), name.split()
    return len(words) == len(others) and all(
        a[0].casefold() == b[0].casefold() for a, b in zip(words, others, strict=True)
    )


def genitive_base(token: str) -> str | None:
    """ "Sannas" → "Sanna"; None when the word does not end in a genitive s."""
    if len(token) > 3 and token.endswith("s") and not token.endswith("ss"):
        return token[:-1]
    return None


@dataclass
class PeopleIndex:
    """Short forms of the meeting's participants, and which full names each can mean."""

    names: list[str] = field(default_factory=list)
    absent: set[str] = field(default_factory=set)
    _keys: dict[str, set[str]] = field(default_factory=dict)
    _full_names: tuple[str, ...] | None = None
    _memo: dict[str, set[str]] = field(default_factory=dict)
    _known: set[str] = field(default_factory=set, repr=False, compare=False)  # ``names`` as a set

    def full_names(self) -> tuple[str, ...]:
        """Every full name, longest first (of equal lengths, the first listed), kept until the
        next ``add``. Plain strings: a pattern of them would be compiled anew for each document.
        """
        if self._full_names is None:
            self._full_names = tuple(
                sorted((n for n in self.names if " " in n), key=len, reverse=True)
            )
        return self._full_names

    @classmethod
    def of(cls, names: Iterable[str], absent: Iterable[str] = ()) -> PeopleIndex:
        index = cls()
        for name in names:
            index.add(name)
        index.absent.update(absent)
        index._memo.clear()
        return index

    def add(self, name: str) -> None:
        if not name.strip() or name in self._known:
            return
        self._known.add(name)
        self.names.append(name)
        self._full_names = None
        self._memo.clear()
        words = name.split()
        keys = {name.casefold(), words[0].casefold()}
        if len(words) > 1:
            keys.update((" ".join(words[1:]).casefold(), words[-1].casefold()))
            keys.add("#" + "".join(w[0] for w in name.replace("-", " ").split()).upper())
        for key in keys:
            self._keys.setdefault(key, set()).add(name)

    def candidates(self, mention: str) -> set[str]:
        """Every participant ``mention`` could mean ("Eva" → both Evas).

        When a short form fits several people but only one of them attended, it means that one:
        "Johanna" in notes where the other Johanna is listed as absent.
        """
        known = self._memo.get(mention)
        if known is not None:
            return known
        found = self._all_candidates(mention)
        attending = {name for name in found if name not in self.absent}
        result = attending if len(found) > 1 and len(attending) == 1 else found
        self._memo[mention] = result
        return result

    def _all_candidates(self, mention: str) -> set[str]:
        mention = mention.strip()
        initial = _FIRST_AND_INITIAL.match(mention)
        if initial:
            first = self._keys.get(initial.group(1).casefold(), set())
            return {n for n in first if n.split()[-1].startswith(initial.group(2))}
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
            if best and best[1] >= _FUZZY_CUTOFF and _same_initials(mention, str(best[0])):
                return str(best[0])
        return None

    def knows(self, mention: str) -> bool:
        """Whether ``mention`` is a key of its own (not only through a genitive)."""
        key = "#" + mention if INITIALS.match(mention) else mention.casefold()
        return key in self._keys

    def is_ambiguous(self, mention: str) -> bool:
        return len(self.candidates(mention)) > 1
