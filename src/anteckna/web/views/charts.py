"""The pictures page (meetings and actions per month, attendance per group), and the
attendance maps the people page shows: the service's numbers drawn by ``web.svg``."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _

from anteckna.services import charts
from anteckna.web import labels, svg


@dataclass(frozen=True, slots=True)
class Picture:
    """An SVG and the table of the same numbers: ``head`` and ``rows`` as the page shows them."""

    title: str
    svg: SafeString
    head: list[str]
    rows: list[list[Any]]


@login_required
def pictures(request: HttpRequest) -> HttpResponse:
    context = {
        "pictures": [meetings_picture(request.user), actions_picture(request.user)],
        "maps": attendance_pictures(request.user),
    }
    return render(request, "anteckna/charts.html", context)


def meetings_picture(user: Any) -> Picture:
    months = charts.meetings_per_month(user)
    title = _("Meetings per month")
    desc = _("A bar for each month: how many meetings were held.")
    series = [svg.Series(_("meetings"), "meetings", tuple(n for _m, n in months))]
    drawn = svg.bar_chart("meetings-per-month", title, desc, [m for m, _n in months], series)
    return Picture(title, mark_safe(drawn), [_("Month"), _("Meetings")], [list(r) for r in months])


def actions_picture(user: Any) -> Picture:
    months = charts.actions_per_month(user)
    title = _("Open and closed actions per month")
    desc = _(
        "A bar for each month, for the actions recorded at its meetings: the part still open,"
        " and the part done or cancelled."
    )
    series = [
        svg.Series(_("closed"), "closed", tuple(m.closed for m in months)),
        svg.Series(_("open"), "open", tuple(m.open for m in months)),
    ]
    drawn = svg.bar_chart("actions-per-month", title, desc, [m.month for m in months], series)
    rows = [[m.month, m.open, m.closed] for m in months]
    return Picture(title, mark_safe(drawn), [_("Month"), _("Open"), _("Closed")], rows)


def attendance_pictures(user: Any) -> list[Picture]:
    """A heat map per group: a row per person, a column per meeting."""
    found = []
    states = {k: str(v) for k, v in labels.ATTENDANCE_STATUS.items()}
    for entry in charts.attendance_maps(user):
        title = _("Attendance in %(group)s") % {"group": entry.group.name}
        desc = _(
            "A row for each person and a column for each of the group's latest meetings;"
            " the colour of a cell is how the person took part."
        )
        dates = [m.date.isoformat() if m.date else "" for m in entry.meetings]
        names = [p.name for p in entry.people]
        drawn = svg.heat_map(
            f"attendance-{entry.group.pk}", title, desc, names, dates, entry.cells, states
        )
        rows = [
            [name, *(states.get(c, "–") if c else "–" for c in cells)]
            for name, cells in zip(names, entry.cells, strict=True)
        ]
        found.append(Picture(title, mark_safe(drawn), [_("Name"), *dates], rows))
    return found
