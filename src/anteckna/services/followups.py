"""Follow-ups over time: when each comes back, whether it did, and which are overdue.

A follow-up ("Ärendet tas upp igen om två veckor") is due on a date: its meeting's date plus
its days. It comes back at the group's first meeting on or after that date (``rhythm``). It is
*resolved* when the matter does come back: the first item of a later meeting of the group whose
title names the same matter as the title of the item the follow-up was written in
(``same_matter``) within a year (``nearby.WINDOW``), and it is linked as ``FollowUp.resolved_by``.
Resolution runs after every import, for the batch of meetings it stored, both ways: a new
meeting may resolve older follow-ups, and an older meeting imported late may be the one that
resolved a follow-up first. Each follow-up it reaches is linked to the first item that takes
it up, so the outcome does not depend on the order the files came in.

A follow-up with no due date (its meeting has no date, or "tas upp igen senare" names no
time) is never dropped: it is listed as needing a date.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from django.db import connections, router
from django.db.models import Q, QuerySet
from rapidfuzz import fuzz

from anteckna.search_terms import to_fts_text
from anteckna.services.nearby import Region
from anteckna.services.rhythm import MeetingCalendar, calendar_of
from anteckna.services.standing import standing_items
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


def _keys(text: str) -> frozenset[str]:
    """A title's or sentence's search keys, less the filler words."""
    return frozenset(to_fts_text(text).split()) - FILLER


_words = functools.lru_cache(maxsize=4096)(_keys)
"""``_keys`` of a title: a group's titles recur from meeting to meeting."""


GENERIC = frozenset(
    map(_words, ("Övrigt", "Övriga frågor", "Övriga ärenden", "Information", "Kort information",
                 "Informationsärenden", "Meddelanden", "Aktuellt", "Aktuella frågor", "Rapporter",
                 "Nästa möte", "Other business", "Any other business", "AOB", "Information items"))
)  # fmt: skip
"""Titles that name no matter, only a place on the agenda: "Övrigt" comes back every time."""


@dataclass(frozen=True, slots=True)
class Relinked:
    """A follow-up whose link changed: from the item it was resolved by (or None) to another."""

    follow_up: int
    meeting: int
    was: int | None
    now: int | None


def resolve_follow_ups(region: Region) -> list[Relinked]:
    """Link each follow-up of the region that a new meeting may resolve (one of its own, or an
    earlier one whose year ahead holds a new meeting) to the first item of its groups' meetings
    in the year after it that takes the matter up; unlink it when none does any more. Returns
    the links that changed."""
    rows = region.rows(db.FollowUp.objects.all())
    wanted = []
    for pk, meeting, title, text, resolved_by in rows.values_list(
        "pk", "meeting_id", "item__title", "text", "resolved_by_id"
    ):
        dated = region.meetings.get(meeting)
        if dated is None:
            continue
        after = region.after(dated)
        if dated.pk in region.new or region.touched(after):
            wanted.append((pk, dated, _words(title), text, resolved_by, after))
    if not wanted:
        return []
    items: dict[int, list[tuple[int, int, frozenset[str]]]] = {}
    for pk, meeting, position, title in region.rows(db.Item.objects.all()).values_list(
        "pk", "meeting_id", "position", "title"
    ):
        items.setdefault(meeting, []).append((position, pk, _words(title)))
    for found in items.values():
        found.sort()
    generic = _Generic(region.groups)
    changed = []
    for pk, dated, keys, text, resolved_by, after in wanted:
        later = ((item, other) for m in after for _, item, other in items.get(m.pk, ()))
        if generic(keys, dated.groups):
            named = _keys(text)
            found = next(
                (item for item, other in later
                 if other <= named and not generic(other, dated.groups)),
                None,
            )  # fmt: skip
        else:
            found = next((item for item, other in later if _keys_match(keys, other)), None)
        if found != resolved_by:
            changed.append(Relinked(pk, dated.pk, resolved_by, found))
    _set_links([(r.now, r.follow_up) for r in changed])
    return changed


class _Generic:
    """Whether a title names no matter for a group: one of ``GENERIC``, or one of the group's
    standing items ("Kort information", "Återkoppling från föregående möte": ``standing``). A
    follow-up written under such a title ("Övrigt: frågan om skolskjuts tas upp igen") is not
    resolved by the next "Övrigt" but by a later item whose title its own sentence names
    ("Skolskjuts")."""

    def __init__(self, groups: Iterable[int]) -> None:
        self.standing = {
            group.pk: frozenset(_words(item.title) for item in standing_items(group))
            for group in db.Group.objects.filter(pk__in=list(groups))
        }

    def __call__(self, keys: frozenset[str], groups: frozenset[int]) -> bool:
        if not _content(keys) or keys in GENERIC:
            return True
        return any(keys in self.standing.get(group, ()) for group in groups)


def _content(keys: frozenset[str]) -> bool:
    return any(not key.isdigit() for key in keys)


def _set_links(changed: list[tuple[int | None, int]]) -> None:
    """Set ``resolved_by`` of many follow-ups: one statement run for each (item, follow-up)
    pair, since ``bulk_update``'s CASE over every row costs more in Python than it saves."""
    if changed:
        table = connections[router.db_for_write(db.FollowUp)]
        name = table.ops.quote_name(db.FollowUp._meta.db_table)
        with table.cursor() as cursor:
            cursor.executemany(f"UPDATE {name} SET resolved_by_id = %s WHERE id = %s", changed)


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
