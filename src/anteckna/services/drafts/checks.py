"""What to look at before the minutes are marked ready for approval.

``blocking`` findings would store a wrong record (an action nobody owns, a matter that comes
back on no date) and keep the draft from being marked ready; the others are shown for a
person to judge: "Incheckning" often has no text, and rightly so.
"""

from __future__ import annotations

from dataclasses import dataclass

from anteckna.services.drafts.content import Content


@dataclass(frozen=True, slots=True)
class Finding:
    """``kind`` names the check ("empty_item", "action_without_owner", "follow_up_without_date",
    "partial_without_times"); ``item`` and ``text`` say where."""

    kind: str
    item: str
    text: str = ""
    blocking: bool = False


def check(content: Content) -> list[Finding]:
    """Every finding, in the order of the minutes."""
    found = [
        Finding("partial_without_times", "", a.name)
        for a in content.attendance
        if a.status == "partial" and not (a.start or a.end)
    ]
    for item in content.items:
        if not item.text.strip():
            found.append(Finding("empty_item", item.title))
        found.extend(
            Finding("action_without_owner", item.title, action.text, blocking=True)
            for action in item.actions
            if not action.owners
        )
        found.extend(
            Finding("follow_up_without_date", item.title, follow_up.text, blocking=True)
            for follow_up in item.follow_ups
            if follow_up.days is None and follow_up.due is None
        )
    return found
