"""``anteckna search`` and ``anteckna reindex``: output, JSON shape, errors, help."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from anteckna.cli import cli
from anteckna.model import Action, Item, SourceInfo

HIT_KEYS = ["meeting", "date", "groups", "item", "title", "kind", "snippet", "source"]


def run(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


@pytest.fixture
def archive(store_meeting, make_meeting):
    from anteckna.services.search import index_meetings

    item = Item(
        "Skolans lokaler",
        number="3",
        presenters=("Jonas Wiklund",),
        text="Dessa reflektioner fick rektorerna ta del av under våren.",
        actions=(Action("Rektorn ringer Åsa.", owners=("Jonas Wiklund",)),),
    )
    meeting = store_meeting(make_meeting(items=(item,), source=SourceInfo("lg_2024-05-14.txt")))
    index_meetings([meeting.pk])
    return meeting.pk


def test_json_is_a_list_of_hits(archive):
    result = run("search", "rektor", "--json")
    assert result.exit_code == 0
    hits = json.loads(result.stdout)
    assert [list(hit) for hit in hits] == [HIT_KEYS, HIT_KEYS]
    assert hits[0] == {
        "meeting": archive,
        "date": "2024-05-14",
        "groups": ["LG"],
        "item": "3",
        "title": "Skolans lokaler",
        "kind": "action",
        "snippet": "[Rektorn] ringer Åsa.",
        "source": "lg_2024-05-14.txt",
    }
    assert "Åsa" in result.stdout and "\\u00c5" not in result.stdout


def test_text_output_marks_the_words_found(archive):
    result = run("search", "rektorerna", "--kind", "item")
    assert result.stdout == (
        f"2024-05-14  LG  meeting {archive}  3. Skolans lokaler  (item) [lg_2024-05-14.txt]\n"
        "    Dessa reflektioner fick [rektorerna] ta del av under våren.\n"
    )


def test_words_of_the_query_may_come_apart_or_quoted(archive):
    apart = json.loads(run("search", "rektor", "ringer", "--json").stdout)
    quoted = json.loads(run("search", '"rektorn ringer"', "--json").stdout)
    assert [h["kind"] for h in apart] == [h["kind"] for h in quoted] == ["action"]


def test_filters(archive):
    def kinds(*options: str) -> list[str]:
        return [h["kind"] for h in json.loads(run("search", "rektor", "--json", *options).stdout)]

    assert kinds("--person", "Jonas", "--kind", "action") == ["action"]
    assert kinds("--group", "LG", "--from", "2024-05-14", "--to", "2024-05-14") == [
        "action", "item",
    ]  # fmt: skip
    assert kinds("--from", "2024-05-15") == []
    assert kinds("--limit", "1") == ["action"]


def test_nothing_found_prints_nothing(archive):
    result = run("search", "rektangel")
    assert (result.exit_code, result.stdout) == (0, "")
    assert run("search", "rektangel", "--json").stdout == "[]\n"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        pytest.param(["!!"], "anteckna: nothing to search for", id="no_words"),
        pytest.param(["rektor", "--group", "XY"], "anteckna: no group called 'XY'", id="group"),
        pytest.param(["s*"], "anteckna: s*: a prefix needs at least 2 letters", id="prefix"),
    ],
)
def test_errors_are_one_line_and_exit_two(archive, args, message):
    result = CliRunner().invoke(cli, ["search", *args])
    assert result.exit_code == 2
    assert result.stderr.startswith(message) and result.stdout == ""


def test_bad_options_are_refused_by_click(db):
    assert CliRunner().invoke(cli, ["search", "x", "--kind", "event"]).exit_code == 2
    assert CliRunner().invoke(cli, ["search", "x", "--limit", "0"]).exit_code == 2
    assert CliRunner().invoke(cli, ["search"]).exit_code == 2


def test_reindex(archive):
    before = run("search", "rektor", "--json").stdout
    result = run("reindex")
    assert (result.exit_code, result.stdout) == (
        0, "indexed 2 items, decisions, actions and follow-ups\n",
    )  # fmt: skip
    assert run("search", "rektor", "--json").stdout == before


@pytest.mark.parametrize("command", ["search", "reindex"])
def test_help_has_an_example(command):
    text = run(command, "--help").stdout
    assert "Example:" in text and f"anteckna {command}" in text
    assert "\b" in cli.commands[command].help
