"""Who was there: participant blocks in their Swedish and English shapes.

A block is a label ("Deltagare LG:", "Frånvarande:", "## Närvarande", "Ledamöter Närvarande")
followed by names separated by commas, "och", line breaks, bullets or table cells, each name
perhaps followed by a note in the author's words ("deltog via Teams", "deltog 13-15.00",
"X, mötesordf. § 74-88", "Anmält förhinder"). Text flattened by PDF extraction may run a whole
block on one line, with places, parties or titles between the names; ``flattened.py`` reads those.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from anteckna.model import Participant, SourceRef, Status, source_ref
from anteckna.parse import vocabulary as v
from anteckna.parse.flattened import MIN_LENGTH, read_flattened
from anteckna.parse.labels import Label, read_label
from anteckna.parse.normalise import Line
from anteckna.parse.people import is_name_token, split_name
from anteckna.parse.times import parse_time_range

_SEPARATORS = re.compile(r"\s*[,;]\s*|\s+(?:och|and|&)\s+(?=[A-ZÅÄÖÉ])")
_NOTE_THEN_NAME = re.compile(
    r"(deltog\s+(?:via\s+\S+|på\s+distans|digitalt|\d[\d.:]*\s*[-–]\s*\d[\d.:]*)|\([^)]*\))"
    r"\s+(?=[A-ZÅÄÖÉ][\wåäöé\-]+\s+[A-ZÅÄÖÉ])"
)
_PARAGRAPH_RANGE = re.compile(r"(?:§|punkt|p\.)\s*\d+(?:\s*[-–]\s*\d+)?", re.IGNORECASE)
_STRUCTURE = re.compile(r"^(?:\d{1,2}[.)]|§\s*\d|[=\-~^]{3,}$)")
_TABLE_MARK = re.compile(r"^[xX✓✔](?:\s*,\s*|\s+|$)")
_STATUS_OF_LABEL: dict[str, Status] = {"absent": "absent", "guest": "guest"}
_COMMA = re.compile(r"\s*,\s*")
_SEMICOLON = re.compile(r"\s*;\s*")
_AND_THEN_NAME = re.compile(r"\s+(?:och|and)\s+(?=[A-ZÅÄÖ])")
_DIGIT = re.compile(r"\d")
_UNTIL = re.compile(r"\b(till|lämnade|until|left)\b")
_SINCE = re.compile(r"\b(från|fr\.?o\.?m|anslöt|from|joined)\b")
_IN_BRACKETS = re.compile(r"\((.+)\)")
_CHAIR_NOTE = re.compile(r"[\w.]*ordf[\w.]*\s*(?:§\s*\d+\s*[-–]\s*\d+)?")


@dataclass
class Attendance:
    """What the participant blocks of one document say."""

    participants: list[Participant] = field(default_factory=list)
    chairs: list[str] = field(default_factory=list)
    secretaries: list[str] = field(default_factory=list)
    groups: list[str] = field(default_factory=list)
    # Where each name stands in ``participants``, so that a long document's many blocks stay
    # linear, and the full names each first name or surname can mean.
    _places: dict[str, int] = field(default_factory=dict, repr=False, compare=False)
    _short: dict[str, set[str]] = field(default_factory=dict, repr=False, compare=False)

    def add(self, participant: Participant) -> None:
        """Add a participant unless one of that name is already there (the first one wins).

        An absentee is the exception: "Frånvarande: Otto" under the list, or further down the
        notes, makes the one participant it names absent, with that line as the source; a name
        that is not theirs ("Otto Berg", or "Otto" when two are called so) is someone else.
        """
        absent = participant.status == "absent"
        known = self._same_person(participant.name) if absent else participant.name
        if known is None or known not in self._places:
            self._places[participant.name] = len(self.participants)
            self.participants.append(participant)
            words = participant.name.split()
            if len(words) > 1:
                for word in {words[0], words[-1]}:
                    self._short.setdefault(word.casefold(), set()).add(participant.name)
            return
        place = self._places[known]
        earlier = self.participants[place]
        if absent and earlier.status != "absent":
            self.participants[place] = replace(
                earlier,
                status="absent",
                note=participant.note,
                start=None,
                end=None,
                source=participant.source,
            )

    def _same_person(self, name: str) -> str | None:
        """The participant ``name`` means: the one of that name, or the one whose first name
        or surname it is alone."""
        if name in self._places:
            return name
        if " " in name:
            return None
        meant = self._short.get(name.casefold(), set())
        return next(iter(meant)) if len(meant) == 1 else None


def _looks_like_names(text: str) -> bool:
    """A line that continues a list of names rather than starting prose or a title."""
    segments = [s for s in _SEPARATORS.split(text) if s]
    if not segments:
        return False
    named = [s for s in segments if split_name(s)[0]]
    if not named or not split_name(segments[0])[0]:
        return False
    first_name, first_rest = split_name(segments[0])
    if len(segments) == 1 and len(first_name.split()) == 1 and not first_rest:
        return True
    return len(named) * 2 >= len(segments) and all(len(s.split()) <= 10 for s in segments)


def _is_comma_list(parts: list[str]) -> bool:
    return any(
        sum(1 for s in _COMMA.split(part) if split_name(s)[0]) >= 2 or part.rstrip().endswith(",")
        for part in parts
    )


def _join_comma_lines(parts: list[str]) -> str:
    """One string of a comma-separated list that was wrapped over several lines.

    A break is a separator after a comma or after a complete name whose next line starts a
    complete name; it is a wrap when a name was split ("Lena" / "Strand,").

    The string is kept as a list of pieces and only its end is looked at, so that a block of
    thousands of lines is joined in linear time.
    """
    joined = [parts[0]]
    for part in parts[1:]:
        _strip_end(joined, None)
        last = _last_comma_part(joined)
        head = _COMMA.split(part)[0]
        last_name, last_note = split_name(last)
        head_name = split_name(head)[0]
        complete = len(last_name.split()) >= 2 and not last_note
        separator = bool(joined) and joined[-1].endswith(",")
        separator = separator or (complete and len(head_name.split()) >= 2)
        _strip_end(joined, ",")
        joined += [", " if separator else " ", part.strip()]
    return "".join(joined)


def _strip_end(pieces: list[str], chars: str | None) -> None:
    """``"".join(pieces).rstrip(chars)``, done on the last pieces only."""
    while pieces:
        stripped = pieces[-1].rstrip(chars)
        if stripped:
            pieces[-1] = stripped
            return
        pieces.pop()


def _last_comma_part(pieces: list[str]) -> str:
    """What follows the last comma of ``"".join(pieces)`` (all of it when there is none), as
    ``_COMMA.split(...)[-1]`` gives it, reading the pieces from the end."""
    tail = []
    for piece in reversed(pieces):
        comma = piece.rfind(",")
        if comma != -1:
            tail.append(piece[comma + 1 :])
            break
        tail.append(piece)
    return "".join(reversed(tail)).lstrip()


def _entries(parts: list[str]) -> list[str]:
    if any(";" in part for part in parts):
        segments = [s for s in _SEMICOLON.split(" ".join(parts)) if s]
    elif _is_comma_list(parts):
        segments = _SEPARATORS.split(_join_comma_lines(parts))
    else:
        segments = [s for part in parts for s in _AND_THEN_NAME.split(part)]
    entries: list[str] = []
    for segment in segments:
        if "deltog" in segment or "(" in segment:  # what every _NOTE_THEN_NAME starts with
            segment = _NOTE_THEN_NAME.sub(r"\1\n", segment)
        entries.extend(s.strip() for s in segment.split("\n"))
    return [e for e in entries if e]


def _status_of(note: str, label: Label) -> tuple[Status, str | None, str | None]:
    """Status and from/to times that a note and the block's label give."""
    if not note:  # the common case: the label alone says it
        return _STATUS_OF_LABEL.get(label.kind, "present"), None, None
    folded = note.casefold()
    if label.kind == "absent" or any(c in folded for c in v.ABSENT_CUES):
        return "absent", None, None
    if label.kind == "guest":
        return "guest", None, None
    if any(c in folded for c in v.REMOTE_CUES):
        return "remote", None, None
    times = parse_time_range(note) if _DIGIT.search(note) else None
    if times and times[1]:
        return "partial", times[0], times[1]
    if times and _UNTIL.search(folded):
        return "partial", None, times[0]
    if times and _SINCE.search(folded):
        return "partial", times[0], None
    if _PARAGRAPH_RANGE.search(note) or any(c in folded for c in v.PARTIAL_CUES):
        return "partial", None, None
    return "present", None, None


