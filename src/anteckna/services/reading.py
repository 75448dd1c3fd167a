"""Reading one document for an import: bytes → extracted text → Meeting, with no database.

This half of an import is kept apart from ``importing`` and free of Django (unlike the other
services) because an import of many files runs it in worker processes while the main process
stores what they read: parsing is most of a document's cost, and it needs nothing but the bytes.
A worker gives back the reason of a failure rather than the exception, since the reason is all
the report keeps.
"""

from __future__ import annotations

from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from multiprocessing import get_context
from pathlib import Path
from types import TracebackType

from anteckna import parse as parser
from anteckna.errors import AntecknaError, SourceError
from anteckna.extract import Extracted, extract_bytes
from anteckna.model import Meeting
from anteckna.parse.dates import date_from_filename
from anteckna.search_terms import to_fts_text


@dataclass(frozen=True, slots=True)
class Read:
    """One document read: the meeting as parsed (and dated), the text it was read from, and
    the search keys of the meeting's titles and texts (``search_terms.to_fts_text``), made here
    because a worker has the time that the storing process has not."""

    meeting: Meeting
    extracted: Extracted
    search_keys: dict[str, str]


def search_keys(meeting: Meeting) -> dict[str, str]:
    """Every title's and text's search keys, by the title or text."""
    texts = set()
    for item in meeting.items:
        texts.update((item.title, item.text))
        texts.update(e.text for e in (*item.decisions, *item.actions, *item.follow_ups))
    return {text: to_fts_text(text) for text in texts}


def read_document(data: bytes, path: Path, sha256: str, meeting_date: date | None) -> Read | str:
    """The document read, or why it could not be (the one line the import report shows)."""
    try:
        extracted = extract_bytes(data, str(path))
        meeting = read_meeting(extracted.text, path.name, sha256, meeting_date)
        return Read(meeting, extracted, search_keys(meeting))
    except Exception as error:  # one bad file must not stop the other thousand
        return reason(error)


Task = tuple[bytes, Path, str, date | None]
"""What reading a document takes: its bytes, its path, their sha256 and the ``--date``."""


def read_documents(tasks: list[Task]) -> list[Read | str]:
    """A batch of documents read, in a worker process."""
    return [read_document(*task) for task in tasks]


@dataclass(slots=True)
class _Batch:
    tasks: list[Task] = field(default_factory=list)
    future: Future[list[Read | str]] | None = None


@dataclass(frozen=True, slots=True)
class Reading:
    """A document being read: in a batch sent (or about to be sent) to a worker, or read."""

    batch: _Batch | None
    index: int = 0
    done: Read | str = ""


class Readers:
    """Reads documents in ``workers`` processes (in this one when 0), ahead of their use.

    Documents go to the workers in batches of ``batch``: the pool's feeding thread needs this
    process's GIL to hand out each task, and while this process is busy storing it gets it
    only every few milliseconds, which with one task per document kept the workers waiting.
    Processes are spawned, not forked: the readers need none of this process's state, and
    forking a process that has threads (a progress bar's) and database connections is unsafe.
    """

    def __init__(self, workers: int, batch: int = 8) -> None:
        self.workers = workers
        self.size = batch
        self._pool: ProcessPoolExecutor | None = None
        self._open = _Batch()

    def __enter__(self) -> Readers:
        if self.workers > 0:
            self._pool = ProcessPoolExecutor(self.workers, mp_context=get_context("spawn"))
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)

    def start(self, task: Task) -> Reading:
        """Begin reading a document; ``result`` gives what was read."""
        if self._pool is None:
            return Reading(None, done=read_document(*task))
        batch = self._open
        batch.tasks.append(task)
        if len(batch.tasks) >= self.size:
            self._send()
        return Reading(batch, len(batch.tasks) - 1)

    def result(self, reading: Reading) -> Read | str:
        """What was read, waiting for it (and sending its batch off) when need be."""
        if reading.batch is None:
            return reading.done
        if reading.batch.future is None:
            self._send()
        assert reading.batch.future is not None
        return reading.batch.future.result()[reading.index]

    def _send(self) -> None:
        assert self._pool is not None
        batch, self._open = self._open, _Batch()
        batch.future = self._pool.submit(read_documents, batch.tasks)


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


def reason(error: Exception) -> str:
    """The one line a person reads beside the file name."""
    if isinstance(error, SourceError):
        return f"line {error.line}: {error.message}" if error.line else str(error.message)
    if isinstance(error, AntecknaError):
        return str(error)
    return " ".join(f"internal error ({type(error).__name__}: {error})".split())
