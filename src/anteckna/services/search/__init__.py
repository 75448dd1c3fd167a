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

from django.db import connections, router, transaction
from django.db.backends.base.base import BaseDatabaseWrapper

from anteckna.errors import AntecknaError
from anteckna.services.search.base import CANDIDATES, SearchBackend
from anteckna.services.search.hits import Hit, load_hits
from anteckna.services.search.indexing import Progress, index_meetings, index_saved, rebuild
from anteckna.services.search.postgres_fts import PostgresFts
from anteckna.services.search.query import KINDS, Filters, Phrase, names_phrase, parse_query
from anteckna.services.search.snippets import Snippet
from anteckna.services.search.sqlite_fts import SqliteFts
from anteckna.store import models as db
from anteckna.store.names import fold

__all__ = [
    "BACKENDS",
    "CANDIDATES",
    "Hit",
    "SearchBackend",
    "Snippet",
    "backend",
    "index_meetings",
    "index_saved",
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
        raise AntecknaError(f"search does not support {connection.vendor} databases") from None
    return factory(connection)


def search(
    text: str,
    *,
    group: str | None = None,
    person: str | None = None,
    start: date | None = None,
    end: date | None = None,
    kind: str | None = None,
    limit: int = 20,
) -> list[Hit]:
    """The best ``limit`` hits for ``text`` (see ``query`` for what it may hold), best first.

    ``group`` is a group's name or short name; ``person`` a person's name, first name or
    initials, and keeps the hits that name them (presented, owned, mentioned); ``start`` and
    ``end`` bound the meeting date; ``kind`` is one of item, decision, action, follow_up.
    """
    if kind is not None and kind not in KINDS:
        raise AntecknaError(f"no kind {kind!r} (one of {', '.join(KINDS)})")
    if limit < 1:
        raise AntecknaError(f"limit must be at least 1, not {limit}")
    query = parse_query(text)
    filters = Filters(
        kind=kind,
        start=start,
        end=end,
        group_id=_group_id(group) if group else None,
        people=_people(person) if person else (),
        limit=limit,
    )
    ids = backend().search(query, filters)
    if not ids and _index_missing():
        raise AntecknaError("the search index is empty; build it with: anteckna reindex")
    return load_hits(ids, query)


def reindex(progress: Progress | None = None) -> int:
    """Rebuild the whole index from the archive, in one transaction; the entries written."""
    with transaction.atomic():
        return rebuild(backend().optimise, progress)


def _index_missing() -> bool:
    """Whether the archive has items but no entries: notes imported before search existed."""
    return not db.SearchEntry.objects.exists() and db.Item.objects.exists()


def _group_id(label: str) -> int:
    from anteckna.services.listing import group_named

    return group_named(label).pk


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
        raise AntecknaError(f"--person {name!r}: no name to look for")
    return people


register_backend("sqlite", SqliteFts)
register_backend("postgresql", PostgresFts)
