"""Snippets: a short piece of a hit's own text with the words the query found marked.

They are made here, in Python, from the text as stored, and not by FTS5's ``snippet()`` or
PostgreSQL's ``ts_headline()``: those work on what the index holds (our keys, not the words)
and differ from each other, while a snippet must show the words as written and be the same
whichever database answered. A word is marked when its key satisfies a term of the query by
the very rule the databases apply to the keys (``Query.marked``), so "rektorerna" is marked
for ``rektor`` and "rektangel" never is.
"""

from __future__ import annotations

import html
import unicodedata
from dataclasses import dataclass

from anteckna.search_terms import search_key, words
from anteckna.services.search.query import Query

WIDTH = 24  # words in a snippet
BEFORE = 5  # words of context kept before the first marked word
ELLIPSIS = "…"


@dataclass(frozen=True, slots=True)
class Snippet:
    """Pieces of text in order, each marked or not; render with ``marked()`` or ``html()``."""

    parts: tuple[tuple[str, bool], ...]

    def marked(self, open_: str = "[", close: str = "]") -> str:
        """The snippet as plain text, found words between ``open_`` and ``close``."""
        return "".join(f"{open_}{text}{close}" if hit else text for text, hit in self.parts)

    def html(self) -> str:
        """The snippet as HTML, escaped, found words in ``<mark>``."""
        return "".join(
            f"<mark>{html.escape(text)}</mark>" if hit else html.escape(text)
            for text, hit in self.parts
        )

    def __str__(self) -> str:
        return self.marked()


def spans(text: str) -> list[tuple[int, int]]:
    """Where each word of ``text`` (as ``search_terms.words`` reads them) starts and ends."""
    found = []
    at = 0
    for word in words(text):
        at = text.index(word, at)
        found.append((at, at + len(word)))
        at += len(word)
    return found


def make_snippet(text: str, query: Query, width: int = WIDTH) -> Snippet:
    """The ``width`` words of ``text`` that hold the most found words (the first such run),
    with a little context before them; the start of the text when no word is found there
    (the hit was found by its title or by a name)."""
    text = unicodedata.normalize("NFC", text)
    where = spans(text)
    if not where:
        return Snippet(_joined([(_squeeze(text), False)]))
    keys = [search_key(text[a:b]) for a, b in where]
    marked = query.marked(keys)
    first = _best_window(marked, len(where), width)
    last = min(len(where), first + width)
    parts: list[tuple[str, bool]] = [(ELLIPSIS + " ", False)] if first > 0 else []
    cursor = where[first][0] if first > 0 else 0
    for i in range(first, last):
        a, b = where[i]
        if i in marked:
            parts.append((_squeeze(text[cursor:a]), False))
            parts.append((text[a:b], True))
            cursor = b
    end = where[last - 1][1] if last < len(where) else len(text.rstrip())
    parts.append((_squeeze(text[cursor:end]), False))
    if last < len(where):
        parts.append((" " + ELLIPSIS, False))
    return Snippet(_joined(parts))


def _best_window(marked: set[int], count: int, width: int) -> int:
    """The first word of the snippet: a few words before the densest run of found words."""
    if not marked:
        return 0
    ordered = sorted(marked)
    best, best_count = ordered[0], 0
    for i, start in enumerate(ordered):
        inside = sum(1 for p in ordered[i:] if p < start + width - BEFORE)
        if inside > best_count:
            best, best_count = start, inside
    return max(0, min(best - BEFORE, count - width))


def _squeeze(text: str) -> str:
    """Line breaks and runs of spaces as one space: a snippet is one line."""
    squeezed = " ".join(text.split())
    if text[:1].isspace() and squeezed:
        squeezed = " " + squeezed
    if text[-1:].isspace() and squeezed:
        squeezed += " "
    return squeezed or (" " if text else "")


def _joined(parts: list[tuple[str, bool]]) -> tuple[tuple[str, bool], ...]:
    """Neighbouring unmarked pieces as one, no space at either end, empty pieces dropped."""
    joined: list[tuple[str, bool]] = []
    for text, hit in parts:
        if joined and not hit and not joined[-1][1]:
            joined[-1] = (joined[-1][0] + text, False)
        else:
            joined.append((text, hit))
    if joined and not joined[0][1]:
        joined[0] = (joined[0][0].lstrip(), False)
    if joined and not joined[-1][1]:
        joined[-1] = (joined[-1][0].rstrip(), False)
    return tuple((text, hit) for text, hit in joined if text)
