"""Calendar entries → iCalendar text (RFC 5545), and one parsed meeting as a calendar.

Pure: the entries come in as plain data, built by ``services.calendar`` from the archive or by
``meeting_entries`` from a parsed ``Meeting``. The choices that make a feed behave in a
calendar program:

- A day without a time (a due date, a meeting whose notes give no time, a two-day conference)
  is a DATE with DTEND the day *after* the last day, because RFC 5545 (3.6.1) makes DTEND
  exclusive: "18–19 april" is DTSTART 20240418, DTEND 20240420.
- A meeting with a time is given in the archive's time zone and written in UTC
  ("20240514T110000Z"), which every program reads the same way and shows in its own zone. A
  TZID with a VTIMEZONE would say the same, but parsers disagree on the VTIMEZONE that can be
  generated for a zone (dateutil, under vobject, ignores its RDATE lists and put a May
  meeting at +01:00); UTC leaves nothing to disagree on, and the events do not recur.
- Every entry says its own DTSTAMP (the time its row last changed); the clock is never read,
  so the same archive gives the same bytes and a program that polls the feed sees no change
  where there is none. UIDs are made from what stays when notes are re-imported: a stored
  meeting's id and its elements' keys (``meeting_uid``, ``element_uid``), so an entry is
  updated in place rather than duplicated, and a stored meeting's .ics export
  (``meeting_ics`` with its ``StoredKeys``) gives the same UIDs as the feeds.
- The few words the entries add ("Återkoppling", "Ansvariga") come from a table per language
  (``label``): this package has no Django, so no gettext.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from zoneinfo import ZoneInfo

from icalendar import Calendar
from icalendar import Event as VEvent

from anteckna.model import Item, Meeting

PRODID = "-//anteckna//anteckna//SV"
DOMAIN = "anteckna"
NO_STAMP = datetime(2000, 1, 1, tzinfo=UTC)
"""The DTSTAMP of an entry whose source has no timestamp (a meeting read from a file)."""

LABELS: dict[str, dict[str, str]] = {
    "sv": {
        "meeting": "Möte",
        "planned": "Planerat möte enligt gruppens mötesrytm",
        "items": "Punkter",
        "follow_up": "Återkoppling",
        "action": "Åtgärd",
        "owners": "Ansvariga",
        "from": "Från mötet",
        "contact": "Kontakt",
    },
    "en": {
        "meeting": "Meeting",
        "planned": "Planned by the group's meeting rhythm",
        "items": "Items",
        "follow_up": "Follow-up",
        "action": "Action",
        "owners": "Owners",
        "from": "From the meeting",
        "contact": "Contact",
    },
}

_CLOCK = re.compile(r"(\d{1,2})[:.](\d{2})")


@dataclass(frozen=True, slots=True)
class CalendarEntry:
    """One VEVENT. ``start`` is a date for a whole day and an aware datetime for a time;
    ``end`` is exclusive (a date entry's ``end`` is the day after its last day) and None for a
    time without a known end. ``stamp`` is DTSTAMP and LAST-MODIFIED, in any zone."""

    uid: str
    summary: str
    start: date | datetime
    end: date | datetime | None = None
    description: str = ""
    location: str | None = None
    url: str | None = None
    stamp: datetime | None = None


@dataclass(frozen=True, slots=True)
class ItemKeys:
    """An item's archive key with those of its follow-ups and its actions, in the notes'
    order."""

    key: str
    follow_ups: tuple[str, ...] = ()
    actions: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class StoredKeys:
    """How the archive knows a stored meeting and its elements (``store.keys``), one
    ``ItemKeys`` per item in order: given to ``meeting_entries``, a meeting read back from the
    archive gets the UIDs the feeds give it."""

    meeting_id: int
    items: tuple[ItemKeys, ...] = ()


def label(key: str, language: str = "sv") -> str:
    """One of the entries' own words in ``language`` (Swedish when the language is unknown)."""
    return LABELS.get(language, LABELS["sv"])[key]


def digest(*parts: object) -> str:
    """A short, stable hash of texts, case and spacing ignored: the variable part of a UID."""
    text = "\x1f".join(" ".join(str(part).casefold().split()) for part in parts)
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def uid(kind: str, *parts: object) -> str:
    """``meeting-12@anteckna``, ``followup-12-3f2a…@anteckna``: one kind, then parts."""
    return "-".join((kind, *map(str, parts))) + "@" + DOMAIN


def meeting_uid(meeting_id: int) -> str:
    """A stored meeting's UID: ``meeting-12@anteckna``."""
    return uid("meeting", meeting_id)


def element_uid(kind: str, meeting_id: int, item_key: str, key: str) -> str:
    """A stored follow-up's or action's UID: its meeting's id, and its item's and its own key."""
    return uid(kind, meeting_id, digest(item_key, key))


def whole_days(first: date, last: date | None = None) -> tuple[date, date]:
    """DTSTART and the exclusive DTEND of an entry from ``first`` to ``last`` (inclusive)."""
    last = last if last is not None and last >= first else first
    return first, last + timedelta(days=1)


def meeting_span(
    day: date, clock: str | None, zone: tzinfo
) -> tuple[date | datetime, date | datetime | None]:
    """When a meeting on ``day`` takes place: the times in ``clock`` ("13:00-15:00", "9.30")
    in ``zone``, or the whole day when no time is given. An end before the start is dropped."""
    times = [time(int(h), int(m)) for h, m in _CLOCK.findall(clock or "") if int(h) < 24]
    if not times:
        return whole_days(day)
    start = datetime.combine(day, times[0], tzinfo=zone)
    end = datetime.combine(day, times[1], tzinfo=zone) if len(times) > 1 else None
    return start, end if end is not None and end > start else None


def to_ical(entries: Iterable[CalendarEntry], name: str) -> bytes:
    """The entries as one VCALENDAR named ``name``, ordered by start and UID so that the same
    entries always give the same bytes."""
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", name)
    for entry in sorted(entries, key=_order):
        calendar.add_component(_vevent(entry))
    return calendar.to_ical()


def _order(entry: CalendarEntry) -> tuple[str, str]:
    return (entry.start.isoformat()[:10], entry.uid)


def _utc(moment: date | datetime) -> date | datetime:
    return moment.astimezone(UTC) if isinstance(moment, datetime) else moment


def _vevent(entry: CalendarEntry) -> VEvent:
    event = VEvent()
    event.add("uid", entry.uid)
    stamp = (entry.stamp or NO_STAMP).astimezone(UTC).replace(microsecond=0)
    event.add("dtstamp", stamp)
    event.add("last-modified", stamp)
    event.add("summary", entry.summary)
    event.add("dtstart", _utc(entry.start))
    if entry.end is not None:
        event.add("dtend", _utc(entry.end))
    if not isinstance(entry.start, datetime):
        event.add("transp", "TRANSPARENT")
    if entry.description:
        event.add("description", entry.description)
    if entry.location:
        event.add("location", entry.location)
    if entry.url:
        event.add("url", entry.url)
    return event


def source_line(heading: str, day: date | None, language: str) -> str:
    """The line every element's entry ends with: which meeting it comes from."""
    held = day.isoformat() if day else ""
    return f"{label('from', language)} {heading} {held}".strip()


def meeting_entry(
    key: str,
    heading: str,
    day: date,
    clock: str | None,
    zone: tzinfo,
    *,
    title: str | None,
    items: Iterable[tuple[str | None, str]],
    place: str | None,
    language: str,
    stamp: datetime | None,
    url: str | None = None,
) -> CalendarEntry:
    """The meeting itself, its items (number, title) listed in the description."""
    titles = [" ".join(filter(None, pair)) for pair in items]
    lines = (title, titles and label("items", language) + ":", *titles)
    return CalendarEntry(
        key,
        heading or label("meeting", language),
        *meeting_span(day, clock, zone),
        description="\n".join(line for line in lines if line),
        location=place,
        url=url,
        stamp=stamp,
    )


def follow_up_entry(
    key: str, item_title: str, due: date, text: str, source: str, language: str,
    stamp: datetime | None, url: str | None = None,
) -> CalendarEntry:  # fmt: skip
    """The day a matter comes back, titled by the item it returns from."""
    return CalendarEntry(
        key, f"{label('follow_up', language)}: {item_title}", *whole_days(due),
        description=f"{text}\n{source}", url=url, stamp=stamp,
    )  # fmt: skip


def action_entry(
    key: str, text: str, due: date, owners: Iterable[str], source: str, language: str,
    stamp: datetime | None, url: str | None = None,
) -> CalendarEntry:  # fmt: skip
    """An action's due date, with its owners."""
    names = ", ".join(owners)
    who = f"{label('owners', language)}: {names}\n" if names else ""
    return CalendarEntry(
        key, f"{label('action', language)}: {text}", *whole_days(due),
        description=who + source, url=url, stamp=stamp,
    )  # fmt: skip


def event_entry(
    title: str, start: date, end: date | None, contact: str | None, source: str, language: str,
    stamp: datetime | None, url: str | None = None,
) -> CalendarEntry:  # fmt: skip
    """An occasion the notes announce; known by its title and first day alone, so the
    conference several meetings announce is one entry."""
    who = f"{label('contact', language)}: {contact}\n" if contact else ""
    return CalendarEntry(
        uid("event", digest(title, start)), title, *whole_days(start, end),
        description=who + source, url=url, stamp=stamp,
    )  # fmt: skip


def meeting_entries(
    meeting: Meeting,
    zone: tzinfo | None = None,
    stamp: datetime | None = None,
    stored: StoredKeys | None = None,
) -> list[CalendarEntry]:
    """A meeting's calendar: the meeting itself, the dates its follow-ups come back, its
    actions' due dates and the events it announces. Without a date the meeting itself is left
    out (its follow-ups have no dates either). A meeting from the archive (``stored``) has the
    UIDs of the feeds; a parsed one has no archive id, so its UIDs come from the notes'
    SHA-256 and each element's text."""
    zone = zone or ZoneInfo("Europe/Stockholm")
    words = meeting.language
    base = (meeting.source.sha256 or digest(meeting.title, meeting.date, *meeting.groups))[:16]
    heading = ", ".join(meeting.groups) or meeting.title or label("meeting", words)

    def element(kind: str, index: int, position: int, item: Item, text: str) -> str:
        if stored is not None:
            keys = stored.items[index]
            own = keys.follow_ups if kind == "followup" else keys.actions
            return element_uid(kind, stored.meeting_id, keys.key, own[position])
        return uid(kind, base, digest(item.number, item.title, text))

    entries = []
    if meeting.date is not None:
        key = meeting_uid(stored.meeting_id) if stored else uid("meeting", base)
        entries.append(
            meeting_entry(
                key,
                heading,
                meeting.date,
                meeting.time,
                zone,
                title=meeting.title,
                items=[(item.number, item.title) for item in meeting.items],
                place=meeting.place,
                language=words,
                stamp=stamp,
            )
        )
    source = source_line(heading, meeting.date, words)
    for index, item in enumerate(meeting.items):
        for position, follow_up in enumerate(item.follow_ups):
            if follow_up.due is not None:
                key = element("followup", index, position, item, follow_up.text)
                entries.append(
                    follow_up_entry(
                        key, item.title, follow_up.due, follow_up.text, source, words, stamp
                    )
                )
        for position, action in enumerate(item.actions):
            if action.due is not None:
                key = element("action", index, position, item, action.text)
                entries.append(
                    action_entry(key, action.text, action.due, action.owners, source, words, stamp)
                )
        for event in item.events:
            entries.append(
                event_entry(
                    event.title, event.start, event.end, event.contact, source, words, stamp
                )
            )
    return entries


def meeting_ics(
    meeting: Meeting, stored: StoredKeys | None = None, stamp: datetime | None = None
) -> bytes:
    """One meeting as an .ics file: the meeting, its follow-up dates, action dues and events;
    with the UIDs (``stored``) and DTSTAMP (``stamp``) of the feeds for a stored meeting."""
    name = ", ".join(meeting.groups) or meeting.title or label("meeting", meeting.language)
    return to_ical(meeting_entries(meeting, stamp=stamp, stored=stored), name)


def render_ics(meeting: Meeting) -> str:
    """``meeting_ics`` as text, for the renderer registry (``render(meeting, "ics")``)."""
    return meeting_ics(meeting).decode("utf-8")
