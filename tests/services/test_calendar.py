"""Calendars from the archive, per person and per group, on both databases: what they hold,
who sees what, UIDs that survive a re-import, and the same bytes for the same archive."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, datetime
from zoneinfo import ZoneInfo

import icalendar
import pytest
import vobject

from anteckna.model import Action, Event, Item, Participant

STOCKHOLM = ZoneInfo("Europe/Stockholm")


@pytest.fixture
def archive(store_meeting, make_meeting):
    """LG on 2024-05-14 13–15 (Jonas's and Åsa's actions with due dates, a follow-up, the
    two-day CESD conference), LG again on 2024-05-28 announcing CESD once more, and a
    Styrgruppen meeting of Berit Alm's with her own action and event."""
    first = make_meeting(time="13:00-15:00", place="Rum 4")
    item = replace(
        first.items[0],
        actions=(
            Action("Jonas skickar ut planen.", owners=("Jonas",), due=date(2024, 5, 20)),
            Action("Åsa bokar lokal.", owners=("Åsa Öberg",), due=date(2024, 5, 21)),
            Action("Alla läser planen.", owners=("alla",), due=date(2024, 5, 22)),
            Action("Jonas ringer utan datum.", owners=("Jonas",)),
        ),
        events=(Event("CESD-konferensen", date(2024, 4, 18), date(2024, 4, 19)),),
    )
    lg = store_meeting(replace(first, items=(item,)), file_name="lg_2024-05-14.txt")
    lg_next = store_meeting(
        make_meeting(
            date=date(2024, 5, 28),
            items=(Item("Budget", events=(Event("CESD-konferensen", date(2024, 4, 18),
                                                date(2024, 4, 19)),)),),
        ),
        file_name="lg_2024-05-28.txt",
    )  # fmt: skip
    sg = store_meeting(
        make_meeting(
            groups=("Styrgruppen",),
            participants=(Participant("Berit Alm", group="Styrgruppen"),),
            items=(
                Item(
                    "Budget",
                    actions=(Action("Berit ringer.", owners=("Berit Alm",), due=date(2024, 6, 1)),),
                    events=(Event("Styrdag", date(2024, 6, 10)),),
                ),
            ),
            aliases={},
        ),
        file_name="sg.txt",
    )
    return {"lg": lg, "lg_next": lg_next, "sg": sg, "first": replace(first, items=(item,))}


def person(name):
    from anteckna.store import models

    return models.Person.objects.get(name=name)


def group(name):
    from anteckna.services.listing import group_named

    return group_named(name)


def events(text: bytes) -> dict[str, icalendar.Event]:
    return {str(e["UID"]): e for e in icalendar.Calendar.from_ical(text).walk("VEVENT")}


def summaries(text: bytes) -> set[str]:
    return {str(e["SUMMARY"]) for e in events(text).values()}


def test_a_group_calendar_holds_its_meetings_follow_ups_actions_and_events(db, archive):
    from anteckna.services.calendar import group_calendar

    text = group_calendar(group("LG"))
    found = events(text)
    lg, lg_next = archive["lg"], archive["lg_next"]
    meeting = found[f"meeting-{lg.pk}@anteckna"]
    assert meeting.decoded("DTSTART") == datetime(2024, 5, 14, 13, tzinfo=STOCKHOLM)
    assert meeting.decoded("DTEND") == datetime(2024, 5, 14, 15, tzinfo=STOCKHOLM)
    assert str(meeting["LOCATION"]) == "Rum 4"
    assert "1 Verksamhetsplan" in str(meeting["DESCRIPTION"])
    whole_day = found[f"meeting-{lg_next.pk}@anteckna"]
    assert (whole_day.decoded("DTSTART"), whole_day.decoded("DTEND")) == (
        date(2024, 5, 28),
        date(2024, 5, 29),
    )
    assert summaries(text) == {
        "LG",
        "Återkoppling: Verksamhetsplan",
        "Åtgärd: Jonas skickar ut planen.",
        "Åtgärd: Åsa bokar lokal.",
        "Åtgärd: Alla läser planen.",
        "CESD-konferensen",
    }
    conference = [e for e in found.values() if str(e["SUMMARY"]) == "CESD-konferensen"]
    assert len(conference) == 1, "announced by two meetings, one entry"
    assert (conference[0].decoded("DTSTART"), conference[0].decoded("DTEND")) == (
        date(2024, 4, 18),
        date(2024, 4, 20),
    )
    follow_up = next(e for e in found.values() if str(e["SUMMARY"]).startswith("Återkoppling"))
    assert follow_up.decoded("DTSTART") == date(2024, 5, 28)
    assert "Från mötet LG 2024-05-14" in str(follow_up["DESCRIPTION"])