def participant_from_entry(
    entry: str, label: Label, source: SourceRef
) -> tuple[Participant | None, str | None]:
    """The participant an entry names, and the office it says they held in the meeting
    ("chair" for "(ordförande)" or "mötesordf. § 74-88", "secretary" for ", sekreterare")."""
    name, note = split_name(entry)
    if not name:
        return None, None
    if not note:  # the common case: a name alone, whose label says it all
        status = _STATUS_OF_LABEL.get(label.kind, "present")
        return Participant(name, status, label.group, role=label.role, source=source), None
    note = _TABLE_MARK.sub("", note.strip()).strip(" ,")
    role = label.role
    office = None
    folded = note.casefold()
    paren = _IN_BRACKETS.fullmatch(note)
    if paren and paren.group(1).casefold() in v.ROLE_WORDS:
        role, note = paren.group(1), ""
    elif _is_title(folded):
        role = note
    if folded and any(c in folded for c in v.CHAIR_NOTE_CUES):
        office = "chair"
        role = role or "ordförande"
        status, start, end = _status_of(_CHAIR_NOTE.sub("", note), label)
    else:
        if folded and any(c in folded for c in v.SECRETARY_NOTE_CUES):
            office = "secretary"
        status, start, end = _status_of(note, label)
    participant = Participant(
        name=name,
        status=status,
        group=label.group,
        note=note or None,
        role=role,
        start=start,
        end=end,
        source=source,
    )
    return participant, office


