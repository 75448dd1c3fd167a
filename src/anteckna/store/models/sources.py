"""What was read: each distinct file as imported, byte for byte.

Why the original bytes live in the database (``Original``) and not as files in
ANTECKNA_DATA_DIR: the import of a document is one transaction, and a file written beside the
database cannot take part in it — a failed import would leave a stray file, a deleted meeting
an orphan. With the bytes in the database a backup of it is a backup of the archive, and a
PostgreSQL archive is complete for every machine that connects to it. Minutes are small (tens of
kilobytes to a few megabytes); both SQLite and PostgreSQL hold such blobs comfortably.

The bytes sit in a table of their own so that no listing, ``select_related`` or admin page
loads megabytes by accident: only code that asks for ``document.original.data`` reads them.
"""

from __future__ import annotations

from django.db import models


class SourceDocument(models.Model):
    """One imported file: its identity (sha256), what it was called, and what was read from it.

    A file with the same name and new bytes is a corrected version of the same document: a new
    SourceDocument with ``version`` one higher and ``previous`` pointing at the one it replaces.
    When a version is replaced, ``snapshot`` keeps the meeting as it stood then (in the
    "anteckna.meeting/1" form), so the history can be shown after its rows are gone.
    """

    sha256 = models.CharField(max_length=64, unique=True)
    file_name = models.CharField(max_length=255, db_index=True)
    path = models.TextField(blank=True, help_text="where it was imported from")
    kind = models.CharField(max_length=20)
    size = models.PositiveBigIntegerField()
    pages = models.PositiveIntegerField(null=True, blank=True)
    encoding = models.CharField(max_length=40, blank=True)
    text = models.TextField(help_text="the text as extracted, numbered lines as the parser saw")
    parser_version = models.CharField(max_length=40)
    imported_at = models.DateTimeField(auto_now_add=True)
    version = models.PositiveIntegerField(default=1)
    previous = models.OneToOneField(
        "self", null=True, blank=True, on_delete=models.PROTECT, related_name="next"
    )
    snapshot = models.JSONField(null=True, blank=True)

    def __str__(self) -> str:
        return f"{self.file_name} (v{self.version})"


class Original(models.Model):
    """The file exactly as it was imported."""

    document = models.OneToOneField(
        SourceDocument, primary_key=True, on_delete=models.CASCADE, related_name="original"
    )
    data = models.BinaryField()
