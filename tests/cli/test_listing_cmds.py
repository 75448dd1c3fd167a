"""``anteckna meetings`` and ``anteckna people``: JSON shapes, UTF-8, only JSON on stdout."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from django.utils import translation

from anteckna.cli import cli

MEETING_KEYS = ["id", "date", "groups", "title", "source", "participants", "items", "decisions",
                "actions"]  # fmt: skip
PERSON_KEYS = ["name", "groups", "present", "remote", "partial", "absent", "open_actions"]


def run(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


@pytest.fixture
def archive(store_meeting, make_meeting):
    store_meeting(make_meeting())


def test_meetings_json(archive):
    result = run("meetings", "--json", "--group", "lg")
    assert result.exit_code == 0
    [meeting] = json.loads(result.stdout)
    assert list(meeting) == MEETING_KEYS
    assert (meeting["date"], meeting["groups"], meeting["participants"]) == (
        "2024-05-14", ["LG"], 2,
    )  # fmt: skip


def test_people_json_is_utf8_not_escaped(archive):
    result = run("people", "--json")
    assert "Åsa Öberg" in result.stdout and "\\u00c5" not in result.stdout
    people = json.loads(result.stdout)
    assert [list(p) for p in people] == [PERSON_KEYS] * 3
    assert [p["name"] for p in people] == ["Jonas Wiklund", "Rune Sjödin", "Åsa Öberg"]


def test_empty_archive_lists_nothing(db):
    assert json.loads(run("meetings", "--json").stdout) == []
    assert json.loads(run("people", "--json").stdout) == []


def test_text_output(archive):
    assert "lg_2024-05-14.txt" in run("meetings").stdout
    assert "Jonas Wiklund  (LG)  present 1" in run("people").stdout


def test_an_unknown_group_is_one_line_and_exit_two(archive):
    result = CliRunner().invoke(cli, ["meetings", "--group", "XY"])
    assert result.exit_code == 2
    assert result.stderr.startswith("anteckna: no group called 'XY'")
    assert result.stdout == ""


def test_an_error_is_english_whatever_language_was_active(archive):
    """Django's language when none is chosen is the pages' (Swedish); a command speaks English."""
    with translation.override("sv"):
        result = CliRunner().invoke(cli, ["meetings", "--group", "XY"])
    assert result.stderr == "anteckna: no group called 'XY' (known: LG)\n"


@pytest.mark.parametrize("command", ["import", "meetings", "people"])
def test_help_has_an_example(command):
    text = run(command, "--help").stdout
    assert "Example:" in text and f"anteckna {command}" in text
    assert "\b" in cli.commands[command].help
