"""Minutes being written: a draft per group and meeting date, and its history.

A draft is born structured (attendance, items, decisions, actions, follow-ups) in the browser
rather than typed into Word and parsed later. Its ``content`` is one JSON document in the shape
``services.drafts.content`` defines and checks: the page saves it whole every few seconds, so a
row per field would only multiply writes without telling anyone more.

Two counters, for two different questions:

- ``revision`` goes up by one on every save. A save names the revision it was made on; one made
  on an older revision is refused (optimistic concurrency), so two people writing the same
  minutes never overwrite each other silently.
- ``version`` is the version of the minutes: 1 until approved, and each change after approval
  (``justering``) starts the next one. The approved versions become the archive's ``Meeting``
  (``meeting``), each as a new version of its source document.

``DraftEvent`` is the history: who created, edited, marked ready, approved and reopened which
version, and when. Consecutive edits by the same person in one version are one event whose
``at`` moves, so an autosave every few seconds does not write a row every few seconds.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models

from anteckna.store.models.directory import Group
from anteckna.store.models.meetings import Meeting


class Draft(models.Model):
    """The minutes of one group's meeting on ``date`` while they are written and approved."""

    class Status(models.TextChoices):
        DRAFT = "draft", "utkast"
        READY = "ready", "klar för justering"
        APPROVED = "approved", "justerad"

    group = models.ForeignKey(Group, on_delete=models.PROTECT, related_name="drafts")
    date = models.DateField()
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.DRAFT)
    content = models.JSONField(default=dict)
    revision = models.PositiveIntegerField(default=1, help_text="one up on every save")
    version = models.PositiveIntegerField(default=1, help_text="the minutes' version")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
        related_name="+", help_text="who started this version",
    )  # fmt: skip
    saved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
        related_name="+",
    )  # fmt: skip
    saved_at = models.DateTimeField(auto_now=True)
    meeting = models.OneToOneField(
        Meeting, null=True, blank=True, on_delete=models.SET_NULL, related_name="draft",
        help_text="the archive's meeting, once a version is approved",
    )  # fmt: skip

    class Meta:
        constraints = (models.UniqueConstraint(fields=["group", "date"], name="draft_group_date"),)

    def __str__(self) -> str:
        return f"{self.group_id} {self.date} v{self.version} r{self.revision} ({self.status})"


class DraftEvent(models.Model):
    """One step in a draft's history. ``content`` is kept for approvals: the text that was
    approved stays readable whatever later versions say."""

    class Kind(models.TextChoices):
        CREATED = "created", "påbörjad"
        EDITED = "edited", "redigerad"
        READY = "ready", "klar för justering"
        APPROVED = "approved", "justerad"
        REOPENED = "reopened", "ny version påbörjad"

    draft = models.ForeignKey(Draft, on_delete=models.CASCADE, related_name="events")
    kind = models.CharField(max_length=10, choices=Kind.choices)
    version = models.PositiveIntegerField()
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
        related_name="+",
    )  # fmt: skip
    at = models.DateTimeField()
    content = models.JSONField(null=True, blank=True)

    class Meta:
        ordering = ("at", "id")

    def __str__(self) -> str:
        return f"{self.kind} v{self.version} at {self.at:%Y-%m-%d %H:%M}"
