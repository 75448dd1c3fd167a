"""Importing notes: files and folders in, one meeting per document out.

Each document is one transaction: extract → parse → save either all happens or nothing does,
so a file that fails leaves nothing behind and can simply be imported again once fixed. A
document whose bytes are already in the archive (same sha256) is skipped before it is even
extracted, which makes running the same import twice cheap and a no-op.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from pathlib import Path

from django.db import transaction

from anteckna import parse as parser
from anteckna.errors import AntecknaError, SourceError
from anteckna.extract import MAX_BYTES, extract_bytes
from anteckna.model import Meeting
from anteckna.parse.dates import date_from_filename
from anteckna.services.closing import close_reported_actions
from anteckna.services.corrections import Conflict, carry_over
from anteckna.services.followups import resolve_follow_ups
from anteckna.services.search import index_meetings
from anteckna.store.mapping import Source, is_imported, load, save
from anteckna.store.models import Meeting as StoredMeeting
from anteckna.store.people import Directory

SUFFIXES = frozenset({".pdf", ".docx", ".txt", ".md"})

Progress = Callable[[int, int, Path], None]
"""Called after each file with (files done, files in all, the file just done)."""


@dataclass(slots=True)
class ImportReport:
    """What an import did, file by file. A file needing a date is imported, and listed again in
    ``needs_date`` so that someone can supply it; it is not a failure. ``conflicts`` are the
    manual corrections a new version of a file could not take over (they are stored too)."""

    imported: list[Path] = field(default_factory=list)
    skipped: list[Path] = field(default_factory=list)
    failed: list[tuple[Path, str]] = field(default_factory=list)
    needs_date: list[Path] = field(default_factory=list)
    conflicts: list[tuple[Path, Conflict]] = field(default_factory=list)


def import_paths(
    paths: Iterable[str | Path],
    *,
    group: str | None = None,
    meeting_date: date | None = None,
    progress: Progress | None = None,
) -> ImportReport:
    """Import files and folders (recursively: .pdf .docx .txt .md) into the archive.

    ``group`` (a name or short name) replaces the groups the parser finds; ``meeting_date``
    replaces the date found in the text or in the file name.
    """
    report = ImportReport()
    files = collect(paths, report)
    directory = Directory()
    for done, path in enumerate(files, 1):
        try:
            meeting = import_file(
                path, directory, group=group, meeting_date=meeting_date, report=report
            )
        except Exception as error:  # one bad file must not stop the other thousand
            directory.reset()
            report.failed.append((path, reason(error)))
        else:
            (report.skipped if meeting is None else report.imported).append(path)
            if meeting is not None and meeting.date is None:
                report.needs_date.append(path)
        if progress is not None:
            progress(done, len(files), path)
    return report


def import_file(
    path: Path,
    directory: Directory,
    *,
    group: str | None = None,
    meeting_date: date | None = None,
    report: ImportReport | None = None,
) -> Meeting | None:
    """Import one file: the meeting as stored, or None when its bytes were already imported.

    A new version of a file already imported takes over the manual corrections of the old one,
    in the same transaction; those it cannot take over go to ``report.conflicts``. In the same
    transaction, actions the notes report done are closed and follow-ups that come back are
    linked (``closing``, ``followups``), in both directions in time.
    """
    stored = import_data(_read(path), path, directory, group=group, meeting_date=meeting_date)
    if stored is None:
        return None
    if report is not None:
        report.conflicts.extend((path, conflict) for conflict in stored.conflicts)
    return stored.meeting


@dataclass(frozen=True, slots=True)
class Stored:
    """One document as ``import_data`` stored it: the meeting's id, the meeting as it now
    stands (corrections carried over included) and the corrections it could not carry over."""

    meeting_id: int
    meeting: Meeting
    conflicts: tuple[Conflict, ...]


def import_data(
    data: bytes,
    path: Path,
    directory: Directory,
    *,
    group: str | None = None,
    meeting_date: date | None = None,
) -> Stored | None:
    """Import one document's bytes, read from ``path`` or uploaded under that name; None when
    the bytes are already in the archive. The one import path for the command line and the
    web: extract → parse → save → carry corrections over → index, in one transaction."""
    sha256 = hashlib.sha256(data).hexdigest()
    if is_imported(sha256):
        return None
    extracted = extract_bytes(data, str(path))
    meeting = read_meeting(extracted.text, path.name, sha256, meeting_date)
    source = Source(
        path, data, sha256, extracted.kind, extracted.text, extracted.pages, extracted.encoding,
        parser.VERSION,
    )  # fmt: skip
    with transaction.atomic():
        meeting_id = save(meeting, source, directory, groups=(group,) if group else ())
        carried = carry_over(meeting_id)
        close_reported_actions(meeting_id)  # what the notes report done, both ways in time
        resolve_follow_ups(meeting_id)
        if carried.applied:  # the stored meeting is no longer just the parse
            meeting = load(StoredMeeting.objects.get(pk=meeting_id))
        index_meetings([meeting_id])  # after the corrections: the index shows what is stored
    return Stored(meeting_id, meeting, tuple(carried.conflicts))


def read_meeting(text: str, file_name: str, sha256: str, meeting_date: date | None) -> Meeting:
    """Parse, with the date from ``--date``, else the text, else the file name.

    The parser already reads relative dates against the file name's date; what waits for the
    meeting date is the follow-ups' due dates (``days`` after it), set here once it is known.
    """
    meeting = parser.parse(text, meeting_date=meeting_date, file_name=file_name, sha256=sha256)
    if meeting.date is None and (day := date_from_filename(file_name)) is not None:
        meeting = dated(meeting, day)
    return meeting


def dated(meeting: Meeting, day: date) -> Meeting:
    """The meeting on ``day``, with every follow-up that counts days from it given its due date."""
    items = tuple(
        replace(item, follow_ups=tuple(
            replace(f, due=day + timedelta(days=f.days)) if f.days is not None and not f.due else f
            for f in item.follow_ups
        ))
        for item in meeting.items
    )  # fmt: skip
    return replace(meeting, date=day, items=items)


def collect(paths: Iterable[str | Path], report: ImportReport) -> list[Path]:
    """The files to import, in a stable order. A folder gives its notes (by suffix, at any
    depth, hidden files left out); a file named explicitly is always tried, so an unsupported
    type is reported rather than passed over; a missing path is a failure."""
    files: list[Path] = []
    for given in map(Path, paths):
        if given.is_dir():
            found = (
                p for p in given.rglob("*")
                if p.suffix.lower() in SUFFIXES and p.is_file()
                and not any(part.startswith(".") for part in p.relative_to(given).parts)
            )  # fmt: skip
            files.extend(sorted(found))
        elif given.exists():
            files.append(given)
        else:
            report.failed.append((given, "no such file or folder"))
    return list(dict.fromkeys(files))


def reason(error: Exception) -> str:
    """The one line a person reads beside the file name."""
    if isinstance(error, SourceError):
        return f"line {error.line}: {error.message}" if error.line else error.message
    if isinstance(error, AntecknaError):
        return str(error)
    return " ".join(f"internal error ({type(error).__name__}: {error})".split())


def _read(path: Path) -> bytes:
    """The file's bytes, at most one more than extraction accepts (so it can say "too large")."""
    try:
        with path.open("rb") as file:
            return file.read(MAX_BYTES + 1)
    except OSError as error:
        raise SourceError(path, f"cannot read ({error.strerror or error})") from None
