"""Calendars from the archive, per person and per group: what the ICS feeds and
``anteckna calendar`` give.

A calendar holds the meetings (with their time when the notes give one), the group's planned
meetings of the coming ``PLANNED_AHEAD`` by its rhythm (``rhythm``: cancelled dates left out,
a date whose notes are in the archive shown as that meeting), the dates follow-ups come back on
(those not yet taken up again), the due dates of open actions, and the events the notes
announce ("CESD-konferensen 18–19 april 2024"). A person's calendar holds only the meetings of
their own groups (``access.meetings_of``, ``access.groups_of``), and of the actions there only
theirs (``actions_of``); a group's holds everything of its meetings.

UIDs are made from what survives a re-import, never from the rows' ids, which a new version of
the notes replaces: a meeting keeps its id, and a follow-up or an action is its meeting's id
plus its item's and its own key (``store.keys``). An event is known by its title and first day
alone, so the conference that three meetings announce is one entry, not three. A planned
meeting is its group's id and its date (``planned-3-2024-05-28``); when its notes are imported
it becomes that meeting's entry. Every entry's DTSTAMP is its meeting's ``updated_at`` (a
planned one has none, so the fixed ``NO_STAMP``), so the same archive on the same day gives
the same bytes. ``stored_keys`` hands a stored meeting's keys to its .ics export
(``services.export``), which then has the same UIDs.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date, timedelta
from zoneinfo import ZoneInfo

from django.conf import settings
from django.db.models import Prefetch, QuerySet
from django.utils import timezone

from anteckna.render.ics import (
    CalendarEntry,
    ItemKeys,
    StoredKeys,
    action_entry,
    element_uid,
    event_entry,
    follow_up_entry,
    label,
    meeting_entry,
    meeting_span,
    meeting_uid,
    source_line,
    to_ical,
    uid,
)
from anteckna.services import access, owners
from anteckna.services.rhythm import calendar_of
from anteckna.store import models as db

Link = Callable[[int], str]
"""Gives the address of a meeting's page by its id (the web knows its host; the CLI does not)."""

LANGUAGE = "sv"
PLANNED_AHEAD = timedelta(weeks=6)
"""How far ahead of today a calendar shows the meetings a group's rhythm plans."""


def actions_of(person: db.Person) -> QuerySet[db.Action]:
    """The actions that are the person's: those naming them, and those of a collective that
    covers them ("alla" in their group), as the actions register counts them."""
    return db.Action.objects.filter(owners.actions_of(person))


def person_entries(
    person: db.Person, link: Link | None = None, today: date | None = None
) -> list[CalendarEntry]:
    """The person's calendar: their groups' meetings (held and planned from ``today``, the
    archive's today when not given), follow-ups and events, their actions."""
    meetings = access.meetings_of(person)
    entries = _entries(meetings, actions_of(person).filter(meeting__in=meetings), link)
    return entries + planned_entries(access.groups_of(person), today)


def group_entries(
    group: db.Group, link: Link | None = None, today: date | None = None
) -> list[CalendarEntry]:
    """The group's calendar: its meetings (held and planned) with their follow-ups, actions
    and events."""
    meetings = db.Meeting.objects.filter(groups=group)
    entries = _entries(meetings, db.Action.objects.filter(meeting__in=meetings), link)
    return entries + planned_entries([group], today)


def person_calendar(
    person: db.Person, link: Link | None = None, today: date | None = None
) -> bytes:
    """The person's calendar as iCalendar text."""
    return to_ical(person_entries(person, link, today), person.name)


def group_calendar(group: db.Group, link: Link | None = None, today: date | None = None) -> bytes:
    """The group's calendar as iCalendar text."""
    return to_ical(group_entries(group, link, today), group.name)


