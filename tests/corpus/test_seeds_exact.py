"""Every field of the seeds' gold, compared exactly (the scorer reads only some of them)."""

from __future__ import annotations

from pathlib import Path

import pytest

from anteckna.model import Meeting
from anteckna.parse import parse
from tests.corpus.conftest import SEEDS, load, pairs

SEED_PAIRS = pairs(SEEDS, SEEDS / "gold")


def _parsed(doc: Path) -> Meeting:
    return parse(doc.read_text(encoding="utf-8"), file_name=doc.name)


def _ids() -> list[str]:
    return [doc.stem for doc, _ in SEED_PAIRS]


@pytest.fixture(params=SEED_PAIRS or [None], ids=_ids() or ["none"])
def seed(request: pytest.FixtureRequest) -> tuple[Meeting, dict]:
    if request.param is None:
        pytest.skip("no seeds in ../shared/seeds")
    doc, gold = request.param
    return _parsed(doc), load(gold)


def _item_of(meeting: Meeting, element: object) -> str | None:
    for item in meeting.items:
        if element in (*item.actions, *item.follow_ups, *item.events, *item.decisions):
            return item.number
    return None


def test_attendance(seed: tuple[Meeting, dict]) -> None:
    meeting, gold = seed
    by_status = {
        status: [p.name for p in meeting.participants if p.status == status]
        for status in ("present", "remote", "partial", "absent", "guest")
    }
    attending = [
        p.name for p in meeting.participants if p.status in ("present", "remote", "partial")
    ]
    assert attending == gold["attendees"]
    assert by_status["absent"] == gold["absent"]
    assert [(p.name, p.note) for p in meeting.participants if p.status == "remote"] == [
        (r["name"], r["note"]) for r in gold["remote"]
    ]
    assert [
        (p.name, p.note, p.start, p.end) for p in meeting.participants if p.status == "partial"
    ] == [(r["name"], r["note"], r["from"], r["to"]) for r in gold["partial"]]
    assert [(p.name, p.role, p.item) for p in meeting.participants if p.status == "guest"] == [
        (g["name"], g["role"], g["item"]) for g in gold["guests"]
    ]
    groups: dict[str, list[str]] = {}
    for p in meeting.participants:
        if p.group:
            groups.setdefault(p.group, []).append(p.name)
    assert groups == gold["groups"]
    assert list(meeting.groups) == list(gold["groups"])
    assert meeting.chair == gold["chair"]
    assert meeting.secretary == gold["secretary"]


def test_items(seed: tuple[Meeting, dict]) -> None:
    meeting, gold = seed
    assert [(i.number, i.title, i.section) for i in meeting.items] == [
        (g["number"], g["title"], g["section"]) for g in gold["items"]
    ]
    for item, expected in zip(meeting.items, gold["items"], strict=True):
        assert sorted(item.presenters) == sorted(expected["presenters"]), item.title
    assert [d.text for i in meeting.items for d in i.decisions] == [
        d["text"] for d in gold["decisions"]
    ]


def test_actions(seed: tuple[Meeting, dict]) -> None:
    meeting, gold = seed
    found = [
        (_item_of(meeting, a), list(a.owners), a.text, a.due)
        for i in meeting.items
        for a in i.actions
    ]
    expected = [
        (a["item"], [a["owner"]] if a["owner"] else [], a["text"], a["due"])
        for a in gold["actions"]
    ]
    assert found == expected


def test_follow_ups_and_events(seed: tuple[Meeting, dict]) -> None:
    meeting, gold = seed
    follow_ups = [
        (_item_of(meeting, f), f.text, f.relative, f.days)
        for i in meeting.items
        for f in i.follow_ups
    ]
    assert follow_ups == [
        (f["item"], f["text"], f["relative"], f["days"]) for f in gold["follow_ups"]
    ]
    events = [
        (_item_of(meeting, e), e.start.isoformat(), e.end.isoformat() if e.end else None, e.contact)
        for i in meeting.items
        for e in i.events
    ]
    assert events == [(e["item"], e["start"], e["end"], e["contact"]) for e in gold["events"]]


def test_roles_and_aliases(seed: tuple[Meeting, dict]) -> None:
    meeting, gold = seed
    assert [(r.group, r.role, r.name) for r in meeting.roles] == [
        (r["group"], r["role"], r["name"]) for r in gold.get("roles", [])
    ]
    assert meeting.aliases == gold["mentions_resolved"]
    assert meeting.date is None and gold["date"] is None
    assert meeting.title == gold["title"]
    assert meeting.language == gold["language"]
