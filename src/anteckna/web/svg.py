"""Pictures drawn on the server as inline SVG: a heat map and bar charts, as plain strings.

Pure functions of their numbers, with no Django and no state, so that tests can parse what
they draw. What the pages' Content Security Policy forbids stays out: no script, no ``style``
attribute; colours come from classes the static stylesheet fills (``chart-*``), positions from
presentation attributes. Every picture is ``role="img"`` with a ``<title>`` and ``<desc>``
that it is labelled by, and the page puts a table of the same numbers beside it: the picture
is for seeing a pattern, the table for reading a value and for a screen reader.

Every text that comes in is escaped here; the result is safe to mark safe.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from xml.sax.saxutils import escape

CELL = 18  # side of a heat map cell
GAP = 2
LABEL_WIDTH = 150  # room for the row labels on the left
HEADER = 60  # room for the column labels on top (written at an angle)
BAR_AREA = 160  # height of a bar chart's bars at their tallest
BAR_WIDTH = 22
LEGEND = 28  # room for a heat map's key below the grid


def _css(name: str) -> str:
    """A class name made of letters, digits, ``-`` and ``_`` only."""
    return re.sub(r"[^A-Za-z0-9_-]", "-", name)


@dataclass(frozen=True, slots=True)
class Series:
    """One kind of bar in a chart: its name (for the legend), its CSS class and its values."""

    name: str
    css: str
    values: tuple[int, ...]


def _open(ident: str, width: int, height: int, title: str, desc: str, css: str) -> list[str]:
    return [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart {css}" role="img"'
        f' width="{width}" height="{height}" viewBox="0 0 {width} {height}"'
        f' aria-labelledby="{ident}-title {ident}-desc">',
        f'<title id="{ident}-title">{escape(title)}</title>',
        f'<desc id="{ident}-desc">{escape(desc)}</desc>',
    ]


def heat_map(
    ident: str,
    title: str,
    desc: str,
    rows: list[str],
    columns: list[str],
    cells: list[list[str | None]],
    labels: dict[str, str],
) -> str:
    """A grid with a row per ``rows`` label and a column per ``columns`` label; ``cells[r][c]``
    is a state ("present", "absent", …) drawn as class ``chart-<state>``, or None (nothing
    known, drawn empty). ``labels`` names each state for the cell's tooltip."""
    width = max(LABEL_WIDTH + len(columns) * (CELL + GAP) + GAP, 120 * len(labels))
    grid_bottom = HEADER + len(rows) * (CELL + GAP) + GAP
    height = grid_bottom + LEGEND
    parts = _open(ident, width, height, title, desc, "heat-map")
    for i, (state, name) in enumerate(labels.items()):
        x = i * 120
        parts.append(
            f'<rect class="chart-key chart-{_css(state)}" x="{x}" y="{grid_bottom + 8}"'
            f' width="12" height="12"/><text class="chart-label" x="{x + 16}"'
            f' y="{grid_bottom + 19}">{escape(name)}</text>'
        )
    for c, column in enumerate(columns):
        x = LABEL_WIDTH + c * (CELL + GAP) + CELL // 2
        parts.append(
            f'<text class="chart-label" x="{x}" y="{HEADER - 4}"'
            f' transform="rotate(-60 {x} {HEADER - 4})">{escape(column)}</text>'
        )
    for r, row in enumerate(rows):
        y = HEADER + r * (CELL + GAP)
        parts.append(
            f'<text class="chart-label" x="{LABEL_WIDTH - 6}" y="{y + CELL - 5}"'
            f' text-anchor="end">{escape(row)}</text>'
        )
        for c, state in enumerate(cells[r]):
            x = LABEL_WIDTH + c * (CELL + GAP)
            shown = labels.get(state, state) if state else "–"
            parts.append(
                f'<rect class="chart-cell chart-{_css(state or "none")}" x="{x}" y="{y}"'
                f' width="{CELL}" height="{CELL}"><title>'
                f"{escape(f'{row}, {columns[c]}: {shown}')}</title></rect>"
            )
    parts.append("</svg>")
    return "".join(parts)


def bar_chart(ident: str, title: str, desc: str, labels: list[str], series: list[Series]) -> str:
    """Bars stacked per label (a month), one colour per series, with a legend and a scale."""
    totals = [sum(s.values[i] for s in series) for i in range(len(labels))]
    top = max(totals, default=0) or 1
    left, bottom, legend = 36, 50, 24
    width = left + len(labels) * (BAR_WIDTH + 4) + 10
    height = legend + BAR_AREA + bottom
    base = legend + BAR_AREA
    parts = _open(ident, max(width, 240), height, title, desc, "bar-chart")
    x = left
    for s in series:
        parts.append(
            f'<rect class="chart-{_css(s.css)}" x="{x}" y="4" width="12" height="12"/>'
            f'<text class="chart-label" x="{x + 16}" y="15">{escape(s.name)}</text>'
        )
        x += 16 + 8 * len(s.name) + 16
    parts.append(
        f'<line class="chart-axis" x1="{left - 2}" y1="{base}" x2="{width - 6}" y2="{base}"'
        ' stroke="currentColor"/>'
        f'<text class="chart-label" x="{left - 6}" y="{legend + 10}" text-anchor="end">{top}</text>'
        f'<text class="chart-label" x="{left - 6}" y="{base}" text-anchor="end">0</text>'
    )
    for i, label in enumerate(labels):
        x = left + i * (BAR_WIDTH + 4)
        y = base
        for s in series:
            value = s.values[i]
            if not value:
                continue
            h = round(value / top * BAR_AREA)
            y -= h
            parts.append(
                f'<rect class="chart-bar chart-{_css(s.css)}" x="{x}" y="{y}"'
                f' width="{BAR_WIDTH}" height="{h}">'
                f"<title>{escape(f'{label}: {value} {s.name}')}</title></rect>"
            )
        cx = x + BAR_WIDTH // 2
        parts.append(
            f'<text class="chart-label" x="{cx}" y="{base + 12}" text-anchor="end"'
            f' transform="rotate(-60 {cx} {base + 12})">{escape(label)}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)
