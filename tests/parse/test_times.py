"""parse_time_range(): clock times and time ranges as notes write them."""

from __future__ import annotations

import pytest

from anteckna.parse.times import parse_time_range


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Eva deltog 13-15.00", ("13:00", "15:00"), id="hours_to_minutes"),
        pytest.param("kl. 13.00", ("13:00", None), id="kl_single"),
        pytest.param("kl. 9", ("09:00", None), id="kl_hour"),
        pytest.param("12:30-14:00", ("12:30", "14:00"), id="colons"),
        pytest.param("Telefonmöte 18 05 02 kl. 10-11", ("10:00", "11:00"), id="after_a_date"),
        pytest.param("10-11", ("10:00", "11:00"), id="bare_hours"),
        pytest.param("9.30–11", ("09:30", "11:00"), id="en_dash"),
        pytest.param("kl 12-14", ("12:00", "14:00"), id="kl_range"),
        pytest.param("Klockan 10.15 – 11.45", ("10:15", "11:45"), id="klockan"),
        pytest.param("13 till 15", ("13:00", "15:00"), id="till"),
        pytest.param("2019-07-09 13:00", ("13:00", None), id="colon_single"),
        pytest.param("look at 2 options", None, id="en_at_is_no_cue"),
        pytest.param("version 2.37", None, id="version"),
        pytest.param("punkt 1-12", None, id="early_bare_hours"),
        pytest.param("§ 74-88", None, id="paragraphs"),
        pytest.param("§ 12-14", None, id="paragraphs_in_hours"),
        pytest.param("13.00-12.00", None, id="ends_before_start"),
        pytest.param("24:30", None, id="past_midnight"),
        pytest.param("5-6 m²", None, id="area"),
        pytest.param("2024-01-17", None, id="iso_date"),
        pytest.param("18–19 april 2024", None, id="day_range"),
        pytest.param("April 18–19, 2024", None, id="en_day_range"),
        pytest.param("v. 12-14", None, id="week_range"),
        pytest.param("tel 08-12 10 05", None, id="phone"),
        pytest.param("anslöt 10.30", ("10:30", None), id="bare_dotted_single"),
        pytest.param("3.45", None, id="bare_dotted_early"),
        pytest.param("kostar 12.50 kr", None, id="price"),
        pytest.param("ökning 10-12 %", None, id="percent"),
    ],
)
def test_parse_time_range(text: str, expected: tuple[str, str | None] | None) -> None:
    assert parse_time_range(text) == expected
