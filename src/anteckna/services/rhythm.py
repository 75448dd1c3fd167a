"""When a group meets: its rhythm, the dates it cancelled, and the meetings in its archive.

The list of meeting dates decides everything date-shaped in the agenda engine: a follow-up
"om två veckor" is due on a date (meeting date + 14 days), and it comes back at the first
meeting on or after that date. No calendar knowledge is assumed: a due date on a Saturday or a
holiday is just a date, and the meeting list says which day is next. The list is

- the rhythm's dates (every ``every_weeks`` weeks on its weekday, from its anchor, until its
  end), without the cancelled ones;
- every dated meeting of the group in the archive (it happened, whatever the rhythm says);
- and, for an agenda, the date asked for: an agenda is asked for a meeting, so that date is a
  meeting even in a group with no rhythm configured.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, time, timedelta

from django.db import transaction
from django.utils.translation import gettext_lazy as _

from anteckna.errors import Text, ValueProblem
from anteckna.store import models as db

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
SWEDISH_WEEKDAYS = ("mån", "tis", "ons", "tor", "fre", "lör", "sön")
HORIZON = timedelta(days=730)
"""How far the engine looks for a next meeting before it gives up (two years)."""


class RhythmError(ValueProblem):
    """A rhythm, a cancellation or a date that cannot be set as asked."""


@dataclass(frozen=True, slots=True)
class Rhythm:
    """A group's rhythm as shown and printed."""

    weekday: int
    every_weeks: int
    anchor: date
    until: date | None
    start: time | None
    end: time | None
    place: str

    @property
    def time_text(self) -> str | None:
        """ "13.00–15.00" as Swedish notes write it; None when no time is set."""
        if self.start is None:
            return None
        first = self.start.strftime("%H.%M")
        return f"{first}–{self.end.strftime('%H.%M')}" if self.end else first

    def to_dict(self) -> dict[str, object]:
        return {
            "weekday": WEEKDAYS[self.weekday],
            "every_weeks": self.every_weeks,
            "from": self.anchor.isoformat(),
            "until": self.until.isoformat() if self.until else None,
            "time": self.time_text,
            "place": self.place or None,
        }


def weekday_number(text: str) -> int:
    """0 for "mon", "monday", "mån", "måndag" … 6 for Sunday."""
    key = text.strip().casefold()[:3]
    for names in (WEEKDAYS, SWEDISH_WEEKDAYS):
        if key in names:
            return names.index(key)
    raise RhythmError(repr(text), _("not a weekday (mon … sun, or mån … sön)"))


def parse_times(text: str) -> tuple[time, time | None]:
    """ "13-15", "13.00–15.00", "9:30-11" → (start, end); "13" → (13:00, None)."""
    parts = [p.strip() for p in text.replace("–", "-").split("-")]
    if len(parts) > 2 or not parts[0]:
        raise RhythmError(repr(text), _('not a time or a span of times ("13-15", "9.30-11")'))
    found = [_time(p, text) for p in parts]
    start, end = found[0], found[1] if len(found) == 2 else None
    if end is not None and end <= start:
        raise RhythmError(repr(text), _("the meeting ends before it starts"))
    return start, end


def _time(part: str, whole: str) -> time:
    hours, _colon, minutes = part.replace(".", ":").partition(":")
    try:
        return time(int(hours), int(minutes or 0))
    except ValueError:
        message = Text(_("%(part)s is not a time of day"), part=repr(part))
        raise RhythmError(repr(whole), message) from None


def set_rhythm(
    group: db.Group,
    *,
    weekday: int,
    every_weeks: int = 1,
    start_from: date,
    until: date | None = None,
    start: time | None = None,
    end: time | None = None,
    place: str = "",
) -> Rhythm:
    """Give the group a rhythm (replacing one it had). The first meeting is the first
    ``weekday`` on or after ``start_from``."""
    if not 0 <= weekday <= 6:
        message = Text(_("%(weekday)s is not 0 (Monday) … 6 (Sunday)"), weekday=weekday)
        raise RhythmError(_("weekday"), message)
    if every_weeks < 1:
        message = _("%(every)s: a rhythm repeats every one or more weeks")
        raise RhythmError(_("every"), Text(message, every=every_weeks))
    anchor = start_from + timedelta(days=(weekday - start_from.weekday()) % 7)
    if until is not None and until < anchor:
        message = Text(
            _("%(until)s is before the first meeting (%(first)s)"), until=until, first=anchor
        )
        raise RhythmError(_("until"), message)
    with transaction.atomic():
        db.MeetingRhythm.objects.update_or_create(
            group=group,
            defaults={"weekday": weekday, "every_weeks": every_weeks, "anchor": anchor,
                      "until": until, "start_time": start, "end_time": end,
                      "place": " ".join(place.split())},
        )  # fmt: skip
    found = rhythm_of(group)
    assert found is not None
    return found


