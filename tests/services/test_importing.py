"""Importing files: one transaction per document, re-import a no-op, dates, groups, failures."""

from __future__ import annotations

import json
from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from anteckna.services import importing
from anteckna.services.importing import import_paths
from anteckna.store import models
from anteckna.store.mapping import load

NOTE = """\
 Deltagare LG: Anna Berg, Erik Lind, Sara Hammar, Sara Nyberg
Frånvarande: Nils Ek

Mötesanteckningar

INFORMATION

1. Budget 2024
Anna redogör för budgetläget. Ärendet tas upp igen i ledningsgruppen om två veckor.
Erik avser kontakta ekonomienheten.

2. Kort information
Alla uppmanas lämna synpunkter till Sara Hammar.
"""
SHARED = Path(__file__).parents[3] / "shared"


def write(folder: Path, name: str, text: str = NOTE) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def counts() -> dict[str, int]:
    tables = (
        models.SourceDocument,
        models.Original,
        models.Meeting,
        models.Attendance,
        models.Item,
        models.Action,
        models.ActionOwner,
        models.FollowUp,
        models.Person,
        models.PersonAlias,
        models.Membership,
        models.Group,
    )
    return {model.__name__: model.objects.count() for model in tables}  # fmt: skip


def test_a_note_becomes_a_meeting(db, tmp_path):
    path = write(tmp_path, "lg_2024-03-05.txt")
    report = import_paths([path])
    assert (report.imported, report.skipped, report.failed, report.needs_date) == (
        [path],
        [],
        [],
        [],
    )
    meeting = models.Meeting.objects.get()
    assert meeting.date == date(2024, 3, 5)  # from the file name
    assert [g.name for g in meeting.groups.all()] == ["LG"]
    assert models.FollowUp.objects.get().due == date(2024, 3, 19)
    assert meeting.source.parser_version
    assert bytes(meeting.source.original.data) == path.read_bytes()
    assert load(meeting).source.sha256 == meeting.source.sha256


def test_running_the_same_import_again_changes_nothing(db, tmp_path):
    write(tmp_path, "a/lg_2024-03-05.txt")
    write(tmp_path, "b/lg_2024-03-19.txt", NOTE.replace("Budget 2024", "Budget 2025"))
    assert len(import_paths([tmp_path]).imported) == 2
    before = counts()
    again = import_paths([tmp_path])
    assert (len(again.imported), len(again.skipped)) == (0, 2)
    assert counts() == before


def test_the_same_bytes_under_another_name_are_skipped(db, tmp_path):
    import_paths([write(tmp_path, "one.txt")])
    report = import_paths([write(tmp_path, "copy.txt")])
    assert report.skipped == [tmp_path / "copy.txt"]


def test_two_files_are_two_meetings_even_when_all_agrees(db, tmp_path):
    first = write(tmp_path, "lg_2024-03-05.txt")
    second = write(tmp_path, "lg 2024-03-05 kopia.txt", NOTE + "\n")
    assert len(import_paths([first, second]).imported) == 2
    assert models.Meeting.objects.filter(date=date(2024, 3, 5)).count() == 2
    assert models.Person.objects.count() == 5


def test_a_corrected_file_is_a_new_version(db, tmp_path):
    path = write(tmp_path, "lg_2024-03-05.txt")
    import_paths([path])
    write(tmp_path, "lg_2024-03-05.txt", NOTE.replace("Budget 2024", "Budget 2024 (rättad)"))
    report = import_paths([path])
    assert report.imported == [path]
    meeting = models.Meeting.objects.get()
    assert meeting.source.version == 2
    assert meeting.items.first().title == "Budget 2024 (rättad)"
    assert meeting.source.previous.snapshot["items"][0]["title"] == "Budget 2024"


def test_the_date_option_wins_and_due_dates_follow_it(db, tmp_path):
    import_paths([write(tmp_path, "lg_2024-03-05.txt")], meeting_date=date(2024, 4, 2))
    assert models.Meeting.objects.get().date == date(2024, 4, 2)
    assert models.FollowUp.objects.get().due == date(2024, 4, 16)


def test_a_meeting_without_a_date_is_imported_and_listed(db, tmp_path):
    path = write(tmp_path, "anteckningar.txt")
    report = import_paths([path])
    assert (report.imported, report.needs_date, report.failed) == ([path], [path], [])
    assert models.Meeting.objects.get().date is None
    assert models.FollowUp.objects.get().due is None


def test_the_group_option_names_the_group_either_way(db, tmp_path):
    import_paths([write(tmp_path, "a.txt")], group="Ledningsgruppen")
    import_paths([write(tmp_path, "b.txt", NOTE + "\n")])  # the notes say "LG"
    assert list(models.Group.objects.values_list("name", "short_name")) == [
        ("Ledningsgruppen", "LG")
    ]
    assert models.Membership.objects.filter(group__short_name="LG").count() == 5


