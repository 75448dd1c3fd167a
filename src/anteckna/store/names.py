"""How names are compared: pure functions shared by person and group resolution.

Names are compared case-folded with whitespace collapsed, so "greta  LIND" and "Greta Lind" are
one key, while "Greta Lind" and "Greta Lind Persson" stay two. Initials follow
``Participant.initials`` (hyphenated parts count: "Eva-Lena Ek" is "ELE").

The comparisons are cached: an import resolves the same few hundred names document after
document, each against every member of the group (a third of the cost of resolving people).
"""

from __future__ import annotations

import functools
import re

# Words that end a Swedish compound naming a body; what stands before them gives the other
# initials ("Lednings|gruppen" → LG, "Kommun|styrelsens arbets|utskott" → KSAU).
BODY_HEADS = (
    "grupp",
    "styrelse",
    "nämnd",
    "utskott",
    "råd",
    "fullmäktige",
    "kommitté",
    "beredning",
    "forum",
    "ledning",
    "team",
    "möte",
)
_CONNECTIVES = frozenset({"och", "för", "i", "av", "&", "and", "of", "the"})
_INITIALS = re.compile(r"^[A-ZÅÄÖ]{2,5}$")
_HEAD = re.compile(
    r"^(?P<modifier>\w{2,}?)s?(?P<head>" + "|".join(BODY_HEADS) + r")\w*$", re.IGNORECASE
)


@functools.lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """The comparison key of a name: case-folded, whitespace collapsed."""
    return " ".join(text.split()).casefold()


@functools.lru_cache(maxsize=1 << 16)
def initials(name: str) -> str:
    """ "Greta Ahl Berglund" → "GAB"; the same rule as ``Participant.initials``."""
    return "".join(part[0] for part in name.replace("-", " ").split() if part).upper()


@functools.lru_cache(maxsize=1 << 16)
def abbreviates(short: str, full: str) -> bool:
    """True when ``short`` is ``full`` shortened the way notes do: the first name alone
    ("Johanna"), or with later parts cut to initials ("Johanna L.", "Eva K A")."""
    parts = fold(short).replace(".", ". ").split()
    words = fold(full).split()
    if not parts or len(parts) > len(words) or parts[0] != words[0]:
        return False
    for part, word in zip(parts[1:], words[1:], strict=False):
        stem = part.rstrip(".")
        if not (word.startswith(stem) if part.endswith(".") or len(stem) == 1 else word == part):
            return False
    return True


def looks_like_initials(text: str) -> bool:
    """ "SK", "GAB": two to five capitals and nothing else."""
    return bool(_INITIALS.match(text.strip()))


@functools.lru_cache(maxsize=1 << 16)
def is_full_name(text: str, particles: frozenset[str] = frozenset()) -> bool:
    """Two or more words, each capitalised or a name particle ("Sigrid von Essen").

    This is what makes a mention a person in its own right, without the group's help: "Henrik
    Malmé" is; "Jonas", "alla rektorer" and "Barn- och utbildningsnämnden" are not.
    """
    words = text.split()
    if len(words) < 2 or not words[0][:1].isupper() or any(ch.isdigit() for ch in text):
        return False
    if any(w.endswith(".") or len(w) == 1 for w in words):
        return False  # "Johanna L." is a short form, resolved against the group
    return all(w[:1].isupper() or w.casefold() in particles for w in words)


def guess_short_name(name: str) -> str | None:
    """The short name a group is likely known by, from the initials of a compound's parts.

    "Ledningsgruppen" → "LG", "Styrgruppen" → "SG", "Barn- och utbildningsnämnden" → "BUN",
    "Kommunstyrelsens arbetsutskott" → "KSAU". None for a single simple word, whose initial
    alone would say nothing, and for a name that is already short ("LG").
    """
    if looks_like_initials(name):
        return None
    letters = []
    for word in name.replace("-", " ").split():
        if word.casefold() in _CONNECTIVES:
            continue
        match = _HEAD.match(word)
        if match:
            letters += [match["modifier"][0], match["head"][0]]
        else:
            letters.append(word[0])
    short = "".join(letters).upper()
    return short if len(short) >= 2 and short.isalpha() else None
