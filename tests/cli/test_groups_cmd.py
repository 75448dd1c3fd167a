"""``anteckna groups`` and ``anteckna groups rename``: JSON shapes, clashes, exit codes."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from anteckna.cli import cli

GROUP_KEYS = ["name", "short_name", "meetings", "members"]


def run(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


@pytest.fixture
def archive(store_meeting, make_meeting):
    store_meeting(make_meeting(groups=("Ledningsgruppen",)))
    store_meeting(make_meeting(groups=("Styrgruppen",)), file_name="sg.txt")  # members: LG


def test_groups_json(archive):
    result = run("groups", "--json")
    assert result.exit_code == 0
    found = json.loads(result.stdout)
    assert [list(g) for g in found] == [GROUP_KEYS] * 2
    assert [(g["name"], g["short_name"], g["meetings"]) for g in found] == [
        ("Ledningsgruppen", "LG", 1), ("Styrgruppen", "SG", 1),
    ]  # fmt: skip


def test_groups_text(archive):
    assert run("groups").stdout.splitlines()[0] == "Ledningsgruppen  (LG)  1 meetings, 3 members"


def test_rename_by_short_name(archive):
    result = run("groups", "rename", "sg", "--name", "Styrgruppen för IT", "--short", "SGIT",
                 "--json")  # fmt: skip
    assert result.exit_code == 0
    assert json.loads(result.stdout) == {
        "name": "Styrgruppen för IT", "short_name": "SGIT", "meetings": 1, "members": 0,
    }  # fmt: skip
    assert "Styrgruppen för IT" in run("meetings", "--group", "SGIT").stdout


def test_a_clash_is_one_line_and_exit_two(archive):
    result = CliRunner().invoke(cli, ["groups", "rename", "LG", "--short", "SG"])
    assert result.exit_code == 2
    assert result.stderr == "anteckna: 'SG' already names another group: Styrgruppen (SG)\n"
    assert result.stdout == ""


def test_empty_archive(db):
    assert json.loads(run("groups", "--json").stdout) == []


@pytest.mark.parametrize("command", [("groups",), ("groups", "rename")])
def test_help_has_an_example(command):
    text = run(*command, "--help").stdout
    assert "Example:" in text and f"anteckna {' '.join(command)}" in text
