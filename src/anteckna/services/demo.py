"""The demo archive: the bundled fictional notes, a term's work on them, and one login a role.

``anteckna serve --demo`` builds it in a fresh database, through the same services a real
archive goes through: the notes through ``importing`` (those without a group label as the
ledningsgrupp's, as a secretary would import that folder with ``--group LG``), the group's
long name through ``groups``, and the accounts through ``accounts``. The actions later notes
report done "(klart)" are closed by the import itself (``closing``); ``CLOSED_LATER`` are the
ones a secretary closes by hand, because the notes report them in words no rule should guess.
Passwords are random each start and printed once, so a demo left running on a network is no
open door.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from pathlib import Path

from anteckna import parse as parser
from anteckna.extract import extract_file
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
    ("lg_2025-08-20.txt", "Verksamhetscheferna utser", "done", "Klart enligt mötet 2025-09-03."),
    ("lg_2025-09-17.txt", "Torbjörn avser", "cancelled", "Ingår i budgetdialogen i stället."),
)
"""(notes, start of the action's text, status, comment): what a secretary closes by hand."""


@dataclass(frozen=True, slots=True)
class DemoAccount:
    """A demo login as printed on start; ``password`` exists nowhere else."""

    username: str
    role: str
    person: str
    password: str


def build_demo_archive(paths: list[Path] | None = None) -> list[DemoAccount]:
    """Fill an empty archive with the samples and give the demo logins."""
    paths = paths if paths is not None else sample_paths()
    labelled = [p for p in paths if _has_group_label(p)]
    unlabelled = [p for p in paths if p not in labelled]
    reports = [import_paths(labelled), import_paths(unlabelled, group=GROUP)]
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
    for file_name, text, status, note in CLOSED_LATER:
        action = db.Action.objects.get(meeting__source__file_name=file_name, text__startswith=text)
        correct("action", action.pk, "status", status, user=secretary, note=note)
    return accounts


def _has_group_label(path: Path) -> bool:
    """Whether the notes name their group themselves ("Deltagare LG:")."""
    extracted = extract_file(path)
    return bool(parser.parse(extracted.text, file_name=path.name).groups)
