"""The index follows the archive: import, a new version of a file, deletes, and the rebuild."""

from __future__ import annotations

from pathlib import Path

import pytest
from django.db import connection

from anteckna.errors import AntecknaError
from anteckna.model import Action, Item
from anteckna.services import importing
from anteckna.services.importing import import_paths
from anteckna.services.search import index_meetings, indexing, reindex, search
from anteckna.store import models

NOTE = """\
 Deltagare LG: Anna Berg, Erik Lind

Mötesanteckningar

1. Skolskjuts
Anna redogör för läget. Rektorerna har fått besked.

2. Lokaler
Erik avser kontakta fastighetsförvaltningen.
"""


def write(folder: Path, name: str, text: str = NOTE) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def hits(query: str) -> list[tuple[str, str, str]]:
    return [(hit.source, hit.kind, hit.title) for hit in search(query)]


def test_an_import_is_searchable_at_once(db, tmp_path):
    import_paths([write(tmp_path, "lg_2024-03-05.txt")])
    assert hits("rektor") == [("lg_2024-03-05.txt", "item", "Skolskjuts")]
    assert hits("Anna Berg") == [("lg_2024-03-05.txt", "item", "Skolskjuts")]
    assert [kind for _, kind, _ in hits("fastighetsförvaltningen")] == ["action", "item"]


def test_a_new_version_of_a_file_replaces_its_hits(db, tmp_path):
    path = write(tmp_path, "lg_2024-03-05.txt")
    import_paths([path])
    write(tmp_path, path.name, NOTE.replace("Rektorerna", "Förskolecheferna"))
    import_paths([path])
    assert hits("rektor") == []
    assert hits("förskolechef") == [("lg_2024-03-05.txt", "item", "Skolskjuts")]
    assert models.SearchEntry.objects.count() == 3  # two items and one action, once


def test_an_index_that_fails_leaves_nothing(db, tmp_path, monkeypatch):
    def broken(*args):
        raise RuntimeError("index down")

    monkeypatch.setattr(importing, "index_saved", broken)
    report = import_paths([write(tmp_path, "lg_2024-03-05.txt")])
    assert report.failed and models.Meeting.objects.count() == 0


def test_deleting_a_meeting_deletes_its_hits(add):
    kept = add(Item("Budget", text="Rektorerna och budgeten."))
    gone = add(Item("Budget", text="Rektorn och budgeten."))
    models.Meeting.objects.get(pk=gone).delete()
    assert [hit.meeting for hit in search("rektor")] == [kept]
    assert models.SearchEntry.objects.filter(meeting_id=gone).count() == 0


def test_deleting_an_action_deletes_its_hit(add):
    add(Item("Plan", text="Planen skickas.", actions=(Action("Planen skickas."),)))
    models.Action.objects.all().delete()
    assert [hit.kind for hit in search("plan")] == ["item"]


def test_an_import_writes_the_entries_the_rows_give(db, tmp_path):
    """The entries an import makes from what it saved are the ones the rows make, in the same
    order (their ids break ties in ranking): the bundled notes, a note whose owners and
    presenters are first names of people present, and a new version of one."""
    from anteckna.samples import sample_paths

    paths = sample_paths()
    erik = NOTE.replace("Anna Berg, Erik Lind", "Anna Berg").replace(
        "Erik", "Föredragande: Erik\nErik"
    )
    import_paths(
        [*paths, write(tmp_path, "lg_2024-03-05.txt"), write(tmp_path, "lg_2024-03-19.txt", erik)]
    )
    write(tmp_path, paths[0].name, paths[0].read_text(encoding="utf-8") + "\n")
    assert import_paths([tmp_path / paths[0].name]).imported
    meetings = sorted(models.Meeting.objects.values_list("id", flat=True))
    made = [row for meeting in meetings for row in indexing.entries([meeting])]
    stored = list(models.SearchEntry.objects.order_by("id").values(*made[0]))
    by_meeting = sorted(stored, key=lambda row: row["meeting_id"])  # stable: in id order
    assert by_meeting == made
    assert len(made) > 100 and {row["kind"] for row in made} >= {"item", "action", "decision"}
    assert sum("erik lind" in row["names_keys"] for row in made) > 2  # "Erik" the next time too


