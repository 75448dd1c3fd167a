"""The start page: what is waiting for me, and what happened lately in my groups."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone

from anteckna.services.overview import start_page


@login_required
def start(request: HttpRequest) -> HttpResponse:
    today = timezone.localdate()
    return render(
        request, "anteckna/start.html", {"page": start_page(request.user, today), "today": today}
    )
