"""The planning page of a group: when it meets, the dates it skips, its standing items and its
rotating roles. Everyone who sees the group reads it; those who plan its agendas change it,
one plain form per change (no script: the CSP forbids inline script). A form with a mistake
is shown again with its errors and nothing stored; a change made redirects back."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from anteckna.errors import ValueProblem
from anteckna.services.access import NotVisible
from anteckna.services.planning_page import PlanningPage, planning_page
from anteckna.services.rotation import ROLES
from anteckna.web.forms.planning import (
    FORMS,
    CancelForm,
    PlanningForm,
    RhythmForm,
    RotationForm,
    StandingAddForm,
    auto_id,
)


@login_required
def planning(request: HttpRequest, pk: int) -> HttpResponse:
    try:
        page = planning_page(request.user, pk, timezone.localdate())
    except NotVisible:
        raise Http404 from None
    if request.method != "POST":
        return _render(request, page)
    if not page.may_edit:
        raise PermissionDenied
    op = request.POST.get("op", "")
    form_class = FORMS.get(op)
    if form_class is None:
        messages.error(request, _("Unknown change."))
        return HttpResponseRedirect(reverse("web:planning", args=[pk]))
    form = form_class(page.group, request.POST, auto_id=auto_id(op, request.POST.get("role", "")))
    if form.is_valid():
        try:
            form.apply()
        except ValueProblem as problem:
            form.add_error(None, _("Nothing was changed: %(problems)s") % {"problems": problem})
        else:
            messages.success(request, _("The planning is saved."))
            return HttpResponseRedirect(reverse("web:planning", args=[pk]))
    if op not in _SHOWN or (op == "rotation" and request.POST.get("role") not in ROLES):
        problems = "; ".join(str(e) for errors in form.errors.values() for e in errors)
        messages.error(request, _("Nothing was changed: %(problems)s") % {"problems": problems})
        return HttpResponseRedirect(reverse("web:planning", args=[pk]))
    return _render(request, page, bound=(op, form))


_SHOWN = ("rhythm", "cancel", "standing_add", "rotation")
"""The ops whose form the page shows with fields (and so shows again with its errors); the
others are single buttons, whose problems are a message."""


def _render(
    request: HttpRequest, page: PlanningPage, bound: tuple[str, PlanningForm] | None = None
) -> HttpResponse:
    context: dict[str, Any] = {"page": page}
    if page.may_edit:
        context.update(_forms(page, bound))
    return render(request, "anteckna/planning.html", context)


def _forms(page: PlanningPage, bound: tuple[str, PlanningForm] | None) -> dict[str, Any]:
    """The page's forms: unbound ones showing what is set, and the posted one as posted."""
    group, found = page.group, page.rhythm
    initial = (
        {"weekday": found.weekday, "every_weeks": found.every_weeks,
         "times": (found.time_text or "").replace("–", "-"), "place": found.place,
         "start_from": found.anchor, "until": found.until}
        if found else {"every_weeks": 1}
    )  # fmt: skip
    rotation_forms = {
        role: RotationForm.for_state(group, role, page.rotations[role]) for role in ROLES
    }
    forms: dict[str, Any] = {
        "rhythm_form": RhythmForm(group, initial=initial, auto_id=auto_id("rhythm")),
        "cancel_form": CancelForm(group, auto_id=auto_id("cancel")),
        "standing_form": StandingAddForm(group, auto_id=auto_id("standing_add")),
    }
    if bound is not None:
        op, form = bound
        if op == "rotation":
            rotation_forms[form.data.get("role", "")] = form
        else:
            forms[{"rhythm": "rhythm_form", "cancel": "cancel_form"}.get(op, "standing_form")] = (
                form
            )
    forms["rotation_forms"] = [(role, rotation_forms[role], page.rotations[role]) for role in ROLES]
    return forms
