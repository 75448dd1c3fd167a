"""Tests for anteckna.parse.dates: phrase tables that read like the notes they come from.

In the tables, brackets mark the phrase the mention must cover: "Se mejl [13 april]."
"""

from __future__ import annotations

from datetime import date
from itertools import pairwise

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from anteckna.parse.dates import date_from_filename, find_dates, parse_date
from anteckna.parse.relative_dates import follow_up_offset
from anteckna.parse.times import parse_time_range

REFERENCE = date(2024, 1, 10)  # a Wednesday; year-less dates in the tables land in 2024
MEETING = date(2023, 5, 8)  # a Monday; the reference of the year-inference examples


def check(marked: str, start: str, end: str | None, kind: str) -> None:
    """``marked`` holds exactly one mention, in brackets; dates are ISO strings."""
    text = marked.replace("[", "").replace("]", "")
    written = marked[marked.index("[") + 1 : marked.index("]")]
    mentions = find_dates(text, REFERENCE)
    assert len(mentions) == 1, mentions
    mention = mentions[0]
    assert (mention.text, text[mention.span[0] : mention.span[1]]) == (written, written)
    assert mention.start == date.fromisoformat(start)
    assert mention.end == (date.fromisoformat(end) if end else None)
    assert mention.kind == kind


DAYS = [
    pytest.param("[2024-01-17]", "2024-01-17", id="iso"),
    pytest.param("Mötet [2024-1-7].", "2024-01-07", id="iso_short"),
    pytest.param("[2024/01/17]", "2024-01-17", id="iso_slashes"),
    pytest.param("Anteckningar [20201210]", "2020-12-10", id="compact"),
    pytest.param("Telefonmöte [18 05 02] kl. 10-11", "2018-05-02", id="yy_mm_dd_spaced"),
    pytest.param("Mejl [17/1]", "2024-01-17", id="day_slash_month"),
    pytest.param("[17/1 2024]", "2024-01-17", id="day_slash_month_year"),
    pytest.param("Inlämning [17/1-24]", "2024-01-17", id="day_slash_month_dash_yy"),
    pytest.param("[17/1-2024]", "2024-01-17", id="day_slash_month_dash_yyyy"),
    pytest.param("Uppföljning [14/4]", "2024-04-14", id="slash_is_never_month_first"),
    pytest.param("[1.2.2024]", "2024-02-01", id="dotted"),
    pytest.param("[17.01.2024]", "2024-01-17", id="dotted_padded"),
    pytest.param("Se mejl från HR [13 april].", "2024-04-13", id="day_month_sv"),
    pytest.param("den [5 maj] kl. 13.00", "2024-05-05", id="den_day_month_kl"),
    pytest.param("[5:e maj]", "2024-05-05", id="ordinal_e"),
    pytest.param("[1:a maj]", "2024-05-01", id="ordinal_a"),
    pytest.param("## [11 april 2017]", "2017-04-11", id="day_month_year"),
    pytest.param("[1 december 2007]", "2007-12-01", id="december_year"),
    pytest.param("Måndag [14 Januari 2019]", "2019-01-14", id="capitalised_month"),
    pytest.param("[April 23rd] deadline", "2024-04-23", id="en_april_23rd"),
    pytest.param("[23 April 2024]", "2024-04-23", id="en_day_month_year"),
    pytest.param("[May 15th] beta release", "2024-05-15", id="en_may_15th"),
    pytest.param("[April 30th] deadline", "2024-04-30", id="en_april_30th"),
    pytest.param("on the [23rd of April 2024]", "2024-04-23", id="en_of"),
    pytest.param("[May 2, 2024]", "2024-05-02", id="en_month_day_comma_year"),
    pytest.param("[17 jan 2024]", "2024-01-17", id="abbr_jan"),
    pytest.param("senast [3 feb.]", "2024-02-03", id="abbr_feb_dot"),
    pytest.param("[3 sept]", "2024-09-03", id="abbr_sept"),
    pytest.param("[12 okt]", "2024-10-12", id="abbr_okt"),
    pytest.param("[3 Sept 2024]", "2024-09-03", id="abbr_capitalised"),
    pytest.param("till den [4 april]", "2024-04-04", id="till_den"),
    pytest.param("senast [4 april]", "2024-04-04", id="senast"),
    pytest.param("by [April 4]", "2024-04-04", id="en_by"),
]


