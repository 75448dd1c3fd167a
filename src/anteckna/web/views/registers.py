"""The actions register (with marking done or cancelled) and the decisions register."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from anteckna.errors import AntecknaError
from anteckna.services import access, registers
from anteckna.services.access import NotAllowed, NotVisible
from anteckna.services.actions import set_action_status

PER_PAGE = 50


@login_required
def actions(request: HttpRequest) -> HttpResponse:
    today = timezone.localdate()
    try:
        filters = registers.action_filters(request.GET.dict())
    except registers.RegisterError as error:
        messages.error(request, str(error))
        filters = registers.ActionFilters()
    rows = registers.actions(request.user, filters, today)
    page = Paginator(rows, PER_PAGE).get_page(request.GET.get("page"))
    for action in page.object_list:
        action.overdue = action.status == "open" and action.due is not None and action.due < today
        action.may_update = access.can_update_action(request.user, action, meeting_visible=True)
    context = {
        "page": page,
        "filters": filters,
        "groups": access.visible_groups(request.user).order_by("name"),
        "owners": access.visible_people(request.user).order_by("name_key"),
        "query": _query_without_page(request),
    }
    return render(request, "anteckna/actions.html", context)


@login_required
@require_POST
def action_status(request: HttpRequest, pk: int) -> HttpResponse:
    """Mark an action done, cancelled or open again, with a comment; back where it came from."""
    status = request.POST.get("status", "")
    try:
        set_action_status(request.user, pk, status, request.POST.get("comment", ""))
    except NotVisible:
        raise Http404 from None
    except NotAllowed:
        raise PermissionDenied from None
    except AntecknaError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("The action is now marked “%(status)s”.") % {
            "status": _status_label(status)})  # fmt: skip
    back = request.POST.get("next", "")
    if not url_has_allowed_host_and_scheme(back, {request.get_host()}, request.is_secure()):
        back = "/actions/"
    return HttpResponseRedirect(back)


@login_required
def decisions(request: HttpRequest) -> HttpResponse:
    text = request.GET.get("q", "")
    group = _int(request.GET.get("group"))
    year = _int(request.GET.get("year"))
    try:
        rows = registers.decisions(request.user, group=group, year=year, text=text)
    except AntecknaError as error:
        messages.error(request, str(error))
        rows = registers.decisions(request.user, group=group, year=year)
    page = Paginator(rows, PER_PAGE).get_page(request.GET.get("page"))
    context = {
        "page": page,
        "q": text,
        "group": group,
        "year": year,
        "groups": access.visible_groups(request.user).order_by("name"),
        "years": registers.decision_years(request.user),
        "query": _query_without_page(request),
    }
    return render(request, "anteckna/decisions.html", context)


def _status_label(status: str) -> str:
    return {"open": _("open"), "done": _("done"), "cancelled": _("cancelled")}.get(status, status)


def _int(value: str | None) -> int | None:
    return int(value) if value and value.isdigit() else None


def _query_without_page(request: HttpRequest) -> str:
    query = request.GET.copy()
    query.pop("page", None)
    return query.urlencode()
