"""Attendance in text that PDF extraction flattened onto one long line.

"Beslutande Anna Ek, s, ordförande, 1-12 Bo Ström, s Övriga deltagare
Lars-Olof Berg, s, observerande ersättare …": labels stand mid-line and parties, titles and
places stand between the names. The line is cut at the labels, and in each part a name is a run
of two or more capitalised words; the lower-case words after a name are its note.

Only a line that reads as such a list is attendance: a participants or absence label followed
straight by names with short notes (a party, an office, "delvis"). A long paragraph that
mentions people, even after a capitalised "Ordförande" or "Övriga", is not.
"""

from __future__ import annotations

import re

from anteckna.model import Participant, SourceRef, Status
from anteckna.parse import vocabulary as v
from anteckna.parse.cues import fold
from anteckna.parse.labels import OTHER_LABELS
from anteckna.parse.people import is_name_token

MIN_LENGTH = 250
MAX_NOTE_WORDS = 6
"""A listed name's note is a party, an office, a time: longer, and the list has ended."""
_KINDS = {
    **{label: "present" for label in v.PRESENT_LABELS},
    **{label: "absent" for label in v.ABSENT_LABELS},
    **{label: "chair" for label in v.CHAIR_LABELS},
    **{label: "secretary" for label in v.SECRETARY_LABELS},
    **{label: "other" for label in v.ADJUSTER_LABELS | OTHER_LABELS | v.IGNORED_PEOPLE_LABELS},
}
_LABELS = re.compile(
    r"(?<![\wåäö])(" + "|".join(re.escape(k) for k in sorted(_KINDS, key=len, reverse=True)) + r")"
    r"(?::|(?=\s))",
    re.IGNORECASE,
)
_FIRST_WORDS = frozenset(re.findall(r"\w+", label)[0] for label in _KINDS)
_MAYBE_CAPITALISED = re.compile(r"\b[^\W\d_a-zåäö]\w*")  # every word whose first letter is upper


def _label_words(line: str) -> int:
    """How many capitalised words of the line (folded as in cues.py) begin some label: no fewer
    than the line has labels. A first test for _LABELS, which is slow to scan a long line with."""
    words = _MAYBE_CAPITALISED.findall(line)
    return sum(1 for w in words if w[0].isupper() and fold(w) in _FIRST_WORDS)


def _parts(line: str) -> list[tuple[str, str]]:
    """(kind, text) for each labelled part of the line; labels must be capitalised."""
    marks = [m for m in _LABELS.finditer(line) if m.group(0)[0].isupper()]
    parts = []
    for position, mark in enumerate(marks):
        end = marks[position + 1].start() if position + 1 < len(marks) else len(line)
        parts.append((_KINDS[mark.group(1).casefold()], line[mark.end() : end]))
    return parts


def _split_run(run: list[str]) -> list[list[str]]:
    """A run of capitalised words as names: two or three words each ("A B C D" → "A B", "C D")."""
    if len(run) <= 3:
        return [run]
    return [run[:2], *_split_run(run[2:])]


def _names_with_notes(text: str) -> list[tuple[str, str]]:
    """The names a labelled part lists, each with the words that follow it; none when the part
    is prose rather than a list (a lower-case word between the label and the first name).

    Names are runs of capitalised words; the list ends after a name followed by more words
    than a note has, where the text of the page goes on."""
    tokens = [t for t in re.split(r"[\s,]+", text) if t]
    found: list[tuple[list[str], list[str]]] = []
    run: list[str] = []

    def close() -> None:
        if len(run) >= 2:
            found.extend((name, []) for name in _split_run(list(run)))
        run.clear()

    for position, token in enumerate(tokens):
        following = tokens[position + 1] if position + 1 < len(tokens) else ""
        initial = bool(run) and re.fullmatch(r"[A-ZÅÄÖ]\.?", token) and is_name_token(following)
        if (is_name_token(token) and len(token) > 1) or initial:
            run.append(token)
            continue
        close()
        if found:
            found[-1][1].append(token)
            if len(found[-1][1]) > MAX_NOTE_WORDS:
                break
        elif token[0].islower():
            return []
    close()
    return [(" ".join(name), " ".join(note)) for name, note in found]


def read_flattened(text: str, source: SourceRef) -> tuple[list[Participant], list[str], list[str]]:
    """Participants, chairs and secretaries in one flattened line."""
    participants: list[Participant] = []
    chairs: list[str] = []
    secretaries: list[str] = []
    parts = _parts(text) if _label_words(text) >= 2 else []
    if len(parts) < 2:
        return participants, chairs, secretaries
    listed = [(kind, _names_with_notes(part)) for kind, part in parts]
    if sum(len(names) for kind, names in listed if kind in ("present", "absent")) < 2:
        return participants, chairs, secretaries
    for kind, names in listed:
        for name, note in names:
            if kind == "chair":
                chairs.append(name)
            elif kind == "secretary":
                secretaries.append(name)
            elif kind in ("present", "absent"):
                folded = note.casefold()
                status: Status = "absent" if kind == "absent" else "present"
                if status == "present" and any(c in folded for c in v.PARTIAL_CUES):
                    status = "partial"
                if "ordförande" in folded.split():
                    chairs.append(name)
                participants.append(Participant(name, status, note=note or None, source=source))
    return participants, list(dict.fromkeys(chairs)), list(dict.fromkeys(secretaries))
