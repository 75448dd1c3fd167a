"""Fixtures for search: meetings built from the dataclasses, stored and indexed as an import
does, on SQLite and on PostgreSQL in turn (the ``db`` fixture behind ``store_meeting``).

Django is imported inside the fixtures: this file is read before the root conftest configures
Django."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

import pytest

from anteckna.model import Item, Meeting, SourceInfo


@pytest.fixture
def add(store_meeting, make_meeting) -> Callable[..., int]:
    """``add(*items, **meeting_fields)``: a meeting holding these items, stored and indexed the
    way an import does; gives its id. Each call is a file of its own."""
    from anteckna.services.search import index_meetings

    numbers = itertools.count(1)

    def add(*items: Item, **overrides: Any) -> int:
        n = next(numbers)
        overrides.setdefault("date", date(2024, 1, 1) + timedelta(weeks=n - 1))
        overrides.setdefault("source", SourceInfo(f"lg_{n:03d}.txt", None))
        meeting: Meeting = make_meeting(items=items, **overrides)
        stored = store_meeting(meeting, file_name=f"lg_{n:03d}.txt")
        index_meetings([stored.pk])
        return stored.pk

    return add


@pytest.fixture
def titles(db) -> Callable[..., list[str]]:
    """``titles(query, **filters)``: the titles of the hits, best first."""
    from anteckna.services.search import search

    return lambda text, **filters: [hit.title for hit in search(text, **filters)]


@pytest.fixture
def found(db) -> Callable[..., list[tuple[str, str]]]:
    """``found(query, **filters)``: (kind, title) of the hits, best first."""
    from anteckna.services.search import search

    return lambda text, **filters: [(hit.kind, hit.title) for hit in search(text, **filters)]
