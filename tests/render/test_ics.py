"""iCalendar from calendar entries and from one parsed meeting, read back by two parsers:
``icalendar`` (which wrote it) and ``vobject`` (an independent one)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import icalendar
import pytest
import vobject

from anteckna.model import Action, Event, FollowUp, Item, Meeting, SourceInfo
from anteckna.render import render
from anteckna.render.ics import (
    CalendarEntry,
    ItemKeys,
    StoredKeys,
    element_uid,
    meeting_ics,
    meeting_span,
    to_ical,
    whole_days,
)

STOCKHOLM = ZoneInfo("Europe/Stockholm")

MEETING = Meeting(
    title="Mötesanteckningar",
    groups=("LG",),
    date=date(2024, 5, 14),
    time="13:00-15:00",
    place="Stadshuset, rum 4",
    items=(
        Item(
            "Verksamhetsplan",
            number="1",
            actions=(
                Action("Jonas skickar ut planen.", owners=("Jonas Wiklund", "alla"),
                       due=date(2024, 5, 20)),
                Action("Åsa bokar lokal."),
            ),
            follow_ups=(FollowUp("Tas upp igen om två veckor.", "om två veckor", 14,
                                 date(2024, 5, 28)),),
            events=(Event("CESD-konferensen", date(2024, 4, 18), date(2024, 4, 19),
                          contact="Åsa Öberg"),),
        ),
    ),
    source=SourceInfo("lg_2024-05-14.txt", "ab" * 32),
)  # fmt: skip


def events_of(text: bytes) -> dict[str, icalendar.Event]:
    calendar = icalendar.Calendar.from_ical(text)
    return {str(event["UID"]): event for event in calendar.walk("VEVENT")}


@pytest.mark.parametrize(
    ("first", "last", "end"),
    [
        pytest.param(date(2024, 4, 18), None, date(2024, 4, 19), id="one_day"),
        pytest.param(date(2024, 4, 18), date(2024, 4, 19), date(2024, 4, 20), id="two_days"),
        pytest.param(date(2024, 12, 31), date(2024, 12, 31), date(2025, 1, 1), id="new_year"),
        pytest.param(date(2024, 4, 18), date(2024, 4, 1), date(2024, 4, 19), id="end_before"),
    ],
)
def test_whole_days_end_the_day_after_the_last_as_rfc_5545_says(first, last, end):
    assert whole_days(first, last) == (first, end)


@pytest.mark.parametrize(
    ("clock", "start", "end"),
    [
        pytest.param("13:00-15:00", (13, 0), (15, 0), id="range"),
        pytest.param("9.30", (9, 30), None, id="start_only"),
        pytest.param("15:00-13:00", (15, 0), None, id="end_before_start"),
    ],
)
def test_a_meeting_time_is_a_datetime_in_the_zone(clock, start, end):
    got_start, got_end = meeting_span(date(2024, 5, 14), clock, STOCKHOLM)
    assert got_start == datetime(2024, 5, 14, *start, tzinfo=STOCKHOLM)
    assert got_end == (datetime(2024, 5, 14, *end, tzinfo=STOCKHOLM) if end else None)


def test_a_meeting_without_a_time_is_a_whole_day():
    assert meeting_span(date(2024, 5, 14), None, STOCKHOLM) == (date(2024, 5, 14),
                                                                date(2024, 5, 15))  # fmt: skip


def test_one_meeting_as_a_calendar():
    events = events_of(meeting_ics(MEETING))
    by_kind = {uid.split("-")[0]: event for uid, event in events.items()}
    assert set(by_kind) == {"meeting", "followup", "action", "event"}
    meeting = by_kind["meeting"]
    assert meeting.decoded("DTSTART") == datetime(2024, 5, 14, 13, tzinfo=STOCKHOLM)
    assert meeting.decoded("DTEND") == datetime(2024, 5, 14, 15, tzinfo=STOCKHOLM)
    assert str(meeting["LOCATION"]) == "Stadshuset, rum 4"
    assert "1 Verksamhetsplan" in str(meeting["DESCRIPTION"])
    follow_up = by_kind["followup"]
    assert str(follow_up["SUMMARY"]) == "Återkoppling: Verksamhetsplan"
    assert follow_up.decoded("DTSTART") == date(2024, 5, 28)
    action = by_kind["action"]
    assert str(action["SUMMARY"]) == "Åtgärd: Jonas skickar ut planen."
    assert "Ansvariga: Jonas Wiklund, alla" in str(action["DESCRIPTION"])
    conference = by_kind["event"]
    assert (conference.decoded("DTSTART"), conference.decoded("DTEND")) == (
        date(2024, 4, 18),
        date(2024, 4, 20),
    )
    assert "Kontakt: Åsa Öberg" in str(conference["DESCRIPTION"])


def test_an_independent_parser_reads_the_same_events():
    text = meeting_ics(MEETING).decode()
    calendar = vobject.readOne(text)
    found = {str(e.uid.value): e for e in calendar.vevent_list}
    assert found.keys() == events_of(text.encode()).keys()
    conference = next(e for e in found.values() if e.summary.value == "CESD-konferensen")
    assert (conference.dtstart.value, conference.dtend.value) == (date(2024, 4, 18),
                                                                   date(2024, 4, 20))  # fmt: skip
    meeting = next(e for e in found.values() if e.summary.value == "LG")
    assert meeting.dtstart.value == datetime(2024, 5, 14, 13, tzinfo=STOCKHOLM)
    assert meeting.dtend.value == datetime(2024, 5, 14, 15, tzinfo=STOCKHOLM)


def test_the_same_meeting_gives_the_same_bytes_and_a_meeting_without_date_no_meeting():
    assert meeting_ics(MEETING) == meeting_ics(MEETING)
    undated = Meeting(groups=("LG",), items=MEETING.items, source=MEETING.source)
    kinds = {uid.split("-")[0] for uid in events_of(meeting_ics(undated))}
    assert kinds == {"followup", "action", "event"}


def test_lines_are_folded_and_texts_escaped():
    entry = CalendarEntry(
        "x-1@anteckna",
        "Åtgärd: " + "lång text, med kommatecken; och semikolon " * 4,
        date(2024, 5, 14),
        description="rad ett\nrad två",
    )
    text = to_ical([entry], "LG")
    assert all(len(line) <= 75 for line in text.split(b"\r\n"))
    event = events_of(text)["x-1@anteckna"]
    assert str(event["SUMMARY"]).startswith("Åtgärd: lång text, med kommatecken; och")
    assert str(event["DESCRIPTION"]) == "rad ett\nrad två"
    assert event.decoded("DTSTAMP") == datetime(2000, 1, 1, tzinfo=UTC)


def test_ics_is_a_renderer():
    assert render(MEETING, "ics") == meeting_ics(MEETING).decode()


def test_a_stored_meeting_has_the_archives_uids_and_stamp():
    """Given its archive id and keys, a meeting's entries are named as the feeds name them;
    the undated action gets no entry, so its key is not used."""
    keys = StoredKeys(12, (ItemKeys("n:1", ("tas upp igen om två veckor",),
                                    ("jonas skickar ut planen", "åsa bokar lokal")),))  # fmt: skip
    stamp = datetime(2024, 5, 15, 8, 30, tzinfo=UTC)
    found = events_of(meeting_ics(MEETING, keys, stamp))
    assert set(found) == {
        "meeting-12@anteckna",
        element_uid("followup", 12, "n:1", "tas upp igen om två veckor"),
        element_uid("action", 12, "n:1", "jonas skickar ut planen"),
        next(uid for uid in events_of(meeting_ics(MEETING)) if uid.startswith("event-")),
    }
    assert {event.decoded("DTSTAMP") for event in found.values()} == {stamp}
