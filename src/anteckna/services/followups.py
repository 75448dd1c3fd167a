"""Follow-ups over time: when each comes back, whether it did, and which are overdue.

A follow-up ("Ärendet tas upp igen om två veckor") is due on a date: its meeting's date plus
its days. It comes back at the group's first meeting on or after that date (``rhythm``). It is
*resolved* when the matter does come back: the first item of a later meeting of the group whose
title names the same matter as the title of the item the follow-up was written in
(``same_matter``) within a year (``nearby.WINDOW``), and it is linked as ``FollowUp.resolved_by``.
Resolution runs on every import, both ways: a new meeting may resolve older follow-ups, and an
older meeting imported late may be the one that resolved a follow-up first.

A follow-up with no due date (its meeting has no date, or "tas upp igen senare" names no
time) is never dropped: it is listed as needing a date.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from django.db.models import Q, QuerySet
from rapidfuzz import fuzz

from anteckna.search_terms import to_fts_text
from anteckna.services.nearby import nearby
from anteckna.services.rhythm import MeetingCalendar, calendar_of
from anteckna.store import models as db

SHARED = 0.6
"""Share of the shorter title's words that two titles of one matter have in common."""
SPELLING = 90
"""rapidfuzz's token-set ratio of the two titles' words at or above which they are one matter
though their words differ (a misspelt or abbreviated name)."""
FILLER = frozenset(to_fts_text("och av för till med om på i inför från samt the and of").split())

STATUSES = ("open", "overdue", "resolved", "needs_date")


def same_matter(title: str, other: str) -> bool:
    """Whether two item titles name the same matter. Words are compared by search key, so
    every inflection agrees ("Verksamhetsplanen" and "verksamhetsplan"); they must share a
    word that is not a number, and then either all words of one title are in the other
    ("Budget" and "Budget 2026"), or at least two and ``SHARED`` of the shorter title's
    ("Fokus verksamhetsplan 2026" and "Verksamhetsplan 2026 – slutversion"), or they are
    spelt nearly alike (``SPELLING``)."""
    return _keys_match(_words(title), _words(other))


def _words(title: str) -> frozenset[str]:
    return frozenset(to_fts_text(title).split()) - FILLER


def resolve_follow_ups(meeting_id: int) -> int:
    """Link follow-ups to the items that take them up, around one (newly imported) meeting:
    its own follow-ups to later meetings' items, and earlier meetings' follow-ups to its
    items when it comes before what they were linked to. Returns how many links changed."""
    around = nearby(meeting_id)
    if around is None:
        return 0
    meeting = around.meeting
    changed = 0
    own = list(db.FollowUp.objects.filter(meeting=meeting).select_related("item"))
    later_items = []
    if own:
        later = db.Item.objects.filter(meeting_id__in=around.after()).order_by(
            "meeting__date", "meeting_id", "position"
        )
        later_items = [(item.pk, _words(item.title)) for item in later]
    for follow_up in own:
        keys = _words(follow_up.item.title)
        found = next((pk for pk, other in later_items if _keys_match(keys, other)), None)
        if follow_up.resolved_by_id != found:
            follow_up.resolved_by_id = found
            follow_up.save(update_fields=["resolved_by"])
            changed += 1
    items = [(item.pk, _words(item.title)) for item in meeting.items.order_by("position")]
    earlier = (
        db.FollowUp.objects.filter(meeting_id__in=around.before())
        .filter(Q(resolved_by__isnull=True) | Q(resolved_by__meeting__date__gt=around.day))
        .select_related("item")
    )
    for follow_up in earlier:
        keys = _words(follow_up.item.title)
        found = next((pk for pk, other in items if _keys_match(keys, other)), None)
        if found is not None:
            follow_up.resolved_by_id = found
            follow_up.save(update_fields=["resolved_by"])
            changed += 1
    return changed


def _keys_match(keys: frozenset[str], other: frozenset[str]) -> bool:
    shared = keys & other
    if not any(not key.isdigit() for key in shared):
        return False
    if shared in (keys, other):
        return True
    if len(shared) >= 2 and len(shared) >= SHARED * min(len(keys), len(other)):
        return True
    return fuzz.token_set_ratio(" ".join(sorted(keys)), " ".join(sorted(other))) >= SPELLING


@dataclass(frozen=True, slots=True)
class FollowUpState:
    """A follow-up with what the engine makes of it: ``comes_back`` is the meeting it is due
    at (None when no meeting is known on or after its due date), ``status`` one of
    ``STATUSES``."""

    follow_up: db.FollowUp
    group: str | None
    due: date | None
    comes_back: date | None
    status: str

    def to_dict(self) -> dict[str, Any]:
        f = self.follow_up
        resolved = f.resolved_by
        return {
            "id": f.pk,
            "group": self.group,
            "meeting": f.meeting_id,
            "date": f.meeting.date.isoformat() if f.meeting.date else None,
            "item": f.item.number,
            "title": f.item.title,
            "text": f.text,
            "relative": f.relative,
            "due": self.due.isoformat() if self.due else None,
            "comes_back": self.comes_back.isoformat() if self.comes_back else None,
            "status": self.status,
            "resolved_by": None
            if resolved is None
            else {"meeting": resolved.meeting_id, "item": resolved.number,
                  "title": resolved.title,
                  "date": resolved.meeting.date.isoformat() if resolved.meeting.date else None},
        }  # fmt: skip


def state_of(
    follow_up: db.FollowUp, calendar: MeetingCalendar | None, today: date, group: str | None
) -> FollowUpState:
    """Open until resolved; overdue once the meeting it was due at has passed without it (or,
    with no meeting known, once its due date has); needing a date when it has no due date."""
    due = follow_up.due
    comes_back = calendar.first_on_or_after(due) if calendar and due else None
    if follow_up.resolved_by_id is not None:
        status = "resolved"
    elif due is None:
        status = "needs_date"
    elif (comes_back or due) < today:
        status = "overdue"
    else:
        status = "open"
    return FollowUpState(follow_up, group, due, comes_back, status)


def follow_up_states(
    rows: QuerySet[db.FollowUp],
    today: date,
    *,
    due_before: date | None = None,
    statuses: Iterable[str] | None = None,
) -> list[FollowUpState]:
    """The follow-ups among ``rows`` with their states, by due date (those needing a date
    last); ``due_before`` keeps those due on or before it and those needing a date."""
    if due_before is not None:
        rows = rows.filter(Q(due__lte=due_before) | Q(due__isnull=True))
    rows = (
        rows.select_related("meeting", "item", "resolved_by__meeting")
        .prefetch_related("meeting__groups")
        .order_by("due", "meeting__date", "item__position", "position")
    )
    calendars: dict[int, MeetingCalendar] = {}
    labels: dict[int, str] = {}
    wanted = set(statuses) if statuses is not None else None
    found = []
    for follow_up in rows:
        groups = sorted(follow_up.meeting.groups.all(), key=lambda g: g.name_key)
        group = groups[0] if groups else None
        calendar = None
        if group is not None:
            if group.pk not in calendars:
                calendars[group.pk] = calendar_of(group)
                labels[group.pk] = group.short_name or group.name
            calendar = calendars[group.pk]
        state = state_of(follow_up, calendar, today, labels.get(group.pk) if group else None)
        if wanted is None or state.status in wanted:
            found.append(state)
    return sorted(found, key=lambda s: (s.due is None, s.due or today))


def group_follow_ups(group: db.Group) -> QuerySet[db.FollowUp]:
    return db.FollowUp.objects.filter(meeting__groups=group).distinct()
