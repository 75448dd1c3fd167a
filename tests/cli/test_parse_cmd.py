"""``anteckna parse``: output modes, the date flag, and one-line errors for bad files."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from anteckna.cli import cli

DATA = Path(__file__).parent.parent / "data"


def run(*args: str | Path) -> Result:
    return CliRunner().invoke(cli, ["parse", *map(str, args)])


def test_json_is_one_object_and_nothing_else() -> None:
    result = run(DATA / "seed_shaped.txt", "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert isinstance(data, dict)
    assert data["schema"] == "anteckna.meeting/1"
    assert data["source"]["file"] == "seed_shaped.txt"
    assert len(data["source"]["sha256"]) == 64
    assert result.stderr == ""
    assert result.stdout.lstrip().startswith("{") and result.stdout.rstrip().endswith("}")


def test_json_keeps_swedish_letters() -> None:
    result = run(DATA / "seed_shaped.txt", "--json")
    assert "Märta Öhrn" in result.stdout
    assert "\\u00d6" not in result.stdout


def test_date_flag_wins_over_the_text() -> None:
    in_text = json.loads(run(DATA / "dated.txt", "--json").stdout)
    given = json.loads(run(DATA / "dated.txt", "--json", "--date", "2024-06-01").stdout)
    assert in_text["date"] == "2024-05-14"
    assert given["date"] == "2024-06-01"
    assert given["items"][0]["follow_ups"][0]["due"] == "2024-06-15"


def test_bad_date_is_a_usage_error() -> None:
    result = run(DATA / "dated.txt", "--date", "14/5/2024")
    assert result.exit_code == 2
    assert "--date" in result.stderr
    assert "Traceback" not in result.output


def test_explain_shows_rules_and_line_numbers() -> None:
    result = run(DATA / "seed_shaped.txt", "--explain")
    assert result.exit_code == 0, result.output
    assert "participant Vera Lindgård [present]" in result.stdout
    assert "rule attendance:present, lines 1-2" in result.stdout
    assert "rule item:numbered, lines 17-25" in result.stdout
    assert "  17 | 1. Läget i budgetarbetet (LG+ SG)" in result.stdout
    assert "follow-up: frågan kommer åter upp om två veckor." in result.stdout
    assert "rule follow_up:cue" in result.stdout


def test_summary_is_the_default() -> None:
    result = run(DATA / "seed_shaped.txt")
    assert result.exit_code == 0, result.output
    assert "Vera Lindgård" in result.stdout
    assert "Läget i budgetarbetet" in result.stdout


def test_cp1252_file_is_decoded() -> None:
    result = run(DATA / "cp1252.txt", "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert [p["name"] for p in data["participants"]] == [
        "Åke Lönnqvist",
        "Märit Ängsäter",
        "Örjan Dahlén",
    ]
    assert [i["title"] for i in data["items"]] == ["Läget på förskolorna", "Övrigt"]
    assert data["items"][0]["presenters"] == ["Åke Lönnqvist"]


def large_file(tmp_path: Path) -> Path:
    path = tmp_path / "stor.txt"
    with path.open("wb") as file:
        file.truncate(21 * 1024 * 1024)
    return path


def directory(tmp_path: Path) -> Path:
    path = tmp_path / "anteckningar.txt"
    path.mkdir()
    return path


@pytest.mark.parametrize(
    ("make", "message"),
    [
        pytest.param(lambda tmp: tmp / "saknas.txt", "no such file", id="missing"),
        pytest.param(directory, "is a directory", id="directory"),
        pytest.param(
            lambda tmp: DATA / "png_renamed.txt",
            "not a text file (looks like PNG image)",
            id="png_renamed_txt",
        ),
        pytest.param(lambda tmp: DATA / "empty.txt", "empty file", id="empty"),
        pytest.param(large_file, "file too large", id="21_mb"),
    ],
)
def test_bad_files_give_one_line_and_exit_code_2(
    tmp_path: Path, make: Callable[[Path], Path], message: str
) -> None:
    path = make(tmp_path)
    result = run(path, "--json")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1
    assert result.stderr.startswith("anteckna: ")
    assert path.name in result.stderr
    assert message in result.stderr
    assert "Traceback" not in result.output


def test_help_contains_an_example() -> None:
    result = CliRunner().invoke(cli, ["parse", "--help"])
    assert result.exit_code == 0
    assert "Example" in result.stdout
    assert "anteckna parse" in result.stdout


def executable() -> str | None:
    beside = Path(sys.executable).parent / "anteckna"
    return str(beside) if beside.exists() else shutil.which("anteckna")


def test_real_process_prints_only_json() -> None:
    command = executable()
    if command is None:
        pytest.skip("the anteckna console script is not installed")
    done = subprocess.run(
        [command, "parse", str(DATA / "seed_shaped.txt"), "--json", "--date", "2025-10-01"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    data = json.loads(done.stdout)
    assert data["date"] == "2025-10-01"
    assert data["participants"][-1]["name"] == "Alva Nyquist"


def test_real_process_error_is_one_line() -> None:
    command = executable()
    if command is None:
        pytest.skip("the anteckna console script is not installed")
    done = subprocess.run(
        [command, "parse", str(DATA / "png_renamed.txt")],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 2
    assert done.stdout == ""
    assert done.stderr.splitlines() == [
        f"anteckna: {DATA / 'png_renamed.txt'}: not a text file (looks like PNG image)"
    ]


def test_explain_shows_the_right_line_after_a_line_separator() -> None:
    result = run(DATA / "line_separator.txt", "--explain")
    assert result.exit_code == 0, result.output
    assert "rule item:numbered, lines 3-5\n       3 | 1. Läget" in result.stdout