def planned_entries(groups: Iterable[db.Group], today: date | None = None) -> list[CalendarEntry]:
    """The meetings the groups' rhythms plan from ``today`` to ``PLANNED_AHEAD`` that are not in
    the archive (yet) and not cancelled, at the rhythm's time and place."""
    zone = ZoneInfo(settings.TIME_ZONE)
    start = today or timezone.localdate()
    entries = []
    for group in sorted(groups, key=lambda g: (g.name, g.pk)):
        dates = calendar_of(group)
        rhythm = dates.rhythm
        if rhythm is None:
            continue
        for day in dates.planned(start, start + PLANNED_AHEAD):
            entries.append(
                CalendarEntry(
                    uid("planned", group.pk, day.isoformat()),
                    group.name,
                    *meeting_span(day, rhythm.time_text, zone),
                    description=label("planned", LANGUAGE),
                    location=rhythm.place or None,
                )
            )
    return entries


def stored_keys(meeting: db.Meeting) -> StoredKeys:
    """The keys of a stored meeting's items, follow-ups and actions in the order
    ``store.loading.load`` gives them: its .ics export then has this calendar's UIDs."""
    follow_ups: dict[int, list[str]] = {}
    actions: dict[int, list[str]] = {}
    for rows, found in ((meeting.follow_ups, follow_ups), (meeting.actions, actions)):
        for item_id, key in rows.order_by("position").values_list("item_id", "key"):
            found.setdefault(item_id, []).append(key)
    items = tuple(
        ItemKeys(key, tuple(follow_ups.get(pk, ())), tuple(actions.get(pk, ())))
        for pk, key in meeting.items.order_by("position").values_list("pk", "key")
    )
    return StoredKeys(meeting.pk, items)


def _entries(
    meetings: QuerySet[db.Meeting], actions: QuerySet[db.Action], link: Link | None
) -> list[CalendarEntry]:
    zone = ZoneInfo(settings.TIME_ZONE)
    rows = list(
        meetings.prefetch_related(
            Prefetch("groups", queryset=db.Group.objects.order_by("name")),
            Prefetch("items", queryset=db.Item.objects.order_by("position")),
        )
    )
    headings = {m.pk: ", ".join(g.name for g in m.groups.all()) or m.title or "" for m in rows}
    stamps = {m.pk: m.updated_at for m in rows}

    def source(meeting: db.Meeting) -> str:
        return source_line(headings.get(meeting.pk, ""), meeting.date, LANGUAGE)

    def url(meeting_id: int) -> str | None:
        return link(meeting_id) if link else None

    entries = [
        meeting_entry(
            meeting_uid(m.pk),
            headings[m.pk],
            m.date,
            m.time,
            zone,
            title=m.title,
            items=[(item.number, item.title) for item in m.items.all()],
            place=m.place,
            language=LANGUAGE,
            stamp=m.updated_at,
            url=url(m.pk),
        )
        for m in rows
        if m.date is not None
    ]
    follow_ups = db.FollowUp.objects.filter(
        meeting__in=meetings, due__isnull=False, resolved_by__isnull=True
    ).select_related("meeting", "item")
    for f in follow_ups.order_by("due", "pk"):
        entries.append(
            follow_up_entry(
                element_uid("followup", f.meeting_id, f.item.key, f.key),
                f.item.title,
                f.due,
                f.text,
                source(f.meeting),
                LANGUAGE,
                stamps.get(f.meeting_id),
                url(f.meeting_id),
            )
        )
    open_actions = actions.filter(status=db.Action.Status.OPEN, due__isnull=False)
    in_order = Prefetch("owners", queryset=db.ActionOwner.objects.order_by("position"))
    for a in open_actions.select_related("meeting", "item").prefetch_related(in_order):
        entries.append(
            action_entry(
                element_uid("action", a.meeting_id, a.item.key, a.key),
                a.text,
                a.due,
                [owner.name for owner in a.owners.all()],
                source(a.meeting),
                LANGUAGE,
                stamps.get(a.meeting_id),
                url(a.meeting_id),
            )
        )
    seen: set[str] = set()
    events = db.Event.objects.filter(meeting__in=meetings).select_related("meeting")
    for e in events.order_by("meeting__date", "meeting_id", "position"):
        entry = event_entry(
            e.title, e.start, e.end, e.contact, source(e.meeting), LANGUAGE,
            stamps.get(e.meeting_id), url(e.meeting_id),
        )  # fmt: skip
        if entry.uid not in seen:
            seen.add(entry.uid)
            entries.append(entry)
    return entries
