"""People mentioned in a text, resolved against the meeting's participants.

Full names are found first and blanked out, so "Magnus" inside "Magnus Prochéus" is not read a
second time; then first names, surnames, genitives and initials ("TK", "(MBH)"). A short form that
could mean two participants stays unresolved and is reported once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from anteckna.parse.people import INITIALS, PeopleIndex, genitive_base, is_name_token

_TOKEN = re.compile(r"(?<![\wÅÄÖåäöé])([A-ZÅÄÖÉ][\wÅÄÖåäöé]+)(?![\wÅÄÖåäöé])")


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
    """The short form as an alias: a genitive "Tonys" is recorded as "Tony"."""
    base = genitive_base(token)
    if base and not people.knows(token) and people.knows(base):
        return base
    return token


def find_mentions(
    text: str, people: PeopleIndex, *, skip: frozenset[str] = frozenset()
) -> Mentions:
    """Every participant ``text`` mentions. ``skip`` holds words never read as people (the
    meeting's group labels, which look like initials: "LG", "SG")."""
    found = Mentions()
    pattern = people.full_names()
    if pattern is not None:

        def blank(match: re.Match[str]) -> str:
            found.note(match.group(0))
            return " " * len(match.group(0))

        text = pattern.sub(blank, text)
    for match in _TOKEN.finditer(text):
        token = match.group(1)
        if token in skip or not (INITIALS.match(token) or is_name_token(token)):
            continue
        candidates = people.candidates(token)
        if len(candidates) == 1:
            full = next(iter(candidates))
            found.note(full)
            if token != full:
                found.aliases[_alias_form(token, people)] = full
        elif len(candidates) > 1:
            found.ambiguous[token] = sorted(candidates)
    return found
