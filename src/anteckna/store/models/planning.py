"""What a group plans: when it meets, what every meeting holds, and the agendas it publishes.

These rows are written by people (a secretary, from the pages or the command line), never by
an import, so a re-import of any notes leaves them as they are. The agenda engine
(``anteckna.services.agenda``) reads them together with the archive: the rhythm and the
cancelled dates say which days are meetings, the standing items are the frame of every agenda,
members' requests and the follow-ups and actions of earlier meetings fill it in.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models

from anteckna.store.models.directory import Group, Person
from anteckna.store.models.meetings import Meeting


class MeetingRhythm(models.Model):
    """How often a group meets: every ``every_weeks`` weeks on ``weekday`` (0 = Monday),
    counted from ``anchor``, a meeting date on that weekday (the first of the rhythm).
    ``until`` ends the rhythm (a term's last meeting), empty for open-ended."""

    group = models.OneToOneField(Group, on_delete=models.CASCADE, related_name="rhythm")
    weekday = models.PositiveSmallIntegerField()
    every_weeks = models.PositiveSmallIntegerField(default=1)
    anchor = models.DateField()
    until = models.DateField(null=True, blank=True)
    start_time = models.TimeField(null=True, blank=True)
    end_time = models.TimeField(null=True, blank=True)
    place = models.TextField(blank=True)

    def __str__(self) -> str:
        return f"{self.group_id}: every {self.every_weeks} weeks from {self.anchor}"


class CancelledMeeting(models.Model):
    """A date the rhythm would give that is not a meeting (a holiday week, a study day)."""

    group = models.ForeignKey(Group, on_delete=models.CASCADE, related_name="cancelled_meetings")
    date = models.DateField()
    reason = models.TextField(blank=True)

    class Meta:
        constraints = (
            models.UniqueConstraint(fields=["group", "date"], name="cancelled_meeting_unique"),
        )

    def __str__(self) -> str:
        return f"{self.group_id} cancelled {self.date}"


class StandingItem(models.Model):
    """An item every agenda of the group holds. ``place`` is its part of the agenda: before
    the matters (``first``), the feedback item that the actions to review follow
    (``feedback``), or after the matters (``last``); ``position`` orders items in a part."""

    class Place(models.TextChoices):
        FIRST = "first", "först"
        FEEDBACK = "feedback", "återkoppling"
        LAST = "last", "sist"

    group = models.ForeignKey(Group, on_delete=models.CASCADE, related_name="standing_items")
    title = models.TextField()
    place = models.CharField(max_length=10, choices=Place.choices, default=Place.FIRST)
    position = models.PositiveIntegerField(default=0)
    presenter = models.TextField(blank=True)
    minutes = models.PositiveIntegerField(null=True, blank=True)

    def __str__(self) -> str:
        return f"{self.title} ({self.place})"


class RequestedItem(models.Model):
    """An item a member asks to have on the agenda of the meeting on ``date`` (or the first
    meeting after it, when that one is cancelled)."""

    group = models.ForeignKey(Group, on_delete=models.CASCADE, related_name="requested_items")
    date = models.DateField()
    title = models.TextField()
    presenter = models.TextField(blank=True)
    minutes = models.PositiveIntegerField(null=True, blank=True)
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
        related_name="anteckna_requested_items",
    )  # fmt: skip
    requested_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return f"{self.title} for {self.date}"


class PlannedAgenda(models.Model):
    """The agenda of one meeting as the secretary edited it; shown to the group's members once
    ``published_at`` is set. Until a secretary edits, no row exists and the agenda is the draft
    the engine builds afresh from the archive."""

    group = models.ForeignKey(Group, on_delete=models.CASCADE, related_name="planned_agendas")
    date = models.DateField()
    title = models.TextField(null=True, blank=True)
    time = models.TextField(null=True, blank=True)
    place = models.TextField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    published_at = models.DateTimeField(null=True, blank=True)
    published_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
        related_name="anteckna_published_agendas",
    )  # fmt: skip

    class Meta:
        constraints = (
            models.UniqueConstraint(fields=["group", "date"], name="planned_agenda_unique"),
        )

    def __str__(self) -> str:
        return f"{self.group_id} {self.date}"


class AgendaEntry(models.Model):
    """One entry of a planned agenda, in the shape of ``model.agenda.AgendaItem``; the
    ``source_*`` columns say which earlier meeting and item it comes back from."""

    agenda = models.ForeignKey(PlannedAgenda, on_delete=models.CASCADE, related_name="entries")
    position = models.PositiveIntegerField()
    title = models.TextField()
    kind = models.CharField(max_length=16, default="standing")
    presenter = models.TextField(null=True, blank=True)
    minutes = models.PositiveIntegerField(null=True, blank=True)
    source_meeting = models.ForeignKey(
        Meeting, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    source_date = models.DateField(null=True, blank=True)
    source_item = models.TextField(null=True, blank=True)
    source_title = models.TextField(null=True, blank=True)
    source_text = models.TextField(null=True, blank=True)

    def __str__(self) -> str:
        return f"{self.position}. {self.title}"


class Rotation(models.Model):
    """A role that passes round the group in order ("roterande ordförandeskap"): ``holder``
    is the index in the members' order of who holds it now, empty before the first turn."""

    class Role(models.TextChoices):
        CHAIR = "chair", "ordförande"
        AGENDA = "agenda", "dagordningsansvarig"

    group = models.ForeignKey(Group, on_delete=models.CASCADE, related_name="rotations")
    role = models.CharField(max_length=10, choices=Role.choices)
    holder = models.PositiveIntegerField(null=True, blank=True)

    class Meta:
        constraints = (models.UniqueConstraint(fields=["group", "role"], name="rotation_unique"),)

    def __str__(self) -> str:
        return f"{self.group_id} {self.role}"


class RotationMember(models.Model):
    """One person's place in a rotation's order."""

    rotation = models.ForeignKey(Rotation, on_delete=models.CASCADE, related_name="members")
    position = models.PositiveIntegerField()
    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="+")

    def __str__(self) -> str:
        return f"{self.position}: {self.person_id}"
