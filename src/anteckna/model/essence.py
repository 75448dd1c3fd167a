"""What a meeting's notes text must say for the meeting to be read back from it.

Issue 7's promise is that an export imported again gives the same meeting, from the visible
words alone: the participants (name, status, times), the items (number, title, presenters)
with their decisions, actions (text, owners, due date) and follow-ups (text, when they come
back). ``essence`` is that much of a meeting, for comparing a meeting with its reading;
``differences`` says what of a meeting its reading lost, in words a secretary can act on.
Line numbers, rules, notes and the items' free text are left out: they are how it was
written, not what.
"""

from __future__ import annotations

from typing import Any

from anteckna.model import Item, Meeting

__all__ = ["differences", "essence"]


def essence(meeting: Meeting) -> dict[str, Any]:
    """The participants, sorted, and the items in order, as plain data."""
    return {
        "participants": sorted(
            (p.name, p.status, p.start or "", p.end or "") for p in meeting.participants
        ),
        "items": [_item(item) for item in meeting.items],
    }


def differences(read: Meeting, meant: Meeting) -> list[str]:
    """What of the meeting ``meant`` the meeting ``read`` from its text does not say, or says
    otherwise; empty when the text says all of it. What the text says besides (a presenter
    its sentence names, a guest, a decision in an unmarked sentence) is the text's own."""
    found = []
    got, want = essence(read), essence(meant)
    extra = {p[:2] for p in got["participants"]} - {p[:2] for p in want["participants"]}
    lost = [p for p in want["participants"] if p not in got["participants"]]
    if lost or any(status != "guest" for _, status in extra):
        found.append(f"participants read as {_names(got)}, not {_names(want)}")
    if [(i["number"], i["title"]) for i in got["items"]] != [
        (i["number"], i["title"]) for i in want["items"]
    ]:
        titles = ", ".join(f"{i['number']}. {i['title']}" for i in got["items"])
        return [*found, f"the items read as {titles}"]
    for read_item, meant_item in zip(got["items"], want["items"], strict=True):
        for part, values in meant_item.items():
            missing = [v for v in values if v not in read_item[part]] if part in _LISTS else []
            if missing:
                where = f"item {meant_item['number']} {meant_item['title']!r}"
                found.append(f"{where}: {part} read as {read_item[part]!r}, not {values!r}")
    return found


_LISTS = ("presenters", "decisions", "actions", "follow_ups")


def _item(item: Item) -> dict[str, Any]:
    return {
        "number": item.number,
        "title": item.title,
        "presenters": list(item.presenters),
        "decisions": [d.text for d in item.decisions],
        "actions": [(a.text, list(a.owners), a.due) for a in item.actions],
        "follow_ups": [(f.text, f.days, f.due) for f in item.follow_ups],
    }


def _names(data: dict[str, Any]) -> str:
    return ", ".join(f"{name} ({status})" for name, status, *_ in data["participants"])
