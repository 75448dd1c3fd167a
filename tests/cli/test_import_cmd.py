"""``anteckna import``: the summary, failures as "file: reason", and the exit status."""

from __future__ import annotations

from click.testing import CliRunner

from anteckna.cli import cli

NOTE = """\
 Deltagare LG: Anna Berg, Erik Lind
Frånvarande: Nils Ek

Mötesanteckningar

1. Budget 2024
Anna redogör för budgetläget.
"""


def run(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def test_summary_and_exit_zero(db, tmp_path):
    (tmp_path / "lg_2024-03-05.txt").write_text(NOTE, encoding="utf-8")
    first = run("import", str(tmp_path))
    assert (first.exit_code, first.stdout) == (0, "imported 1, skipped 0, failed 0\n")
    again = run("import", str(tmp_path))
    assert again.stdout == "imported 0, skipped 1, failed 0\n"


def test_a_failure_is_listed_and_exits_one(db, tmp_path):
    (tmp_path / "lg_2024-03-05.txt").write_text(NOTE, encoding="utf-8")
    (tmp_path / "tom.txt").write_bytes(b"")
    result = run("import", str(tmp_path))
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert lines[0] == "imported 1, skipped 0, failed 1"
    assert lines[1].startswith(f"{tmp_path / 'tom.txt'}: ")


def test_needing_a_date_is_not_a_failure(db, tmp_path):
    (tmp_path / "anteckningar.txt").write_text(NOTE, encoding="utf-8")
    result = run("import", str(tmp_path), "--group", "LG")
    assert result.exit_code == 0
    assert "anteckningar.txt: imported without a date (give one with --date)" in result.stdout


def test_date_option_is_checked(db, tmp_path):
    result = CliRunner().invoke(cli, ["import", str(tmp_path), "--date", "14/5 2024"])
    assert result.exit_code == 2
    assert "--date" in result.stderr


def test_corrections_not_carried_over_are_listed(db, tmp_path):
    from anteckna.services.corrections import correct
    from anteckna.store.models import Item

    path = tmp_path / "lg_2024-03-05.txt"
    path.write_text(NOTE + "\n2. Övrigt\nInget.\n", encoding="utf-8")
    run("import", str(path))
    correct("item", Item.objects.get(number="1").pk, "title", "Budget 2024–2025")
    path.write_text(NOTE.replace("2024", "2024 (ny)") + "\n2. Övrigt\nInget.\n", encoding="utf-8")
    result = run("import", str(path))
    assert result.exit_code == 0
    assert result.stdout.splitlines()[1] == (
        f"{path}: correction not carried over: item 1, title: the notes now say "
        "'Budget 2024 (ny)'; it was corrected from 'Budget 2024' to 'Budget 2024–2025'"
    )
