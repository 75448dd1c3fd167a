"""Actions that later notes report done "(klart)" are closed on import, either import order,
with the reporting meeting linked and the sentence kept as the correction's note."""

from __future__ import annotations

from pathlib import Path

import pytest

from anteckna.services.importing import import_paths
from anteckna.store import models

FIRST = """\
Deltagare LG: Anna Berg, Erik Lind, Sara Hammar

Mötesanteckningar

1. Vakanser
Erik tar fram en sammanställning av vakanser per enhet till nästa möte.
Sara kontaktar skolorna om lokalbehovet.

2. Kort information
Anna bokar lokal för kompetensdagen.
"""
SECOND = """\
Deltagare LG: Anna Berg, Erik Lind, Sara Hammar

Mötesanteckningar

1. Återkoppling från föregående möte
Erik har tagit fram sammanställningen av vakanser per enhet (klart). Den finns i Teams.
Kompetensdagens program är skickat till rektorerna (klart).

2. Kort information
Inget att rapportera.
"""


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("order", ["in_order", "newest_first"])
def test_a_report_more_than_a_year_later_closes_nothing(db, tmp_path, order):
    first = write(tmp_path, "lg_2023-05-09.txt", FIRST)
    second = write(tmp_path, "lg_2024-05-28.txt", SECOND)
    for path in [first, second] if order == "in_order" else [second, first]:
        assert not import_paths([path]).failed
    assert not models.Action.objects.filter(status="done").exists()


@pytest.mark.parametrize("order", ["in_order", "newest_first"])
def test_a_later_meeting_closes_the_action_it_reports_done(db, tmp_path, order):
    first = write(tmp_path, "lg_2024-05-14.txt", FIRST)
    second = write(tmp_path, "lg_2024-05-28.txt", SECOND)
    for path in [first, second] if order == "in_order" else [second, first]:
        assert not import_paths([path]).failed
    done = models.Action.objects.get(text__startswith="Erik tar fram")
    assert done.status == "done"
    assert done.closed_in.date.isoformat() == "2024-05-28"
    note = models.Correction.objects.get(field="status").note
    assert note.startswith("Klart enligt mötet 2024-05-28, punkt 1: Erik har tagit fram")
    # a report that names no open action closely enough closes nothing
    assert set(models.Action.objects.filter(status="open").values_list("text", flat=True)) == {
        "Sara kontaktar skolorna om lokalbehovet.", "Anna bokar lokal för kompetensdagen.",
    }  # fmt: skip


def test_a_new_version_of_the_earlier_notes_is_linked_again(db, tmp_path):
    first = write(tmp_path, "lg_2024-05-14.txt", FIRST)
    import_paths([first, write(tmp_path, "lg_2024-05-28.txt", SECOND)])
    first.write_text(FIRST + "\n3. Övrigt\nInget.\n", encoding="utf-8")
    assert not import_paths([first]).failed
    done = models.Action.objects.get(text__startswith="Erik tar fram")
    assert (done.status, done.closed_in.date.isoformat()) == ("done", "2024-05-28")
    assert models.Correction.objects.filter(field="status").count() == 1  # carried, not redone
