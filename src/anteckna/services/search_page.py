"""The search page: a page of hits among the meetings a user sees, with facets that count.

Visibility is a filter of the search itself (``access.visible_meetings`` inside the backend's
query, before ranking and paging), never a sieve over a page of hits already found: a page is
always full, and its counts never include a hit of another group.

The facets (group, year, kind) count the newest ``search.CANDIDATES`` matches, the same set a
search ranks, counted by the database as tallies per (kind, year) and per (kind, year, group)
(``Tallies``): a few dozen rows instead of thousands. Each facet counts with the other facets'
choices applied but not its own, so a person sees what picking another value would give. The
person filter narrows the matches themselves (it is a search on names).
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


@dataclass(slots=True)
class Tallies:
    """How many matches there are of each kind and year (``entries``), and of each kind and
    year in each group (``in_group``). A match in two groups is one entry and one in each
    group, so a count under a chosen group reads ``in_group`` and any other ``entries``."""

    entries: Counter[tuple[str, int | None]] = field(default_factory=Counter)
    in_group: Counter[tuple[str, int | None, int]] = field(default_factory=Counter)
    matches: int = 0

    def under(self, group: int | None) -> Counter[tuple[str, int | None]]:
        """The (kind, year) counts of the matches in ``group`` (None: of every match)."""
        if group is None:
            return self.entries
        found: Counter[tuple[str, int | None]] = Counter()
        for (kind, year, in_group), count in self.in_group.items():
            if in_group == group:
                found[kind, year] += count
        return found


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
        tallies = _tallies(search.matching(query, base))
    except AntecknaError as error:
        page.error = str(error)
        return page
    page.capped = tallies.matches >= search.CANDIDATES
    page.facets = _facets(tallies, choices, user)
    page.total = sum(
        count
        for (kind, year), count in tallies.under(choices.group).items()
        if _passes(kind, year, choices)
    )
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


# The matching entries counted by kind and year, and by kind, year and group. Plain queries:
# for the 5,000 ids of a common word the ORM spent far longer preparing the IN list than the
# database spent answering it.
_ENTRIES = """SELECT e.kind, {year}, count(*) FROM store_searchentry e
JOIN store_meeting m ON m.id = e.meeting_id WHERE {ids} GROUP BY 1, 2"""
_IN_GROUP = """SELECT e.kind, {year}, g.group_id, count(*) FROM store_searchentry e
JOIN store_meeting m ON m.id = e.meeting_id
JOIN store_meeting_groups g ON g.meeting_id = e.meeting_id WHERE {ids} GROUP BY 1, 2, 3"""

_YEAR = {"sqlite": "CAST(substr(m.date, 1, 4) AS INTEGER)"}
"""The year of ``m.date`` where ``EXTRACT`` is missing: SQLite keeps dates as text (Django's
own extract calls Python for every row, which was most of a common word's search page)."""
_ARRAYS = {"postgresql"}
"""Databases given the ids as one array parameter: PostgreSQL took longer to plan an IN list
of 5,000 values than to run the query."""


def _tallies(ids: list[int]) -> Tallies:
    """The ``Tallies`` of the matching entries ``ids``, in two queries."""
    tallies = Tallies(matches=len(ids))
    if not ids:
        return tallies
    year = _YEAR.get(connection.vendor, "EXTRACT(YEAR FROM m.date)")
    if connection.vendor in _ARRAYS:
        where, params = "e.id = ANY(%s)", [ids]
    else:
        where, params = f"e.id IN ({', '.join(['%s'] * len(ids))})", ids
    with connection.cursor() as cursor:
        cursor.execute(_ENTRIES.format(year=year, ids=where), params)
        for kind, entry_year, count in cursor.fetchall():
            tallies.entries[kind, _year(entry_year)] += count
        cursor.execute(_IN_GROUP.format(year=year, ids=where), params)
        for kind, entry_year, group, count in cursor.fetchall():
            tallies.in_group[kind, _year(entry_year), group] += count
    return tallies


def _year(value: float | int | None) -> int | None:
    """A year as the database gives it (PostgreSQL's EXTRACT: a decimal)."""
    return None if value is None else int(value)


def _passes(kind: str, year: int | None, choices: Choices, *, facet: str = "") -> bool:
    """Whether matches of ``kind`` and ``year`` pass the year and kind chosen, the ``facet``
    being counted aside (the group is applied by ``Tallies.under``)."""
    return (facet == "year" or choices.year is None or choices.year == year) and (
        facet == "kind" or choices.kind is None or choices.kind == kind
    )


def _facets(tallies: Tallies, choices: Choices, user: Any) -> dict[str, list[FacetValue]]:
    """Each facet counts the matches that pass the other facets' choices (not its own)."""
    groups: Counter[int] = Counter()
    for (kind, year, group), count in tallies.in_group.items():
        if _passes(kind, year, choices):
            groups[group] += count
    years: Counter[int] = Counter()
    kinds: Counter[str] = Counter()
    for (kind, year), count in tallies.under(choices.group).items():
        if year is not None and _passes(kind, year, choices, facet="year"):
            years[year] += count
        if _passes(kind, year, choices, facet="kind"):
            kinds[kind] += count
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
