"""The agenda page of a group's meeting: the secretary's draft with its edits, the published
agenda for the group, members' requests, and the downloads. Forms post and redirect back
(no script: the CSP forbids inline script, and none is needed for up/down buttons)."""

from __future__ import annotations

from datetime import date

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from anteckna.errors import AntecknaError
from anteckna.services import agenda_plans
from anteckna.services.access import NotAllowed, NotVisible
from anteckna.services.agenda import FORMATS, MEDIA_TYPES, agenda_document, meeting_date
from anteckna.services.agenda_page import agenda_page, downloadable, visible_group

EDITS = ("up", "down", "remove", "add", "publish", "discard")


@login_required
def agenda(request: HttpRequest, pk: int) -> HttpResponse:
    today = timezone.localdate()
    day = _day(request, request.GET.get("date"))
    try:
        page = agenda_page(request.user, pk, day, today)
    except NotVisible:
        raise Http404 from None
    return render(request, "anteckna/agenda.html", {"page": page, "formats": FORMATS})


@login_required
@require_POST
def agenda_edit(request: HttpRequest, pk: int) -> HttpResponse:
    """One edit by the secretary: move an entry up or down, remove or add one, publish, or
    discard the edits."""
    op = request.POST.get("op", "")
    try:
        group = visible_group(request.user, pk)
        day = meeting_date(group, _day(request, request.POST.get("date")))
        index = _index(request.POST.get("index"))
        if op in ("up", "down"):
            agenda_plans.move_entry(request.user, group, day, index, -1 if op == "up" else 1)
        elif op == "remove":
            agenda_plans.remove_entry(request.user, group, day, index)
        elif op == "add":
            agenda_plans.add_entry(request.user, group, day, request.POST.get("title", ""),
                                   presenter=request.POST.get("presenter", ""),
                                   minutes=request.POST.get("minutes"))  # fmt: skip
        elif op == "publish":
            agenda_plans.publish(request.user, group, day)
            messages.success(request, _("The agenda is published to the group."))
        elif op == "discard":
            agenda_plans.discard(request.user, group, day)
            messages.success(request, _("The edits are discarded; the draft is built afresh."))
        else:
            messages.error(request, _("Unknown change."))
    except NotVisible:
        raise Http404 from None
    except NotAllowed:
        raise PermissionDenied from None
    except AntecknaError as error:
        messages.error(request, str(error))
        day = _day(request, request.POST.get("date"))
    return _back(pk, day)


@login_required
@require_POST
def agenda_request(request: HttpRequest, pk: int) -> HttpResponse:
    """A member asks for an item on a coming meeting's agenda."""
    try:
        group = visible_group(request.user, pk)
        day = meeting_date(group, _day(request, request.POST.get("date")))
        agenda_plans.request_item(request.user, group, day, request.POST.get("title", ""),
                                  presenter=request.POST.get("presenter", ""),
                                  minutes=request.POST.get("minutes"))  # fmt: skip
    except NotVisible:
        raise Http404 from None
    except NotAllowed:
        raise PermissionDenied from None
    except AntecknaError as error:
        messages.error(request, str(error))
        day = _day(request, request.POST.get("date"))
    else:
        messages.success(request, _("Your item is on the draft for the secretary to plan."))
    return _back(pk, day)


@login_required
def agenda_download(request: HttpRequest, pk: int, fmt: str) -> HttpResponse:
    if fmt not in FORMATS:
        raise Http404
    try:
        found = downloadable(request.user, pk, _day(request, request.GET.get("date")))
        data = agenda_document(found, fmt)
    except NotVisible:
        raise Http404 from None
    except AntecknaError as error:
        messages.error(request, str(error))
        return _back(pk, _day(request, request.GET.get("date")))
    response = HttpResponse(data, content_type=MEDIA_TYPES[fmt])
    name = f"dagordning-{found.date.isoformat()}.{fmt}"
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response


def _day(request: HttpRequest, text: str | None) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        messages.error(request, _("“%(date)s” is not a date (YYYY-MM-DD).") % {"date": text})
        return None


def _index(text: str | None) -> int:
    return int(text) if text and text.isdigit() else -1


def _back(pk: int, day: date | None) -> HttpResponseRedirect:
    url = reverse("web:agenda", args=[pk])
    return HttpResponseRedirect(f"{url}?date={day.isoformat()}" if day else url)
