"""What a person types → what every backend searches for.

The language is small on purpose, and the same on both databases:

- words: ``rektorerna`` finds every form of the word (``search_terms.search_key``);
- phrases in quotes: ``"bästa skola"`` finds the words next to each other, in any form;
- a prefix with ``*``: ``verksamhets*`` finds every word that begins so, and every form of the
  word itself (``rektor*`` finds "rektorerna", whose key "rekt" does not begin with "rektor");
- every word, phrase and prefix must be there (AND); a bare ``AND`` is allowed and ignored.

Names are words like any other: the index holds the names of the people each hit names.
A ``Query`` holds keys, never what was typed, so backends build their full-text syntax from
letters and digits alone and nothing a person types can reach SQL.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from django.utils.translation import gettext_lazy as _

from anteckna.errors import AntecknaError, Text
from anteckna.search_terms import fold, index_terms, search_key, words

# A quoted phrase (the closing quote may be missing), or a run of anything but spaces.
_PIECE = re.compile(r'"([^"]*)"?|(\S+)')
MIN_PREFIX = 2
KINDS = ("item", "decision", "action", "follow_up")


@dataclass(frozen=True, slots=True)
class Phrase:
    """Keys that must stand next to each other in this order; one key is a plain word."""

    keys: tuple[str, ...]

    def matches(self, keys: list[str], at: int) -> bool:
        """Whether ``keys`` holds this phrase starting at position ``at``."""
        return tuple(keys[at : at + len(self.keys)]) == self.keys


@dataclass(frozen=True, slots=True)
class Prefix:
    """Words whose key begins with ``start`` (what was typed, folded), or whose key is ``key``
    (the key of what was typed).

    Both, because a key can be shorter than the word typed: "rektorer*" must find
    "rektorerna", whose key is "rekt". A key that merely begins with ``key`` is not enough
    ("rektangel", key "rektang", is not a "rektor*").
    """

    start: str
    key: str

    def matches(self, keys: list[str], at: int) -> bool:
        return keys[at].startswith(self.start) or keys[at] == self.key


Term = Phrase | Prefix


@dataclass(frozen=True, slots=True)
class Query:
    """Terms that must all be found in one hit."""

    terms: tuple[Term, ...]

    def marked(self, keys: list[str]) -> set[int]:
        """Positions of the words these terms find in a text whose keys are ``keys``: what a
        snippet marks. The rule is the databases' own, so a marked word is a found word."""
        found: set[int] = set()
        for term in self.terms:
            length = len(term.keys) if isinstance(term, Phrase) else 1
            for at in range(len(keys) - length + 1):
                if term.matches(keys, at):
                    found.update(range(at, at + length))
        return found


@dataclass(frozen=True, slots=True)
class Filters:
    """What narrows a search besides its words. ``people`` are phrases of names keys, any of
    which the hit's names must hold (one person can have been found under several names).

    ``meetings`` is SQL selecting the ids of the meetings hits may come from, with its
    parameters (the meetings a user may see, from ``access``), or None for every meeting: it
    narrows the matches before ranking, so a page of hits never holds one the user may not
    see. ``offset`` skips that many of the best hits (the pages after the first).
    """

    kind: str | None = None
    start: date | None = None
    end: date | None = None
    group_id: int | None = None
    people: tuple[Phrase, ...] = ()
    limit: int = 20
    offset: int = 0
    meetings: tuple[str, tuple[object, ...]] | None = None


def parse_query(text: str) -> Query:
    """``Query`` for what was typed; ``AntecknaError`` when nothing in it can be searched."""
    terms: list[Term] = []
    for phrase, bare in _PIECE.findall(text):
        if phrase:
            terms.extend(_phrase(index_terms(phrase)))
        elif bare == "AND":
            continue
        elif bare.endswith("*"):
            terms.extend(_prefix(bare.rstrip("*")))
        else:
            terms.extend(_phrase(index_terms(bare)))
    if not terms:
        message = _("nothing to search for in %(text)s (give a word, a name or a phrase)")
        raise AntecknaError(Text(message, text=repr(text)))
    return Query(tuple(dict.fromkeys(terms)))


def _phrase(keys: list[str]) -> list[Term]:
    return [Phrase(tuple(keys))] if keys else []


def _prefix(text: str) -> list[Term]:
    """``verksamhets*`` → a Prefix; words before the last one ("23/24*") are plain words."""
    found = words(text)
    if not found:
        return []
    start = fold(found[-1])
    if len(start) < MIN_PREFIX:
        message = _("%(text)s*: a prefix needs at least %(least)s letters")
        raise AntecknaError(Text(message, text=text, least=MIN_PREFIX))
    return [*_phrase([search_key(w) for w in found[:-1]]), Prefix(start, search_key(start))]


def names_phrase(name: str) -> Phrase | None:
    """The keys of a person's name as a phrase, for ``Filters.people``."""
    keys = index_terms(name)
    return Phrase(tuple(keys)) if keys else None