@pytest.mark.parametrize(("marked", "start"), DAYS)
def test_days(marked: str, start: str) -> None:
    check(marked, start, None, "day")


RANGES = [
    pytest.param("Konferens [18–19 april 2024], lunch", "2024-04-18", "2024-04-19", id="en_dash"),
    pytest.param("[18-19 april]", "2024-04-18", "2024-04-19", id="hyphen"),
    pytest.param("[18 till 19 april]", "2024-04-18", "2024-04-19", id="till"),
    pytest.param("[18 april–2 maj 2024]", "2024-04-18", "2024-05-02", id="across_months"),
    pytest.param("[18 april 2024 – 2 maj 2024]", "2024-04-18", "2024-05-02", id="both_years"),
    pytest.param("[28 dec–3 jan]", "2024-12-28", "2025-01-03", id="across_years"),
    pytest.param("[15-16 september 2007]", "2007-09-15", "2007-09-16", id="september"),
    pytest.param("[April 18–19, 2024]", "2024-04-18", "2024-04-19", id="en_month_first"),
    pytest.param("[17-18/1]", "2024-01-17", "2024-01-18", id="slash_days"),
    pytest.param("[17/1-18/1]", "2024-01-17", "2024-01-18", id="slash_both"),
]


@pytest.mark.parametrize(("marked", "start", "end"), RANGES)
def test_ranges(marked: str, start: str, end: str) -> None:
    check(marked, start, end, "range")


WEEKS = [
    pytest.param("[v. 12]", "2024-03-18", "2024-03-24", id="v_dot"),
    pytest.param("Utbildning [v12]", "2024-03-18", "2024-03-24", id="v_joined"),
    pytest.param("[vecka 14]", "2024-04-01", "2024-04-07", id="vecka"),
    pytest.param("[week 14]", "2024-04-01", "2024-04-07", id="week"),
    pytest.param("[vecka 14 2025]", "2025-03-31", "2025-04-06", id="with_year"),
    pytest.param("[v. 12-14]", "2024-03-18", "2024-04-07", id="weeks_range"),
    pytest.param("[v12-v14]", "2024-03-18", "2024-04-07", id="weeks_range_v_twice"),
    pytest.param("[veckorna 14–15]", "2024-04-01", "2024-04-14", id="veckorna"),
    pytest.param("[v. 1]", "2024-12-30", "2025-01-05", id="week_one_starts_in_december"),
]


@pytest.mark.parametrize(("marked", "start", "end"), WEEKS)
def test_weeks(marked: str, start: str, end: str) -> None:
    check(marked, start, end, "week")


PERIODS = [
    pytest.param("[i början av maj]", "2024-05-01", "2024-05-10", "month", id="borjan"),
    pytest.param("[i mitten av maj]", "2024-05-11", "2024-05-20", "month", id="mitten"),
    pytest.param("[i slutet av maj]", "2024-05-21", "2024-05-31", "month", id="slutet"),
    pytest.param(
        "[i slutet av februari 2024]",
        "2024-02-21",
        "2024-02-29",
        "month",
        id="slutet_leap_february",
    ),
    pytest.param("[i juni]", "2024-06-01", "2024-06-30", "month", id="i_juni"),
    pytest.param("[in June]", "2024-06-01", "2024-06-30", "month", id="in_june"),
    pytest.param(
        "beslutas av fullmäktige [i juni].",
        "2024-06-01",
        "2024-06-30",
        "month",
        id="month_in_passing",
    ),
    pytest.param("[april 2024]", "2024-04-01", "2024-04-30", "month", id="month_year"),
    pytest.param("[mid-May]", "2024-05-11", "2024-05-20", "month", id="en_mid"),
    pytest.param("[end of June]", "2024-06-21", "2024-06-30", "month", id="en_end"),
    pytest.param("[ht 24]", "2024-08-01", "2024-12-31", "season", id="ht_yy"),
    pytest.param("[HT2024]", "2024-08-01", "2024-12-31", "season", id="ht_joined"),
    pytest.param("[HT-24]", "2024-08-01", "2024-12-31", "season", id="ht_dash"),
    pytest.param("[vt 2025]", "2025-01-01", "2025-06-30", "season", id="vt"),
    pytest.param("[hösten 2024]", "2024-08-01", "2024-12-31", "season", id="hosten"),
    pytest.param("[våren 2025]", "2025-01-01", "2025-06-30", "season", id="varen"),
    pytest.param("[efter sommaren]", "2024-08-01", "2024-12-31", "season", id="efter_sommaren"),
    pytest.param("studiecirklar [i höst]", "2024-08-01", "2024-12-31", "season", id="i_host"),
    pytest.param("[in the spring]", "2024-01-01", "2024-06-30", "season", id="en_spring"),
    pytest.param("[nästa vecka]", "2024-01-15", "2024-01-21", "relative", id="nasta_vecka"),
    pytest.param("[next week]", "2024-01-15", "2024-01-21", "relative", id="next_week"),
    pytest.param("[i morgon]", "2024-01-11", None, "relative", id="i_morgon"),
    pytest.param("[imorgon]", "2024-01-11", None, "relative", id="imorgon"),
    pytest.param("[i övermorgon]", "2024-01-12", None, "relative", id="overmorgon"),
    pytest.param("[nästa månad]", "2024-02-01", "2024-02-29", "relative", id="nasta_manad"),
]


