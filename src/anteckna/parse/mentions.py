"""People mentioned in a text, resolved against the meeting's participants.

Full names are found first and blanked out, so "Vera" inside "Vera Lindgård" is not read a
second time; then first names, surnames, genitives and initials ("TK", "(MBH)"). A short form that
could mean two participants stays unresolved and is reported once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import chain

from anteckna.parse.people import INITIALS, PeopleIndex, genitive_base, is_name_token

# A capitalised word: a capital that starts a word, and the word characters after it. The
# character before the word is matched rather than looked behind at, which scans faster; the
# first word of the text has none and is matched apart.
# A hyphenated name ("Karl-Otto") is one word, and a capital with a full stop after a first name
# ("Helena L.") tells two people with the same first name apart.
_WORD = r"([A-ZÅÄÖÉ]\w+(?:-[A-ZÅÄÖÉ]\w+)*)(?:\s([A-ZÅÄÖ])\.)?"
_TOKEN = re.compile(r"\W" + _WORD)
_FIRST_TOKEN = re.compile(_WORD)
_NEXT_WORD = re.compile(r" ([A-ZÅÄÖÉ][\w-]+)")


@dataclass
class Mentions:
    """Full names in order of first mention, the short forms that resolved, the ambiguous ones."""

    names: list[str] = field(default_factory=list)
    aliases: dict[str, str] = field(default_factory=dict)
    ambiguous: dict[str, list[str]] = field(default_factory=dict)

    def note(self, name: str) -> None:
        if name not in self.names:
            self.names.append(name)


def _alias_form(token: str, people: PeopleIndex) -> str:
    """The short form as an alias: a genitive "Sannas" is recorded as "Sanna"."""
    base = genitive_base(token)
    if base and not people.knows(token) and people.knows(base):
        return base
    return token


@lru_cache(maxsize=64)
def _by_first_word(names: tuple[str, ...]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The names grouped by their first word, longest first in each group."""
    groups: dict[str, list[str]] = {}
    for name in sorted(names, key=len, reverse=True):
        groups.setdefault(name.split(" ", 1)[0] or name, []).append(name)
    return tuple((first, tuple(group)) for first, group in groups.items())


def _blank_full_names(text: str, names: tuple[str, ...], found: Mentions) -> str:
    """``text`` with each full name noted and replaced by spaces, scanning left to right.

    Where names overlap, the one that starts first wins, and of two that start at the same
    place the longer, as an alternation of them (longest first) would match. Names are looked
    for only where their first word stands, so that a long document with many participants
    is not searched once per name.
    """
    starts: dict[int, str] = {}  # the longest name at each place where one starts
    for first_word, group in _by_first_word(names):
        at = text.find(first_word)
        while at != -1:
            if at == 0 or not _in_word(text[at - 1]):
                name = next((n for n in group if _stands_at(text, n, at)), "")
                if len(name) > len(starts.get(at, "")):
                    starts[at] = name
            at = text.find(first_word, at + 1)
    if not starts:
        return text
    pieces = []
    done = 0
    for start in sorted(starts):
        if start < done:
            continue
        name = starts[start]
        found.note(name)
        pieces += [text[done:start], " " * len(name)]
        done = start + len(name)
    return "".join(pieces) + text[done:]


def _in_word(char: str) -> bool:
    """Whether ``char`` belongs to a name it stands in ("MariAnn", "Berg-Lund")."""
    return char.isalnum() or char in "-'’"


def _stands_at(text: str, name: str, at: int) -> bool:
    """Whether ``name`` stands at ``at`` as a whole name, perhaps in the genitive ("Ann Bergs"),
    and not as the start of a longer one ("Ann Bergman")."""
    if not text.startswith(name, at):
        return False
    end = at + len(name)
    if end < len(text) and text[end] == "s":
        end += 1
    return end >= len(text) or not _in_word(text[end])


def _someone_else(
    text: str, token: str, end: int, candidates: set[str], people: PeopleIndex
) -> bool:
    """Whether the first name ``token``, ending at ``end``, begins someone else's full name: a
    name word the meeting does not know follows it ("Ann Bergman" where Ann Berg took part).
    The surname of a participant listed by first name only is no one else's."""
    if any(not name.startswith(token + " ") for name in candidates):
        return False  # a surname, or a participant listed by first name only ("Signe")
    following = _NEXT_WORD.match(text, end)
    if not following or not is_name_token(following.group(1)):
        return False
    word = following.group(1)
    base = genitive_base(word)
    return not (people.knows(word) or (base is not None and people.knows(base)))


def find_mentions(
    text: str, people: PeopleIndex, *, skip: frozenset[str] = frozenset()
) -> Mentions:
    """Every participant ``text`` mentions. ``skip`` holds words never read as people (the
    meeting's group labels, which look like initials: "LG", "SG")."""
    found = Mentions()
    text = _blank_full_names(text, people.full_names(), found)
    first = _FIRST_TOKEN.match(text)
    for match in chain([first] if first else (), _TOKEN.finditer(text)):
        token, initial = match.group(1), match.group(2)
        if token in skip or not (is_name_token(token) or INITIALS.match(token)):
            continue
        candidates = people.candidates(token)
        if initial and len(candidates) > 1:
            token = f"{token} {initial}."
            candidates = people.candidates(token)
        elif (
            candidates
            and not initial
            and _someone_else(text, token, match.end(), candidates, people)
        ):
            continue
        if len(candidates) == 1:
            full = next(iter(candidates))
            found.note(full)
            if token != full:
                found.aliases[_alias_form(token, people)] = full
        elif len(candidates) > 1:
            found.ambiguous[token] = sorted(candidates)
    return found
