"""One word → its search key: the stem that all inflected forms of the word share.

The key is found by taking endings off until none is left to take. Going on until
nothing changes is what makes the forms agree even where an ending is also part of the
word: "rektorer" loses -er and becomes "rektor", which loses -or just as "rektor" itself
does, so both end as "rekt". The conditions in _inflection keep that from running one
word into another ("kurs" keeps its s, "svart" its t).
"""

from functools import lru_cache

from ._inflection import (
    CHANGED_STEMS,
    CHANGED_TAILS,
    ENDINGS,
    GENITIVE_MIN_STEM,
    IRREGULAR,
    NO_GENITIVE_AFTER,
    NOT_CHANGED,
    SHORT_GENITIVE_AFTER,
    SONORANTS,
    VOWELS,
    syllables,
)
from ._tokens import fold

_BY_LENGTH = sorted(ENDINGS.items(), key=lambda item: len(item[0]), reverse=True)
_CHANGED = sorted(
    ((stem + tail, stem, base) for stem, base in CHANGED_STEMS.items() for tail in CHANGED_TAILS),
    key=lambda item: len(item[0]),
    reverse=True,
)


def _has_vowel(text: str) -> bool:
    return any(char in VOWELS for char in text)


def _changed_stem(word: str) -> str:
    """Undo a vowel change at the end of the word: "ledamöterna" → "ledamot"."""
    for form, stem, base in _CHANGED:
        if word.endswith(form):
            head = word[: -len(form)]
            if not any((head + stem).endswith(other) for other in NOT_CHANGED):
                return head + base
    return word


def strip_ending(word: str) -> str:
    """Take one ending off, the longest whose stem passes its test; else return word."""
    for ending, allowed in _BY_LENGTH:
        if word.endswith(ending):
            stem = word[: -len(ending)]
            if len(stem) >= 2 and _has_vowel(stem) and allowed(stem):
                return stem
    return _strip_genitive_s(word)


def _strip_genitive_s(word: str) -> str:
    """Take off an -s that no other ending explains: "rektors" → "rektor"."""
    stem = word[:-1]
    if not word.endswith("s") or len(stem) < 3 or stem[-1] in NO_GENITIVE_AFTER:
        return word
    if len(stem) >= GENITIVE_MIN_STEM or stem[-1] in SHORT_GENITIVE_AFTER:
        return stem
    return word


def tidy(stem: str) -> str:
    """Make the stem the same whichever ending was taken off.

    "programm-et" → "program", "sommar"/"somr-ar" → "som", "nyckl-ar" → "nyck",
    "ombedd"/"ombett" → "ombett".
    """
    if len(stem) > 3 and stem[-1] in "mn" and stem[-2] == stem[-1]:
        stem = stem[:-1]
    elif stem.endswith("dd") and syllables(stem) >= 2:
        stem = stem[:-2] + "tt"
    if len(stem) > 2 and stem[-1] in "lrn" and stem[-2] not in VOWELS and stem[-2] != stem[-1]:
        before = stem[-2]
        if before not in SONORANTS or (before == "m" and stem[-1] == "r"):
            stem = stem[:-1]
    return stem


@lru_cache(maxsize=200_000)
def search_key(word: str) -> str:
    """The search key of one word as written: "Skolornas" → "skol", "rektorn" → "rekt"."""
    word = fold(word)
    if not word.isalpha():
        return word
    word = IRREGULAR.get(word) or _changed_stem(word)
    previous = ""
    while word != previous:
        previous = word
        word = tidy(strip_ending(word))
    return word
