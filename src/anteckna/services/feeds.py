"""The secret links to calendar feeds: showing a user theirs, renewing one, and serving a feed.

Each link belongs to one user and is either their own calendar or one of the groups they see
(``store.models.calendar`` says why per user). A feed is served only while its user may still
see what it holds: an unknown token, a deactivated account, an account without a role, a
person no longer linked, or a group no longer visible all give ``NotVisible`` (404), the same
answer as a token that never existed.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from typing import Any

from django.db import IntegrityError, transaction

from anteckna.services import access, calendar
from anteckna.services.access import NotVisible
from anteckna.store import models as db

TOKEN_BYTES = 24


@dataclass(frozen=True, slots=True)
class Feed:
    """One of the user's links: ``group`` is None for their own calendar."""

    token: str
    group: db.Group | None
    name: str


def feeds_of(user: Any) -> list[Feed]:
    """The user's own calendar (when their account is linked to a person) and one per group
    they see, each with its token, made on first asking."""
    feeds = []
    person = access.person_of(user)
    if person is not None and access.role_of(user) is not None:
        feeds.append(Feed(_token(user, None), None, person.name))
    for group in access.visible_groups(user).order_by("name"):
        feeds.append(Feed(_token(user, group), group, group.name))
    return feeds


def renew(user: Any, group_id: int | None = None) -> str:
    """Give the user's link (to their own calendar, or to group ``group_id``) a new token: the
    old address stops working at once. ``NotVisible`` for a group the user does not see."""
    group = None
    if group_id is not None:
        group = access.visible_groups(user).filter(pk=group_id).first()
        if group is None:
            raise NotVisible(f"no group {group_id}")
    elif access.person_of(user) is None or access.role_of(user) is None:
        raise NotVisible("no calendar of your own: your account is not linked to a person")
    with transaction.atomic():
        db.CalendarFeed.objects.filter(user=user, group=group).delete()
        return db.CalendarFeed.objects.create(user=user, group=group, token=_new()).token


def feed(token: str, link: calendar.Link | None = None) -> bytes:
    """The iCalendar text of the feed behind ``token``; ``NotVisible`` otherwise."""
    row = (
        db.CalendarFeed.objects.select_related("user", "group").filter(token=token).first()
        if token
        else None
    )
    if row is None:
        raise NotVisible("no such calendar")
    user = row.user
    if row.group is not None:
        if not access.visible_groups(user).filter(pk=row.group.pk).exists():
            raise NotVisible("no such calendar")
        return calendar.group_calendar(row.group, link)
    person = access.person_of(user)
    if person is None or access.role_of(user) is None:
        raise NotVisible("no such calendar")
    return calendar.person_calendar(person, link)


def _token(user: Any, group: db.Group | None) -> str:
    found = db.CalendarFeed.objects.filter(user=user, group=group).first()
    if found is not None:
        return found.token
    try:
        with transaction.atomic():
            return db.CalendarFeed.objects.create(user=user, group=group, token=_new()).token
    except IntegrityError:  # made at the same moment by another request of the same user
        return db.CalendarFeed.objects.get(user=user, group=group).token


def _new() -> str:
    return secrets.token_urlsafe(TOKEN_BYTES)
