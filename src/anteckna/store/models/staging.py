"""Uploaded notes waiting for a secretary to look at them before anything is imported.

The web's import is two steps: upload (the files are read and parsed, nothing is stored as a
meeting) and confirm ("Spara"). Between the two the uploads live here rather than in a server
process's memory or a temporary folder: several ``anteckna serve`` processes share one
database, and whichever answers the confirm must find the files, what was read from them and
the secretary's corrections. A batch nobody confirms or cancels is removed after a day
(``services.staging``).
"""

from __future__ import annotations

import uuid

from django.conf import settings
from django.db import models


class StagedBatch(models.Model):
    """The files one person uploaded at once. The id is a random UUID: it is in the preview's
    address, and an address must not let anyone count or guess other people's batches."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="anteckna_batches"
    )
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)

    def __str__(self) -> str:
        return f"batch {self.id} of {self.user_id}"


class StagedUpload(models.Model):
    """One uploaded file: its bytes, what the parser found in it and what the secretary
    corrected. ``state`` says what confirming will do: import it (``ready``), skip it because
    the same bytes are in the archive (``imported``), or nothing, for the ``reason`` given
    (``unreadable``).

    ``preview`` is ``{"meeting": <anteckna.meeting/1>, "people": [one per participant]}``;
    ``corrections`` is ``{"date", "undated", "groups", "titles", "people"}`` as the preview
    form left them (``services.staging.Corrections``)."""

    class State(models.TextChoices):
        READY = "ready", "klar att sparas"
        IMPORTED = "imported", "redan importerad"
        UNREADABLE = "unreadable", "kan inte läsas"

    batch = models.ForeignKey(StagedBatch, on_delete=models.CASCADE, related_name="uploads")
    position = models.PositiveIntegerField()
    file_name = models.CharField(max_length=255)
    sha256 = models.CharField(max_length=64)
    size = models.PositiveBigIntegerField()
    data = models.BinaryField()
    state = models.CharField(max_length=12, choices=State.choices)
    reason = models.TextField(blank=True)
    preview = models.JSONField(null=True, blank=True)
    corrections = models.JSONField(default=dict, blank=True)

    class Meta:
        constraints = (
            models.UniqueConstraint(fields=["batch", "position"], name="staged_upload_position"),
        )

    def __str__(self) -> str:
        return f"{self.file_name} ({self.state})"
