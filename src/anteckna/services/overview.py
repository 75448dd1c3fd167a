"""The start page: my open actions (those of the collectives that cover me included), what
comes back soon, what is coming, and the latest meetings of each of my groups — all within
what the user may see.

``today`` is passed in rather than read, so that the page and its tests agree on what
"overdue" and "the next two weeks" mean.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from django.db.models import Prefetch, Q

from anteckna.services import access
from anteckna.services.owners import actions_of
from anteckna.store import models as db
from anteckna.store.names import fold

SOON = timedelta(days=14)
EVENTS = 10
"""At most this many coming events; the three latest meetings of each group."""


@dataclass(frozen=True, slots=True)
class MyAction:
    action: db.Action
    overdue: bool


@dataclass(frozen=True, slots=True)
class GroupMeetings:
    group: db.Group
    meetings: list[db.Meeting]


@dataclass(frozen=True, slots=True)
class StartPage:
    my_actions: list[MyAction]
    follow_ups: list[db.FollowUp]
    events: list[db.Event]
    groups: list[GroupMeetings]
    has_person: bool


def start_page(user: Any, today: date) -> StartPage:
    person = access.person_of(user)
    meetings = access.visible_meetings(user)
    return StartPage(
        my_actions=_my_actions(user, person, today),
        follow_ups=list(
            db.FollowUp.objects.filter(
                meeting__in=meetings,
                due__gte=today,
                due__lte=today + SOON,
                resolved_by__isnull=True,
            )
            .select_related("meeting", "item")
            .order_by("due", "meeting__date", "position")
        ),
        events=_events(meetings, today),
        groups=[
            GroupMeetings(group, list(meetings.filter(groups=group).order_by("-date", "-pk")[:3]))
            for group in access.visible_groups(user).order_by("name")
        ],
        has_person=person is not None,
    )


def _my_actions(user: Any, person: db.Person | None, today: date) -> list[MyAction]:
    if person is None:
        return []
    rows = (
        access.visible_actions(user)
        .filter(actions_of(person), status=db.Action.Status.OPEN)
        .select_related("meeting", "item")
        .prefetch_related(Prefetch("owners", queryset=db.ActionOwner.objects.order_by("position")))
        .order_by("due", "meeting__date", "position")
    )
    ordered = sorted(rows, key=lambda a: (a.due is None, a.due or today))
    return [MyAction(a, a.due is not None and a.due < today) for a in ordered]


def _events(meetings: Any, today: date) -> list[db.Event]:
    """Coming and ongoing events, each once: notes announce the same day again and again,
    and the latest announcement is the one to show."""
    rows = (
        db.Event.objects.filter(Q(start__gte=today) | Q(end__gte=today))
        .filter(meeting__in=meetings)
        .select_related("meeting")
        .order_by("start", "-meeting__date")
    )
    seen: set[tuple[str, date]] = set()
    found = []
    for event in rows:
        key = (fold(event.title), event.start)
        if key not in seen:
            seen.add(key)
            found.append(event)
    return found[:EVENTS]