def test_a_person_calendar_holds_their_groups_meetings_and_their_own_actions(db, archive):
    from anteckna.services.calendar import person_calendar

    jonas = summaries(person_calendar(person("Jonas Wiklund")))
    assert "Åtgärd: Jonas skickar ut planen." in jonas
    assert "Åtgärd: Åsa bokar lokal." not in jonas
    assert {"LG", "Återkoppling: Verksamhetsplan", "CESD-konferensen"} <= jonas
    assert not {"Styrgruppen", "Åtgärd: Berit ringer.", "Styrdag"} & jonas
    berit = summaries(person_calendar(person("Berit Alm")))
    assert berit == {"Styrgruppen", "Åtgärd: Berit ringer.", "Styrdag"}


def test_an_owner_outside_the_group_does_not_see_its_meeting_through_an_action(
    db, store_meeting, make_meeting
):
    """A person is shown only the meetings of their groups, even for an action they own."""
    from anteckna.services.calendar import person_calendar

    store_meeting(make_meeting(participants=(Participant("Jonas Wiklund", group="LG"),)))
    store_meeting(
        make_meeting(
            groups=("Styrgruppen",),
            participants=(Participant("Berit Alm", group="Styrgruppen"),),
            items=(Item("Budget", actions=(Action("Jonas ringer.", owners=("Jonas Wiklund",),
                                                  due=date(2024, 6, 1)),)),),
            aliases={},
        ),
        file_name="sg.txt",
    )  # fmt: skip
    assert "Åtgärd: Jonas ringer." not in summaries(person_calendar(person("Jonas Wiklund")))


def test_done_actions_and_resolved_follow_ups_leave_the_calendar(db, archive):
    from anteckna.services.calendar import group_calendar
    from anteckna.services.corrections import correct
    from anteckna.store import models

    action = models.Action.objects.get(text="Åsa bokar lokal.")
    correct("action", action.pk, "status", "done")
    later = models.Item.objects.get(meeting=archive["lg_next"])
    models.FollowUp.objects.update(resolved_by=later)
    found = summaries(group_calendar(group("LG")))
    assert "Åtgärd: Åsa bokar lokal." not in found
    assert "Återkoppling: Verksamhetsplan" not in found


def test_the_same_archive_gives_the_same_bytes(db, archive):
    from anteckna.services.calendar import group_calendar, person_calendar

    assert group_calendar(group("LG")) == group_calendar(group("LG"))
    assert person_calendar(person("Jonas Wiklund")) == person_calendar(person("Jonas Wiklund"))


def test_uids_survive_a_new_version_of_the_notes(db, archive, store_meeting):
    """A re-import replaces the rows below the meeting; the entries keep their UIDs, and the
    feed differs only in its stamps."""
    from anteckna.services.calendar import group_calendar
    from anteckna.store import models

    before = group_calendar(group("LG"))
    rows = models.Action.objects.filter(meeting=archive["lg"])
    old_rows = set(rows.values_list("pk", flat=True))
    store_meeting(archive["first"], file_name="lg_2024-05-14.txt", data=b"version two")
    assert not old_rows & set(rows.values_list("pk", flat=True))
    after = group_calendar(group("LG"))
    assert events(after).keys() == events(before).keys()

    def unstamped(text: bytes) -> bytes:
        return re.sub(rb"(DTSTAMP|LAST-MODIFIED):\d{8}T\d{6}Z", b"", text)

    assert unstamped(after) == unstamped(before)


