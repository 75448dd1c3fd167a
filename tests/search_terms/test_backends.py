"""The keys work as plain tokens in SQLite FTS5 and PostgreSQL full-text search.

Each form of each lemma is stored as its own note; searching for any form must find the
notes of the other forms, and never a note of its look-alike, on both databases. Two
settings matter: FTS5 must keep diacritics (its default tokenizer folds "får" to "far"),
and PostgreSQL must read the keys with the 'simple' configuration ('swedish' drops keys
that are stop words, "som" from "sommar", and stems "kurs" to "kur" again).
"""

import sqlite3
from collections.abc import Callable, Iterator

import pytest

from anteckna.search_terms import query_terms, to_fts_text

POSTGRES = "host=127.0.0.1 port=5432 user=postgres dbname=test connect_timeout=3"

Search = Callable[[str], set[int]]


def sqlite_search(notes: list[str]) -> Iterator[Search]:
    db = sqlite3.connect(":memory:")
    db.execute(
        "create virtual table notes using fts5(body, tokenize='unicode61 remove_diacritics 0')"
    )
    db.executemany(
        "insert into notes (rowid, body) values (?, ?)",
        [(i, to_fts_text(note)) for i, note in enumerate(notes)],
    )

    def search(word: str) -> set[int]:
        match = " ".join(f'"{key}"' for key in query_terms(word).split())
        return {
            row[0] for row in db.execute("select rowid from notes where notes match ?", (match,))
        }

    yield search
    db.close()


def postgres_search(notes: list[str]) -> Iterator[Search]:
    psycopg = pytest.importorskip("psycopg")
    try:
        conn = psycopg.connect(POSTGRES)
    except psycopg.OperationalError as error:
        pytest.skip(f"no PostgreSQL at {POSTGRES}: {error}")
    with conn:
        conn.execute("create temporary table notes (id int primary key, fts tsvector)")
        with conn.cursor() as cursor:
            cursor.executemany(
                "insert into notes values (%s, to_tsvector('simple', %s))",
                [(i, to_fts_text(note)) for i, note in enumerate(notes)],
            )

        def search(word: str) -> set[int]:
            rows = conn.execute(
                "select id from notes where fts @@ plainto_tsquery('simple', %s)",
                (query_terms(word),),
            )
            return {row[0] for row in rows}

        yield search


BACKENDS = {"sqlite": sqlite_search, "postgres": postgres_search}


@pytest.fixture(params=list(BACKENDS), scope="module")
def backend(request) -> str:
    return request.param


@pytest.fixture(scope="module")
def forms(paradigms) -> list[tuple[int, str]]:
    """(lemma number, form) for every form in the table."""
    return [(lemma, form) for lemma, row in enumerate(paradigms) for form in row]


@pytest.fixture(scope="module")
def search(backend, forms) -> Iterator[Search]:
    yield from BACKENDS[backend]([form for _, form in forms])


def test_every_form_finds_the_other_forms(search, forms, paradigms):
    notes_of: dict[int, set[int]] = {}
    for note, (lemma, _) in enumerate(forms):
        notes_of.setdefault(lemma, set()).add(note)
    found = total = 0
    for note, (lemma, form) in enumerate(forms):
        others = notes_of[lemma] - {note}
        found += len(search(form) & others)
        total += len(others)
    print(f"\nrecall {found}/{total} = {found / total:.2%}")
    assert found / total >= 0.95


@pytest.fixture(scope="module")
def lookalike_search(backend, lookalikes) -> Iterator[Search]:
    """A store whose note number i holds the right-hand forms of look-alike pair i."""
    yield from BACKENDS[backend]([" ".join(right) for _, right in lookalikes])


def test_lookalikes_find_nothing(lookalike_search, lookalikes):
    hits = [
        (word, right)
        for pair, (left, right) in enumerate(lookalikes)
        for word in left
        if pair in lookalike_search(word)
    ]
    assert hits == []
