"""Meeting pages kept rendered: derived from the rows above, replaced whenever they change.

A meeting's page body (attendance, items, numbered source lines) is the same for everyone who
may see it, and rendering it is most of what a page view costs. So it is kept, compressed, one
row per meeting and language, under the key of what it was rendered from
(``web.meeting_cache``): a view whose key matches uses it, any other renders and replaces it.
The rows live in the archive's own database, so several ``anteckna serve`` processes share
them, and ``web.page_keeper`` renders changed pages ahead of the first view.
"""

from __future__ import annotations

from django.db import models

from anteckna.store.models.meetings import Meeting


class KeptPage(models.Model):
    """The body of ``meeting``'s page in ``language``, as zlib-compressed HTML."""

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="kept_pages")
    language = models.CharField(max_length=10)
    key = models.CharField(max_length=64)
    html = models.BinaryField()

    class Meta:
        constraints = (
            models.UniqueConstraint(fields=["meeting", "language"], name="kept_page_one"),
        )
