"""The import page: upload several files, look at what was read, correct it, save or cancel.

The steps are in ``services.staging``; every step's state is in the database, so any server
process can answer the next request. Uploaded files are never sent back, only what was read
from them, escaped like every other text on the pages.
"""

from __future__ import annotations

from uuid import UUID

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from anteckna.services import access, staging
from anteckna.services.access import NotVisible
from anteckna.services.staging import StagingError
from anteckna.store import models as db
from anteckna.web.forms.importing import PreviewForm, UploadForm


@login_required
def upload(request: HttpRequest) -> HttpResponse:
    if not access.can_import(request.user):
        raise PermissionDenied
    form = UploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        batch = staging.stage(request.user, form.uploads())
        return HttpResponseRedirect(reverse("web:import_preview", args=[batch.pk]))
    return render(request, "anteckna/import.html", {"form": form})


@login_required
def preview(request: HttpRequest, batch: UUID) -> HttpResponse:
    found = _batch(request, batch)
    uploads = staging.uploads_of(found)
    ready = [u for u in uploads if u.state == db.StagedUpload.State.READY]
    data = request.POST if request.method == "POST" else None
    forms = [PreviewForm(u, data) for u in ready]
    if data is not None and all(form.is_valid() for form in forms):
        for form in forms:
            staging.set_corrections(form.upload, form.corrections())
        try:
            outcomes = staging.confirm(request.user, found)
        except StagingError as error:
            messages.error(request, str(error))
        else:
            return render(request, "anteckna/import_done.html", {"outcomes": outcomes})
    others = [u for u in uploads if u.state != db.StagedUpload.State.READY]
    context = {"batch": found, "forms": forms, "others": others}
    return render(request, "anteckna/import_preview.html", context)


@login_required
@require_POST
def cancel(request: HttpRequest, batch: UUID) -> HttpResponse:
    staging.cancel(_batch(request, batch))
    messages.success(request, _("The upload was discarded; nothing was saved."))
    return HttpResponseRedirect(reverse("web:import"))


def _batch(request: HttpRequest, batch: UUID) -> db.StagedBatch:
    if not access.can_import(request.user):
        raise PermissionDenied
    try:
        return staging.batch_of(request.user, batch)
    except NotVisible:
        raise Http404 from None
