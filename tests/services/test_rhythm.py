"""The meeting list: rhythm dates, cancelled meetings, and where a follow-up comes back.

No calendar knowledge is assumed: a due date on a Saturday or a holiday is a date like any
other, and the group's meeting list alone decides which meeting is next.
"""

from __future__ import annotations

from datetime import date, time

import pytest

from anteckna.services.rhythm import (
    MeetingCalendar,
    Rhythm,
    RhythmError,
    calendar_of,
    cancel_meeting,
    next_meeting_date,
    parse_times,
    restore_meeting,
    rhythm_dates,
    set_rhythm,
    weekday_number,
)
from anteckna.store import models

WEDNESDAYS = Rhythm(2, 2, date(2024, 8, 21), None, time(13), time(15), "Älgen")


def calendar(rhythm: Rhythm | None = WEDNESDAYS, cancelled=(), held=(), extra=()):
    return MeetingCalendar(rhythm, frozenset(cancelled), frozenset(held), frozenset(extra))


def test_a_rhythm_gives_every_second_wednesday_from_its_anchor():
    assert rhythm_dates(WEDNESDAYS, date(2024, 8, 1), date(2024, 9, 30)) == [
        date(2024, 8, 21), date(2024, 9, 4), date(2024, 9, 18),
    ]  # fmt: skip
    assert rhythm_dates(WEDNESDAYS, date(2024, 9, 5), date(2024, 9, 18)) == [date(2024, 9, 18)]
    assert WEDNESDAYS.time_text == "13.00–15.00"


def test_a_rhythm_ends_at_its_until_date():
    term = Rhythm(0, 1, date(2024, 1, 8), date(2024, 1, 22), None, None, "")
    assert rhythm_dates(term, date(2024, 1, 1), date(2024, 3, 1)) == [
        date(2024, 1, 8), date(2024, 1, 15), date(2024, 1, 22),
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("due", "comes_back"),
    [
        pytest.param(date(2024, 9, 4), date(2024, 9, 4), id="due_on_a_meeting"),
        pytest.param(date(2024, 9, 5), date(2024, 9, 18), id="due_between_meetings"),
        pytest.param(date(2024, 9, 7), date(2024, 9, 18), id="due_on_a_saturday"),
        pytest.param(date(2024, 12, 25), date(2024, 12, 25), id="christmas_day_is_no_exception"),
    ],
)
def test_a_follow_up_comes_back_at_the_first_meeting_on_or_after_its_due_date(due, comes_back):
    assert calendar().first_on_or_after(due) == comes_back


def test_a_group_that_meets_on_saturdays_meets_on_saturdays():
    saturdays = Rhythm(5, 1, date(2024, 9, 7), None, None, None, "")
    assert calendar(saturdays).first_on_or_after(date(2024, 9, 14)) == date(2024, 9, 14)


def test_a_holiday_is_a_meeting_until_it_is_cancelled():
    thursdays = Rhythm(3, 1, date(2024, 5, 30), None, None, None, "")
    national_day = date(2024, 6, 6)
    assert calendar(thursdays).first_on_or_after(national_day) == national_day
    skipped = calendar(thursdays, cancelled=[national_day])
    assert skipped.first_on_or_after(national_day) == date(2024, 6, 13)
    assert national_day not in skipped.dates(date(2024, 6, 1), date(2024, 6, 30))


def test_without_a_rhythm_the_archive_and_the_asked_date_are_the_meetings():
    known = calendar(None, held=[date(2023, 5, 8)], extra=[date(2023, 5, 22)])
    assert known.first_on_or_after(date(2023, 5, 9)) == date(2023, 5, 22)
    assert known.last_before(date(2023, 5, 22)) == date(2023, 5, 8)
    assert calendar(None).first_on_or_after(date(2023, 5, 9)) is None


def test_a_meeting_held_on_a_cancelled_date_still_counts():
    day = date(2024, 9, 4)
    assert calendar(cancelled=[day], held=[day]).first_on_or_after(day) == day


@pytest.mark.parametrize(
    ("text", "number"),
    [pytest.param("wed", 2, id="wed"), pytest.param("Onsdag", 2, id="onsdag"),
     pytest.param("sun", 6, id="sun"), pytest.param("mån", 0, id="man")],
)  # fmt: skip
def test_weekdays_in_english_and_swedish(text, number):
    assert weekday_number(text) == number


def test_times_and_their_errors():
    assert parse_times("13-15") == (time(13), time(15))
    assert parse_times("9.30–11") == (time(9, 30), time(11))
    assert parse_times("13") == (time(13), None)
    for bad in ("15-13", "x", "13-14-15", "25-26"):
        with pytest.raises(RhythmError):
            parse_times(bad)
    with pytest.raises(RhythmError, match="not a weekday"):
        weekday_number("someday")


def test_set_rhythm_starts_on_the_first_weekday_on_or_after_from(db):
    group = models.Group.objects.create(name="Ledningsgruppen", short_name="LG")
    rhythm = set_rhythm(group, weekday=2, every_weeks=2, start_from=date(2024, 8, 19))
    assert rhythm.anchor == date(2024, 8, 21)
    assert next_meeting_date(group, date(2024, 8, 21)) == date(2024, 9, 4)
    cancel_meeting(group, date(2024, 9, 4), "Studiedag")
    assert next_meeting_date(group, date(2024, 8, 21)) == date(2024, 9, 18)
    assert calendar_of(group).cancelled == {date(2024, 9, 4)}
    assert restore_meeting(group, date(2024, 9, 4)) is True
    assert restore_meeting(group, date(2024, 9, 4)) is False
    with pytest.raises(RhythmError, match="every"):
        set_rhythm(group, weekday=2, every_weeks=0, start_from=date(2024, 8, 19))
