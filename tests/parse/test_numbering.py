"""Numbered lines: the numbers items carry and how they follow on."""

from __future__ import annotations

import pytest

from anteckna.parse.numbering import number_key


@pytest.mark.parametrize(
    ("number", "key"),
    [
        pytest.param("§ 12", (12,), id="paragraph"),
        pytest.param("3.2", (3, 2), id="subnumber"),
        pytest.param("AU 4", (4,), id="au"),
    ],
)
def test_number_key(number: str, key: tuple[int, ...]) -> None:
    assert number_key(number) == key
