"""follow_up_offset(): how far ahead a "come back to this" phrase points."""

from __future__ import annotations

import pytest

from anteckna.parse.relative_dates import follow_up_offset


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        pytest.param("tas upp igen om två veckor", ("om två veckor", 14), id="om_tva_veckor"),
        pytest.param("om 3 veckor", ("om 3 veckor", 21), id="om_3_veckor"),
        pytest.param("om en vecka", ("om en vecka", 7), id="om_en_vecka"),
        pytest.param("om en månad", ("om en månad", 30), id="om_en_manad"),
        pytest.param("om 2 månader", ("om 2 månader", 60), id="om_2_manader"),
        pytest.param("om tre dagar", ("om tre dagar", 3), id="om_tre_dagar"),
        pytest.param("om ett par veckor", ("om ett par veckor", 14), id="ett_par_veckor"),
        pytest.param("inom 14 dagar", ("inom 14 dagar", 14), id="inom"),
        pytest.param("in two weeks", ("in two weeks", 14), id="en_two_weeks"),
        pytest.param("in a month", ("in a month", 30), id="en_a_month"),
        pytest.param("återkommer nästa vecka", ("nästa vecka", 7), id="nasta_vecka"),
        pytest.param("till nästa möte", ("nästa möte", None), id="nasta_mote"),
        pytest.param("Nästa sammanträde", ("Nästa sammanträde", None), id="nasta_sammantrade"),
        pytest.param("till nästa LG-möte", ("nästa LG-möte", None), id="nasta_lg_mote"),
        pytest.param("next meeting", ("next meeting", None), id="en_next_meeting"),
        pytest.param("i maj", ("i maj", None), id="i_maj"),
        pytest.param("följs upp i maj", ("i maj", None), id="foljs_upp_i_maj"),
        pytest.param("i början av juni", ("i början av juni", None), id="borjan_av_juni"),
        pytest.param("efter sommaren", ("efter sommaren", None), id="efter_sommaren"),
        pytest.param("efter jul", ("efter jul", None), id="efter_jul"),
        pytest.param("information om verksamheten", None, id="om_means_about"),
        pytest.param("två veckors praktik", None, id="no_cue"),
        pytest.param("", None, id="empty"),
    ],
)
def test_follow_up_offset(phrase: str, expected: tuple[str, int | None] | None) -> None:
    assert follow_up_offset(phrase) == expected
