"""A meeting's page, its original file and its exports (PDF, Word, …) as downloads.

The original is sent as an attachment with a content type from a short list of safe ones
(by the suffix it was imported with), never ``text/html``, with ``nosniff`` and a sandboxing
CSP: a note that was an HTML page in disguise is never rendered by the browser on our origin.
"""

from __future__ import annotations

from pathlib import PurePath

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.middleware.csrf import get_token
from django.shortcuts import render
from django.utils import timezone, translation

from anteckna.errors import ValueProblem
from anteckna.services import access
from anteckna.services import export as exports
from anteckna.services.access import NotVisible
from anteckna.services.meeting_page import meeting_head, updatable_actions
from anteckna.store import models as db
from anteckna.web.meeting_cache import body_html, for_viewer

SAFE_TYPES = {
    ".pdf": "application/pdf",
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ".txt": "text/plain",
    ".md": "text/plain",
}


@login_required
def meeting(request: HttpRequest, pk: int) -> HttpResponse:
    """The page as kept for everyone, made this viewer's (``web.meeting_cache``)."""
    today = timezone.localdate()
    try:
        head = meeting_head(request.user, pk, today)
    except NotVisible:
        raise Http404 from None
    body = body_html(head, today, translation.get_language())
    updatable = updatable_actions(request.user, head.meeting)
    token = get_token(request)  # one for every form on the page: each costs 32 random draws
    context = {
        "meeting": head.meeting,
        "body": for_viewer(body, head, updatable, request, token),
        "csrf_token": token,
    }
    return render(request, "anteckna/meeting.html", context)


@login_required
def export(request: HttpRequest, pk: int, fmt: str) -> HttpResponse:
    """The meeting exported in ``fmt``, corrections included, as an attachment; 404 for a
    meeting the user may not see and for a format there is not."""
    try:
        exported = exports.export(pk, fmt, request.user)
    except (NotVisible, ValueProblem):
        raise Http404 from None
    response = HttpResponse(exported.data, content_type=exported.media_type)
    response.headers["Content-Disposition"] = _attachment(exported.file_name)
    response.headers["X-Content-Type-Options"] = "nosniff"
    return response


@login_required
def original(request: HttpRequest, pk: int) -> HttpResponse:
    """The file exactly as imported (the current version), as an attachment."""
    found = access.visible_meetings(request.user).filter(pk=pk).values_list("source_id", flat=True)
    source_id = found.first()
    if source_id is None:
        raise Http404
    document = db.SourceDocument.objects.only("file_name", "encoding").get(pk=source_id)
    data = bytes(db.Original.objects.get(document_id=source_id).data)
    name = PurePath(document.file_name).name
    content_type = SAFE_TYPES.get(PurePath(name).suffix.lower(), "application/octet-stream")
    if content_type == "text/plain":
        content_type += f"; charset={document.encoding or 'utf-8'}"
    response = HttpResponse(data, content_type=content_type)
    response.headers["Content-Disposition"] = _attachment(name)
    response.headers["Content-Security-Policy"] = "sandbox; default-src 'none'"
    response.headers["X-Content-Type-Options"] = "nosniff"
    return response


def _attachment(name: str) -> str:
    """A Content-Disposition that every browser reads, whatever the file name holds."""
    from django.utils.http import content_disposition_header

    return content_disposition_header(as_attachment=True, filename=name) or "attachment"
