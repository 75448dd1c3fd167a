"""Inserting many rows fast: one prepared statement per table, no model instances.

Why this exists: an import writes about eighty rows in a dozen tables per document, each
document all or nothing. Django's ``bulk_create`` spends roughly 40 µs per row and 300 µs per
call in Python before the database sees anything (measured: 8 ms a document, a ceiling of about
120 notes/s however fast the parser). Here the INSERT is built once per table and takes plain
values. On PostgreSQL all rows go in one statement (``executemany`` would cost a round trip per
row); on SQLite, which has no round trips, each row goes through the one single-row statement,
compiled once and kept in the driver's statement cache, since compiling a multi-row statement
of a new length for every document cost more than SQLite's work of storing its rows. The
statement goes straight to the driver's connection, in the driver's own placeholder style, past
Django's cursor wrapper (its query logging and placeholder rewriting cost about 30 µs a
statement, a dozen statements a document); it is still the connection Django opened, inside
the transaction Django manages.

What keeps it honest: values still pass through Django's own conversion where the database needs
one (dates, date-times, JSON, bytes), and a column a row does not give gets what the ORM would
have written (its default, ``now`` for ``auto_now``/``auto_now_add``, else "" or NULL). Only the
import path uses it; everything else writes through the ORM.
"""

from __future__ import annotations

import functools
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from django.db import connections, models, router, transaction
from django.db.backends.base.base import BaseDatabaseWrapper
from django.utils import timezone

# Field types whose Python values the drivers cannot take as they are, or not on both backends.
_CONVERTED = frozenset({"DateField", "DateTimeField", "JSONField", "BinaryField", "DecimalField"})
_BATCH = 500  # rows per statement, far below SQLite's limit on bound values


@dataclass(frozen=True, slots=True)
class _Plan:
    """How rows with a given set of keys become one INSERT: built once per table and key set."""

    head: str
    one: str
    keys: tuple[str, ...]
    fill: tuple[tuple[int, Callable[[], Any]], ...]
    convert: tuple[tuple[int, models.Field], ...]

    def values(self, row: Mapping[str, Any], connection: BaseDatabaseWrapper) -> list[Any]:
        values = [row.get(key) for key in self.keys]
        for i, missing in self.fill:
            values[i] = missing()
        for i, field in self.convert:
            values[i] = field.get_db_prep_save(values[i], connection)
        return values


def _missing(field: models.Field) -> Callable[[], Any]:
    """What the ORM would write for a field a row does not give (``get_default`` is the ORM's
    own answer: the default, else "" or None as the field allows)."""
    if getattr(field, "auto_now", False) or getattr(field, "auto_now_add", False):
        return timezone.now
    return field.get_default


_MARK = {"sqlite": "?"}
"""The driver's placeholder where it is not ``%s`` (sqlite3 takes ``?``)."""


@functools.cache
def _plan(model: type[models.Model], given: frozenset[str], alias: str, vendor: str) -> _Plan:
    connection = connections[alias]
    mark = _MARK.get(vendor, "%s")
    fields = [
        field
        for field in model._meta.concrete_fields
        if field.attname in given or not isinstance(field, models.AutoField)
    ]
    quote = connection.ops.quote_name
    columns = ", ".join(quote(f.column) for f in fields)
    return _Plan(
        head=f"INSERT INTO {quote(model._meta.db_table)} ({columns})",
        one="(" + ", ".join([mark] * len(fields)) + ")",
        keys=tuple(f.attname for f in fields),
        fill=tuple((i, _missing(f)) for i, f in enumerate(fields) if f.attname not in given),
        convert=tuple((i, f) for i, f in enumerate(fields) if f.get_internal_type() in _CONVERTED),
    )


