"""What the endpoints' parameters may hold: text, dates as written, and the listings' window.

Text holds no NUL character, which PostgreSQL cannot compare or store (a 422 rather than a
database error). Dates must be written ``YYYY-MM-DD``: pydantic alone would also read a number
as seconds since 1970, so ``to=-6e-279`` would silently mean 1 January 1970.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from typing import Annotated, Any

from django.db.models import QuerySet
from ninja import Field, Schema
from pydantic import BeforeValidator, StringConstraints

MOST = 500
FURTHEST = 10_000_000
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _written_as_iso(value: Any) -> Any:
    if isinstance(value, str) and _ISO_DATE.fullmatch(value):
        return value
    raise ValueError("a date is written YYYY-MM-DD")


IsoDate = Annotated[date, BeforeValidator(_written_as_iso)]
Text = Annotated[str, StringConstraints(pattern=r"^[^\x00]*$")]


class Window(Schema):
    """Which rows of a listing to answer with; ``count`` in the answer is all of them."""

    limit: int = Field(100, ge=1, le=MOST)
    offset: int = Field(0, ge=0, le=FURTHEST)


def cut(rows: Sequence[Any] | QuerySet[Any], window: Window) -> tuple[int, list[Any]]:
    """The number of rows and the rows in the window (a queryset counts and slices in SQL)."""
    count = rows.count() if isinstance(rows, QuerySet) else len(rows)
    return count, list(rows[window.offset : window.offset + window.limit])
