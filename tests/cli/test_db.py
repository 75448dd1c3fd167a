"""``--db`` and start-up, in a real process: paths and URLs, silent migrations, SQLite's WAL,
one-line errors, and no Django for commands that do not need it."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys

import pytest

ENTRY = "from anteckna.cli import main; main()"


@pytest.fixture
def anteckna(tmp_path):
    """Run ``anteckna ARGS…`` in a new process, in ``tmp_path``, with its data dir there."""

    def run(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
        environ = {k: v for k, v in os.environ.items() if not k.startswith("ANTECKNA_")}
        environ.update(ANTECKNA_DATA_DIR=str(tmp_path / "data"), **env)
        return subprocess.run(
            [sys.executable, "-c", ENTRY, *args],
            capture_output=True, text=True, cwd=tmp_path, env=environ, timeout=120,
        )  # fmt: skip

    return run


@pytest.mark.parametrize(
    ("db", "file"),
    [
        pytest.param("arkiv.sqlite3", "arkiv.sqlite3", id="path"),
        pytest.param("sqlite:///arkiv.db", "arkiv.db", id="sqlite_url_relative"),
        pytest.param("sqlite:///{tmp}/abs.db", "abs.db", id="sqlite_url_absolute"),
    ],
)
def test_a_new_sqlite_archive_is_migrated_silently(anteckna, tmp_path, db, file):
    result = anteckna("meetings", "--json", "--db", db.format(tmp=tmp_path))
    assert (result.returncode, result.stdout, result.stderr) == (0, "[]\n", "")
    with sqlite3.connect(tmp_path / file) as connection:
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
    assert {"store_meeting", "store_person", "django_migrations"} <= tables


def test_the_default_archive_is_made_in_the_data_dir(anteckna, tmp_path):
    result = anteckna("people", "--json")
    assert (result.returncode, result.stdout) == (0, "[]\n")
    assert (tmp_path / "data" / "anteckna.sqlite3").is_file()


def test_the_environment_names_the_archive(anteckna, tmp_path):
    result = anteckna("people", "--json", ANTECKNA_DATABASE_URL=str(tmp_path / "env.db"))
    assert result.returncode == 0
    assert (tmp_path / "env.db").is_file()
    assert not (tmp_path / "data").exists()


def test_import_then_list_in_separate_processes(anteckna, tmp_path):
    note = tmp_path / "lg_2024-03-05.txt"
    note.write_text(" Deltagare LG: Anna Berg, Erik Lind\n\n1. Budget\nAnna redogör.\n")
    imported = anteckna("import", str(note), "--db", "a.db")
    assert (imported.returncode, imported.stdout) == (0, "imported 1, skipped 0, failed 0\n")
    [meeting] = json.loads(anteckna("meetings", "--json", "--db", "a.db").stdout)
    assert (meeting["date"], meeting["source"]) == ("2024-03-05", note.name)


def test_a_postgresql_url(anteckna, postgres_database):
    first = anteckna("meetings", "--json", "--db", postgres_database)
    assert (first.returncode, first.stdout, first.stderr) == (0, "[]\n", "")
    again = anteckna("people", "--json", "--db", postgres_database)
    assert (again.returncode, again.stdout) == (0, "[]\n")


@pytest.mark.parametrize(
    ("args", "env", "message"),
    [
        pytest.param(("--db", "ftp://host/x"), {}, "anteckna: --db has value 'ftp://host/x': "
                     "unsupported scheme 'ftp'", id="bad_scheme"),
        pytest.param(("--db", "nowhere/x.db"), {}, "anteckna: cannot create database "
                     "nowhere/x.db: folder nowhere does not exist", id="missing_folder"),
        pytest.param(("--db", "postgresql://postgres@127.0.0.1:1/x"), {},
                     "anteckna: cannot open database postgresql://postgres@127.0.0.1:1/x: ",
                     id="no_server"),
        pytest.param((), {"ANTECKNA_DEBUG": "maybe"}, "anteckna: ANTECKNA_DEBUG has value "
                     "'maybe': not a boolean", id="bad_environment"),
    ],
)  # fmt: skip
def test_database_problems_are_one_line(anteckna, args, env, message):
    result = anteckna("meetings", "--json", *args, **env)
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.startswith(message)
    assert len(result.stderr.splitlines()) == 1


def test_messages_are_english_though_the_pages_default_to_swedish(anteckna):
    result = anteckna("meetings", "--group", "XY", "--db", "a.db")
    assert result.returncode == 2
    assert result.stderr == "anteckna: no group called 'XY' (known: none yet)\n"


def test_the_cli_starts_without_django():
    code = (
        "import sys, anteckna.cli; print(sorted(m for m in sys.modules if m.startswith('django')))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout == "[]\n"


def test_json_is_utf8_whatever_the_locale(anteckna, tmp_path):
    note = tmp_path / "lg_2024-03-05.txt"
    note.write_text(" Deltagare LG: Åsa Öberg, Erik Lind\n\n1. Budget\nÅsa redogör.\n")
    anteckna("import", str(note), "--db", "a.db")
    result = subprocess.run(
        [sys.executable, "-c", ENTRY, "people", "--json", "--db", "a.db"],
        capture_output=True, cwd=tmp_path, timeout=120,
        env={**os.environ, "LC_ALL": "sv_SE.ISO-8859-1", "PYTHONIOENCODING": "latin-1"},
    )  # fmt: skip
    assert "Åsa Öberg" in result.stdout.decode("utf-8")
