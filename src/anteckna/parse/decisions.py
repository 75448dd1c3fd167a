"""Decisions: what this meeting settled, in the notes' own words.

A sentence is a decision when it is labelled one ("Beslut: …", "DECISION: …", the paragraph
after a "Beslut" line, a bullet of a "Beslut"/"Decisions" item) or when the meeting itself is the
subject of a deciding verb ("Mötet beslutade att …", "Det beslutades …", "Agreement on …").
Decisions other bodies take ("fattas av kommunfullmäktige", "partierna har enats",
"DIGG has decided") and proposals or wishes are not this meeting's.
"""

from __future__ import annotations

import re

from anteckna.parse import vocabulary as v

_WISHES = re.compile(r"\b(bör|borde|kanske|vill|föreslår|förslag till|should|might|maybe)\b", re.I)
_OTHER_BODY = re.compile(r"\b(fattas av|tas av|beslutas av|har beslutat i|will be decided by)\b", re.I)
_SKIPPED_BEFORE_CUE = frozenset(
    {"har", "hade", "också", "även", "sedan", "därför", "gemensamt", "enhälligt", "then", "has",
     "have", "also", "was", "were", "is"}
)
_LABEL_PREFIX = re.compile(r"^(beslut|decision|resolution|beslutades|resolved)\s*:", re.I)


def is_labelled(sentence: str) -> bool:
    """"Beslut: …", "DECISION: …" at the start of the sentence."""
    return bool(_LABEL_PREFIX.match(sentence))


def _cue(folded: str) -> re.Match[str] | None:
    cues = v.DECISION_CUES_SV + v.DECISION_CUES_EN
    pattern = r"(?<![\wåäö])(" + "|".join(re.escape(c) for c in cues) + r")(?![\wåäö])"
    return re.search(pattern, folded)


def _own_subject(before: list[str], after: list[str]) -> bool:
    words = [w for w in before if w not in _SKIPPED_BEFORE_CUE]
    if not words:
        return True
    subject = words[-1].strip(",")
    if subject in v.OWN_BODY_SUBJECTS or " ".join(words[-2:]) in v.OWN_BODY_SUBJECTS:
        return True
    return bool(after) and after[0].strip(",.") in v.OWN_BODY_SUBJECTS


def is_decision(sentence: str) -> bool:
    """Whether the meeting itself settles something in ``sentence``."""
    if is_labelled(sentence):
        return True
    folded = sentence.casefold()
    if _OTHER_BODY.search(folded):
        return False
    match = _cue(folded)
    if match:
        if _WISHES.search(folded[: match.start()]):
            return False
        before = folded[: match.start()].split()
        after = folded[match.end() :].split()
        if not _own_subject(before[-4:], after):
            return False
        return not (before and before[-1] in ("ej", "inte", "not"))
    words = folded.split()
    if len(words) > 1 and words[0] in ("vi", "mötet", "we"):
        rest = " ".join(words[1:])
        return rest.startswith(v.SETTLED_OUTCOME_VERBS)
    return False


def continues_decision(sentence: str) -> bool:
    """A sentence that carries the decision before it on ("Also, …", "Dessutom …")."""
    folded = sentence.casefold()
    return folded.startswith(v.DECISION_CONTINUATIONS) and not folded.startswith("(")