def _is_title(folded: str) -> bool:
    """A note that is only an office ("rektor", "verksamhetschef grundskola"), not a status."""
    if not folded or len(folded.split()) > 4 or _DIGIT.search(folded) or "(" in folded:
        return False
    cues = (*v.REMOTE_CUES, *v.PARTIAL_CUES, *v.ABSENT_CUES, *v.SUBSTITUTE_CUES)
    return not any(cue in folded for cue in cues) and folded.split()[0] not in v.NOTE_WORDS - {
        "ordförande",
        "sekreterare",
    }


def _collect(lines: list[Line], index: int, label: Label) -> tuple[list[str], int]:
    """The parts of a block that starts at ``lines[index]``, and the index after it."""
    parts = [label.rest] if label.rest else []
    position = index + 1
    if not label.rest and not label.colon:
        while position < len(lines) and lines[position].blank:
            position += 1
    while position < len(lines):
        line = lines[position]
        if line.blank or read_label(line.text, allow_group=True) or line.text.startswith("#"):
            break
        if _STRUCTURE.match(line.text):
            break
        if line.text.casefold().startswith(v.TITLE_WORDS):
            break
        if not _looks_like_names(line.text):
            break
        parts.append(line.text)
        position += 1
    return parts, position


def read_block(lines: list[Line], index: int, label: Label, found: Attendance) -> int:
    """Read one block into ``found``; returns the index of the first line after it."""
    parts, end = _collect(lines, index, label)
    source = source_ref(lines[index].first, lines[end - 1].last, f"attendance:{label.kind}")
    if label.kind in ("ignored", "other"):
        return end
    entries = _entries(parts)
    for entry in entries:
        if label.kind in ("chair", "secretary", "adjuster"):
            name = split_name(entry)[0]
            if name:
                {"chair": found.chairs, "secretary": found.secretaries}.get(label.kind, []).append(
                    name
                )
            continue
        participant, office = participant_from_entry(entry, label, source)
        if participant is None:
            continue
        found.add(participant)
        holders = {"chair": found.chairs, "secretary": found.secretaries}.get(office or "")
        if holders is not None and participant.name not in holders:
            holders.append(participant.name)
    group = label.group
    if group and label.kind in ("present", "group") and entries and group not in found.groups:
        found.groups.append(group)
    return end


def read_attendance(lines: list[Line], header_end: int) -> Attendance:
    """Every participant block in the document.

    Unknown "Label:" lines count as group labels only before ``header_end`` (the first item),
    where notes list their groups; known labels are read wherever they stand outside items.
    """
    found = Attendance()
    index = 0
    while index < len(lines):
        line = lines[index]
        if len(line.text) >= MIN_LENGTH:
            _read_flattened(line, found)
        in_header = index < header_end
        label = None if line.blank else read_label(line.text, allow_group=in_header)
        if label is None or (not in_header and label.kind not in ("present", "absent")):
            index += 1
            continue
        if label.kind == "group" and not _looks_like_names(label.rest or ""):
            index += 1
            continue
        index = read_block(lines, index, label, found)
    return found


def _read_flattened(line: Line, found: Attendance) -> None:
    source = source_ref(line.first, line.last, "attendance:flattened")
    participants, chairs, secretaries = read_flattened(line.text, source)
    for participant in participants:
        found.add(participant)
    found.chairs.extend(c for c in chairs if c not in found.chairs)
    found.secretaries.extend(s for s in secretaries if s not in found.secretaries)


def names_in(text: str) -> list[str]:
    """Names at the start of each separated part of ``text`` (for "Föredragande: A, B")."""
    return [split_name(s)[0] or s.strip() for s in _SEPARATORS.split(text) if s.strip()]


def is_probably_name(text: str) -> bool:
    tokens = text.split()
    return bool(tokens) and all(is_name_token(t) for t in tokens)
