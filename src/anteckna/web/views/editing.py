"""Editing a meeting: each form on the page is one kind of correction (``web.forms.editing``),
made through ``services.corrections`` and so kept as history that a re-import honours."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from anteckna.errors import AntecknaError
from anteckna.services import access
from anteckna.services.access import NotVisible
from anteckna.services.corrections.changes import changes
from anteckna.services.meeting_page import meeting_body, visible_meeting
from anteckna.store import models as db
from anteckna.web.forms.editing import FORMS


@login_required
def edit(request: HttpRequest, pk: int) -> HttpResponse:
    if not access.can_see(request.user, pk):
        raise Http404
    if not access.can_edit(request.user, pk):
        raise PermissionDenied
    if request.method == "POST":
        return _apply(request, pk)
    try:
        meeting = visible_meeting(request.user, pk)
    except NotVisible:
        raise Http404 from None
    context = {
        "page": meeting_body(meeting, timezone.localdate()),
        "meeting": meeting,
        "groups": ", ".join(g.name for g in meeting.groups.order_by("name")),
        "statuses": db.Attendance.Status.choices,
        "changes": changes(pk),
    }
    return render(request, "anteckna/meeting_edit.html", context)


def _apply(request: HttpRequest, pk: int) -> HttpResponse:
    """One posted form: its corrections, then back to the page with what happened."""
    form_class = FORMS.get(request.POST.get("kind", ""))
    if form_class is None:
        messages.error(request, _("Unknown change."))
        return HttpResponseRedirect(reverse("web:meeting_edit", args=[pk]))
    meeting = db.Meeting.objects.get(pk=pk)
    form = form_class(meeting, request.POST)
    if not form.is_valid():
        problems = "; ".join(f"{e}" for errors in form.errors.values() for e in errors)
        messages.error(request, _("Nothing was changed: %(problems)s") % {"problems": problems})
    else:
        try:
            made = form.apply(request.user)
        except AntecknaError as error:
            messages.error(request, _("Nothing was changed: %(problems)s") % {"problems": error})
        else:
            messages.success(request, _("Changes saved: %(count)d.") % {"count": made})
    return HttpResponseRedirect(reverse("web:meeting_edit", args=[pk]))
