"""Taking notes in the meeting: the list, the note-taking page, its autosave, and finishing.

The note-taking page is one plain form that works without JavaScript (a save button, a POST
with the CSRF token); ``static/anteckna/drafts.js`` makes it save by itself to ``autosave``,
which reads the same form fields and answers JSON: the new revision, or 409 with what is
stored when someone else saved in between. Every decision is the service's
(``services.drafts``); these views only translate its answers into pages and status codes.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from anteckna.errors import AntecknaError
from anteckna.services import access, drafts
from anteckna.services.access import NotAllowed, NotVisible
from anteckna.services.agenda import agenda_for
from anteckna.services.drafts import Conflict, Content, Locked
from anteckna.services.drafts.content import ATTENDANCE_STATUSES, DraftItem
from anteckna.store import models as db
from anteckna.web import labels


@login_required
def notes(request: HttpRequest) -> HttpResponse:
    """The groups whose notes the user takes, each with its agenda, and the drafts."""
    groups = [
        {"group": group, "agenda": agenda_for(group)}
        for group in access.visible_groups(request.user).order_by("name")
        if access.can_take_notes(request.user, group)
    ]
    context = {"groups": groups, "drafts": drafts.visible_drafts(request.user)}
    return render(request, "anteckna/notes.html", context)


@login_required
@require_POST
def open_draft(request: HttpRequest) -> HttpResponse:
    """ "Anteckna möte": the draft of the group's meeting on the date given, new or going on."""
    try:
        group_id = int(request.POST.get("group", ""))
        day = date.fromisoformat(request.POST["date"]) if request.POST.get("date") else None
    except ValueError:
        messages.error(request, _("Choose a group and a date (YYYY-MM-DD)."))
        return redirect("web:notes")
    try:
        draft = drafts.open_draft(request.user, group_id, day)
    except NotVisible:
        raise Http404 from None
    except NotAllowed:
        raise PermissionDenied from None
    return redirect("web:draft", pk=draft.pk)


@login_required
def draft(request: HttpRequest, pk: int) -> HttpResponse:
    """The note-taking page; a POST is the save button (the page without JavaScript)."""
    found = _draft(request, pk)
    if not access.can_take_notes(request.user, found.group_id):
        return redirect("web:draft_finish", pk=pk)
    if found.status == db.Draft.Status.APPROVED:
        messages.info(request, _("These minutes are approved. Start a new version to change them."))
        return redirect("web:draft_finish", pk=pk)
    if request.method != "POST":
        return _editor(request, found, drafts.from_dict(found.content))
    try:
        content = drafts.from_form(request.POST)
    except AntecknaError as error:
        messages.error(request, str(error))
        return _editor(request, found, drafts.from_dict(found.content), status=400)
    try:
        drafts.save_draft(request.user, pk, content, _revision(request))
    except Conflict as conflict:
        messages.error(request, _conflict_message(conflict.draft))
        return _editor(request, conflict.draft, content, status=409)
    except Locked:
        return redirect("web:draft_finish", pk=pk)
    messages.success(request, _("Saved."))
    if request.POST.get("then") == "finish":
        return redirect("web:draft_finish", pk=pk)
    return redirect("web:draft", pk=pk)


@login_required
@require_POST
def autosave(request: HttpRequest, pk: int) -> JsonResponse:
    """The script's save: the form's fields in, JSON out (409 with the stored draft when it
    was saved by someone else since the page's revision, or when it is approved)."""
    try:
        content = drafts.from_form(request.POST)
        saved = drafts.save_draft(request.user, pk, content, _revision(request))
    except NotVisible:
        return JsonResponse({"error": "not_found"}, status=404)
    except NotAllowed:
        return JsonResponse({"error": "forbidden"}, status=403)
    except Conflict as conflict:
        body = {"error": "conflict", "message": _conflict_message(conflict.draft)}
        return JsonResponse({**body, **_state(conflict.draft)}, status=409)
    except Locked:
        found = db.Draft.objects.select_related("saved_by").get(pk=pk)
        body = {"error": "locked", "message": _("These minutes are approved and locked.")}
        return JsonResponse({**body, **_state(found)}, status=409)
    except AntecknaError as error:
        return JsonResponse({"error": "invalid", "message": str(error)}, status=400)
    return JsonResponse(_state(saved))


