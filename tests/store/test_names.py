"""Name comparison and the short-name guess, without a database."""

from __future__ import annotations

import pytest

from anteckna.parse.vocabulary import NAME_PARTICLES
from anteckna.store.names import abbreviates, fold, guess_short_name, initials, is_full_name


@pytest.mark.parametrize(
    ("name", "short"),
    [
        pytest.param("Ledningsgruppen", "LG", id="ledningsgruppen"),
        pytest.param("Styrgruppen", "SG", id="styrgruppen"),
        pytest.param("Kommunstyrelsen", "KS", id="kommunstyrelsen"),
        pytest.param("Kommunstyrelsens arbetsutskott", "KSAU", id="ksau"),
        pytest.param("Barn- och utbildningsnämnden", "BUN", id="bun"),
        pytest.param("Kommunfullmäktige", "KF", id="kf"),
        pytest.param("Styrelsen", None, id="simple_word"),
        pytest.param("LG", None, id="already_short"),
    ],
)
def test_guess_short_name(name, short):
    assert guess_short_name(name) == short


@pytest.mark.parametrize(
    ("text", "full"),
    [
        pytest.param("Greta Ahl Berglund", True, id="three_words"),
        pytest.param("Henrik Malmé", True, id="accented"),
        pytest.param("Sigrid von Essen", True, id="particle"),
        pytest.param("Jonas", False, id="first_name"),
        pytest.param("Johanna L.", False, id="abbreviated"),
        pytest.param("alla rektorer", False, id="collective"),
        pytest.param("Alla rektorer", False, id="collective_capitalised"),
        pytest.param("Barn- och utbildningsnämnden", False, id="body"),
    ],
)
def test_is_full_name(text, full):
    assert is_full_name(text, NAME_PARTICLES) is full


@pytest.mark.parametrize(
    ("short", "full", "expected"),
    [
        pytest.param("Johanna", "Johanna Lindqvist", True, id="first_name"),
        pytest.param("Johanna L.", "Johanna Lindqvist", True, id="surname_initial"),
        pytest.param("Johanna L.", "Johanna Berglöf", False, id="other_surname"),
        pytest.param("Jo", "Johanna Lindqvist", False, id="not_a_prefix_match"),
        pytest.param("greta", "Greta Lind", True, id="case"),
    ],
)
def test_abbreviates(short, full, expected):
    assert abbreviates(short, full) is expected


def test_fold_and_initials():
    assert fold("  Greta   BOMAN hansson ") == "greta boman hansson"
    assert initials("Greta Ahl Berglund") == "GAB"
    assert initials("Eva-Lena Ek") == "ELE"
