"""Events: coming occasions with a date, and the person to turn to."""

from __future__ import annotations

from datetime import date

import pytest

from anteckna.model import Event, SourceRef
from anteckna.parse import parse
from anteckna.parse.events import events_in
from anteckna.parse.people import PeopleIndex

SOURCE = SourceRef(12, 13, "event")
MEETING = date(2025, 10, 1)


@pytest.fixture
def people() -> PeopleIndex:
    """Two participants an event can name as its contact."""
    return PeopleIndex.of(["Vera Lindgård", "Hugo Sandvik"])


def events(people: PeopleIndex, *sentences: str) -> list[Event]:
    return events_in(list(sentences), SOURCE, people, MEETING, MEETING)


@pytest.mark.parametrize(
    ("sentence", "title", "start", "end"),
    [
        pytest.param(
            "Kompetensdag 14 november 2025.",
            "Kompetensdag",
            date(2025, 11, 14),
            date(2025, 11, 14),
            id="one_day",
        ),
        pytest.param(
            "Kompetensdag för förskolan 14 november 2025.",
            "Kompetensdag för förskolan",
            date(2025, 11, 14),
            date(2025, 11, 14),
            id="title_with_phrase",
        ),
        pytest.param(
            "Konferensen hålls 18–19 april 2026.",
            "Konferensen",
            date(2026, 4, 18),
            date(2026, 4, 19),
            id="range",
        ),
        pytest.param(
            "Workshop om schemat 3 november.",
            "Workshop om schemat",
            date(2025, 11, 3),
            date(2025, 11, 3),
            id="year_inferred",
        ),
        pytest.param(
            "Budgetdialog med nämnden 2 december 2025.",
            "Budgetdialog med nämnden",
            date(2025, 12, 2),
            date(2025, 12, 2),
            id="dialog",
        ),
    ],
)
def test_events(people: PeopleIndex, sentence: str, title: str, start: date, end: date) -> None:
    assert events(people, sentence) == [Event(title, start, end, None, SOURCE)]


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("Utbildning i schemat. Se mejl från Hugo 13 april 2026.", id="date_of_a_mail"),
        pytest.param("Konferensen hölls 3 mars 2025.", id="past_date"),
        pytest.param("Anmälan till utbildningen senast 27 februari 2026.", id="due_date"),
        pytest.param("Enkäten går ut vecka 45.", id="week_number"),
        pytest.param("Hugo går igenom läget 14 november 2025.", id="no_occasion"),
    ],
)
def test_not_events(people: PeopleIndex, sentence: str) -> None:
    assert events(people, sentence) == []


def test_contact_from_kontakta(people: PeopleIndex) -> None:
    [event] = events(people, "Utbildning i ledarskap 5 december 2025.", "Frågor: kontakta Vera.")
    assert (event.title, event.start, event.contact) == (
        "Utbildning i ledarskap",
        date(2025, 12, 5),
        "Vera Lindgård",
    )


def test_contact_must_be_a_participant(people: PeopleIndex) -> None:
    [event] = events(people, "Utbildning i ledarskap 5 december 2025. Kontakta Tove.")
    assert event.contact is None


def test_noun_from_the_paragraph_when_the_sentence_has_none(people: PeopleIndex) -> None:
    [event] = events(people, "Konferens om hållbarhet.", "Den hålls 22–23 april 2026.")
    assert (event.title, event.start, event.end) == (
        "Konferens om hållbarhet",
        date(2026, 4, 22),
        date(2026, 4, 23),
    )


def test_without_a_meeting_date_a_written_year_is_enough(people: PeopleIndex) -> None:
    found = events_in(["Kompetensdag 14 november 2025."], SOURCE, people, None, None)
    assert [(e.title, e.start) for e in found] == [("Kompetensdag", date(2025, 11, 14))]


def test_events_in_parse() -> None:
    meeting = parse(
        "Deltagare LG: Vera Lindgård, Hugo Sandvik\n\nMötesanteckningar\n\n"
        "1. Läget\nVera går igenom läget.\n\n"
        "2. Korta meddelanden\nKompetensdag för rektorer 14 november 2025. Anmälan: kontakta "
        "Hugo.\nUtbildning i schemat – påminnelse! Se mejl från Vera 13 april.\n",
        meeting_date=MEETING,
    )
    assert meeting.items[0].events == ()
    [event] = meeting.items[1].events
    assert (event.title, event.start, event.end, event.contact) == (
        "Kompetensdag för rektorer",
        date(2025, 11, 14),
        date(2025, 11, 14),
        "Hugo Sandvik",
    )
    assert event.source is not None and event.source.rule == "event"
