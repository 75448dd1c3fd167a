"""What the notes say: a meeting and everything extracted from it.

Every extracted row carries its provenance (``first_line``/``last_line`` in the source text and
the parser ``rule`` that produced it), so a wrong row is traced to its line in one step. Rows
below an item also point at the meeting directly: listings and search filter by meeting, group
and date without joining through items. Text the parser produced is kept in TextFields: a length
limit would make an odd document fail on PostgreSQL alone (SQLite enforces none). Text the
dataclasses allow to be None is NULL when absent, so that "" and None read back as they were.

Items, actions, follow-ups and attendance rows also carry a ``key`` (``anteckna.store.keys``):
what the element is called across versions of its notes, computed from the parse and never
changed by a correction, so corrections and links find the element again after a re-import.
"""

from __future__ import annotations

from django.db import models

from anteckna.store.models.directory import Group, Person
from anteckna.store.models.sources import SourceDocument


def key_field() -> models.TextField:
    """The ``key`` column: set once, from the parse, by ``mapping.save``."""
    return models.TextField(blank=True, default="", editable=False, help_text="store.keys")


class Provenance(models.Model):
    """Where a row came from; empty when the parser gave no ``SourceRef``."""

    first_line = models.PositiveIntegerField(null=True, blank=True)
    last_line = models.PositiveIntegerField(null=True, blank=True)
    rule = models.TextField(blank=True)

    class Meta:
        abstract = True


class Meeting(models.Model):
    """One meeting, read from its current ``source``. Its id stays when a corrected version of
    the document replaces the rows below it. ``date`` is empty until known: such a meeting is
    listed as needing a date rather than guessed."""

    class Status(models.TextChoices):
        IMPORTED = "imported", "importerad"
        DRAFT = "draft", "utkast"
        APPROVED = "approved", "justerad"

    title = models.TextField(null=True, blank=True)
    date = models.DateField(null=True, blank=True, db_index=True)
    time = models.TextField(null=True, blank=True)
    place = models.TextField(null=True, blank=True)
    language = models.TextField(default="sv")
    chair = models.TextField(null=True, blank=True)
    secretary = models.TextField(null=True, blank=True)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.IMPORTED)
    groups = models.ManyToManyField(Group, related_name="meetings", blank=True)
    group_labels = models.JSONField(default=list, blank=True, help_text="as the notes name them")
    source = models.OneToOneField(SourceDocument, on_delete=models.PROTECT, related_name="meeting")
    roles = models.JSONField(default=list, blank=True)
    aliases = models.JSONField(default=dict, blank=True)
    warnings = models.JSONField(default=list, blank=True)
    imported_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    links_pending = models.BooleanField(
        default=False, db_index=True, help_text="stored but not yet linked (services.linking)"
    )

    @property
    def needs_date(self) -> bool:
        return self.date is None

    def __str__(self) -> str:
        return f"{self.date or 'odaterat'} {self.title}".strip()


class Attendance(Provenance):
    """A person's attendance as the notes give it. ``name`` is as the parser resolved it;
    ``person`` is empty only when the name could mean more than one person (``ambiguous``)."""

    class Status(models.TextChoices):
        PRESENT = "present", "närvarande"
        REMOTE = "remote", "på distans"
        PARTIAL = "partial", "delvis"
        ABSENT = "absent", "frånvarande"
        GUEST = "guest", "gäst"

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="attendance")
    person = models.ForeignKey(
        Person, null=True, blank=True, on_delete=models.PROTECT, related_name="attendance"
    )
    position = models.PositiveIntegerField()
    key = key_field()
    name = models.TextField()
    status = models.CharField(max_length=10, choices=Status.choices)
    group_label = models.TextField(null=True, blank=True)
    note = models.TextField(null=True, blank=True)
    role = models.TextField(null=True, blank=True)
    start = models.TextField(null=True, blank=True)
    end = models.TextField(null=True, blank=True)
    item = models.TextField(null=True, blank=True)
    ambiguous = models.BooleanField(default=False)

    class Meta:
        indexes = (models.Index(fields=["person", "status"], name="attendance_person_status"),)


class Item(Provenance):
    """One agenda-level unit. ``number`` is kept as written ("§ 12", "3.2")."""

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="items")
    position = models.PositiveIntegerField()
    key = key_field()
    number = models.TextField(null=True, blank=True)
    title = models.TextField()
    section = models.TextField(null=True, blank=True)
    text = models.TextField(blank=True)
    mentions = models.JSONField(default=list, blank=True)

    class Meta:
        constraints = (
            models.UniqueConstraint(fields=["meeting", "position"], name="item_position_unique"),
        )


class NameReference(models.Model):
    """A name standing for a person or for a collective ("alla", "verksamhetschefer").

    ``name`` is always kept as the parser gave it; ``person`` is set when it is a person
    and empty for a collective, or when it could mean more than one person (``ambiguous``,
    for the secretary to decide — two different people are never merged silently).
    """

    person = models.ForeignKey(Person, null=True, blank=True, on_delete=models.PROTECT)
    name = models.TextField()
    position = models.PositiveIntegerField()
    ambiguous = models.BooleanField(default=False)

    class Meta:
        abstract = True


class ItemPresenter(NameReference):
    """Who presented an item ("Föredragande: Vera, Ingrid, verksamhetschefer")."""

    item = models.ForeignKey(Item, on_delete=models.CASCADE, related_name="presenters")


class Decision(Provenance):
    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="decisions")
    item = models.ForeignKey(Item, on_delete=models.CASCADE, related_name="decisions")
    position = models.PositiveIntegerField()
    text = models.TextField()


class Action(Provenance):
    """A task. ``status`` and ``closed_in`` are set by people later, never by the parser."""

    class Status(models.TextChoices):
        OPEN = "open", "öppen"
        DONE = "done", "klar"
        CANCELLED = "cancelled", "struken"

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="actions")
    item = models.ForeignKey(Item, on_delete=models.CASCADE, related_name="actions")
    position = models.PositiveIntegerField()
    key = key_field()
    text = models.TextField()
    due = models.DateField(null=True, blank=True)
    due_text = models.TextField(null=True, blank=True)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.OPEN)
    closed_in = models.ForeignKey(
        Meeting, null=True, blank=True, on_delete=models.SET_NULL, related_name="closed_actions"
    )

    class Meta:
        indexes = (models.Index(fields=["status", "due"], name="action_status_due"),)


class ActionOwner(NameReference):
    """An owner of an action: a person, or a collective kept as text (person empty)."""

    action = models.ForeignKey(Action, on_delete=models.CASCADE, related_name="owners")


class FollowUp(Provenance):
    """A matter to come back. ``due`` is the meeting date plus ``days`` once both are known."""

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="follow_ups")
    item = models.ForeignKey(Item, on_delete=models.CASCADE, related_name="follow_ups")
    position = models.PositiveIntegerField()
    key = key_field()
    text = models.TextField()
    relative = models.TextField(null=True, blank=True)
    days = models.IntegerField(null=True, blank=True)
    due = models.DateField(null=True, blank=True, db_index=True)
    resolved_by = models.ForeignKey(
        Item, null=True, blank=True, on_delete=models.SET_NULL, related_name="resolves"
    )


class Event(Provenance):
    """A coming occasion the notes announce."""

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="events")
    item = models.ForeignKey(Item, on_delete=models.CASCADE, related_name="events")
    position = models.PositiveIntegerField()
    title = models.TextField()
    start = models.DateField(db_index=True)
    end = models.DateField(null=True, blank=True)
    contact = models.TextField(null=True, blank=True)