@login_required
def finish(request: HttpRequest, pk: int) -> HttpResponse:
    """Checks, the minutes as they will be stored, the history; mark ready, approve, reopen."""
    found = _draft(request, pk)
    if request.method == "POST":
        return _step(request, found)
    content = drafts.from_dict(found.content)
    context = {
        "draft": found,
        "content": content,
        "findings": drafts.check(content),
        "history": drafts.history(found),
        "may_write": access.can_take_notes(request.user, found.group_id),
        "may_approve": access.can_approve(request.user, found),
    }
    return render(request, "anteckna/draft_finish.html", context)


def _step(request: HttpRequest, found: db.Draft) -> HttpResponse:
    step = request.POST.get("step", "")
    steps = {"ready": drafts.mark_ready, "approve": drafts.approve, "reopen": drafts.reopen}
    if step not in steps:
        messages.error(request, _("Unknown step."))
        return redirect("web:draft_finish", pk=found.pk)
    try:
        done = steps[step](request.user, found.pk, _revision(request))
    except NotAllowed:
        raise PermissionDenied from None
    except Conflict as conflict:
        messages.error(request, _conflict_message(conflict.draft))
    except AntecknaError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _step_message(step, done))
        if step == "reopen":
            return redirect("web:draft", pk=found.pk)
    return redirect("web:draft_finish", pk=found.pk)


def _step_message(step: str, done: db.Draft) -> str:
    if step == "ready":
        return _("The minutes are ready for approval.")
    if step == "approve":
        return _("Version %(version)s is approved and in the archive.") % {"version": done.version}
    return _("Version %(version)s started.") % {"version": done.version}


def _draft(request: HttpRequest, pk: int) -> db.Draft:
    try:
        return drafts.get_draft(request.user, pk)
    except NotVisible:
        raise Http404 from None


def _editor(request: HttpRequest, found: db.Draft, content: Content, status: int = 200) -> Any:
    owners = (o for i in content.items for a in i.actions for o in a.owners)
    named = (*(n for i in content.items for n in i.presenters), *owners)
    context = {
        "draft": found,
        "content": content,
        "names": list(dict.fromkeys((*content.participants, *named))),
        "everyone": [a.name for a in content.attendance] + [g.name for g in content.guests],
        "statuses": _statuses(),
        "blank_item": DraftItem(""),
        "saved_at_ms": int(found.saved_at.timestamp() * 1000),
    }
    return render(request, "anteckna/draft.html", context, status=status)


def _statuses() -> list[tuple[str, str]]:
    return [(status, str(labels.ATTENDANCE_STATUS[status])) for status in ATTENDANCE_STATUSES]


def _revision(request: HttpRequest) -> int:
    value = request.POST.get("revision", "")
    return int(value) if value.isdigit() else 0


def _state(found: db.Draft) -> dict[str, Any]:
    """What the script needs to know of the stored draft."""
    by = found.saved_by
    return {
        "revision": found.revision,
        "status": found.status,
        "version": found.version,
        "saved_at": found.saved_at.isoformat(),
        "saved_at_ms": int(found.saved_at.timestamp() * 1000),
        "saved_by": _name(by) if by else "",
        "content": found.content,
    }


def _conflict_message(found: db.Draft) -> str:
    by = _name(found.saved_by) if found.saved_by else _("someone")
    return _(
        "%(who)s saved these notes while you were writing. Nothing was overwritten: "
        "compare, then keep yours or load theirs."
    ) % {"who": by}


def _name(user: Any) -> str:
    person = access.person_of(user)
    return person.name if person is not None else str(user.get_username())
