"""SQLite: FTS5 over the entries' search keys, ranked by bm25 inside the full-text query.

The index (migrations 0002 and 0010) is an external-content FTS5 table over ``store_searchentry``'s
``title_keys``, ``body_keys`` and ``names_keys``, tokenised with ``unicode61 remove_diacritics
0``: the default tokenizer would fold "får" into "far". The keys already carry the Swedish
(``search_terms``), so FTS5 only has to match them as they are.

How a ranked search stays within milliseconds on a large archive (bench/search.py):

- ranking, ordering and the limit happen inside the FTS5 query (``rank MATCH 'bm25(…)'``,
  ``ORDER BY rank, rowid DESC LIMIT n``), so SQLite keeps only the best ``n`` rows, and the
  hits are joined to meetings and items afterwards, twenty rows rather than thousands;
- bm25 is computed for at most ``CANDIDATES`` matches: the newest ones, found by a subquery that
  walks the match list from the highest rowid without ranking (microseconds), whose last rowid
  becomes a ``rowid >=`` bound that FTS5 applies while matching;
- with no filter the entries table is not touched at all; a filter joins it as the inner side
  (``CROSS JOIN`` keeps SQLite from turning the join around).
"""

from __future__ import annotations

from django.db.backends.base.base import BaseDatabaseWrapper

from anteckna.services.search.base import CANDIDATES, filter_sql
from anteckna.services.search.query import Filters, Phrase, Prefix, Query, Term

FTS = "store_searchentry_fts"
BM25 = "bm25(4.0, 1.0, 2.0)"  # title_keys, body_keys, names_keys
ADD_TO_FTS = (
    f"INSERT INTO {FTS}(rowid, title_keys, body_keys, names_keys)"
    " SELECT id, title_keys, body_keys, names_keys FROM store_searchentry WHERE id > %s"
)
"""New entries into the index: those after the largest id before they were written."""


def match_expression(query: Query, people: tuple[Phrase, ...] = ()) -> str:
    """The FTS5 query: every term, and one of ``people`` in the names column.

    Keys hold only letters and digits, so quoting them is all the escaping there is.
    """
    parts = [_term(term) for term in query.terms]
    if people:
        parts.append("names_keys : (" + " OR ".join(map(_phrase, people)) + ")")
    return " AND ".join(parts)


def _phrase(phrase: Phrase) -> str:
    return '"' + " ".join(phrase.keys) + '"'


def _term(term: Term) -> str:
    if isinstance(term, Prefix):
        if term.key.startswith(term.start):
            return f'"{term.start}"*'
        return f'("{term.start}"* OR "{term.key}")'
    return _phrase(term)


class SqliteFts:
    """``SearchBackend`` for SQLite."""

    def __init__(self, connection: BaseDatabaseWrapper) -> None:
        self.connection = connection

    def search(self, query: Query, filters: Filters) -> list[int]:
        match = match_expression(query, filters.people)
        where, params = filter_sql(filters, self.connection)
        join = " CROSS JOIN store_searchentry e ON e.id = {fts}.rowid" if where else ""
        matches = f"FROM {FTS}{join.format(fts=FTS)} WHERE {FTS} MATCH %s{where}"
        newest = (
            f"SELECT coalesce(min(id), 0) FROM (SELECT {FTS}.rowid AS id {matches}"
            f" ORDER BY {FTS}.rowid DESC LIMIT %s)"
        )
        sql = (
            f"SELECT {FTS}.rowid {matches} AND {FTS}.rank MATCH %s"
            f" AND {FTS}.rowid >= ({newest}) ORDER BY {FTS}.rank, {FTS}.rowid DESC"
            " LIMIT %s OFFSET %s"
        )
        values = [match, *params, BM25, match, *params, CANDIDATES, filters.limit, filters.offset]
        with self.connection.cursor() as cursor:
            cursor.execute(sql, values)
            return [row[0] for row in cursor.fetchall()]

    def matching(self, query: Query, filters: Filters) -> list[int]:
        match = match_expression(query, filters.people)
        where, params = filter_sql(filters, self.connection)
        join = f" CROSS JOIN store_searchentry e ON e.id = {FTS}.rowid" if where else ""
        sql = (
            f"SELECT {FTS}.rowid FROM {FTS}{join} WHERE {FTS} MATCH %s{where}"
            f" ORDER BY {FTS}.rowid DESC LIMIT %s"
        )
        with self.connection.cursor() as cursor:
            cursor.execute(sql, [match, *params, CANDIDATES])
            return [row[0] for row in cursor.fetchall()]

    def optimise(self) -> None:
        """Merge the index's segments into one: fewer b-trees for every later query to read."""
        with self.connection.cursor() as cursor:
            cursor.execute(f"INSERT INTO {FTS}({FTS}) VALUES ('optimize')")
