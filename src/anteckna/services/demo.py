"""The demo archive: the bundled fictional notes, a term's work on them, and one login a role.

``anteckna serve --demo`` builds it in a fresh database, through the same services a real
archive goes through: the notes through ``importing`` (those without a group label as the
ledningsgrupp's, as a secretary would import that folder with ``--group LG``), the group's
long name through ``groups``, and the accounts through ``accounts``. The actions later notes
report done "(klart)" are closed by the import itself (``closing``); ``CLOSED_LATER`` are the
ones a secretary closes by hand, because the notes report them in words no rule should guess.
Passwords are random each start and printed once, so a demo left running on a network is no
open door.

The archive is relative to the day it is built: every sample is imported as if written a whole
number of weeks later (or earlier), the same number for all, so that the last meeting lies in
the week before ``today``; weekdays and the distances between meetings stay as they were.
Each sample is imported as a secretary would import notes with ``--date``: a copy named
for its new date ("lg_2025-08-20.txt" becomes "lg_2026-11-25.txt"), imported with that
meeting date, so every date the notes give relative to the meeting ("om två veckor", "nästa
vecka", a day and month without a year) is read against the new date by the parser, as for
any other notes. Dates the notes write in full ("25 mars 2026") stay as written: the page
shows the notes' own lines beside what was read, and a date that differed from its line
would look like a wrong reading.
"""

from __future__ import annotations

import secrets
import shutil
import tempfile
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from anteckna import parse as parser
from anteckna.extract import extract_file
from anteckna.parse.dates import date_from_filename
from anteckna.samples import sample_paths
from anteckna.services.accounts import create_account
from anteckna.services.corrections import correct
from anteckna.services.groups import rename_group
from anteckna.services.importing import import_paths
from anteckna.store import models as db

GROUP = "LG"
GROUP_NAME = "Ledningsgruppen"

ACCOUNTS = (
    ("admin", "administrator", "Mattias Sandell"),
    ("sekreterare", "secretary", "Malin Ekdahl"),
    ("medlem", "member", "Johanna Lindqvist"),
    ("lasare", "reader", "Pernilla Ahlstedt"),
)
"""(username, role, person): the person each demo login is, from the samples."""

CLOSED_LATER = (
    ("lg_2025-08-20.txt", "Verksamhetscheferna utser", "done", "lg_2025-09-03.txt"),
    ("lg_2025-09-17.txt", "Torbjörn avser", "cancelled", "lg_2025-10-01.txt"),
)
"""(notes, start of the action's text, status, the later notes that report it): what a secretary
closes by hand."""

NOTES = {
    "done": "Klart enligt mötet {date}.",
    "cancelled": "Ingår i budgetdialogen i stället, enligt mötet {date}.",
}
"""The comment of a closing correction, by status."""


@dataclass(frozen=True, slots=True)
class DemoAccount:
    """A demo login as printed on start; ``password`` exists nowhere else."""

    username: str
    role: str
    person: str
    password: str


def build_demo_archive(today: date, paths: list[Path] | None = None) -> list[DemoAccount]:
    """Fill an empty archive with the samples, moved to end in the week before ``today``, and
    give the demo logins."""
    paths = paths if paths is not None else sample_paths()
    weeks = shift_weeks([_date_of(p) for p in paths], today)
    with tempfile.TemporaryDirectory(prefix="anteckna-demo-") as folder:
        moved = {p.name: _moved(p, Path(folder), weeks) for p in paths}
        reports = [
            import_paths(
                [path],
                group=None if _has_group_label(path) else GROUP,
                meeting_date=_date_of(path),
            )
            for path in moved.values()
        ]
    failed = [failure for report in reports for failure in report.failed]
    if failed:
        raise RuntimeError(f"the bundled samples did not import: {failed}")
    rename_group(GROUP, name=GROUP_NAME)
    accounts = []
    for username, role, person in ACCOUNTS:
        password = secrets.token_urlsafe(9)
        create_account(username, role, person=person, password=password)
        accounts.append(DemoAccount(username, role, person, password))
    secretary = db.Account.objects.get(role="secretary").user
    for file_name, text, status, later in CLOSED_LATER:
        if file_name not in moved or later not in moved:
            continue
        action = db.Action.objects.get(
            meeting__source__file_name=moved[file_name].name, text__startswith=text
        )
        note = NOTES[status].format(date=_date_of(moved[later]).isoformat())
        correct("action", action.pk, "status", status, user=secretary, note=note)
    return accounts


def shift_weeks(dates: list[date], today: date) -> int:
    """The whole weeks to add to every date so that the last lies in the seven days before
    ``today`` (negative when the dates lie ahead of it)."""
    return (today - timedelta(days=1) - max(dates)).days // 7


def _date_of(path: Path) -> date:
    day = date_from_filename(path.name)
    if day is None:
        raise RuntimeError(f"{path.name}: a demo sample's name must carry its date")
    return day


def _moved(path: Path, folder: Path, weeks: int) -> Path:
    """A copy of the notes in ``folder``, its name carrying its date ``weeks`` later."""
    day = _date_of(path)
    later = day + timedelta(weeks=weeks)
    if day.isoformat() not in path.name:
        raise RuntimeError(f"{path.name}: a demo sample's name must carry its date as YYYY-MM-DD")
    target = folder / path.name.replace(day.isoformat(), later.isoformat())
    shutil.copyfile(path, target)
    return target


def _has_group_label(path: Path) -> bool:
    """Whether the notes name their group themselves ("Deltagare LG:")."""
    extracted = extract_file(path)
    return bool(parser.parse(extracted.text, file_name=path.name).groups)
