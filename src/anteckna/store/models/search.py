"""What search finds: one row per hit, derived from the rows above and rebuilt at will.

The archive's tables are the source of truth; ``SearchEntry`` only says which element a hit is
(an item, a decision, an action or a follow-up) and where it sits, so that filters (group,
dates, kind) are plain joins. The full-text part lives beside it in the form each database does
best, created by migration 0002 and read and written only by ``anteckna.services.search``:

- SQLite: the FTS5 table ``store_searchentry_fts``, an external-content index over the three
  ``*_keys`` columns (rowid = entry id), kept in step by triggers on update and delete, and
  fed new entries by the statement ``services.search.indexing`` runs after writing them
  (migration 0010: a per-row insert trigger cost FTS5 ten times the work);
- PostgreSQL: a ``document`` tsvector column generated from the same three columns (weights
  A, D and B), with a GIN index.

So the one way to write the index is to write entries through ``indexing``, on either
database, and the index follows in the same transaction. Neither the FTS5 table nor
``document`` is a Django field, since neither exists on the other database. Every foreign key
cascades, so an entry goes with the element it describes, and its full-text row with it:
deleting never leaves a stale hit behind.

A later migration that alters this table must recreate the SQLite triggers: Django rebuilds a
SQLite table to alter it, and the triggers go with the old one (tests/services/search would
fail: they check that import, re-import and delete keep the index in step).
"""

from __future__ import annotations

from django.db import models

from anteckna.store.models.meetings import Action, Decision, FollowUp, Item, Meeting


class SearchEntry(models.Model):
    """One hit. ``decision``, ``action`` and ``follow_up`` are set for those kinds only.

    The ``*_keys`` columns hold ``search_terms.to_fts_text()`` of the element's text, never the
    text itself: snippets are made from the rows the entry points at.
    """

    class Kind(models.TextChoices):
        ITEM = "item", "punkt"
        DECISION = "decision", "beslut"
        ACTION = "action", "åtgärd"
        FOLLOW_UP = "follow_up", "återkoppling"

    kind = models.CharField(max_length=10, choices=Kind.choices)
    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="+")
    item = models.ForeignKey(Item, on_delete=models.CASCADE, related_name="+")
    decision = models.ForeignKey(
        Decision, null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    action = models.ForeignKey(
        Action, null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    follow_up = models.ForeignKey(
        FollowUp, null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    title_keys = models.TextField(blank=True, help_text="search keys of the item's title")
    body_keys = models.TextField(blank=True, help_text="search keys of the text")
    names_keys = models.TextField(
        blank=True, help_text="search keys of the people it names: presenters, owners, mentions"
    )

    class Meta:
        verbose_name_plural = "search entries"

    def __str__(self) -> str:
        return f"{self.kind} {self.pk} of item {self.item_id}"
