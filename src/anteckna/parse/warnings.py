"""The parser's warnings: what it read but would not decide, as one English sentence each.

Warnings travel as text (``Meeting.warnings``, the JSON contract, the stored meeting), so a
page in another language needs the parts back: ``read_ambiguous`` gives them to whoever
translates, from the same pattern ``ambiguous`` writes.
"""

from __future__ import annotations

import re

_SEPARATOR = " or "
_AMBIGUOUS = re.compile(r"'(?P<short>.+?)' could mean (?P<names>.+); left unresolved")


def ambiguous(short: str, names: list[str]) -> str:
    """A name or initials in the text (``short``) that fit several attendees (``names``)."""
    return f"'{short}' could mean {_SEPARATOR.join(names)}; left unresolved"


def read_ambiguous(warning: str) -> tuple[str, list[str]] | None:
    """The short form and the names of a warning ``ambiguous`` wrote; None for another."""
    found = _AMBIGUOUS.fullmatch(warning)
    if found is None:
        return None
    return found["short"], found["names"].split(_SEPARATOR)
