"""The hand-written tables of tests/search_terms: paradigms.txt and lookalikes.txt."""

from pathlib import Path

import pytest

HERE = Path(__file__).parent


def _lines(name: str) -> list[str]:
    text = (HERE / name).read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line.strip() and not line.startswith("#")]


def read_paradigms() -> list[list[str]]:
    """Every lemma with its forms, the lemma first: [["skola", "skolan", ...], ...]."""
    rows = []
    for line in _lines("paradigms.txt"):
        lemma, _, forms = line.partition(":")
        rows.append([lemma.strip(), *forms.split()])
    return rows


def read_lookalikes() -> list[tuple[list[str], list[str]]]:
    """Pairs of words that must not find each other, each side a few of its forms."""
    rows = []
    for line in _lines("lookalikes.txt"):
        left, _, right = line.partition("|")
        rows.append((left.split(), right.split()))
    return rows


@pytest.fixture(scope="session")
def paradigms() -> list[list[str]]:
    return read_paradigms()


@pytest.fixture(scope="session")
def lookalikes() -> list[tuple[list[str], list[str]]]:
    return read_lookalikes()
