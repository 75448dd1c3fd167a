"""Importing notes: files and folders in, one meeting per document out.

Each document is all or nothing: extract → parse → save either all happens or nothing does,
so a file that fails leaves nothing behind and can simply be imported again once fixed (each is
a savepoint of its own; an import of many files commits them in batches, ``bulk.Batches``). A
document whose bytes are already in the archive (same sha256) is skipped before it is even
extracted, which makes running the same import twice cheap and a no-op.

Links between meetings (actions reported done, follow-ups resolved: ``linking``) are made
after storing, for a batch of documents at a time, and at the end of every import.

Reading (extract and parse, ``reading``) is most of a document's cost and needs no database, so
an import of many files reads them in worker processes, a window of documents ahead of the one
the main process is storing; files are still stored, reported and counted in their order.
"""

from __future__ import annotations

import hashlib
import os
from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from django.db import transaction
from django.utils.translation import gettext_lazy as _

from anteckna import parse as parser
from anteckna.errors import SourceError, Text
from anteckna.extract import MAX_BYTES, extract_bytes
from anteckna.model import Meeting
from anteckna.services.corrections import Conflict, carry_over
from anteckna.services.linking import BATCH as LINK_EVERY
from anteckna.services.linking import link, link_pending
from anteckna.services.reading import Read, Readers, Reading, read_meeting, reason, search_keys
from anteckna.services.search import index_meetings, index_saved
from anteckna.store import bulk
from anteckna.store.mapping import Source, is_imported, load, save
from anteckna.store.models import Meeting as StoredMeeting
from anteckna.store.people import Directory

__all__ = ["ImportReport", "collect", "import_paths", "reason"]

SUFFIXES = frozenset({".pdf", ".docx", ".txt", ".md"})
POOL_FROM = 100
"""Files an import needs before worker processes are worth their start (0.3–1 s each)."""
AHEAD = 64
AHEAD_BYTES = 64 * 1024 * 1024
"""How far reading may run ahead of storing, in documents and in bytes held in memory."""

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


@dataclass(slots=True)
class _Pending:
    """A file on its way: its bytes, and its reading (None: skipped; a str: failed)."""

    path: Path
    data: bytes = b""
    sha256: str = ""
    reading: Reading | str | None = None


def import_paths(
    paths: Iterable[str | Path],
    *,
    group: str | None = None,
    meeting_date: date | None = None,
    progress: Progress | None = None,
    workers: int | None = None,
) -> ImportReport:
    """Import files and folders (recursively: .pdf .docx .txt .md) into the archive.

    ``group`` (a name or short name) replaces the groups the parser finds; ``meeting_date``
    replaces the date found in the text or in the file name. ``workers`` is the number of
    processes that read files (0: this process reads them); by default one per CPU but the one
    this process stores on, when there are at least ``POOL_FROM`` files.
    """
    report = ImportReport()
    files = collect(paths, report)
    directory = Directory()
    stored: set[str] = set()  # a second copy of the same bytes in one run is skipped too
    if workers is None:
        workers = max(1, (os.cpu_count() or 1) - 1) if len(files) >= POOL_FROM else 0
    with (
        Readers(workers) as readers,
        bulk.session(StoredMeeting),
        bulk.Batches(StoredMeeting) as batches,
    ):
        pending: deque[_Pending] = deque()
        held = done = 0
        for path in [*files, None]:
            if path is not None:
                pending.append(_start(path, readers, meeting_date))
                held += len(pending[-1].data)
            while pending and (path is None or len(pending) > AHEAD or held > AHEAD_BYTES):
                file = pending.popleft()
                held -= len(file.data)
                imported = len(report.imported)
                _finish(file, readers, directory, stored, group, report)
                batches.due()
                done += 1
                if len(report.imported) > imported and len(report.imported) % LINK_EVERY == 0:
                    link_pending()
                if progress is not None:
                    progress(done, len(files), file.path)
        link_pending()
    return report


def _start(path: Path, readers: Readers, meeting_date: date | None) -> _Pending:
    """Read the file's bytes and, unless they are in the archive already, start reading it."""
    try:
        data = _read(path)
        sha256 = hashlib.sha256(data).hexdigest()
        if is_imported(sha256):
            return _Pending(path)
        return _Pending(path, data, sha256, readers.start((data, path, sha256, meeting_date)))
    except Exception as error:
        return _Pending(path, reading=reason(error))


def _finish(
    file: _Pending,
    readers: Readers,
    directory: Directory,
    stored: set[str],
    group: str | None,
    report: ImportReport,
) -> None:
    """Store a file that was read, and put it in the report."""
    if file.reading is None or file.sha256 in stored:
        report.skipped.append(file.path)
        return
    try:
        read = file.reading if isinstance(file.reading, str) else readers.result(file.reading)
        if isinstance(read, str):
            report.failed.append((file.path, read))
            return
        saved = _save(file.path, file.data, file.sha256, read, directory, group)
    except Exception as error:  # one bad file must not stop the other thousand
        directory.reset()
        report.failed.append((file.path, reason(error)))
    else:
        stored.add(file.sha256)
        report.imported.append(file.path)
        report.conflicts.extend((file.path, conflict) for conflict in saved.conflicts)
        if saved.meeting.date is None:
            report.needs_date.append(file.path)


@dataclass(frozen=True, slots=True)
class Stored:
    """One document as it was stored: the meeting's id, the meeting as it now stands
    (corrections carried over included) and the corrections it could not carry over."""

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
    the bytes are already in the archive. The web's import goes through here: the same reading
    as ``import_paths`` (in this process) and the same ``_save``; errors are raised."""
    sha256 = hashlib.sha256(data).hexdigest()
    if is_imported(sha256):
        return None
    extracted = extract_bytes(data, str(path))
    meeting = read_meeting(extracted.text, path.name, sha256, meeting_date)
    with transaction.atomic():
        read = Read(meeting, extracted, search_keys(meeting))
        stored = _save(path, data, sha256, read, directory, group)
        link([stored.meeting_id])
    return stored


def _save(
    path: Path, data: bytes, sha256: str, read: Read, directory: Directory, group: str | None
) -> Stored:
    """Save a document that was read, in one transaction. A new version of a file already
    imported takes over the manual corrections of the old one (those it cannot take over are
    returned as conflicts). The meeting is left to be linked with its neighbours (``linking``):
    actions the notes report done closed, follow-ups that come back resolved."""
    extracted, meeting = read.extracted, read.meeting
    source = Source(
        path, data, sha256, extracted.kind, extracted.text, extracted.pages, extracted.encoding,
        parser.VERSION,
    )  # fmt: skip
    with transaction.atomic():
        saved = save(meeting, source, directory, groups=(group,) if group else ())
        carried = carry_over(saved.meeting_id)
        # After the corrections: the index shows what is stored.
        if carried.applied:  # the stored meeting is no longer just the parse
            meeting = load(StoredMeeting.objects.get(pk=saved.meeting_id))
            index_meetings([saved.meeting_id])
        else:
            index_saved(meeting, saved, read.search_keys)
    return Stored(saved.meeting_id, meeting, tuple(carried.conflicts))


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


def _read(path: Path) -> bytes:
    """The file's bytes, at most one more than extraction accepts (so it can say "too large")."""
    try:
        with path.open("rb") as file:
            return file.read(MAX_BYTES + 1)
    except OSError as error:
        cause = error.strerror or str(error)
        raise SourceError(path, Text(_("cannot read (%(cause)s)"), cause=cause)) from None