def test_an_independent_parser_reads_the_feed(db, archive):
    from anteckna.services.calendar import group_calendar

    text = group_calendar(group("LG"))
    calendar = vobject.readOne(text.decode())
    parsed = {str(e.uid.value): e for e in calendar.vevent_list}
    assert parsed.keys() == events(text).keys()
    meeting = parsed[f"meeting-{archive['lg'].pk}@anteckna"]
    assert meeting.dtstart.value == datetime(2024, 5, 14, 13, tzinfo=STOCKHOLM)
    conference = next(e for e in parsed.values() if e.summary.value == "CESD-konferensen")
    assert (conference.dtstart.value, conference.dtend.value) == (date(2024, 4, 18),
                                                                   date(2024, 4, 20))  # fmt: skip


def test_the_group_plans_its_next_meetings_by_its_rhythm(db, archive, store_meeting):
    """LG meets every other Tuesday 13–15 from 2024-05-14; seen on 2024-05-20 the next six
    weeks hold 2024-05-28 (its notes are in the archive: the meeting itself), 2024-06-11
    (cancelled) and 2024-06-25, the one planned entry, known by group and date."""
    from anteckna.services.calendar import group_calendar, person_calendar
    from anteckna.services.rhythm import cancel_meeting, parse_times, set_rhythm

    lg = group("LG")
    start, end = parse_times("13-15")
    set_rhythm(lg, weekday=1, every_weeks=2, start_from=date(2024, 5, 14), start=start,
               end=end, place="Rum 4")  # fmt: skip
    cancel_meeting(lg, date(2024, 6, 11))
    found = events(group_calendar(lg, today=date(2024, 5, 20)))
    planned = {uid: e for uid, e in found.items() if uid.startswith("planned-")}
    assert list(planned) == [f"planned-{lg.pk}-2024-06-25@anteckna"]
    [entry] = planned.values()
    assert str(entry["SUMMARY"]) == "LG" and str(entry["LOCATION"]) == "Rum 4"
    assert entry.decoded("DTSTART") == datetime(2024, 6, 25, 13, tzinfo=STOCKHOLM)
    assert entry.decoded("DTEND") == datetime(2024, 6, 25, 15, tzinfo=STOCKHOLM)
    assert "Planerat möte" in str(entry["DESCRIPTION"])
    assert f"meeting-{archive['lg_next'].pk}@anteckna" in found, "2024-05-28: held, not planned"

    week_later = events(group_calendar(lg, today=date(2024, 5, 28)))
    assert f"planned-{lg.pk}-2024-06-25@anteckna" in week_later, "the same UID a week later"
    assert f"planned-{lg.pk}-2024-07-09@anteckna" in week_later
    assert group_calendar(lg, today=date(2024, 5, 20)) == group_calendar(
        lg, today=date(2024, 5, 20)
    )

    jonas = events(person_calendar(person("Jonas Wiklund"), today=date(2024, 5, 20)))
    assert f"planned-{lg.pk}-2024-06-25@anteckna" in jonas
    berit = events(person_calendar(person("Berit Alm"), today=date(2024, 5, 20)))
    assert not any(uid.startswith("planned-") for uid in berit), "Styrgruppen has no rhythm"

    held = store_meeting(replace(archive["first"], date=date(2024, 6, 25)), file_name="lg_0625.txt")
    after = events(group_calendar(lg, today=date(2024, 5, 20)))
    assert not any(uid.startswith("planned-") for uid in after)
    assert f"meeting-{held.pk}@anteckna" in after


def test_a_stored_meetings_ics_export_has_the_feeds_uids(db, archive):
    """The meeting page's and ``anteckna export --format ics`` file of a stored meeting names
    the meeting, its follow-up, its actions and its event as the feeds do, with the same
    DTSTAMP, so a calendar program that has both keeps one entry for each."""
    from anteckna.services.calendar import group_calendar
    from anteckna.services.export import export

    lg = archive["lg"]
    exported = events(export(lg.pk, "ics").data)
    feed = events(group_calendar(group("LG")))
    assert set(exported) <= set(feed)
    kinds = sorted(uid.split("-")[0] for uid in exported)
    assert kinds == ["action", "action", "action", "event", "followup", "meeting"]
    mine = f"meeting-{lg.pk}@anteckna"
    assert exported[mine].decoded("DTSTAMP") == feed[mine].decoded("DTSTAMP")
    follow_up = next(uid for uid in exported if uid.startswith("followup-"))
    assert str(feed[follow_up]["SUMMARY"]) == "Återkoppling: Verksamhetsplan"
