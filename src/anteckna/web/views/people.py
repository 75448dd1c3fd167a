"""The people list and a person's page."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone

from anteckna.services.access import NotVisible
from anteckna.services.people_pages import people_list, person_page
from anteckna.web.views.charts import attendance_pictures


@login_required
def people(request: HttpRequest) -> HttpResponse:
    context = {"people": people_list(request.user), "maps": attendance_pictures(request.user)}
    return render(request, "anteckna/people.html", context)


@login_required
def person(request: HttpRequest, pk: int) -> HttpResponse:
    try:
        page = person_page(request.user, pk, timezone.localdate())
    except NotVisible:
        raise Http404 from None
    return render(request, "anteckna/person.html", {"page": page})
