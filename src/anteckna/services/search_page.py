"""The search page: a page of hits among the meetings a user sees, with facets that count.

Visibility is a filter of the search itself (``access.visible_meetings`` inside the backend's
query, before ranking and paging), never a sieve over a page of hits already found: a page is
always full, and its counts never include a hit of another group.

The facets (group, year, kind) count the newest ``search.CANDIDATES`` matches, the same set a
search ranks, read once as (entry, kind, meeting, year, groups) rows. Each facet counts with
the other facets' choices applied but not its own, so a person sees what picking another
value would give. The person filter narrows the matches themselves (it is a search on names).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from django.db import connection

from anteckna.errors import AntecknaError
from anteckna.services import access, search
from anteckna.store import models as db

PER_PAGE = 20


@dataclass(frozen=True, slots=True)
class Choices:
    """What the person picked besides the words; None is "any"."""

    group: int | None = None
    year: int | None = None
    kind: str | None = None
    person: str = ""


@dataclass(frozen=True, slots=True)
class FacetValue:
    value: str
    label: str
    count: int
    selected: bool


@dataclass(slots=True)
class SearchPage:
    """What the page shows. ``total`` counts the hits under every choice; ``capped`` says
    the archive had more matches than a search ranks (``search.CANDIDATES``)."""

    text: str
    choices: Choices
    hits: list[search.Hit] = field(default_factory=list)
    total: int = 0
    capped: bool = False
    number: int = 1
    pages: int = 0
    facets: dict[str, list[FacetValue]] = field(default_factory=dict)
    error: str | None = None


@dataclass(frozen=True, slots=True)
class _Row:
    kind: str
    year: int | None
    groups: frozenset[int]


def search_page(
    user: Any, text: str, choices: Choices, number: int = 1, per_page: int = PER_PAGE
) -> SearchPage:
    """Page ``number`` of the hits for ``text`` among the meetings ``user`` sees; a query that
    cannot be searched (no word in it, an unknown person) gives a page with ``error``."""
    page = SearchPage(text=text, choices=choices)
    if not text.strip():
        return page
    meetings = access.visible_meetings(user)
    try:
        query = search.parse_query(text)
        base = search.make_filters(person=choices.person or None, meetings=meetings)
        rows = _rows(search.matching(query, base))
    except AntecknaError as error:
        page.error = str(error)
        return page
    page.capped = len(rows) >= search.CANDIDATES
    page.facets = _facets(rows, choices, user)
    page.total = sum(1 for row in rows if all(_passes(row, choices)))
    page.pages = max(1, -(-page.total // per_page))
    page.number = min(max(1, number), page.pages)
    if page.total:
        start, end = _year_bounds(choices.year)
        filters = search.make_filters(
            group=choices.group, person=choices.person or None, start=start, end=end,
            kind=choices.kind, limit=per_page, offset=(page.number - 1) * per_page,
            meetings=meetings,
        )  # fmt: skip
        page.hits = search.find(query, filters)
    return page


# Kind, meeting date and groups of each matching entry, one row per (entry, group). A plain
# query: for the 5,000 ids of a common word the ORM spent far longer preparing the IN list
# than the database spent answering it.
_ROWS = """SELECT e.id, e.kind, m.date, g.group_id FROM store_searchentry e
JOIN store_meeting m ON m.id = e.meeting_id
LEFT JOIN store_meeting_groups g ON g.meeting_id = e.meeting_id WHERE e.id IN ({ids})"""


def _rows(ids: list[int]) -> list[_Row]:
    """Kind, year and groups of each matching entry, in one query."""
    if not ids:
        return []
    found: dict[int, tuple[str, int | None, set[int]]] = {}
    with connection.cursor() as cursor:
        cursor.execute(_ROWS.format(ids=", ".join(["%s"] * len(ids))), ids)
        for entry, kind, day, group in cursor.fetchall():
            row = found.setdefault(entry, (kind, _year(day), set()))
            if group is not None:
                row[2].add(group)
    return [_Row(kind, year, frozenset(groups)) for kind, year, groups in found.values()]


def _year(day: date | str | None) -> int | None:
    """The year of a date as the driver gives it (SQLite: "YYYY-MM-DD")."""
    if day is None:
        return None
    return day.year if isinstance(day, date) else int(day[:4])


def _passes(row: _Row, choices: Choices) -> tuple[bool, bool, bool]:
    """Whether a match passes the group, the year and the kind chosen."""
    return (
        choices.group is None or choices.group in row.groups,
        choices.year is None or choices.year == row.year,
        choices.kind is None or choices.kind == row.kind,
    )


def _facets(rows: list[_Row], choices: Choices, user: Any) -> dict[str, list[FacetValue]]:
    """Each facet counts the matches that pass the other facets' choices (not its own)."""
    groups: Counter[int] = Counter()
    years: Counter[int] = Counter()
    kinds: Counter[str] = Counter()
    for row in rows:
        group, year, kind = _passes(row, choices)
        if year and kind:
            groups.update(row.groups)
        if row.year is not None and group and kind:
            years[row.year] += 1
        if group and year:
            kinds[row.kind] += 1
    names = dict(access.visible_groups(user).filter(pk__in=list(groups)).values_list("pk", "name"))
    labels = dict(db.SearchEntry.Kind.choices)
    return {
        "group": sorted(
            (FacetValue(str(pk), name, groups[pk], pk == choices.group)
             for pk, name in names.items()),
            key=lambda v: v.label.casefold(),
        ),
        "year": [
            FacetValue(str(year), str(year), count, year == choices.year)
            for year, count in sorted(years.items(), reverse=True)
        ],
        "kind": [
            FacetValue(kind, str(labels[kind]), kinds[kind], kind == choices.kind)
            for kind in search.KINDS
            if kinds[kind] or kind == choices.kind
        ],
    }  # fmt: skip


def _year_bounds(year: int | None) -> tuple[date | None, date | None]:
    if year is None:
        return None, None
    return date(year, 1, 1), date(year, 12, 31)


def choices_from(params: dict[str, str]) -> Choices:
    """The choices in a page's query string; a value that cannot be one is "any"."""
    group = params.get("group", "")
    year = params.get("year", "")
    kind = params.get("kind", "")
    return Choices(
        group=int(group) if group.isdigit() else None,
        year=int(year) if year.isdigit() and 1 <= int(year) <= 9999 else None,
        kind=kind if kind in search.KINDS else None,
        person=params.get("person", "").strip(),
    )
