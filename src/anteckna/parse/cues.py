"""Cheap first tests for the cue-word rules: "could this sentence match at all?".

Each rule that reacts to cue words (decisions, actions, follow-ups, presenters, events) keeps its
own exact pattern, with the look-arounds and word order that say what it means. Python's ``re``
runs such a pattern slowly: an alternation of whole words, look-behinds and IGNORECASE cost a few
microseconds per sentence, and the parser asks every sentence every question. So each rule first
runs a quick pattern built here from the same vocabulary: the words as one prefix tree, on
case-folded text, with no look-arounds. It can only say "maybe"; the exact pattern decides. A
quick pattern must therefore match wherever the exact one does, which is what ``fold`` is for.

A rule whose cues must stand as whole words in ``str.casefold()`` text (no word character on
either side) can do better still: ``words_of`` splits a sentence into its words once for all such
rules, a one-word cue is then a set lookup, and a longer cue can only stand where its first word
(``first_words``) does.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

Trie = dict[str, "Trie"]

# re.IGNORECASE lets "ı" (dotless i) and "İ" (whose case folding is "i" + U+0307) match "i";
# str.casefold does not. Every other character that IGNORECASE matches to a letter of the
# vocabulary folds to that letter (checked over every code point).
_LIKE_IGNORECASE = str.maketrans({"\u0131": "i", "\u0307": None})


def trie(words: Iterable[str]) -> str:
    """The words as one prefix tree, "ma(?:j|rs)": a scan then tries each letter, not each word.

    A longer word wins over its prefix ("sept" over "sep"); a space stands for any whitespace.
    """
    tree: Trie = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}  # a word ends here
    return _render(tree)


def _render(node: Trie) -> str:
    branches = [(r"\s+" if c == " " else re.escape(c)) + _render(n) for c, n in node.items() if c]
    if not branches:
        return ""
    optional = "" in node
    if len(branches) == 1 and not optional:
        return branches[0]
    return f"(?:{'|'.join(branches)})" + ("?" if optional else "")


def quick(words: Iterable[str]) -> re.Pattern[str]:
    """A pattern that finds any of ``words`` (lower case) in folded text."""
    return re.compile(trie(sorted(set(words))))


_WORD = re.compile(r"\w+")


@lru_cache(maxsize=4096)  # several rules ask for the same sentence's words
def words_of(folded: str) -> frozenset[str]:
    """The words of case-folded text: its runs of word characters."""
    return frozenset(_WORD.findall(folded))


def first_words(cues: Iterable[str]) -> frozenset[str]:
    """The first word of each cue, as ``words_of`` finds it in a text where the cue stands."""
    return frozenset(_WORD.findall(cue)[0] for cue in cues)


@lru_cache(maxsize=4096)  # several rules fold the same sentence
def fold(text: str) -> str:
    """``text`` case-folded so that a quick pattern finds every cue an IGNORECASE pattern would
    find in ``text`` itself."""
    folded = text.casefold()
    if "\u0131" in folded or "\u0307" in folded:
        return folded.translate(_LIKE_IGNORECASE)
    return folded


def scan_from(maybe: re.Pattern[str], text: str) -> int | None:
    """Where an exact IGNORECASE pattern needs to start scanning ``text``: None when the quick
    pattern ``maybe`` finds nothing (the exact one cannot match), else the place of its first
    find, or 0 when folding changed the length of some character (places then differ).

    An exact pattern may start its scan there, since ``pattern.search(text, start)`` still sees
    the text before ``start`` for its look-behinds and word boundaries.
    """
    folded = fold(text)
    found = maybe.search(folded)
    if found is None:
        return None
    same_places = len(folded) == len(text) == len(text.casefold())
    return found.start() if same_places else 0
