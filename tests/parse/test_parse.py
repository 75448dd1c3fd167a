"""parse(): whole notes, small and invented, read into the Meeting a careful secretary would."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from anteckna.model import Action, Event, FollowUp, Meeting, SourceInfo, SourceRef
from anteckna.parse import parse

DATA = Path(__file__).parent.parent / "data"


def read(name: str) -> str:
    return (DATA / name).read_text(encoding="utf-8")


@pytest.fixture
def seed_shaped() -> str:
    """A ledningsgrupp note in the shape PDF extraction gives (tests/data/seed_shaped.txt)."""
    return read("seed_shaped.txt")


@pytest.fixture
def meeting(seed_shaped: str) -> Meeting:
    """seed_shaped.txt parsed with the date given on the command line."""
    return parse(seed_shaped, meeting_date=date(2025, 10, 1), file_name="seed_shaped.txt")


def test_header(meeting: Meeting) -> None:
    assert (meeting.title, meeting.groups, meeting.date, meeting.language) == (
        "Mötesanteckningar",
        ("LG", "Styrgruppen"),
        date(2025, 10, 1),
        "sv",
    )
    assert (meeting.chair, meeting.secretary, meeting.warnings) == (None, None, ())
    assert meeting.source == SourceInfo("seed_shaped.txt", None)


def test_participants(meeting: Meeting) -> None:
    assert [
        (p.name, p.status, p.group, p.note, p.start, p.end, p.role, p.item)
        for p in meeting.participants
    ] == [
        ("Vera Lindgård", "present", "LG", None, None, None, None, None),
        ("Hugo Sandvik", "present", "LG", None, None, None, None, None),
        ("Ines Bergkvist Ahl", "present", "LG", None, None, None, None, None),
        ("Otto Rehn", "present", "LG", None, None, None, None, None),
        ("Tilda Moberg", "present", "LG", None, None, None, None, None),
        ("Leo Wästberg", "present", "LG", None, None, None, None, None),
        ("Signe Alm", "present", "LG", None, None, None, None, None),
        ("Ruben Falk", "present", "Styrgruppen", None, None, None, None, None),
        ("Nora Kvist", "present", "Styrgruppen", None, None, None, None, None),
        ("Elton Granath", "remote", "Styrgruppen", "deltog via Teams", None, None, None, None),
        ("Märta Öhrn", "partial", "Styrgruppen", "deltog 13-15.00", "13:00", "15:00", None, None),
        ("Alva Nyquist", "guest", None, None, None, None, "Ekonomichef", "4"),
    ]


def test_items(meeting: Meeting) -> None:
    assert [(i.number, i.title, i.section, i.presenters) for i in meeting.items] == [
        (
            "1",
            "Läget i budgetarbetet (LG+ SG)",
            "information",
            ("Vera Lindgård", "Ruben Falk", "Nora Kvist"),
        ),
        (
            "2",
            "Rekrytering av skolledare",
            "information",
            ("Hugo Sandvik", "Signe Alm", "verksamhetschefer"),
        ),
        ("3", "Korta meddelanden", "information", ("Ines Bergkvist Ahl",)),
        ("4", "I huvudet på Ekonomichef Alva Nyquist", "information", ("Alva Nyquist",)),
        ("5", "Summering", "information", ()),
    ]


def test_no_decisions(meeting: Meeting) -> None:
    assert [d for item in meeting.items for d in item.decisions] == []


def test_actions(meeting: Meeting) -> None:
    found = [
        (item.number, Action(a.text, a.owners, a.due, a.due_text))
        for item in meeting.items
        for a in item.actions
    ]
    assert found == [
        (
            "1",
            Action(
                "Alla uppmanas lämna synpunkter senast 4 april.",
                ("alla",),
                date(2026, 4, 4),
                "senast 4 april",
            ),
        ),
        ("2", Action("Skolledarna bör få återkoppling.", ())),
        ("2", Action("Otto avser kontakta facken om tidplanen.", ("Otto Rehn",))),
    ]


def test_follow_ups_are_due_two_weeks_after_the_meeting(meeting: Meeting) -> None:
    found = [
        (item.number, FollowUp(f.text, f.relative, f.days, f.due))
        for item in meeting.items
        for f in item.follow_ups
    ]
    assert found == [
        (
            "1",
            FollowUp(
                "frågan kommer åter upp om två veckor.", "om två veckor", 14, date(2025, 10, 15)
            ),
        ),
        (
            "2",
            FollowUp(
                "Rekryteringen tas upp igen om två veckor.", "om två veckor", 14, date(2025, 10, 15)
            ),
        ),
    ]


def test_events(meeting: Meeting) -> None:
    found = [
        (item.number, Event(e.title, e.start, e.end, e.contact))
        for item in meeting.items
        for e in item.events
    ]
    assert found == [
        ("3", Event("Kompetensdag för förskolan", date(2025, 11, 14), date(2025, 11, 14))),
    ]


def test_aliases(meeting: Meeting) -> None:
    assert meeting.aliases == {
        "Vera": "Vera Lindgård",
        "Ruben": "Ruben Falk",
        "Nora": "Nora Kvist",
        "Hugo": "Hugo Sandvik",
        "Signe": "Signe Alm",
        "Otto": "Otto Rehn",
        "IBA": "Ines Bergkvist Ahl",
        "Leo": "Leo Wästberg",
        "Alva": "Alva Nyquist",
    }


def test_sources_point_at_the_file(meeting: Meeting, seed_shaped: str) -> None:
    physical = seed_shaped.split("\n")
    first = meeting.items[0]
    assert first.source == SourceRef(17, 25, "item:numbered")
    assert physical[first.source.first - 1].startswith("1. Läget i budgetarbetet")
    vera = meeting.participant("Vera Lindgård")
    assert vera is not None and vera.source == SourceRef(1, 2, "attendance:present")
    [follow_up] = meeting.items[1].follow_ups
    assert follow_up.source is not None
    lines = physical[follow_up.source.first - 1 : follow_up.source.last]
    assert "Rekryteringen tas upp igen" in " ".join(lines)


def test_without_a_date_dues_stay_open(seed_shaped: str) -> None:
    meeting = parse(seed_shaped)
    assert meeting.date is None
    assert [f.due for item in meeting.items for f in item.follow_ups] == [None, None]
    assert [a.due for item in meeting.items for a in item.actions] == [None, None, None]


def test_a_date_in_the_text_is_the_meeting_date() -> None:
    meeting = parse(read("dated.txt"))
    assert meeting.date == date(2024, 5, 14)
    assert [f.due for item in meeting.items for f in item.follow_ups] == [date(2024, 5, 28)]


def test_the_given_date_wins_over_the_text() -> None:
    meeting = parse(read("dated.txt"), meeting_date=date(2024, 6, 1))
    assert meeting.date == date(2024, 6, 1)
    assert [f.due for item in meeting.items for f in item.follow_ups] == [date(2024, 6, 15)]


def test_english_notes() -> None:
    meeting = parse(read("english.md"))
    assert (meeting.language, meeting.title, meeting.date) == (
        "en",
        "Platform sync, 3 March 2024",
        date(2024, 3, 3),
    )
    assert [(p.name, p.status) for p in meeting.participants] == [
        ("Sam Hill", "present"),
        ("Kim Park", "present"),
        ("Lee Quinn", "present"),
        ("Ray Ortiz", "absent"),
    ]
    assert [i.title for i in meeting.items] == ["Status", "Actions", "Next meeting"]
    status, actions, following = meeting.items
    assert status.presenters == ("Kim Park",)
    assert [d.text for d in status.decisions] == ["We agreed to ship on Friday."]
    assert [(a.text, a.owners) for a in actions.actions] == [
        ("Sam to update the wiki.", ("Sam Hill",)),
        ("Lee will draft the rollout plan.", ("Lee Quinn",)),
    ]
    assert [(f.relative, f.days, f.due) for f in following.follow_ups] == [
        ("next week", 7, date(2024, 3, 10))
    ]


def test_crlf_file_reads_like_lf() -> None:
    crlf = (DATA / "crlf.txt").read_bytes().decode("utf-8")
    assert "\r\n" in crlf
    assert parse(crlf) == parse(crlf.replace("\r\n", "\n"))


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("", id="empty"),
        pytest.param("\n\n  \n", id="blank_lines"),
        pytest.param("Bara en rad.", id="one_line"),
        pytest.param("1.", id="lone_number"),
        pytest.param("Närvarande:", id="lone_label"),
        pytest.param("BESLUT", id="lone_section"),
    ],
)
def test_degenerate_notes_give_an_empty_meeting(text: str) -> None:
    meeting = parse(text)
    assert (meeting.participants, meeting.items) == ((), ())


def test_parse_is_deterministic(seed_shaped: str) -> None:
    assert parse(seed_shaped) == parse(seed_shaped)


SHORT_NOTE = (
    "Deltagare LG: Vera Lindgård, Hugo Sandvik\n"
    "Frånvarande: Otto Rehn\n"
    "1. Verksamhetsplan\n"
    "Vera redogör för läget.\n"
    "Beslut: Planen fastställs.\n"
)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(SHORT_NOTE, id="as_exported"),
        pytest.param(SHORT_NOTE.replace("\n", "\n\n"), id="blank_lines"),
        pytest.param(SHORT_NOTE.replace("1. ", "§ 1 "), id="paragraph_sign"),
    ],
)
def test_a_short_note_with_one_numbered_item(text: str) -> None:
    meeting = parse(text)
    assert meeting.title is None
    assert [(p.name, p.status) for p in meeting.participants] == [
        ("Vera Lindgård", "present"),
        ("Hugo Sandvik", "present"),
        ("Otto Rehn", "absent"),
    ]
    [item] = meeting.items
    assert item.number in ("1", "§ 1")
    assert item.title == "Verksamhetsplan"
    assert item.presenters == ("Vera Lindgård",)
    assert [d.text for d in item.decisions] == ["Planen fastställs."]
    assert "Verksamhetsplan" not in item.text


def test_a_short_note_that_starts_with_its_item_has_no_title() -> None:
    meeting = parse("1. Verksamhetsplan\nVera redogör för läget.\nBeslut: Planen fastställs.\n")
    assert meeting.title is None
    assert [(i.number, i.title) for i in meeting.items] == [("1", "Verksamhetsplan")]


def test_a_short_note_with_a_second_item() -> None:
    meeting = parse(SHORT_NOTE + "2. Budget\nHugo går igenom budgeten.\n")
    assert [(i.number, i.title, i.presenters) for i in meeting.items] == [
        ("1", "Verksamhetsplan", ("Vera Lindgård",)),
        ("2", "Budget", ("Hugo Sandvik",)),
    ]
    assert [d.text for d in meeting.items[0].decisions] == ["Planen fastställs."]
