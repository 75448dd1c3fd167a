"""Presenters of an item, and guests introduced by an office."""

from __future__ import annotations

import pytest

from anteckna.model import Meeting, SourceRef
from anteckna.parse import parse
from anteckna.parse.people import PeopleIndex
from anteckna.parse.presenters import (
    from_label,
    from_parentheses,
    from_sentence,
    guest_in_title,
    guests_in_text,
    is_full_name,
)


@pytest.fixture
def people() -> PeopleIndex:
    """Participants of a small ledningsgrupp meeting."""
    return PeopleIndex.of(["Vera Lindgård", "Hugo Sandvik", "Ines Bergkvist Ahl", "Otto Rehn"])


def test_label_keeps_collectives_as_written(people: PeopleIndex) -> None:
    assert from_label("Vera, Hugo, verksamhetschefer", people) == [
        "Vera Lindgård",
        "Hugo Sandvik",
        "verksamhetschefer",
    ]


def test_label_drops_an_office_before_a_name(people: PeopleIndex) -> None:
    assert from_label("controller Alva Nyquist", people) == ["Alva Nyquist"]


@pytest.mark.parametrize(
    ("paragraph", "names"),
    [
        pytest.param("Budgeten ser bra ut. (IBA)", ["Ines Bergkvist Ahl"], id="initials"),
        pytest.param("Budgeten ser bra ut (Otto).", ["Otto Rehn"], id="first_name_at_end"),
        pytest.param("Budgeten ser bra ut. (XY)", [], id="unknown_initials"),
    ],
)
def test_from_parentheses(people: PeopleIndex, paragraph: str, names: list[str]) -> None:
    assert from_parentheses(paragraph, people) == names


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        pytest.param(
            "Vera och Hugo går igenom skolvalet.",
            ["Vera Lindgård", "Hugo Sandvik"],
            id="och_gar_igenom",
        ),
        pytest.param("Hugo informerade om rekryteringen.", ["Hugo Sandvik"], id="informerade_om"),
        pytest.param("Vera redogör för läget.", ["Vera Lindgård"], id="redogor_for"),
        pytest.param("Otto presenterar resultatet.", ["Otto Rehn"], id="presenterar"),
        pytest.param("Tove presenterar resultatet.", [], id="not_a_participant"),
        pytest.param("Vera tar fram ett underlag.", [], id="action_verb"),
    ],
)
def test_from_sentence(people: PeopleIndex, sentence: str, names: list[str]) -> None:
    assert from_sentence(sentence, people) == names


def test_guest_in_title() -> None:
    source = SourceRef(20, 20, "item:title")
    guest = guest_in_title("I huvudet på Ekonomichef Alva Nyquist", "4", source)
    assert guest is not None
    assert (guest.name, guest.status, guest.role, guest.item, guest.source) == (
        "Alva Nyquist",
        "guest",
        "Ekonomichef",
        "4",
        source,
    )


def test_an_office_without_a_full_name_is_no_guest() -> None:
    assert guest_in_title("Information från ekonomichefen", "4", SourceRef(1, 1, "")) is None


def test_guest_in_text() -> None:
    found = guests_in_text("Fastighetschef Per Ekvall deltog under punkten.", "2", None)
    assert [(g.name, g.role, g.item) for g in found] == [("Per Ekvall", "Fastighetschef", "2")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Alva Nyquist", True, id="two_words"),
        pytest.param("Alva", False, id="one_word"),
        pytest.param("alva nyquist", False, id="lower_case"),
    ],
)
def test_is_full_name(text: str, expected: bool) -> None:
    assert is_full_name(text) is expected


NOTE = """Deltagare LG: Vera Lindgård, Hugo Sandvik, Ines Bergkvist Ahl, Otto Rehn

Mötesanteckningar

1. Rekrytering
Föredragande: Vera, Hugo, verksamhetschefer
Text om rekryteringen.

2. Budget
Budgeten ser bra ut. (IBA)

3. Skolval
Vera och Otto går igenom skolvalet.

4. Personal
Hugo informerade om rekryteringen.

5. I huvudet på Ekonomichef Alva Nyquist
Alva berättar hur ekonomienheten arbetar med prognoser.
"""


@pytest.fixture
def meeting() -> Meeting:
    """NOTE parsed: one item per way of naming a presenter."""
    return parse(NOTE)


def test_presenters_in_parse(meeting: Meeting) -> None:
    assert [item.presenters for item in meeting.items] == [
        ("Vera Lindgård", "Hugo Sandvik", "verksamhetschefer"),
        ("Ines Bergkvist Ahl",),
        ("Vera Lindgård", "Otto Rehn"),
        ("Hugo Sandvik",),
        ("Alva Nyquist",),
    ]


def test_guest_from_the_title_is_a_participant(meeting: Meeting) -> None:
    guest = meeting.participant("Alva Nyquist")
    assert guest is not None
    assert (guest.status, guest.role, guest.item) == ("guest", "Ekonomichef", "5")
    assert meeting.aliases["Alva"] == "Alva Nyquist"
    assert [p.name for p in meeting.participants if p.status != "guest"] == [
        "Vera Lindgård",
        "Hugo Sandvik",
        "Ines Bergkvist Ahl",
        "Otto Rehn",
    ]


def test_an_unknown_full_name_after_foredragande_is_a_guest() -> None:
    meeting = parse(
        NOTE.replace("Föredragande: Vera, Hugo, verksamhetschefer", "Föredragande: Tove Ekman")
    )
    guest = meeting.participant("Tove Ekman")
    assert guest is not None
    assert (guest.status, guest.item) == ("guest", "1")
    assert meeting.items[0].presenters == ("Tove Ekman",)
