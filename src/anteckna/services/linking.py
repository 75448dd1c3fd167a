"""Links between meetings, made after they are stored: actions later notes report done
(``closing``) and follow-ups the matter's later item resolves (``followups``).

They are derived from what is stored and can always be made again, so they need not sit in
each document's transaction: an import of many files stores the documents and then links them
in batches (``link_pending``), a few queries per batch instead of a dozen per note. Every stored
meeting is marked ``links_pending`` as it is stored, and the mark is cleared in the transaction
that links it, so an import cut short leaves marks behind and the next import (or
``anteckna reindex``) links what the last one did not.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field

from django.db import transaction
from django.utils import timezone

from anteckna.services.closing import Closed, close_reported_actions
from anteckna.services.followups import Relinked, resolve_follow_ups
from anteckna.services.nearby import region
from anteckna.store import models as db

BATCH = 500
"""Meetings linked in one go: the region they span is read into memory at once."""


@dataclass(slots=True)
class Linked:
    """What linking changed: the actions it closed and the follow-up links it set or cleared."""

    closed: list[Closed] = field(default_factory=list)
    follow_ups: int = 0


def link(meeting_ids: Collection[int]) -> Linked:
    """Link these meetings with their neighbours (both ways in time), in one transaction."""
    linked = Linked()
    with transaction.atomic():
        around = region(meeting_ids)
        if around is not None:
            linked.closed = close_reported_actions(around)
            relinked = resolve_follow_ups(around)
            linked.follow_ups = len(relinked)
            _touch(linked.closed, relinked)
        db.Meeting.objects.filter(pk__in=meeting_ids).update(links_pending=False)
    return linked


def _touch(closed: list[Closed], relinked: list[Relinked]) -> None:
    """Mark the meetings whose pages a new link changes as changed (``updated_at``, which the
    meeting page's cache goes by): those of the closed actions and of the reports that closed
    them, of the follow-ups, and of the items that took them up before and now."""
    meetings = {c.meeting for c in closed} | {r.meeting for r in relinked}
    actions = [c.action for c in closed]
    meetings.update(db.Action.objects.filter(pk__in=actions).values_list("meeting_id", flat=True))
    items = [item for r in relinked for item in (r.was, r.now) if item is not None]
    meetings.update(db.Item.objects.filter(pk__in=items).values_list("meeting_id", flat=True))
    if meetings:
        db.Meeting.objects.filter(pk__in=list(meetings)).update(updated_at=timezone.now())


def link_pending() -> Linked:
    """Link every meeting stored but not yet linked, ``BATCH`` at a time, oldest first."""
    linked = Linked()
    pending = db.Meeting.objects.filter(links_pending=True).order_by("date", "pk")
    ids = list(pending.values_list("pk", flat=True))
    for start in range(0, len(ids), BATCH):
        done = link(ids[start : start + BATCH])
        linked.closed.extend(done.closed)
        linked.follow_ups += done.follow_ups
    return linked
