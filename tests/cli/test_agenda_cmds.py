"""``anteckna agenda``, ``actions``, ``followups``, ``groups rhythm|cancel|standing|rotation``."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from anteckna.cli import cli
from anteckna.model import Action, FollowUp, Item
from anteckna.store import models

SEEDS = Path(__file__).resolve().parents[3] / "shared" / "seeds"


def run(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


@pytest.fixture
def lg(store_meeting, make_meeting):
    items = (
        Item("Verksamhetsplan", number="1", presenters=("Jonas Wiklund",),
             actions=(Action("Jonas skickar ut planen.", owners=("Jonas",), due=date(2024, 5, 20)),
                      Action("Alla läser planen.", owners=("alla",))),
             follow_ups=(FollowUp("Tas upp igen om två veckor.", "om två veckor", 14,
                                  date(2024, 5, 28)),)),
    )  # fmt: skip
    return store_meeting(make_meeting(items=items))


def agenda_json(*args: str) -> dict:
    result = run("agenda", "--format", "json", *args)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_agenda_json_shape(lg):
    data = agenda_json("--group", "LG", "--date", "2024-05-28")
    assert list(data) == ["group", "date", "title", "time", "place", "total_minutes", "items"]
    assert data["date"] == "2024-05-28"
    follow_up = next(i for i in data["items"] if i["kind"] == "follow_up")
    assert follow_up == {
        "title": "Verksamhetsplan", "kind": "follow_up", "presenter": "Jonas Wiklund",
        "minutes": None,
        "source": {"meeting": lg.pk, "date": "2024-05-14", "item": "1",
                   "title": "Verksamhetsplan", "text": "Tas upp igen om två veckor."},
    }  # fmt: skip
    assert {i["kind"] for i in data["items"]} == {"standing", "action_review", "follow_up"}


def test_agenda_to_a_file_and_errors(lg, tmp_path):
    out = tmp_path / "dagordning.json"
    result = run("agenda", "--group", "LG", "--date", "2024-05-28", "--format", "json",
                 "--out", str(out))  # fmt: skip
    assert result.exit_code == 0
    assert json.loads(out.read_text(encoding="utf-8"))["group"] == "LG"
    unknown = CliRunner().invoke(cli, ["agenda", "--group", "Nope"])
    assert unknown.exit_code == 2 and "no group called 'Nope'" in unknown.stderr


@pytest.mark.parametrize(
    ("fmt", "start"),
    [pytest.param("md", b"#", id="md"), pytest.param("docx", b"PK", id="docx"),
     pytest.param("pdf", b"%PDF", id="pdf")],
)  # fmt: skip
def test_agenda_documents(lg, tmp_path, fmt, start):
    out = tmp_path / f"dagordning.{fmt}"
    result = run("agenda", "--group", "LG", "--date", "2024-05-28", "--format", fmt,
                 "--out", str(out))  # fmt: skip
    assert result.exit_code == 0, result.output
    assert out.read_bytes().startswith(start)


def test_a_cancelled_date_is_one_line(lg):
    assert run("groups", "cancel", "LG", "2024-05-28", "--reason", "Studiedag").exit_code == 0
    result = CliRunner().invoke(cli, ["agenda", "--group", "LG", "--date", "2024-05-28"])
    assert result.exit_code == 2
    assert "cancelled" in result.stderr
    assert "restored" in run("groups", "cancel", "LG", "2024-05-28", "--undo").stdout


def test_rhythm_standing_and_rotation_commands(lg, monkeypatch):
    monkeypatch.setattr("django.utils.timezone.localdate", lambda: date(2024, 5, 20))
    result = run("groups", "rhythm", "LG", "--weekday", "tue", "--every", "2", "--time", "13-15",
                 "--from", "2024-05-14", "--place", "Älgen", "--json")  # fmt: skip
    data = json.loads(result.stdout)
    assert data["rhythm"] == {"weekday": "tue", "every_weeks": 2, "from": "2024-05-14",
                              "until": None, "time": "13.00–15.00", "place": "Älgen"}  # fmt: skip
    assert data["coming"][:2] == ["2024-05-28", "2024-06-11"]
    assert agenda_json("--group", "LG")["date"] == "2024-05-28"  # the next meeting
    bad = CliRunner().invoke(cli, ["groups", "rhythm", "LG", "--weekday", "tue"])
    assert bad.exit_code == 2 and "both --weekday and --from" in bad.stderr
    run("groups", "standing", "LG", "--add", "Nytt från nämnden", "--place", "first",
        "--minutes", "5")  # fmt: skip
    titles = [i["title"] for i in json.loads(run("groups", "standing", "LG", "--json").stdout)]
    assert titles[:2] == ["Incheckning", "Nytt från nämnden"]
    run("groups", "rotation", "LG", "--role", "chair", "--order", "Jonas Wiklund, Åsa Öberg")
    state = json.loads(
        run("groups", "rotation", "LG", "--role", "chair", "--next", "--json").stdout
    )
    assert (state["holder"], state["next"]) == ("Jonas Wiklund", ["Åsa Öberg"])


def test_actions_listing_and_done(lg, monkeypatch):
    monkeypatch.setattr("django.utils.timezone.localdate", lambda: date(2024, 6, 1))
    mine = json.loads(run("actions", "--person", "Åsa Öberg", "--json").stdout)
    assert [a["text"] for a in mine] == ["Alla läser planen."]  # "alla" covers Åsa
    jonas = json.loads(run("actions", "--person", "Jonas", "--json").stdout)
    assert [a["text"] for a in jonas] == ["Jonas skickar ut planen.", "Alla läser planen."]
    overdue = json.loads(run("actions", "--status", "overdue", "--group", "LG", "--json").stdout)
    assert [(a["text"], a["overdue"]) for a in overdue] == [("Jonas skickar ut planen.", True)]
    action_id = overdue[0]["id"]
    done = run("actions", "done", str(action_id), "--comment", "Klart enligt mötet.")
    assert done.stdout == f"action {action_id} is done: Jonas skickar ut planen.\n"
    assert models.Correction.objects.get(field="status").note == "Klart enligt mötet."
    assert run("actions", "--status", "overdue", "--json").stdout.strip() == "[]"
    gone = CliRunner().invoke(cli, ["actions", "done", "999"])
    assert gone.exit_code == 2 and "no such action" in gone.stderr
    nobody = CliRunner().invoke(cli, ["actions", "--person", "Nobody"])
    assert nobody.exit_code == 2 and "no such person" in nobody.stderr
    agenda = agenda_json("--group", "LG", "--date", "2024-05-28")
    assert "Jonas skickar ut planen." not in [i["title"] for i in agenda["items"]]


def test_followups_listing(lg, store_meeting, make_meeting, monkeypatch):
    monkeypatch.setattr("django.utils.timezone.localdate", lambda: date(2024, 6, 1))
    undated = Item(
        "Skolval", follow_ups=(FollowUp("Tas upp igen om två veckor.", "om två veckor", 14),)
    )
    store_meeting(make_meeting(date=None, items=(undated,)), file_name="odaterad.txt")
    rows = json.loads(run("followups", "--group", "LG", "--json").stdout)
    assert [(r["status"], r["due"]) for r in rows] == [("overdue", "2024-05-28"),
                                                      ("needs_date", None)]  # fmt: skip
    assert rows[0]["title"] == "Verksamhetsplan" and rows[0]["resolved_by"] is None
    early = json.loads(run("followups", "--due-before", "2024-05-27", "--json").stdout)
    assert [r["status"] for r in early] == ["needs_date"]
    text = run("followups", "--status", "overdue").stdout
    assert text.startswith("2024-05-28") and "Verksamhetsplan" in text


@pytest.mark.corpus
@pytest.mark.skipif(not SEEDS.is_dir(), reason=f"no seeds at {SEEDS}")
def test_the_seed_that_says_om_two_weeks_comes_back_two_weeks_later(db):
    seed = next(p for p in sorted(SEEDS.glob("*.txt"))
                if "om två veckor" in " ".join(p.read_text(encoding="utf-8").split()))  # fmt: skip
    assert run("import", str(seed), "--date", "2023-05-08").exit_code == 0
    meeting = models.Meeting.objects.get()
    returning = {
        (item.title, f.text) for item in meeting.items.all() for f in item.follow_ups.all()
        if "två veckor" in f.text
    }  # fmt: skip
    assert len(returning) == 2
    on_time = agenda_json("--group", "LG", "--date", "2023-05-22")
    follow_ups = {(i["title"], i["source"]["text"]) for i in on_time["items"]
                  if i["kind"] == "follow_up"}  # fmt: skip
    assert follow_ups == returning
    assert {"Incheckning", "Utcheckning"} <= {i["title"] for i in on_time["items"]
                                              if i["kind"] == "standing"}  # fmt: skip
    early = agenda_json("--group", "LG", "--date", "2023-05-15")
    assert [i for i in early["items"] if i["kind"] == "follow_up"] == []