def insert(
    model: type[models.Model],
    rows: Sequence[Mapping[str, Any]],
    returning: tuple[str, ...] = (),
) -> list[tuple[Any, ...]]:
    """Insert ``rows`` (dicts keyed by attname: ``meeting_id``, not ``meeting``; all with the
    same keys) into ``model``: one multi-row INSERT on PostgreSQL, one prepared single-row
    INSERT run for each row on SQLite.

    With ``returning``, those columns come back, one tuple per row; callers must match them to
    their rows by a returned key (``position``), since neither backend promises the order.
    """
    if not rows:
        return []
    alias = router.db_for_write(model)
    connection = connections[alias]
    plan = _plan(model, frozenset(rows[0]), alias, connection.vendor)
    back = ", ".join(connection.ops.quote_name(model._meta.get_field(f).column) for f in returning)
    found: list[tuple[Any, ...]] = []
    connection.ensure_connection()
    driver = connection.connection
    if connection.vendor == "sqlite":
        sql = f"{plan.head} VALUES {plan.one}"
        if not back:
            driver.executemany(sql, [plan.values(row, connection) for row in rows])
            return found
        sql = f"{sql} RETURNING {back}"
        for row in rows:
            found.append(tuple(driver.execute(sql, plan.values(row, connection)).fetchone()))
        return found
    for start in range(0, len(rows), _BATCH):
        batch = [plan.values(row, connection) for row in rows[start : start + _BATCH]]
        sql = f"{plan.head} VALUES {', '.join([plan.one] * len(batch))}"
        params = [value for row in batch for value in row]
        cursor = driver.execute(f"{sql} RETURNING {back}" if back else sql, params)
        if back:
            found.extend(tuple(row) for row in cursor.fetchall())
        cursor.close()
    return found


_WAL_PAGES = 8192
"""Pages the SQLite write-ahead log may hold during an import before it is copied back into the
database (the default is 1,000): fewer, larger checkpoints, and each page that many documents
touch (the ends of the tables and indexes, the full-text index) copied once, not once a
thousand pages. The log may grow to 32 MB meanwhile."""


@contextmanager
def session(model: type[models.Model]) -> Iterator[None]:
    """Settings for writing many documents, one transaction each, on ``model``'s database;
    restored afterwards.

    PostgreSQL: ``synchronous_commit = off``, so a commit does not wait for its log record to
    reach the disk (measured here: 7 ms a commit with the wait, 0.7 without). A crash of the
    server or the machine may lose the last fraction of a second of documents (never half a
    one); running the import again imports them, as it skips only what is stored. That is
    the guarantee SQLite gives already (WAL with ``synchronous=NORMAL``, ``site/databases.py``):
    a crash of the program loses nothing committed, a power cut the last commits.
    SQLite: a larger write-ahead log between checkpoints (``_WAL_PAGES``).
    """
    connection = connections[router.db_for_write(model)]
    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            cursor.execute("PRAGMA wal_autocheckpoint")
            before = f"PRAGMA wal_autocheckpoint = {int(cursor.fetchone()[0])}"
        after = f"PRAGMA wal_autocheckpoint = {_WAL_PAGES}"
    elif connection.vendor == "postgresql":
        before, after = "RESET synchronous_commit", "SET synchronous_commit = off"
    else:
        yield
        return
    with connection.cursor() as cursor:
        cursor.execute(after)
    try:
        yield
    finally:
        with connection.cursor() as cursor:
            cursor.execute(before)


class Batches:
    """Many documents' transactions committed together: each document still goes in or not
    at all (its own savepoint inside, ``transaction.atomic``), but the commit, and with it
    the writing of every page the documents touched, happens once a batch.

    Why: a commit writes each changed page to the log, and consecutive documents change the
    same pages (the ends of the tables, their indexes, the search index), so committing every
    document wrote them again and again: about 2 ms a note on SQLite, more than storing it.
    A batch ends after ``size`` documents or ``seconds``, whichever comes first, so the
    database is never locked long for other writers (the web app), and a crash loses at most
    the last batch's documents, whole, which the next import then stores, since it skips only
    what is stored. Use as a context manager; call ``due()`` after each document.
    """

    def __init__(self, model: type[models.Model], size: int = 200, seconds: float = 0.5):
        self.alias = router.db_for_write(model)
        self.size, self.seconds = size, seconds
        self._open: transaction.Atomic | None = None
        self._count, self._since = 0, 0.0

    def __enter__(self) -> Batches:
        self._begin()
        return self

    def __exit__(self, *error: Any) -> None:
        assert self._open is not None
        self._open.__exit__(*error)
        self._open = None

    def due(self) -> None:
        """Count a document, and commit the batch when it is full or old enough."""
        self._count += 1
        if self._count >= self.size or time.monotonic() - self._since >= self.seconds:
            self.__exit__(None, None, None)
            self._begin()

    def _begin(self) -> None:
        self._open = transaction.atomic(using=self.alias)
        self._open.__enter__()
        self._count, self._since = 0, time.monotonic()
