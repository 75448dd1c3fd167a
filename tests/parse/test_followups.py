"""Follow-ups: matters that come back, the clause that says so and when."""

from __future__ import annotations

from datetime import date

import pytest

from anteckna.model import SourceRef
from anteckna.parse import parse
from anteckna.parse.followups import follow_up_in

SOURCE = SourceRef(7, 8, "follow_up:cue")
MEETING = date(2024, 5, 14)


@pytest.mark.parametrize(
    ("sentence", "relative", "days"),
    [
        pytest.param(
            "Ärendet tas upp igen om två veckor.", "om två veckor", 14, id="om_tva_veckor"
        ),
        pytest.param("Frågan tas upp igen om en månad.", "om en månad", 30, id="om_en_manad"),
        pytest.param("Frågan tas upp på nytt om 3 veckor.", "om 3 veckor", 21, id="digits"),
        pytest.param("Hugo återkommer på nästa möte.", "nästa möte", None, id="nasta_mote"),
        pytest.param("Frågan följs upp i maj.", "i maj", None, id="i_maj"),
        pytest.param("Ärendet bordläggs till nästa möte.", "nästa möte", None, id="bordlaggs"),
        pytest.param("This will be revisited next week.", "next week", 7, id="english_next_week"),
        pytest.param("Frågan tas upp igen.", None, None, id="no_time"),
    ],
)
def test_follow_ups(sentence: str, relative: str | None, days: int | None) -> None:
    found = follow_up_in(sentence, SOURCE, None)
    assert found is not None
    assert (found.text, found.relative, found.days, found.due) == (sentence, relative, days, None)
    assert found.source == SOURCE


@pytest.mark.parametrize(
    ("sentence", "due"),
    [
        pytest.param("Ärendet tas upp igen om två veckor.", date(2024, 5, 28), id="fourteen_days"),
        pytest.param("Frågan tas upp igen om en månad.", date(2024, 6, 13), id="thirty_days"),
        pytest.param("Hugo återkommer på nästa möte.", None, id="no_distance"),
    ],
)
def test_due_is_the_meeting_date_plus_days(sentence: str, due: date | None) -> None:
    found = follow_up_in(sentence, SOURCE, MEETING)
    assert found is not None
    assert found.due == due


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("Vi ses snart.", id="no_cue"),
        pytest.param("Hugo går igenom uppföljningen.", id="noun_only"),
        pytest.param("Planen tas fram om två veckor.", id="date_without_cue"),
    ],
)
def test_not_follow_ups(sentence: str) -> None:
    assert follow_up_in(sentence, SOURCE, MEETING) is None


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        pytest.param(
            "Nu pågår skrivarbete och ärendet kommer åter upp om två veckor.",
            "ärendet kommer åter upp om två veckor.",
            id="och",
        ),
        pytest.param(
            "Planen är nästan klar, men frågan tas upp igen om två veckor.",
            "frågan tas upp igen om två veckor.",
            id="comma_men",
        ),
        pytest.param(
            "Planen är nästan klar men frågan tas upp igen om två veckor.",
            "frågan tas upp igen om två veckor.",
            id="men",
        ),
        pytest.param(
            "Planen antogs och följs upp.",
            "Planen antogs och följs upp.",
            id="short_clause_keeps_the_sentence",
        ),
    ],
)
def test_text_is_the_clause_with_the_cue(sentence: str, text: str) -> None:
    found = follow_up_in(sentence, SOURCE, None)
    assert found is not None
    assert found.text == text


NOTE = (
    "Deltagare LG: Vera Lindgård, Hugo Sandvik\n\nMötesanteckningar\n\n"
    "1. Läget\nVera redogör för läget och ärendet kommer åter upp om två veckor.\n\n"
    "2. Budget\nHugo återkommer på nästa möte.\n"
)


def test_meeting_date_fills_the_dues_in_parse() -> None:
    meeting = parse(NOTE, meeting_date=MEETING)
    first, second = (item.follow_ups for item in meeting.items)
    assert [(f.text, f.days, f.due) for f in first] == [
        ("ärendet kommer åter upp om två veckor.", 14, date(2024, 5, 28))
    ]
    assert [(f.relative, f.days, f.due) for f in second] == [("nästa möte", None, None)]


def test_without_a_date_dues_stay_empty_in_parse() -> None:
    meeting = parse(NOTE)
    assert meeting.date is None
    assert [f.due for item in meeting.items for f in item.follow_ups] == [None, None]
    assert [f.days for item in meeting.items for f in item.follow_ups] == [14, None]
