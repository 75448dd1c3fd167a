"""Who a sentence is about: the owner or presenter phrase at its start.

"Vera och Hugo går igenom …", "Kim and Data team design …", "Alla uppmanas …",
"Ordföranden skriver …": the subject is the run of names, collectives and "och"/"and" before the
verb. Both actions and presenters start from it.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from anteckna.parse import vocabulary as v
from anteckna.parse.people import PeopleIndex, is_name_token

_JOINERS = frozenset({"och", "and", "&", "samt"})
_GROUP_WORDS = frozenset({"team", "teamet", "group", "gruppen", "grupp"})
_INITIAL = re.compile(r"[A-ZÅÄÖ]\.")
_DEFINITE_NOUN = re.compile(r"(?:erna|arna|orna|ningen|heten|andet|[^aeiouyåäö]et|[^aeiouyåäö]en)$")


class Subject(NamedTuple):
    """The words of the subject as written, the owners they stand for, and the rest (a tuple,
    like ``normalise.Line``: one is built for most sentences)."""

    words: tuple[str, ...]
    owners: tuple[str, ...]
    rest: str


def _owner(word: str, people: PeopleIndex) -> str | None:
    """A person's full name, a collective as stored, or the word as written for a name-like
    word nobody in the meeting matches ("Kristfoer"); None when it is not an owner."""
    bare = word.strip(",:;")
    folded = bare.casefold()
    if folded in v.COLLECTIVES:
        return v.COLLECTIVES[folded]
    if folded in v.OFFICE_OWNERS:
        return bare
    resolved = people.resolve(bare)
    if resolved:
        return resolved
    if people.is_ambiguous(bare):
        return bare
    if is_name_token(bare) and not (len(bare) > 5 and _DEFINITE_NOUN.search(folded)):
        return bare
    return None


def subject_of(sentence: str, people: PeopleIndex) -> Subject | None:
    """The subject phrase that opens ``sentence``, or None when it does not open with one."""
    tokens = sentence.split()
    runs: list[list[str]] = [[]]
    end = len(tokens)
    for position, token in enumerate(tokens):
        word = token.strip(",:")
        folded = word.casefold()
        if folded in _JOINERS and runs[-1]:
            runs.append([])
        elif folded in _GROUP_WORDS and runs[-1]:
            runs[-1].append(word)
        elif folded in v.COLLECTIVES or folded in v.OFFICE_OWNERS:
            if runs[-1]:
                end = position
                break
            runs[-1].append(word)
        elif (is_name_token(word) and len(word) > 1) or (runs[-1] and _INITIAL.fullmatch(word)):
            runs[-1].append(word)
        else:
            end = position
            break
        if token.endswith(",") and runs[-1]:
            runs.append([])
    while runs and not runs[-1]:
        runs.pop()
        if end > 0 and tokens[end - 1].casefold() in _JOINERS:
            end -= 1
    if not runs:
        return None
    owners = []
    for run in runs:
        owner = _owner(" ".join(run), people) if len(run) == 1 else _run_owner(run, people)
        if owner is None:
            return None
        owners.append(owner)
    words = tuple(tokens[:end])
    return Subject(words, _merge_team(owners, runs, words), " ".join(tokens[end:]))


def _run_owner(run: list[str], people: PeopleIndex) -> str:
    phrase = " ".join(run)
    return people.resolve(phrase) or phrase


def _merge_team(
    owners: list[str], runs: list[list[str]], words: tuple[str, ...]
) -> tuple[str, ...]:
    """ "Kim and Data team" is one owner as written when a group word ends a part of it."""
    if len(owners) > 1 and any(run[-1].casefold() in _GROUP_WORDS for run in runs):
        return (" ".join(words).rstrip(","),)
    return tuple(owners)