def test_indexing_a_meeting_again_changes_nothing(add):
    meeting = add(Item("Budget", text="Rektorerna och budgeten."))
    before = hits("rektor")
    assert index_meetings([meeting]) == 1
    assert hits("rektor") == before
    assert models.SearchEntry.objects.count() == 1


def test_reindex_gives_the_same_results(add):
    add(Item("Skolan", text="Rektorerna i skolan.", actions=(Action("Rektorn ringer."),)))
    add(Item("Lokaler", presenters=("Jonas Wiklund",), text="Skolans lokaler."))
    queries = ["rektor", "skola", "jonas", '"i skolan"', "lok*"]
    before = {query: hits(query) for query in queries}
    assert reindex() == 3
    assert {query: hits(query) for query in queries} == before


def test_reindex_rebuilds_a_lost_index(add):
    add(Item("Skolan", text="Rektorerna i skolan."))
    models.SearchEntry.objects.all().delete()
    with pytest.raises(AntecknaError, match=r"run: anteckna reindex|with: anteckna reindex"):
        search("rektor")
    reindex()
    assert hits("rektor") == [("lg_001.txt", "item", "Skolan")]


def index_and_entries(backend: str) -> tuple[set[tuple[int, str]], set[tuple[int, str]]]:
    """(entry id, key) pairs as the database's full-text index holds them, and as the entries'
    key columns say they should be."""
    expected = {
        (entry.pk, key)
        for entry in models.SearchEntry.objects.all()
        for keys in (entry.title_keys, entry.body_keys, entry.names_keys)
        for key in keys.split()
    }
    with connection.cursor() as cursor:
        if backend == "sqlite":  # FTS5's own index, read back with fts5vocab
            cursor.execute(
                "CREATE VIRTUAL TABLE temp.vocab USING fts5vocab(main, store_searchentry_fts,"
                " instance)"
            )
            cursor.execute("SELECT DISTINCT doc, term FROM temp.vocab")
            held = set(cursor.fetchall())
            cursor.execute("DROP TABLE temp.vocab")
        else:
            cursor.execute(
                "SELECT id, lexeme FROM store_searchentry, unnest(document) AS u(lexeme)"
            )
            held = set(cursor.fetchall())
    return held, expected


def test_the_full_text_index_holds_exactly_the_entries_keys(add, db):
    gone = add(Item("Skolan", text="Rektorerna i skolan.", actions=(Action("Rektorn ringer."),)))
    add(Item("Lokaler", presenters=("Jonas Wiklund",), text="Skolans lokaler."))
    held, expected = index_and_entries(db)
    assert held == expected and ("jon" in {key for _, key in held})  # "Jonas"
    models.Meeting.objects.get(pk=gone).delete()
    held, expected = index_and_entries(db)
    assert held == expected and ("rekt" not in {key for _, key in held})
    reindex()
    add(Item("Budget", text="Budgeten för rektorerna."))
    held, expected = index_and_entries(db)
    assert held == expected and ("rekt" in {key for _, key in held})


@pytest.mark.parametrize("kind", ["item", "decision", "action", "follow_up"])
def test_every_kind_is_a_choice_of_the_model(kind):
    assert kind in models.SearchEntry.Kind.values


def test_a_batched_import_with_new_versions_keeps_the_index_exact(db, tmp_path, monkeypatch):
    monkeypatch.setattr(importing, "LINK_EVERY", 2)  # link (and correct) between documents
    paths = [write(tmp_path, f"lg_2024-0{n}-10.txt") for n in range(1, 6)]
    assert not import_paths(paths).failed
    paths[2].write_text(NOTE.replace("Lokaler", "Lokalerna i skolan"), encoding="utf-8")
    assert not import_paths(paths).failed
    held, expected = index_and_entries(db)
    assert held == expected and ("lokal" in {key for _, key in held})
