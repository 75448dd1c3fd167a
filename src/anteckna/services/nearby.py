"""The meetings a newly imported one is linked with: its groups' meetings of the year before
and the year after it.

Closing actions that later notes report done (``closing``) and linking follow-ups to the item
that takes the matter up (``followups``) both compare one meeting with its neighbours in time.
Notes speak of the last months' tasks and matters, and bounding the comparison by ``WINDOW``
keeps an import's cost from growing with the archive's age. The neighbours are given as lists
of ids, so SQLite starts from those few meetings rather than from every row of a large table.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from anteckna.store import models as db

WINDOW = timedelta(days=365)


@dataclass(frozen=True, slots=True)
class Nearby:
    """A dated meeting with its groups' ids."""

    meeting: db.Meeting
    day: date
    groups: tuple[int, ...]

    def before(self) -> list[int]:
        """The ids of the groups' meetings in the year before this one."""
        return self._ids(date__lt=self.day, date__gte=self.day - WINDOW)

    def after(self) -> list[int]:
        """The ids of the groups' meetings in the year after this one."""
        return self._ids(date__gt=self.day, date__lte=self.day + WINDOW)

    def _ids(self, **dates: date) -> list[int]:
        rows = db.Meeting.objects.filter(groups__in=self.groups, **dates)
        return list(rows.values_list("pk", flat=True).distinct())


def nearby(meeting_id: int) -> Nearby | None:
    """The meeting and its groups; None when it is gone or has no date (nothing to compare)."""
    meeting = db.Meeting.objects.filter(pk=meeting_id).first()
    if meeting is None or meeting.date is None:
        return None
    groups = tuple(meeting.groups.values_list("pk", flat=True))
    return Nearby(meeting, meeting.date, groups)
