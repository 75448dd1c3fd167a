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
    page.total = sum(1 for row in rows if _passes(row, choices))
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


def _rows(ids: list[int]) -> list[_Row]:
    """Kind, year and groups of each matching entry, in two queries."""
    entries = list(
        db.SearchEntry.objects.filter(id__in=ids).values_list("kind", "meeting_id", "meeting__date")
    )
    groups: dict[int, set[int]] = {}
    links = db.Meeting.groups.through.objects.filter(
        meeting_id__in={meeting for _, meeting, _ in entries}
    )
    for meeting_id, group_id in links.values_list("meeting_id", "group_id"):
        groups.setdefault(meeting_id, set()).add(group_id)
    return [
        _Row(kind, day.year if day else None, frozenset(groups.get(meeting, ())))
        for kind, meeting, day in entries
    ]


def _passes(row: _Row, choices: Choices, *, but: str = "") -> bool:
    """Whether a match passes every choice except the facet ``but``."""
    return (
        (but == "group" or choices.group is None or choices.group in row.groups)
        and (but == "year" or choices.year is None or choices.year == row.year)
        and (but == "kind" or choices.kind is None or choices.kind == row.kind)
    )


def _facets(rows: list[_Row], choices: Choices, user: Any) -> dict[str, list[FacetValue]]:
    groups: Counter[int] = Counter()
    years: Counter[int] = Counter()
    kinds: Counter[str] = Counter()
    for row in rows:
        if _passes(row, choices, but="group"):
            groups.update(row.groups)
        if row.year is not None and _passes(row, choices, but="year"):
            years[row.year] += 1
        if _passes(row, choices, but="kind"):
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
