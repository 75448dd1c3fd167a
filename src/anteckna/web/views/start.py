"""The start page: for a visitor, what anteckna is and a way in; for a user, what is waiting
for them and what happened lately in their groups."""

from __future__ import annotations

from django.contrib.auth.forms import AuthenticationForm
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone

from anteckna.services.overview import start_page
from anteckna.web.views.calendar import feed_links


def start(request: HttpRequest) -> HttpResponse:
    if not request.user.is_authenticated:
        return render(request, "anteckna/welcome.html", {"form": AuthenticationForm(request)})
    today = timezone.localdate()
    context = {
        "page": start_page(request.user, today),
        "today": today,
        "feeds": feed_links(request),
    }
    return render(request, "anteckna/start.html", context)
