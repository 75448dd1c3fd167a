"""Full-text search over the archive: one interface, a backend per kind of database.

    hits = search("rektorerna", group="LG", kind="item")
    hits[0].snippet.marked()   # '… reflektioner fick [rektorerna] ta del av …'
    hits[0].snippet.html()     # '… reflektioner fick <mark>rektorerna</mark> ta del av …'

``search()`` reads the query (``query``), asks the backend that ``BACKENDS`` files under the
connection's vendor for the best entries (``sqlite_fts``, ``postgres_fts``, both implementing
``base.SearchBackend``), and turns them into hits with snippets (``hits``, ``snippets``).
``index_meetings()`` keeps the index in step after a write and ``reindex()`` rebuilds it from
the archive (``indexing``). The built-in backends are registered at the bottom of this module
through ``register_backend()``, the door another database's backend would use.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from django.core.exceptions import EmptyResultSet
from django.db import connections, router, transaction
from django.db.backends.base.base import BaseDatabaseWrapper
from django.db.models import QuerySet
from django.utils.translation import gettext_lazy as _

from anteckna.errors import AntecknaError, Text
from anteckna.services.search.base import CANDIDATES, SearchBackend
from anteckna.services.search.hits import Hit, load_hits
from anteckna.services.search.indexing import Progress, index_meetings, index_saved, rebuild
from anteckna.services.search.postgres_fts import PostgresFts
from anteckna.services.search.query import (
    KINDS,
    Filters,
    Phrase,
    Query,
    names_phrase,
    parse_query,
)
from anteckna.services.search.snippets import Snippet
from anteckna.services.search.sqlite_fts import SqliteFts
from anteckna.store import models as db
from anteckna.store.names import fold

__all__ = [
    "BACKENDS",
    "CANDIDATES",
    "KINDS",
    "Hit",
    "Query",
    "SearchBackend",
    "Snippet",
    "backend",
    "find",
    "index_meetings",
    "index_saved",
    "make_filters",
    "matching",
    "parse_query",
    "register_backend",
    "reindex",
    "search",
]

Factory = Callable[[BaseDatabaseWrapper], SearchBackend]
BACKENDS: dict[str, Factory] = {}


def register_backend(vendor: str, factory: Factory) -> None:
    """File a backend under a Django connection vendor ("sqlite", "postgresql"); a later one
    replaces an earlier one."""
    BACKENDS[vendor] = factory


def backend() -> SearchBackend:
    """The backend for the archive's database."""
    connection = connections[router.db_for_read(db.SearchEntry)]
    try:
        factory = BACKENDS[connection.vendor]
    except KeyError:
        message = _("search does not support %(vendor)s databases")
        raise AntecknaError(Text(message, vendor=connection.vendor)) from None
    return factory(connection)


def search(
    text: str,
    *,
    group: str | int | None = None,
    person: str | None = None,
    start: date | None = None,
    end: date | None = None,
    kind: str | None = None,
    limit: int = 20,
    offset: int = 0,
    meetings: QuerySet[db.Meeting] | None = None,
) -> list[Hit]:
    """The best ``limit`` hits for ``text`` (see ``query`` for what it may hold), best first,
    after the best ``offset``.

    ``group`` is a group's name, short name or id; ``person`` a person's name, first name or
    initials, and keeps the hits that name them (presented, owned, mentioned); ``start`` and
    ``end`` bound the meeting date; ``kind`` is one of item, decision, action, follow_up;
    ``meetings`` the meetings hits may come from (``access.visible_meetings(user)`` for a
    person's search), applied before ranking.
    """
    query = parse_query(text)
    filters = make_filters(group=group, person=person, start=start, end=end, kind=kind,
                           limit=limit, offset=offset, meetings=meetings)  # fmt: skip
    return find(query, filters)


def make_filters(
    *,
    group: str | int | None = None,
    person: str | None = None,
    start: date | None = None,
    end: date | None = None,
    kind: str | None = None,
    limit: int = 20,
    offset: int = 0,
    meetings: QuerySet[db.Meeting] | None = None,
) -> Filters:
    """The ``Filters`` for ``search()``'s arguments; ``AntecknaError`` for one that is wrong."""
    if kind is not None and kind not in KINDS:
        message = _("no kind %(kind)s (one of %(choices)s)")
        raise AntecknaError(Text(message, kind=repr(kind), choices=", ".join(KINDS)))
    if limit < 1:
        raise AntecknaError(Text(_("limit must be at least 1, not %(limit)s"), limit=limit))
    if offset < 0:
        raise AntecknaError(Text(_("offset must not be negative, not %(offset)s"), offset=offset))
    return Filters(
        kind=kind,
        start=start,
        end=end,
        group_id=_group_id(group) if group is not None and group != "" else None,
        people=_people(person) if person else (),
        limit=limit,
        offset=offset,
        meetings=_meetings_sql(meetings),
    )


def find(query: Query, filters: Filters) -> list[Hit]:
    """The hits for a parsed query, best first."""
    ids = backend().search(query, filters)
    if not ids and _index_missing():
        raise AntecknaError(_("the search index is empty; build it with: anteckna reindex"))
    return load_hits(ids, query)


def matching(query: Query, filters: Filters) -> list[int]:
    """The entry ids of the newest ``CANDIDATES`` matches, unranked (for counting)."""
    return backend().matching(query, filters)


def reindex(progress: Progress | None = None) -> int:
    """Rebuild the whole index from the archive, in one transaction; the entries written."""
    with transaction.atomic():
        return rebuild(backend().optimise, progress)


def _subquery(meetings: QuerySet[db.Meeting]) -> tuple[str, tuple[object, ...]]:
    """The SQL giving these meetings' ids, written for the search's own database."""
    connection = connections[router.db_for_read(db.SearchEntry)]
    sql, params = meetings.values("pk").query.get_compiler(connection=connection).as_sql()
    return sql, tuple(params)


def _index_missing() -> bool:
    """Whether the archive has items but no entries: notes imported before search existed."""
    return not db.SearchEntry.objects.exists() and db.Item.objects.exists()


def _group_id(group: str | int) -> int:
    from anteckna.services.listing import group_named

    return group if isinstance(group, int) else group_named(group).pk


def _meetings_sql(meetings: QuerySet[db.Meeting] | None) -> tuple[str, tuple[object, ...]] | None:
    """The SQL of the meetings' ids, to narrow the matches inside the backend's query; None
    for every meeting (an unfiltered queryset: an administrator's)."""
    if meetings is None or not meetings.query.has_filters():
        return None
    try:
        sql, params = meetings.values("pk").query.sql_with_params()
    except EmptyResultSet:  # .none(): a user who sees no meeting
        return "SELECT 0 WHERE 1 = 0", ()
    return sql, tuple(params)


def _people(name: str) -> tuple[Phrase, ...]:
    """The names the index may know this person by: the full name of every person whose name
    or alias this is ("TK", "Tony"), else the name as given (a collective, a guest)."""
    key = fold(name)
    found = set(db.Person.objects.filter(name_key=key).values_list("name", flat=True))
    if not found:
        found = set(db.PersonAlias.objects.filter(key=key).values_list("person__name", flat=True))
    phrases = [names_phrase(full) for full in sorted(found or {name})]
    people = tuple(p for p in phrases if p is not None)
    if not people:
        raise AntecknaError(Text(_("--person %(name)s: no name to look for"), name=repr(name)))
    return people


register_backend("sqlite", SqliteFts)
register_backend("postgresql", PostgresFts)
