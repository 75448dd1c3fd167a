"""Re-wrapping the seeds at another width, CRLF line ends or non-breaking spaces change nothing."""

from __future__ import annotations

import textwrap

import pytest

from anteckna.model import Meeting
from anteckna.parse import parse
from tests.corpus.conftest import SEEDS, pairs

SEED_DOCS = [doc for doc, _ in pairs(SEEDS, SEEDS / "gold")]


def essence(meeting: Meeting) -> dict:
    """What the notes say, without the line numbers that re-wrapping changes."""
    return {
        "participants": [
            (p.name, p.status, p.note, p.start, p.end, p.group) for p in meeting.participants
        ],
        "items": [(i.number, i.title, i.section, i.presenters) for i in meeting.items],
        "decisions": [d.text for i in meeting.items for d in i.decisions],
        "actions": [(a.text, a.owners) for i in meeting.items for a in i.actions],
        "follow_ups": [(f.text, f.days) for i in meeting.items for f in i.follow_ups],
        "events": [(e.start, e.end, e.contact) for i in meeting.items for e in i.events],
        "aliases": meeting.aliases,
        "roles": meeting.roles,
    }


def rewrap(text: str, width: int) -> str:
    lines = []
    for line in text.split("\n"):
        lines.extend(textwrap.wrap(line, width, break_long_words=False) or [line])
    return "\n".join(lines)


@pytest.fixture(params=SEED_DOCS or [None], ids=[d.stem for d in SEED_DOCS] or ["none"])
def seed_text(request: pytest.FixtureRequest) -> str:
    if request.param is None:
        pytest.skip("no seeds")
    return request.param.read_text(encoding="utf-8")


@pytest.mark.parametrize("width", [50, 60, 70, 80, 90, 100])
def test_rewrapping_changes_nothing(seed_text: str, width: int) -> None:
    assert essence(parse(rewrap(seed_text, width))) == essence(parse(seed_text))


@pytest.mark.parametrize(
    "change",
    [
        pytest.param(lambda t: t.replace("\n", "\r\n"), id="crlf"),
        pytest.param(lambda t: t.replace(" ", "\u00a0"), id="nbsp"),
        pytest.param(lambda t: t.replace("\n", "\r"), id="cr"),
    ],
)
def test_line_ends_and_spaces_change_nothing(seed_text: str, change) -> None:
    assert essence(parse(change(seed_text))) == essence(parse(seed_text))