def test_folders_are_read_recursively_for_notes_only(db, tmp_path):
    write(tmp_path, "2024/vår/lg_2024-03-05.txt")
    write(tmp_path, "2024/höst/lg_2024-09-03.md", NOTE.replace("Budget", "Höstbudget"))
    write(tmp_path, "2024/lista.csv", "a,b\n")
    write(tmp_path, ".git/lg_2024-01-01.txt")
    report = import_paths([tmp_path])
    assert sorted(p.name for p in report.imported) == ["lg_2024-03-05.txt", "lg_2024-09-03.md"]


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        pytest.param("empty.txt", b"", "empty", id="zero_bytes"),
        pytest.param(
            "tabell.xlsx", b"PK\x03\x04", "unsupported file type '.xlsx'", id="unsupported"
        ),
        pytest.param("trasig.pdf", b"%PDF-1.4 trasig", "pdf", id="broken_pdf"),
        pytest.param("inte.docx", b"not a zip at all", "docx", id="docx_not_zip"),
    ],
)
def test_bad_input_fails_with_a_reason_and_leaves_nothing(db, tmp_path, name, content, reason):
    path = tmp_path / name
    path.write_bytes(content)
    report = import_paths([path])
    assert [p for p, _ in report.failed] == [path]
    assert reason.lower() in report.failed[0][1].lower()
    assert "Traceback" not in report.failed[0][1]
    assert set(counts().values()) == {0}


def test_a_failure_while_saving_leaves_nothing_and_the_rest_goes_on(db, tmp_path, monkeypatch):
    calls = []

    def broken_once(meeting, *args, **kwargs):
        calls.append(meeting)
        if len(calls) == 1:
            real_save(meeting, *args, **kwargs)  # writes rows, then fails inside the transaction
            raise RuntimeError("disk full")
        return real_save(meeting, *args, **kwargs)

    real_save = importing.save
    monkeypatch.setattr(importing, "save", broken_once)
    first = write(tmp_path, "a_2024-03-05.txt")
    second = write(tmp_path, "b_2024-03-19.txt", NOTE + "\n")
    report = import_paths([first, second])
    assert report.failed == [(first, "internal error (RuntimeError: disk full)")]
    assert report.imported == [second]
    assert models.Meeting.objects.get().source.file_name == "b_2024-03-19.txt"
    assert models.Person.objects.count() == 5


def test_a_missing_path_is_a_failure(db, tmp_path):
    report = import_paths([tmp_path / "nowhere"])
    assert report.failed == [(tmp_path / "nowhere", "no such file or folder")]


def test_progress_is_reported_per_file(db, tmp_path):
    seen = []
    files = [write(tmp_path, "a.txt"), write(tmp_path, "b.txt", NOTE + "\n")]
    import_paths(files, progress=lambda done, total, path: seen.append((done, total, path.name)))
    assert seen == [(1, 2, "a.txt"), (2, 2, "b.txt")]


@pytest.mark.corpus
@pytest.mark.skipif(not (SHARED / "seeds" / "gold").is_dir(), reason="../shared/seeds is absent")
def test_the_seeds_make_one_person_per_real_person(db):
    """Everyone the gold files name is one Person (the issue counts 20), present and absent
    as the gold says; people who share a first name stay apart."""
    from anteckna.services.listing import list_people

    golds = [json.loads(p.read_text()) for p in sorted((SHARED / "seeds" / "gold").glob("*.json"))]
    attended = Counter(name for g in golds for name in g["attendees"])
    absent = Counter(name for g in golds for name in g["absent"])
    guests = {guest["name"] for g in golds for guest in g["guests"]}
    report = import_paths([SHARED / "seeds"])
    assert len(report.imported) == len(golds) and not report.failed
    people = {p.name: p for p in list_people()}
    assert set(people) == set(attended) | set(absent) | guests
    assert len(people) == 20
    for name, times in absent.items():
        person = people[name]
        assert (person.absent, person.present + person.remote + person.partial) == (
            times,
            attended[name],
        )


def test_files_read_in_worker_processes_are_stored_and_reported_in_order(db, tmp_path):
    """Two worker processes read while this one stores: the same meetings as reading here, the
    report and the progress in the files' order, a bad file named with its reason, and a second
    copy of the same bytes in the same run skipped."""
    files = [
        write(tmp_path, "a_2024-03-05.txt"),
        write(tmp_path, "b_2024-03-19.txt", NOTE + "\n"),
        write(tmp_path, "c_trasig.pdf", "%PDF-1.4 trasig"),
        write(tmp_path, "d_kopia.txt"),
        write(tmp_path, "e_2024-04-02.txt", NOTE.replace("Budget 2024", "Budget 2025")),
    ]
    seen = []
    report = import_paths(files, workers=2, progress=lambda done, _, path: seen.append(path))
    assert seen == files
    assert report.imported == [files[0], files[1], files[4]]
    assert report.skipped == [files[3]]
    assert [path for path, _ in report.failed] == [files[2]]
    assert "pdf" in report.failed[0][1].lower()
    stored = {m.source.file_name: load(m) for m in models.Meeting.objects.all()}
    assert stored["e_2024-04-02.txt"].items[0].title == "Budget 2025"
    assert stored["a_2024-03-05.txt"].date == date(2024, 3, 5)
    assert models.Person.objects.count() == 5
