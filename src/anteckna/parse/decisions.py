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
from anteckna.parse.cues import first_words, words_of

_WISHES = re.compile(r"\b(bör|borde|kanske|vill|föreslår|förslag till|should|might|maybe)\b", re.I)
_OTHER_BODY = re.compile(
    r"\b(fattas av|tas av|beslutas av|har beslutat i|will be decided by)\b", re.I
)
_SKIPPED_BEFORE_CUE = frozenset(
    {
        "har",
        "hade",
        "också",
        "även",
        "sedan",
        "därför",
        "gemensamt",
        "enhälligt",
        "then",
        "has",
        "have",
        "also",
        "was",
        "were",
        "is",
    }
)
_LABEL_PREFIX = re.compile(r"^(beslut|decision|resolution|beslutades|resolved)\s*:", re.I)


def is_labelled(sentence: str) -> bool:
    """ "Beslut: …", "DECISION: …" at the start of the sentence."""
    return bool(_LABEL_PREFIX.match(sentence))


_CUE = re.compile(
    r"(?<![\wåäö])("
    + "|".join(re.escape(c) for c in v.DECISION_CUES_SV + v.DECISION_CUES_EN)
    + r")(?![\wåäö])"
)

# A cue stands as whole words, so it can only match where its first word stands (see cues.py).
_CUE_STARTS = first_words((*v.DECISION_CUES_SV, *v.DECISION_CUES_EN))


def _own_subject(before: list[str], after: list[str], own: frozenset[str]) -> bool:
    words = [w for w in before if w not in _SKIPPED_BEFORE_CUE]
    if not words:
        return True
    subject = words[-1].strip(",")
    if subject in own or " ".join(words[-2:]) in own:
        return True
    return bool(after) and after[0].strip(",.") in own


def own_bodies(groups: tuple[str, ...] | list[str], title: str | None) -> frozenset[str]:
    """Subjects under which a deciding verb is this meeting's: "mötet", "vi", "gruppen" and the
    like, plus the meeting's own groups — "Ledningsgruppen" when a block is labelled "LG", or
    "nämnden" when the title says the notes are a nämnd's. Without group labels every
    "-gruppen" counts as the meeting's own."""
    own = set(v.OWN_BODY_SUBJECTS)
    labels = [g.casefold() for g in groups]
    own.update(labels)
    for word in (title or "").casefold().split():
        if word in v.GROUP_NOUNS:
            own.add(word)
        for body, definite in v.BODY_NOUNS.items():
            if body in word:
                own.update({word, definite})
    for group in v.GROUP_NOUNS:
        abbreviation = (group[0] + "g").casefold()
        if not labels or abbreviation in labels or group in labels:
            own.add(group)
    return frozenset(own)


def is_decision(sentence: str, own: frozenset[str] = frozenset(v.OWN_BODY_SUBJECTS)) -> bool:
    """Whether the meeting itself settles something in ``sentence``; ``own`` are the subjects
    that stand for this meeting (see ``own_bodies``)."""
    if is_labelled(sentence):
        return True
    folded = sentence.casefold()
    cued = not _CUE_STARTS.isdisjoint(words_of(folded))
    if not (cued or _settles(folded)) or _OTHER_BODY.search(folded):
        return False
    match = _CUE.search(folded) if cued else None
    if match:
        if _WISHES.search(folded[: match.start()]):
            return False
        before = folded[: match.start()].split()
        after = folded[match.end() :].split()
        if not _own_subject(before[-4:], after, own):
            return False
        return not (before and before[-1] in ("ej", "inte", "not"))
    return _settles(folded)


_SETTLING_SUBJECTS = ("vi", "mötet", "we")


def _settles(folded: str) -> bool:
    """ "Vi flyttar mötet …", "Mötet ställer in …": the meeting states a settled outcome.
    Most sentences fail the cheap prefix test before they are split into words."""
    if not folded.lstrip().startswith(_SETTLING_SUBJECTS):
        return False
    words = folded.split()
    if len(words) > 1 and words[0] in _SETTLING_SUBJECTS:
        return " ".join(words[1:]).startswith(v.SETTLED_OUTCOME_VERBS)
    return False


def continues_decision(sentence: str) -> bool:
    """A sentence that carries the decision before it on ("Also, …", "Dessutom …")."""
    folded = sentence.casefold()
    return folded.startswith(v.DECISION_CONTINUATIONS) and not folded.startswith("(")
