"""The search page: one box, facets that count, highlighted snippets, pages of hits."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from anteckna.services import access
from anteckna.services.search_page import FacetValue, choices_from, search_page


@login_required
def search(request: HttpRequest) -> HttpResponse:
    params = request.GET.dict()
    text = params.get("q", "").strip()
    number = int(params["page"]) if params.get("page", "").isdigit() else 1
    page = search_page(request.user, text, choices_from(params), number)
    facets = {
        name: [(value, _toggle(request, name, value)) for value in values]
        for name, values in page.facets.items()
    }
    context = {
        "page": page,
        "facets": facets,
        "people": access.visible_people(request.user).order_by("name_key"),
        "query": _without(request, "page"),
    }
    return render(request, "anteckna/search.html", context)


def _toggle(request: HttpRequest, name: str, value: FacetValue) -> str:
    """The query string that picks this facet value, or drops it when it is picked."""
    query = request.GET.copy()
    query.pop("page", None)
    if value.selected:
        query.pop(name, None)
    else:
        query[name] = value.value
    return query.urlencode()


def _without(request: HttpRequest, name: str) -> str:
    query = request.GET.copy()
    query.pop(name, None)
    return query.urlencode()
