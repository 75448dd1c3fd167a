"""What people changed in a parsed meeting, kept as history that outlives re-imports.

A correction is never overwritten or deleted: correcting a value twice is two rows, and the
latest for an element's field is the one in force. It names its element by stable key
(``anteckna.store.keys``) rather than by row id, because a re-import replaces the rows. Values
are JSON: text as text, dates as "YYYY-MM-DD", a person as its id, owners as a list of names,
and a whole action (added or removed by hand) as ``{"text", "owners", "due"}`` or null.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models

from anteckna.store.models.meetings import Meeting
from anteckna.store.models.sources import SourceDocument


class Correction(models.Model):
    """One change to one field of one element of a meeting, made on one version of its notes.

    ``old_value`` is what the field held just before (for the history); ``parsed_value`` is what
    the parser had given for it in that version, which is what a new version is compared
    against: a re-import re-applies ``new_value`` only where the parser still gives
    ``parsed_value``. ``item_title`` guards the item key: an item's number alone would take a
    renumbered item for the one that was corrected. ``user`` is empty for the command line.
    """

    class Element(models.TextChoices):
        MEETING = "meeting", "möte"
        ITEM = "item", "punkt"
        ACTION = "action", "åtgärd"
        ATTENDANCE = "attendance", "närvaro"
        DECISION = "decision", "beslut"

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="corrections")
    document = models.ForeignKey(
        SourceDocument, on_delete=models.PROTECT, related_name="corrections",
        help_text="the version of the notes it was made on",
    )  # fmt: skip
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
        related_name="anteckna_corrections",
    )  # fmt: skip
    made_at = models.DateTimeField(auto_now_add=True)
    element = models.CharField(max_length=12, choices=Element.choices)
    item_key = models.TextField(blank=True, help_text="an item's key; an action's item")
    key = models.TextField(blank=True, help_text="an action's key in its item; attendance's")
    item_title = models.TextField(
        blank=True, help_text="its item's title as parsed: a renumbered item is not another"
    )
    field = models.CharField(max_length=20, help_text='"*" is the element itself')
    old_value = models.JSONField(null=True, blank=True)
    new_value = models.JSONField(null=True, blank=True)
    parsed_value = models.JSONField(null=True, blank=True)
    note = models.TextField(blank=True)

    class Meta:
        indexes = (models.Index(fields=["meeting", "element", "field"], name="correction_element"),)

    @property
    def address(self) -> tuple[str, str, str, str]:
        """Which element and field: corrections with the same address form one history."""
        return (self.element, self.item_key, self.key, self.field)

    def __str__(self) -> str:
        where = " ".join(part for part in (self.element, self.item_key, self.key) if part)
        return f"{where} {self.field}: {self.old_value!r} → {self.new_value!r}"


class Reapplication(models.Model):
    """What became of a correction when a new version of its notes was imported.

    Only the correction in force for each address is tried. ``found_value`` is what the new
    version's parser gave. ``gone`` and ``differs`` are conflicts: the correction was not
    applied, and the meeting shows the parser's value until someone decides.
    """

    class Outcome(models.TextChoices):
        APPLIED = "applied", "tillämpad igen"
        AGREED = "agreed", "anteckningarna är nu rättade"
        GONE = "gone", "konflikt: finns inte längre"
        DIFFERS = "differs", "konflikt: anteckningarna säger nu något annat"

    CONFLICTS = (Outcome.GONE, Outcome.DIFFERS)

    correction = models.ForeignKey(
        Correction, on_delete=models.CASCADE, related_name="reapplications"
    )
    document = models.ForeignKey(
        SourceDocument, on_delete=models.PROTECT, related_name="reapplications"
    )
    outcome = models.CharField(max_length=10, choices=Outcome.choices)
    found_value = models.JSONField(null=True, blank=True)
    made_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return f"{self.correction} in v{self.document_id}: {self.outcome}"
