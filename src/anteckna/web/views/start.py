"""The start page: what is waiting for me, and what happened lately in my groups."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone

from anteckna.services.overview import start_page
from anteckna.web.views.calendar import feed_links


@login_required
def start(request: HttpRequest) -> HttpResponse:
    today = timezone.localdate()
    context = {
        "page": start_page(request.user, today),
        "today": today,
        "feeds": feed_links(request),
    }
    return render(request, "anteckna/start.html", context)
