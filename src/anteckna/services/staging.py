"""Importing from the web: uploads staged, previewed, corrected, then saved or discarded.

The flow is ``stage()`` → (the preview page shows ``StagedUpload.preview``) →
``set_corrections()`` → ``confirm()`` or ``cancel()``. Everything between the steps is in the
database (``store.models.staging``), so any server process can take the next step.

Staging reads and parses each file exactly as the import will (``reading.read_meeting``)
but stores no meeting. ``confirm()`` then imports each file through ``importing.import_data``,
the command line's own path, each in its own transaction together with the preview's
corrections, which go through ``services.corrections``: they are history with who and when,
and a later re-import of the file carries them over like any other correction.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path, PurePath
from typing import Any

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from anteckna.errors import AntecknaError, Text
from anteckna.extract import extract_bytes
from anteckna.model import Meeting
from anteckna.model.serialise import to_dict
from anteckna.services import access, corrections
from anteckna.services.access import NotAllowed, NotVisible
from anteckna.services.corrections import Conflict
from anteckna.services.importing import import_data
from anteckna.services.reading import read_meeting, reason
from anteckna.store import models as db
from anteckna.store.groups import find_group
from anteckna.store.mapping import is_imported
from anteckna.store.names import abbreviates, fold, initials, looks_like_initials
from anteckna.store.people import Directory

STALE_AFTER = timedelta(days=1)
NEW_PERSON = "new"

State = db.StagedUpload.State


class StagingError(AntecknaError):
    """A preview that cannot be saved as it stands; the message says what to do."""


@dataclass(frozen=True, slots=True)
class Upload:
    """A file as the page received it. ``refused`` is why it may not be imported at all (a
    type or size ``web.uploads.check_upload`` refuses); its bytes are then not kept."""

    name: str
    data: bytes
    refused: str | None = None


@dataclass(frozen=True, slots=True)
class Corrections:
    """What the secretary changed in one file's preview; an empty field changes nothing.

    ``titles`` and ``people`` are by position (an item's, a participant's) in the parse, which
    the import repeats exactly. A person is an id or ``NEW_PERSON``. ``undated`` says the file
    is to be saved as needing a date, the one alternative to giving it one."""

    date: date | None = None
    undated: bool = False
    groups: tuple[str, ...] | None = None
    titles: dict[int, str] = field(default_factory=dict)
    people: dict[int, int | str] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "date": self.date.isoformat() if self.date else None, "undated": self.undated,
            "groups": list(self.groups) if self.groups is not None else None,
            "titles": {str(k): v for k, v in self.titles.items()},
            "people": {str(k): v for k, v in self.people.items()},
        }  # fmt: skip

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Corrections:
        groups = data.get("groups")
        return cls(
            date=date.fromisoformat(data["date"]) if data.get("date") else None,
            undated=bool(data.get("undated")),
            groups=tuple(groups) if groups is not None else None,
            titles={int(k): v for k, v in (data.get("titles") or {}).items()},
            people={int(k): v for k, v in (data.get("people") or {}).items()},
        )


@dataclass(frozen=True, slots=True)
class Outcome:
    """What confirming did with one file: ``imported`` (``meeting`` is its id; ``undated``
    when it was saved as needing a date), ``skipped`` (the bytes were in the archive
    already) or ``failed`` (``reason`` says why; nothing of it was stored)."""

    file_name: str
    status: str
    meeting: int | None = None
    reason: str = ""
    undated: bool = False
    conflicts: tuple[Conflict, ...] = ()


def stage(user: Any, uploads: Iterable[Upload]) -> db.StagedBatch:
    """Read and parse the uploads into a new batch of the user's; nothing becomes a meeting.
    Batches older than ``STALE_AFTER`` (anyone's) are removed on the way."""
    _may_import(user)
    with transaction.atomic():
        db.StagedBatch.objects.filter(created_at__lt=timezone.now() - STALE_AFTER).delete()
        batch = db.StagedBatch.objects.create(user=user)
        seen: set[str] = set()
        for position, upload in enumerate(uploads):
            row = _staged(upload, seen)
            row.batch, row.position = batch, position
            row.save()
    return batch


def batch_of(user: Any, batch_id: Any) -> db.StagedBatch:
    """The user's own batch (anyone else's, or one gone, is ``NotVisible``)."""
    _may_import(user)
    found = db.StagedBatch.objects.filter(pk=batch_id, user_id=user.pk).first()
    if found is None:
        raise NotVisible(f"no upload batch {batch_id}")
    return found


def uploads_of(batch: db.StagedBatch) -> list[db.StagedUpload]:
    """The batch's files in upload order, without their bytes."""
    return list(batch.uploads.defer("data").order_by("position"))


def set_corrections(upload: db.StagedUpload, changes: Corrections) -> None:
    upload.corrections = changes.to_dict()
    upload.save(update_fields=["corrections"])


def confirm(user: Any, batch: db.StagedBatch) -> list[Outcome]:
    """Import every readable file of the batch with its corrections, one transaction each,
    then discard the batch. ``StagingError`` (before anything is stored) when a file has no
    date and was not marked to be saved as needing one."""
    uploads = [u for u in batch.uploads.order_by("position") if u.state == State.READY]
    undecided = [u.file_name for u in uploads if not _dated(u)]
    if undecided:
        message = _("give a date, or save as needing a date: %(files)s")
        raise StagingError(Text(message, files=", ".join(undecided)))
    outcomes = []
    directory = Directory()
    for upload in uploads:
        changes = Corrections.from_dict(upload.corrections)
        try:
            with transaction.atomic():
                stored = import_data(bytes(upload.data), Path(upload.file_name), directory)
                if stored is not None:
                    _correct(stored.meeting_id, changes, user)
        except Exception as error:  # one bad file must not stop the others
            directory.reset()
            outcomes.append(Outcome(upload.file_name, "failed", reason=reason(error)))
            continue
        if stored is None:
            outcomes.append(Outcome(upload.file_name, "skipped"))
        else:
            undated = not db.Meeting.objects.filter(pk=stored.meeting_id, date__isnull=False)
            outcomes.append(Outcome(upload.file_name, "imported", stored.meeting_id,
                                    undated=undated, conflicts=stored.conflicts))  # fmt: skip
    outcomes += [
        Outcome(u.file_name, "skipped" if u.state == State.IMPORTED else "failed", reason=u.reason)
        for u in batch.uploads.exclude(state=State.READY).order_by("position")
    ]
    batch.delete()
    return outcomes


def cancel(batch: db.StagedBatch) -> None:
    """Discard the batch and its files; nothing of them was stored."""
    batch.delete()


def _may_import(user: Any) -> None:
    if not access.can_import(user):
        raise NotAllowed("importing notes is for secretaries and administrators")


def _dated(upload: db.StagedUpload) -> bool:
    changes = Corrections.from_dict(upload.corrections)
    found = (upload.preview or {}).get("meeting", {}).get("date")
    return bool(found or changes.date or changes.undated)


def _staged(upload: Upload, seen: set[str]) -> db.StagedUpload:
    """The row for one upload: refused, already imported (or twice in the batch), unreadable
    with the reason the command line would give, or ready with what the parser found."""
    name = PurePath(upload.name).name or "upload"
    sha256 = hashlib.sha256(upload.data).hexdigest()
    row = db.StagedUpload(file_name=name[:255], sha256=sha256, size=len(upload.data))
    if upload.refused is not None:
        row.state, row.reason, row.data = State.UNREADABLE, upload.refused, b""
        return row
    if sha256 in seen or is_imported(sha256):
        row.state, row.data = State.IMPORTED, b""
        return row
    seen.add(sha256)
    try:
        extracted = extract_bytes(upload.data, name)
        meeting = read_meeting(extracted.text, name, sha256, None)
    except Exception as error:  # a broken file is a reason shown beside its name
        row.state, row.reason, row.data = State.UNREADABLE, reason(error), b""
        return row
    row.state, row.data = State.READY, upload.data
    row.preview = {"meeting": to_dict(meeting), "people": _people(meeting)}
    return row


def _people(meeting: Meeting) -> list[dict[str, Any]]:
    """Per participant: whom the import will take them for, and the people they could be.

    The first is a dry run of the import's own resolution, inside a savepoint rolled back
    afterwards (resolving may create the groups the notes name); ``person`` is None for a
    name that stays unresolved, ``new`` when the import would make a new Person."""
    everyone = list(db.Person.objects.order_by("name").values_list("id", "name"))
    with transaction.atomic():
        groups = [g for label in meeting.groups if (g := find_group(label)) is not None]
        resolved = Directory().resolve(meeting, groups).participants
        transaction.set_rollback(True)
    return [
        {
            "name": p.name,
            "person": found.person.id if found.person else None,
            "person_name": found.person.name if found.person else None,
            "new": found.person is not None and found.person.id is None,
            "ambiguous": found.ambiguous,
            "candidates": [[pk, full] for pk, full in everyone if _fits(p.name, full)],
        }
        for p, found in zip(meeting.participants, resolved, strict=True)
    ]


def _fits(name: str, full: str) -> bool:
    """Whether a name in the notes could stand for this person: the name itself, their first
    name (with initials) or their initials."""
    if fold(name) == fold(full):
        return True
    return initials(full) == name.upper() if looks_like_initials(name) else abbreviates(name, full)


def _correct(meeting_id: int, changes: Corrections, user: Any) -> None:
    """The preview's corrections, made on the meeting just stored, as corrections by ``user``."""
    if changes.date is not None:
        corrections.set_meeting_date(meeting_id, changes.date, user=user)
    if changes.groups is not None:
        corrections.correct("meeting", meeting_id, "groups", list(changes.groups), user=user)
    items = dict(db.Item.objects.filter(meeting_id=meeting_id).values_list("position", "id"))
    for position, title in changes.titles.items():
        corrections.correct("item", items[position], "title", title, user=user)
    rows = dict(db.Attendance.objects.filter(meeting_id=meeting_id).values_list("position", "id"))
    for position, person in changes.people.items():
        if person == NEW_PERSON:
            corrections.new_person(rows[position], user=user)
        else:
            corrections.correct("attendance", rows[position], "person", int(person), user=user)
