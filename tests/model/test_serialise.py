"""The JSON contract "anteckna.meeting/1": its keys, its provenance, and the round trip."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from anteckna.model import Meeting, Participant, SourceRef
from anteckna.model.serialise import SCHEMA, from_dict, to_dict
from anteckna.parse import parse
from anteckna.render import render

DATA = Path(__file__).parent.parent / "data"

MEETING_KEYS = {
    "schema",
    "title",
    "groups",
    "date",
    "time",
    "place",
    "language",
    "participants",
    "chair",
    "secretary",
    "roles",
    "aliases",
    "items",
    "warnings",
    "source",
}
PARTICIPANT_KEYS = {
    "name",
    "group",
    "status",
    "note",
    "role",
    "from",
    "to",
    "initials",
    "item",
    "lines",
    "rule",
}
ITEM_KEYS = {
    "number",
    "title",
    "section",
    "presenters",
    "text",
    "decisions",
    "actions",
    "follow_ups",
    "events",
    "mentions",
    "lines",
    "rule",
}


@pytest.fixture
def parsed() -> Meeting:
    """The seed-shaped test note, parsed with a date so that every kind of element is set."""
    text = (DATA / "seed_shaped.txt").read_text(encoding="utf-8")
    return parse(text, meeting_date=date(2025, 10, 1), file_name="seed_shaped.txt", sha256="ab")


def test_top_level_keys(make_meeting: Callable[..., Meeting]) -> None:
    data = to_dict(make_meeting())
    assert set(data) == MEETING_KEYS
    assert data["schema"] == SCHEMA == "anteckna.meeting/1"
    assert data["date"] == "2024-05-14"
    assert data["source"] == {"file": "lg_2024-05-14.txt", "sha256": None}


def test_participant_keys_use_from_and_to(make_meeting: Callable[..., Meeting]) -> None:
    meeting = make_meeting(
        participants=(
            Participant(
                "Märta Öhrn",
                "partial",
                "LG",
                "deltog 13-15.00",
                start="13:00",
                end="15:00",
                source=SourceRef(1, 2, "attendance:present"),
            ),
        )
    )
    [participant] = to_dict(meeting)["participants"]
    assert set(participant) == PARTICIPANT_KEYS
    assert (participant["from"], participant["to"]) == ("13:00", "15:00")
    assert participant["initials"] == "MÖ"
    assert (participant["lines"], participant["rule"]) == ([1, 2], "attendance:present")


def test_item_keys_and_lines(make_meeting: Callable[..., Meeting]) -> None:
    [item] = to_dict(make_meeting())["items"]
    assert set(item) == ITEM_KEYS
    assert (item["lines"], item["rule"]) == ([3, 8], "numbered item")
    assert item["follow_ups"][0]["due"] == "2024-05-28"
    assert item["events"][0] == {
        "title": "Konferens",
        "start": "2024-09-01",
        "end": None,
        "contact": "Åsa Öberg",
        "lines": None,
        "rule": None,
    }


def test_no_source_gives_null_lines(make_meeting: Callable[..., Meeting]) -> None:
    participants = to_dict(make_meeting())["participants"]
    assert (participants[1]["lines"], participants[1]["rule"]) == (None, None)


def elements(data: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    found = [("participants", p) for p in data["participants"]]
    found += [("items", item) for item in data["items"]]
    for item in data["items"]:
        for kind in ("decisions", "actions", "follow_ups", "events"):
            found.extend((kind, element) for element in item[kind])
    return found


def test_every_parsed_element_carries_its_lines() -> None:
    found = [
        element
        for name in ("seed_shaped.txt", "english.md")
        for element in elements(to_dict(parse((DATA / name).read_text(encoding="utf-8"))))
    ]
    kinds = {kind for kind, _ in found}
    assert kinds == {"participants", "items", "decisions", "actions", "follow_ups", "events"}
    for kind, element in found:
        first, last = element["lines"]
        assert 1 <= first <= last, (kind, element)
        assert element["rule"], (kind, element)


def test_json_keeps_swedish_letters(make_meeting: Callable[..., Meeting]) -> None:
    text = render(make_meeting(), "json")
    assert "Åsa Öberg" in text
    assert "\\u00c5" not in text
    assert json.loads(text) == to_dict(make_meeting())


@pytest.mark.parametrize(
    "overrides",
    [
        pytest.param({}, id="factory_default"),
        pytest.param({"items": (), "participants": ()}, id="empty"),
        pytest.param({"date": None, "warnings": ("'X' could mean A or B",)}, id="no_date"),
    ],
)
def test_round_trip_of_built_meetings(
    make_meeting: Callable[..., Meeting], overrides: dict[str, Any]
) -> None:
    meeting = make_meeting(**overrides)
    assert from_dict(to_dict(meeting)) == meeting


def test_round_trip_of_a_parsed_meeting(parsed: Meeting) -> None:
    assert from_dict(to_dict(parsed)) == parsed
    assert from_dict(json.loads(json.dumps(to_dict(parsed)))) == parsed


def test_from_dict_refuses_another_schema(make_meeting: Callable[..., Meeting]) -> None:
    data = to_dict(make_meeting()) | {"schema": "anteckna.meeting/0"}
    with pytest.raises(ValueError, match=r"anteckna\.meeting/1"):
        from_dict(data)


def test_from_dict_fills_missing_optional_fields() -> None:
    meeting = from_dict({"schema": SCHEMA, "items": [{"title": "Läget"}]})
    assert meeting.language == "sv"
    assert meeting.items[0].title == "Läget"
    assert meeting.items[0].source is None
