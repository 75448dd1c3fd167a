"""``anteckna meetings date``: dating a meeting moves its follow-ups, as a correction."""

from __future__ import annotations

import json
from datetime import date

import pytest
from click.testing import CliRunner

from anteckna.cli import cli
from anteckna.model import FollowUp, Item
from anteckna.store import models


def run(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


@pytest.fixture
def undated(store_meeting, make_meeting):
    item = Item("Budget", number="1", follow_ups=(
        FollowUp("Tas upp igen om två veckor.", "om två veckor", 14),
        FollowUp("Återkommer i höst.", "i höst"),
    ))  # fmt: skip
    return store_meeting(make_meeting(date=None, items=(item,)))


def test_date_json(undated):
    result = run("meetings", "date", str(undated.pk), "2024-05-14", "--json")
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert list(data) == ["id", "date", "previous", "follow_ups", "correction"]
    assert (data["id"], data["date"], data["previous"]) == (undated.pk, "2024-05-14", None)
    assert data["follow_ups"] == [
        {"text": "Tas upp igen om två veckor.", "days": 14, "due": "2024-05-28"},
        {"text": "Återkommer i höst.", "days": None, "due": None},
    ]
    correction = models.Correction.objects.get(pk=data["correction"])
    assert (correction.field, correction.user, correction.new_value) == (
        "date", None, "2024-05-14",
    )  # fmt: skip
    assert json.loads(run("meetings", "--json").stdout)[0]["date"] == "2024-05-14"


def test_date_text_and_again(undated):
    first = run("meetings", "date", str(undated.pk), "2024-05-14")
    assert first.stdout.splitlines() == [
        f"meeting {undated.pk} dated 2024-05-14 (was no date)",
        "  follow-up due 2024-05-28: Tas upp igen om två veckor.",
    ]
    again = run("meetings", "date", str(undated.pk), "2024-05-14")
    assert again.stdout.splitlines()[0] == f"meeting {undated.pk} is already dated 2024-05-14"
    assert models.Meeting.objects.get().date == date(2024, 5, 14)


def test_an_unknown_meeting_is_one_line_and_exit_two(db):
    result = CliRunner().invoke(cli, ["meetings", "date", "99", "2024-05-14"])
    assert result.exit_code == 2
    assert result.stderr == "anteckna: meeting 99: no such element in the archive\n"


def test_a_bad_date_is_refused_by_the_option_parser(undated):
    result = CliRunner().invoke(cli, ["meetings", "date", str(undated.pk), "14/5"])
    assert result.exit_code == 2 and "DATE" in result.stderr


def test_help_has_an_example():
    text = run("meetings", "date", "--help").stdout
    assert "Example:" in text and "anteckna meetings date 12 2024-05-14" in text