@pytest.mark.parametrize(("marked", "start", "end", "kind"), PERIODS)
def test_months_seasons_and_relative(marked: str, start: str, end: str | None, kind: str) -> None:
    check(marked, start, end, kind)


NOT_DATES = [
    pytest.param("2. Verksamhetsplan 23/24", id="school_year"),
    pytest.param("§ 74-88", id="paragraphs"),
    pytest.param("punkt 1-12", id="number_range"),
    pytest.param("kl 12-14", id="time_range"),
    pytest.param("Eva deltog 13-15.00", id="time_range_minutes"),
    pytest.param("Release 2.37 is planned", id="version"),
    pytest.param("Tel 070-123 45 67", id="mobile_number"),
    pytest.param("tel 046-12 10 05", id="phone_looks_like_yy_mm_dd"),
    pytest.param("tel 08 12 10 05", id="phone_groups"),
    pytest.param("Hyra 120 kr per dag för 5-6 m².", id="price_and_area"),
    pytest.param("nya uppdrag 2024", id="year_alone"),
    pytest.param("dnr KS 2023/45", id="case_number"),
    pytest.param("ssh 10.248.210.5", id="ip_address"),
    pytest.param("3/4 av rektorerna", id="fraction"),
    pytest.param("bemanning 24/7", id="around_the_clock"),
    pytest.param("dokument v2", id="version_v2"),
    pytest.param("may be omitted", id="en_may_verb"),
    pytest.param("Option 3 may be better", id="en_number_may_verb"),
    pytest.param("Till nästa möte", id="next_meeting_has_no_date"),
    pytest.param("i vår kommun", id="i_var_is_our"),
    pytest.param("spring water", id="spring_noun"),
    pytest.param("## April", id="bare_month"),
    pytest.param("19891231", id="compact_before_1990"),
    pytest.param("2024-02-30", id="impossible_iso"),
]


@pytest.mark.parametrize("text", NOT_DATES)
def test_no_false_positives(text: str) -> None:
    assert find_dates(text, REFERENCE) == []


YEAR_INFERENCE = [
    pytest.param("18 april", MEETING, "2024-04-18", id="past_month_goes_to_next_year"),
    pytest.param("13 maj", MEETING, "2023-05-13", id="later_this_month"),
    pytest.param("8 maj", MEETING, "2023-05-08", id="the_reference_day_itself"),
    pytest.param("7 maj", MEETING, "2024-05-07", id="the_day_before"),
    pytest.param("i maj", MEETING, "2023-05-01", id="month_not_yet_over"),
    pytest.param("v. 19", MEETING, "2023-05-08", id="week_of_reference"),
    pytest.param("v. 18", MEETING, "2024-04-29", id="week_before"),
    pytest.param("3 jan", date(2023, 12, 30), "2024-01-03", id="across_new_year"),
    pytest.param("28 dec–3 jan", date(2024, 1, 2), "2023-12-28", id="range_still_running"),
    pytest.param("29 feb", MEETING, "2024-02-29", id="leap_day_finds_leap_year"),
]


@pytest.mark.parametrize(("text", "reference", "start"), YEAR_INFERENCE)
def test_year_inference(text: str, reference: date, start: str) -> None:
    [mention] = find_dates(text, reference)
    assert mention.start == date.fromisoformat(start)
    assert mention.has_year is False


