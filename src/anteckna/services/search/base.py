"""The contract between the search service and the full-text index of one kind of database.

Both sides of the index are fixed by migration 0002: entries (``store.models.SearchEntry``) with
the search keys of each hit, and beside them the database's own full-text index, kept in step
with the entries by the database (a generated column on PostgreSQL; on SQLite triggers for
updates and deletes, and one statement after each write of new entries, ``indexing._insert``).
So writing is common code (``indexing``), and a backend only has to search.
"""

from __future__ import annotations

from typing import Protocol

from django.db.backends.base.base import BaseDatabaseWrapper

from anteckna.services.search.query import Filters, Query

CANDIDATES = 5_000
"""How many matching entries, newest first, a search ranks at most.

Ranking costs each database a few microseconds per matching entry, and a common word matches a
large part of a big archive; ranking only the newest matches keeps every search to a bounded
cost. "Newest" is the order entries were indexed in, which ``reindex`` makes the meetings'
date order. With fewer matches than this (any query in the tests) the ranking is exact.
"""


class SearchBackend(Protocol):
    """Full-text search on one kind of database, chosen by the connection's ``vendor``.

    ``search.BACKENDS[vendor]`` makes one from the connection for each search or rebuild; it
    holds no state between calls.
    """

    def search(self, query: Query, filters: Filters) -> list[int]:
        """The ids of the best ``filters.limit`` entries holding every term of ``query``.

        Called by ``search()`` once per search. Best first: by the database's ranking (bm25,
        ts_rank_cd) with the title weighing 4, the names 2 and the text 1; ties go to the
        newest entry (highest id), so the order is the same on every run. Only the newest
        ``CANDIDATES`` matches are ranked. Filters narrow the matches before ranking:
        ``kind``, the meeting's date between ``start`` and ``end``, the meeting's group, the
        ``meetings`` allowed, and ``people``, one of whose names the entry's names must hold;
        the best ``filters.offset`` are skipped.
        """
        ...

    def matching(self, query: Query, filters: Filters) -> list[int]:
        """The ids of the newest ``CANDIDATES`` entries holding every term of ``query`` and
        passing ``filters`` (limit and offset aside), unranked: what a search page counts
        its hits and facets over. Called once per search page."""
        ...

    def optimise(self) -> None:
        """Tidy the index after many entries were written at once (``reindex``): called once,
        inside the rebuild's transaction. Nothing else depends on it having run."""
        ...


def filter_sql(filters: Filters, connection: BaseDatabaseWrapper) -> tuple[str, list[object]]:
    """The filters on an entry ``e`` that both databases write alike (all but ``people``, which
    each backend puts into its full-text query): ``" AND …"`` and its parameters."""
    clauses: list[str] = []
    params: list[object] = []
    if filters.kind:
        clauses.append("e.kind = %s")
        params.append(filters.kind)
    dates = []
    if filters.start:
        dates.append("date >= %s")
        params.append(connection.ops.adapt_datefield_value(filters.start))
    if filters.end:
        dates.append("date <= %s")
        params.append(connection.ops.adapt_datefield_value(filters.end))
    if dates:
        clauses.append(
            f"e.meeting_id IN (SELECT id FROM store_meeting WHERE {' AND '.join(dates)})"
        )
    if filters.group_id is not None:
        clauses.append(
            "e.meeting_id IN (SELECT meeting_id FROM store_meeting_groups WHERE group_id = %s)"
        )
        params.append(filters.group_id)
    if filters.meetings is not None:
        sql, values = filters.meetings
        clauses.append(f"e.meeting_id IN ({sql})")
        params.extend(values)
    return "".join(f" AND {clause}" for clause in clauses), params
