"""Stable keys: the same element gets the same key in every version of its notes."""

from __future__ import annotations

import pytest

from anteckna.store.keys import attendance_key, item_key, next_free, text_key, unique


@pytest.mark.parametrize(
    ("number", "title", "key"),
    [
        pytest.param("3", "Budget", "n:3", id="number"),
        pytest.param("§ 12", "Budget", "n:§12", id="paragraph_spacing_ignored"),
        pytest.param("§12", "Annat", "n:§12", id="paragraph_title_ignored"),
        pytest.param("3.2.", "Budget", "n:3.2", id="trailing_dot"),
        pytest.param(None, "Budget  2024:", "t:budget 2024", id="title_folded"),
        pytest.param(" ", "Lokaler", "t:lokaler", id="blank_number_is_none"),
    ],
)
def test_item_key(number, title, key):
    assert item_key(number, title) == key


def test_text_key_folds_case_space_and_end_punctuation():
    assert text_key(" Erik ska  KONTAKTA ekonomienheten. ") == "erik ska kontakta ekonomienheten"


def test_attendance_key_is_the_person_else_the_name():
    assert attendance_key(12, "Anna Berg") == "p:12"
    assert attendance_key(None, " Maria ") == "n:maria"


def test_repeats_are_numbered_in_order():
    assert unique(["a", "b", "a", "a"]) == ["a", "b", "a#2", "a#3"]
    assert next_free("a", ["a", "a#2"]) == "a#3"
    assert next_free("b", ["a"]) == "b"