def test_written_year_is_kept_and_flagged() -> None:
    [mention] = find_dates("13 maj 2020", MEETING)
    assert (mention.start, mention.has_year) == (date(2020, 5, 13), True)


def test_without_reference_only_dates_with_a_year_are_returned() -> None:
    text = "Mötet 13 april, v. 12, i juni, nästa vecka och 18–19 april 2024."
    assert [m.text for m in find_dates(text)] == ["18–19 april 2024"]


def test_the_longest_overlapping_match_wins() -> None:
    mentions = find_dates("Konferens 18 april–2 maj 2024 och möte den 5 maj 2024.")
    assert [m.text for m in mentions] == ["18 april–2 maj 2024", "5 maj 2024"]


def test_mentions_come_in_reading_order_with_spans() -> None:
    text = "Kommunfullmäktige i juni. Se mejl 13 april. Ses v. 12 och 2024-01-17."
    mentions = find_dates(text, MEETING)
    assert [m.kind for m in mentions] == ["month", "day", "week", "day"]
    assert all(text[m.span[0] : m.span[1]] == m.text for m in mentions)


@pytest.mark.parametrize(
    ("text", "reference", "expected"),
    [
        pytest.param("Mötet hölls 2024-01-17.", None, date(2024, 1, 17), id="iso"),
        pytest.param("v. 12 och sedan 14/4", REFERENCE, date(2024, 4, 14), id="skips_week"),
        pytest.param("18–19 april 2024", None, date(2024, 4, 18), id="range_gives_first_day"),
        pytest.param("i morgon", REFERENCE, date(2024, 1, 11), id="tomorrow"),
        pytest.param("i juni", REFERENCE, None, id="month_is_not_day_precise"),
        pytest.param("13 april", None, None, id="no_year_no_reference"),
        pytest.param("", None, None, id="empty"),
    ],
)
def test_parse_date(text: str, reference: date | None, expected: date | None) -> None:
    assert parse_date(text, reference) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        pytest.param("lg_2024-01-17.pdf", date(2024, 1, 17), id="iso_with_prefix"),
        pytest.param("240117 LG.docx", date(2024, 1, 17), id="yymmdd"),
        pytest.param("Minnesanteckningar 17 jan 2024.pdf", date(2024, 1, 17), id="written"),
        pytest.param("20240117", date(2024, 1, 17), id="yyyymmdd"),
        pytest.param("LG 2024_01_17.docx", date(2024, 1, 17), id="underscores"),
        pytest.param("/arkiv/ks-20240117.pdf", date(2024, 1, 17), id="path_and_dash"),
        pytest.param("01_styrelsemote-2017-04-11.txt", date(2017, 4, 11), id="numbered"),
        pytest.param("2023", None, id="year_alone"),
        pytest.param("budget 2023.xlsx", None, id="year_in_name"),
        pytest.param("lg_2024-13-45.pdf", None, id="impossible_iso"),
        pytest.param("240230.pdf", None, id="impossible_yymmdd"),
        pytest.param("protokoll 17 januari.pdf", None, id="no_year"),
    ],
)
def test_date_from_filename(name: str, expected: date | None) -> None:
    assert date_from_filename(name) == expected


_DATEISH = st.lists(
    st.sampled_from(
        [
            "0",
            "1",
            "2",
            "9",
            "12",
            "2024",
            " ",
            "/",
            "-",
            "–",
            ".",
            ":",
            ":e",
            "§",
            "v",
            "V.",
            "maj",
            "April",
            "sept.",
            "i ",
            "in ",
            "början av ",
            "ht",
            "vecka ",
            "kl ",
            "till ",
            "nästa vecka",
            "İ",
            "ß",
            "\n",
        ]
    )
).map("".join)


@settings(max_examples=200, deadline=None)
@given(
    text=st.one_of(st.text(), _DATEISH),
    reference=st.one_of(st.none(), st.dates(date(1950, 1, 1), date(2090, 12, 31))),
)
def test_never_raises_and_spans_point_at_the_text(text: str, reference: date | None) -> None:
    mentions = find_dates(text, reference)
    for mention in mentions:
        assert text[mention.span[0] : mention.span[1]] == mention.text
        assert mention.end is None or mention.end >= mention.start
    assert all(a.span[1] <= b.span[0] for a, b in pairwise(mentions))
    parse_date(text, reference)
    parse_time_range(text)
    follow_up_offset(text)
    date_from_filename(text)