def rhythm_of(group: db.Group) -> Rhythm | None:
    row = db.MeetingRhythm.objects.filter(group=group).first()
    if row is None:
        return None
    return Rhythm(row.weekday, row.every_weeks, row.anchor, row.until, row.start_time,
                  row.end_time, row.place)  # fmt: skip


def cancel_meeting(group: db.Group, day: date, reason: str = "") -> None:
    """Take ``day`` out of the group's meetings (a rhythm date that will not be held)."""
    db.CancelledMeeting.objects.update_or_create(
        group=group, date=day, defaults={"reason": reason.strip()}
    )


def restore_meeting(group: db.Group, day: date) -> bool:
    """Undo a cancellation; False when the date was not cancelled."""
    return bool(db.CancelledMeeting.objects.filter(group=group, date=day).delete()[0])


def cancelled_dates(group: db.Group) -> set[date]:
    return set(db.CancelledMeeting.objects.filter(group=group).values_list("date", flat=True))


def rhythm_dates(rhythm: Rhythm | None, start: date, end: date) -> list[date]:
    """The rhythm's dates within [start, end] (cancellations not applied)."""
    if rhythm is None:
        return []
    step = timedelta(weeks=rhythm.every_weeks)
    first = max(start, rhythm.anchor)
    last = min(end, rhythm.until) if rhythm.until else end
    skipped = (first - rhythm.anchor).days // step.days
    day = rhythm.anchor + skipped * step
    found = []
    while day <= last:
        if day >= first:
            found.append(day)
        day += step
    return found


@dataclass(frozen=True, slots=True)
class MeetingCalendar:
    """A group's meeting dates, read once so that many follow-ups can be placed cheaply."""

    rhythm: Rhythm | None
    cancelled: frozenset[date]
    held: frozenset[date]
    """Dates of the group's meetings in the archive."""
    extra: frozenset[date] = frozenset()
    """Dates asked for as meetings (an agenda's date)."""

    def dates(self, start: date, end: date) -> list[date]:
        """Every meeting date within [start, end], in order."""
        planned = {d for d in rhythm_dates(self.rhythm, start, end) if d not in self.cancelled}
        known = {d for d in self.held | self.extra if start <= d <= end}
        return sorted(planned | known)

    def first_on_or_after(self, day: date) -> date | None:
        """The first meeting on or after ``day``; None when none is known within two years."""
        found = self.dates(day, day + HORIZON)
        return found[0] if found else None

    def last_before(self, day: date) -> date | None:
        """The last meeting before ``day``, looking back at most two years."""
        found = self.dates(day - HORIZON, day - timedelta(days=1))
        return found[-1] if found else None

    def planned(self, start: date, end: date) -> list[date]:
        """The rhythm's meetings within [start, end] that are not (yet) in the archive and not
        cancelled: what the group means to hold."""
        return [d for d in self.dates(start, end) if d not in self.held | self.extra]

    def with_meeting(self, day: date) -> MeetingCalendar:
        return MeetingCalendar(self.rhythm, self.cancelled, self.held, self.extra | {day})


def calendar_of(group: db.Group, extra: Iterable[date] = ()) -> MeetingCalendar:
    held = db.Meeting.objects.filter(groups=group, date__isnull=False).values_list(
        "date", flat=True
    )
    return MeetingCalendar(
        rhythm_of(group), frozenset(cancelled_dates(group)), frozenset(held), frozenset(extra)
    )


def next_meeting_date(group: db.Group, after: date) -> date | None:
    """The group's first meeting after ``after`` by its rhythm (cancelled dates skipped) or
    its archive; None when neither gives one."""
    return calendar_of(group).first_on_or_after(after + timedelta(days=1))


def is_cancelled(group: db.Group, day: date) -> bool:
    return db.CancelledMeeting.objects.filter(group=group, date=day).exists()
