"""Actions: tasks someone is to do, with their owners.

An owner is the subject of an action verb ("Sanna avser kontakta …", "Olle fixar …",
"Robin to convene …"), the ones asked ("Alla uppmanas …", "Nadia bad alla ta …"), or nobody
named ("Rektorer bör sedan få återkoppling"; a bullet under "Att göra"). Collectives are kept as
written, never expanded into persons here.
"""

from __future__ import annotations

import re
from datetime import date

from anteckna.model import Action, SourceRef
from anteckna.parse import vocabulary as v
from anteckna.parse.cues import first_words, quick, scan_from, words_of
from anteckna.parse.dates import parse_date
from anteckna.parse.details import details_of
from anteckna.parse.people import PeopleIndex
from anteckna.parse.subjects import _owner, subject_of

_PRONOUN_CLAUSE = re.compile(r"(?:,\s+|\s+och\s+)(han|hon|de|he|she|they)\s+(.*)$", re.I)
_DUE = re.compile(
    r"\b(omgående|snarast|senast [^,.;]+|till nästa möte|innan nästa möte|this week|next week|"
    r"by [A-Z][a-z]+ \d{1,2}(?:st|nd|rd|th)?|före [^,.;]+)",
    re.I,
)


# A cue stands as whole words, or is a dash between spaces. One-word cues are looked up among the
# sentence's words; the pattern of the longer ones is tried only where one's first word stands.
_CUES = (*v.ACTION_VERBS_SV, *v.ACTION_VERBS_EN, *v.REQUEST_CUES, *v.RECIPIENT_TASK_CUES)
_ONE_WORD_CUES = frozenset(cue for cue in _CUES if " " not in cue)
_PHRASES = tuple(cue for cue in _CUES if " " in cue)
_PHRASE = re.compile(
    r"(?<![\wåäö])(?:" + "|".join(re.escape(cue) for cue in _PHRASES) + r")(?![\wåäö])"
)
_PHRASE_STARTS = first_words(_PHRASES)
_DASH = re.compile(r"\s[-–]\s")
# First tests for _DUE and for the words of a request (see cues.py). _MAYBE_DUE holds the
# words each alternative of _DUE starts with: keep the two in step.
_MAYBE_DUE = quick(
    (
        *("omgående", "snarast", "senast", "till nästa möte", "innan nästa möte"),
        *("this week", "next week", "by", "före"),
    )
)
_MAYBE_REQUEST = quick(v.REQUEST_CUES)


# Each verb with the space after it, for one test of whether any of them starts a text.
_SV_VERB_STARTS = tuple(verb + " " for verb in v.ACTION_VERBS_SV)
_EN_VERB_STARTS = tuple(verb + " " for verb in v.ACTION_VERBS_EN)


def _has_cue(folded: str) -> bool:
    words = words_of(folded)
    if not _ONE_WORD_CUES.isdisjoint(words):
        return True
    if not _PHRASE_STARTS.isdisjoint(words) and _PHRASE.search(folded):
        return True
    return ("-" in folded or "–" in folded) and _DASH.search(folded) is not None


# "Action: Sam to …" — the label is not part of the owner's name.
_LABEL_PREFIX = re.compile(
    r"^(?:" + "|".join(re.escape(label) for label in v.ACTION_LABELS) + r")\s*:\s*", re.I
)


def _verb_starts(rest: str, language: str) -> bool:
    folded = rest.casefold().lstrip("-– ").strip()
    english = language == "en" or folded.startswith(("to ", "will "))
    starts = _EN_VERB_STARTS if english else _SV_VERB_STARTS
    if not folded.startswith(starts):
        return False
    following = folded.split()[1:]
    if folded.startswith("kommer att "):
        return len(following) > 1 and not " ".join(following[1:4]).startswith(v.NON_TASK_VERBS)
    if folded.startswith("informerar "):
        return _is_informed(following[0])
    return True


def _is_informed(word: str) -> bool:
    """Whether "informerar <word>" informs someone: a pronoun, a collective or a definite
    plural ("rektorerna"), rather than "informerar om" or "informerar kort"."""
    word = word.strip(",.")
    return word in v.INFORMED or word in v.COLLECTIVES or word.endswith(("erna", "arna", "orna"))


def _requested(sentence: str, people: PeopleIndex) -> tuple[str, ...] | None:
    """Owners of a request: "Alla uppmanas …" → alla; "Nadia bad alla ta …" → alla."""
    words = sentence.split()
    for position, word in enumerate(words):
        folded = word.casefold()
        if folded not in v.REQUEST_CUES:
            continue
        if folded in ("uppmanas", "ombeds") and position > 0:
            owner = _owner(words[position - 1], people)
            return (owner,) if owner else None
        if position + 1 < len(words) and position > 0:
            owner = _owner(words[position + 1], people)
            return (owner,) if owner else None
    return None


def _due(sentence: str, reference: date | None) -> tuple[date | None, str | None]:
    """The deadline an action states: its words, and the date when they name one."""
    start = scan_from(_MAYBE_DUE, sentence)
    match = _DUE.search(sentence, start) if start is not None else None
    if not match:
        return None, None
    words = match.group(1)
    return parse_date(words, reference), words


def action_in(
    sentence: str,
    source: SourceRef,
    people: PeopleIndex,
    *,
    language: str,
    reference: date | None = None,
    listed: bool = False,
) -> Action | None:
    """The action ``sentence`` states, or None. ``listed`` says the sentence stands under an
    action heading or label, where a task needs no verb cue and may have no owner; there the
    brackets that end it may name its owners and deadline (``details``)."""
    text = sentence.strip()
    if listed:
        details = details_of(text)
        if details.owners is not None or details.when:
            found = action_in(details.text, source, people, language=language,
                              reference=reference, listed=True)  # fmt: skip
            assert found is not None  # a listed sentence is always a task
            return Action(
                details.text,
                details.owners if details.owners is not None else found.owners,
                details.due(reference) if details.when else found.due,
                details.when or found.due_text,
                source,
            )
    folded = text.casefold()
    if not listed and not _has_cue(folded):
        return None
    due, due_words = _due(text, reference)
    requested = _requested(text, people) if _MAYBE_REQUEST.search(folded) else None
    if requested:
        return Action(text, requested, due, due_words, source)
    if any(cue in folded for cue in v.RECIPIENT_TASK_CUES):
        return Action(text, (), due, due_words, source)
    subject = subject_of(_LABEL_PREFIX.sub("", text.lstrip("-– ")), people)
    if subject and _verb_starts(subject.rest, language):
        return Action(text, subject.owners, due, due_words, source)
    clause = _PRONOUN_CLAUSE.search(text)
    promised = clause and clause.group(2).casefold().startswith("kommer att")
    if subject and clause and promised and _verb_starts(clause.group(2), language):
        return Action(text, subject.owners, due, due_words, source)
    if listed:
        # Under "Att göra" a task may open with an imperative ("Boka lokal …"): its first word
        # is an owner only when a verb follows it or it is someone the meeting knows.
        named = subject and (
            _verb_starts(subject.rest, language)
            or all(o in people.names or o in v.COLLECTIVES.values() for o in subject.owners)
        )
        owners = subject.owners if subject and named and subject.owners[0][0].isupper() else ()
        if not owners:
            collective = next(
                (v.COLLECTIVES[w] for w in folded.split() if w in v.COLLECTIVES), None
            )
            owners = (collective,) if collective else ()
        return Action(text, owners, due, due_words, source)
    return None
