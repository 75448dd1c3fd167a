"""What notes put in brackets after a listed task or follow-up: "(ansvarig: Kim Berg; senast
20 juni 2024)", "(om 14 dagar)", "(den 25 juni 2024)".

Notes name a task's owners and deadline this way when the sentence itself does not, and
anteckna's own notes export writes them so (``render.minutes``) wherever a sentence cannot
carry them. The brackets count only when every part is one of these: owners after a label
word, or a "when" (a deadline, a distance in time or a date); any other bracket is the text's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from anteckna.parse import vocabulary as v
from anteckna.parse.dates import parse_date
from anteckna.parse.relative_dates import follow_up_offset

_BRACKETS = re.compile(r"\s*\(([^()]+)\)\s*$")
_NAMES = re.compile(r"\s*,\s*|\s+(?:och|and)\s+")


@dataclass(frozen=True, slots=True)
class Details:
    """``text`` without the brackets; ``owners`` None when the brackets name none; ``when``
    the time phrase as written."""

    text: str
    owners: tuple[str, ...] | None = None
    when: str | None = None

    def due(self, reference: date | None) -> date | None:
        """The day ``when`` names, counted from ``reference`` for a distance in time."""
        return parse_date(self.when, reference) if self.when else None

    def offset(self) -> tuple[str, int | None] | None:
        """``when`` as a distance ("om 14 dagar": 14) when it is one."""
        return follow_up_offset(self.when) if self.when else None


def details_of(text: str) -> Details:
    """The sentence and the details in the brackets that end it (none: the text as it is)."""
    match = _BRACKETS.search(text)
    if match is None:
        return Details(text)
    owners: tuple[str, ...] | None = None
    when = None
    for part in (p.strip() for p in match.group(1).split(";")):
        head, colon, rest = part.partition(":")
        if colon and head.strip().casefold() in v.OWNER_LABELS and rest.strip():
            owners = tuple(n for n in _NAMES.split(rest.strip()) if n)
        elif when is None and (follow_up_offset(part) or parse_date(part)):
            when = part
        else:
            return Details(text)
    return Details(text[: match.start()].rstrip(), owners, when)
