"""Recognise a label line ("Deltagare LG:", "Frånvarande:", "## Närvarande", "Vid protokollet:").

A label says what the names after it are. Known labels come from the vocabulary; any other short
capitalised "Label:" before the first item is a group label when names follow it
("Styrgruppen: …"). The group a label names is kept as written ("LG", "Styrgruppen").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from anteckna.parse import vocabulary as v

_MARKUP = re.compile(r"^#+\s*|^\*\*|\*\*$|^__|__$|^_|_$|^\*|\*$")
_MARKS = ("#", "*", "_")  # what _MARKUP takes off: these at the start, the last two at the end
_DIGIT = re.compile(r"\d")
_DIRECTIVE = re.compile(r"^\.\.\s*[\w-]+::\s*(.*)$")
_HEAD = re.compile(r"^([A-Za-zÅÄÖåäöÉé][\wÅÄÖåäöéÉ/+&.\- ]{0,40}?)\s*:\s*(.*)$")
OTHER_LABELS = frozenset(
    {
        "plats",
        "tid",
        "datum",
        "plats och tid",
        "tid och plats",
        "justeringens plats/tid",
        "justeringens plats och tid",
        "paragrafer",
        "underskrifter",
        "organ",
        "sammanträdesdatum",
        "anslag/bevis",
        "dnr",
        "lokal",
        "location",
        "date",
        "time",
        "place",
        "mötesdatum",
        "förvaringsplats",
    }
)

# Agenda items that begin with a label word but are not lists of people.
_NOT_LABELS = frozenset({"övriga frågor", "övrigt", "övriga ärenden", "any other business"})
_BODY_LABELS = (
    _NOT_LABELS
    | v.DECISION_LABELS
    | v.ACTION_LABELS
    | v.PRESENTER_LABELS
    | v.PROPOSAL_LABELS
    | v.FOLLOW_UP_LABELS
    | frozenset(v.SECTION_WORDS)
)

_KINDS: tuple[tuple[frozenset[str], str], ...] = (
    (v.ABSENT_LABELS, "absent"),
    (v.GUEST_LABELS, "guest"),
    (v.IGNORED_PEOPLE_LABELS, "ignored"),
    (v.CHAIR_LABELS, "chair"),
    (v.SECRETARY_LABELS, "secretary"),
    (v.ADJUSTER_LABELS, "adjuster"),
    (v.PRESENT_LABELS, "present"),
    (OTHER_LABELS, "other"),
)


# The known label words with the space after them, kind by kind and longest first within a kind,
# for labels that name a group after the word: the first that starts a head is its label word.
_WORD_STARTS = tuple(
    (word + " ", kind)
    for words, kind in _KINDS[:-1]
    for word in sorted(words, key=len, reverse=True)
)
_LABEL_WORD_STARTS = tuple(start for start, _ in _WORD_STARTS)


@dataclass(frozen=True, slots=True)
class Label:
    """A recognised label: what kind of list follows, the group it names, and the rest of the
    line after it. ``colon`` tells "Frånvarande:" (an empty list when nothing follows on the
    line) from a bare heading "Närvarande" (the list is on the next lines)."""

    kind: str
    text: str
    rest: str
    colon: bool
    group: str | None = None
    role: str | None = None


@lru_cache(maxsize=8192)
def strip_markup(text: str) -> str:
    """Markdown emphasis and heading marks around a line ("## Beslut", "**Beslut**", "_X_")."""
    if text.endswith(":"):
        return strip_markup(text[:-1]) + ":"
    stripped = text.strip()
    if not stripped.startswith(_MARKS) and not stripped.endswith(_MARKS[1:]):
        return stripped  # the common case, without running _MARKUP
    previous = None
    while previous != text:
        previous = text
        text = _MARKUP.sub("", text).strip()
    return text


def _classify(head: str) -> tuple[str, str | None] | None:
    """(kind, group written after the label word) for a label head, or None when unknown."""
    folded = head.casefold().rstrip(".")
    if folded in _NOT_LABELS:
        return None
    for words, kind in _KINDS:
        if folded in words:
            return kind, None
    if not folded.startswith(_LABEL_WORD_STARTS):
        return None
    for start, kind in _WORD_STARTS:
        if folded.startswith(start):
            rest = head[len(start) - 1 :].split()
            group = " ".join(w for w in rest if w.casefold() not in v.GENERIC_LABEL_WORDS)
            return kind, group or None
    return None


def _is_body_label(head: str) -> bool:
    """Labels that belong to an item's text ("Beslut:", "Övrigt:"), never to a group."""
    folded = head.casefold().rstrip(".")
    return folded in _BODY_LABELS


@lru_cache(maxsize=8192)
def read_label(text: str, *, allow_group: bool = False) -> Label | None:
    """The label that ``text`` (one line) starts with, or None.

    ``allow_group`` admits unknown short labels ("Styrgruppen:") as group labels; callers allow
    it only in the header part of the notes and check that names follow.
    """
    text = strip_markup(text)
    directive = _DIRECTIVE.match(text)
    if directive:
        text = directive.group(1).strip()
    match = _HEAD.match(text) if ":" in text else None
    if match and not _DIGIT.search(match.group(1)):
        head, rest, colon = match.group(1).strip(), strip_markup(match.group(2)), True
    else:
        head, rest, colon = text.rstrip(":").strip(), "", False
    if len(head.split()) > 4:
        return None
    found = _classify(head)
    if found:
        kind, group = found
        role = head if head.casefold() in v.ROLE_LIST_LABELS else None
        return Label(kind, head, rest, colon, group, role)
    words = head.split()
    named = all(w[0].isupper() and w[-1].isalnum() for w in words)
    if allow_group and colon and 1 <= len(words) <= 3 and named and not _is_body_label(head):
        return Label("group", head, rest, colon, head)
    return None
