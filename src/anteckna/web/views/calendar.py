"""Calendar feeds behind secret links, and renewing one's link.

The feed takes no login: calendar programs cannot log in, so the token in the address is the
secret (``services.feeds``), and a wrong or revoked one is a plain 404.
"""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST, require_safe

from anteckna.services import feeds
from anteckna.services.access import NotVisible


@require_safe
def feed(request: HttpRequest, token: str) -> HttpResponse:
    def link(meeting_id: int) -> str:
        return request.build_absolute_uri(reverse("web:meeting", args=[meeting_id]))

    try:
        body = feeds.feed(token, link)
    except NotVisible:
        raise Http404 from None
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = 'inline; filename="anteckna.ics"'
    response["Cache-Control"] = "private, max-age=300"
    return response


@login_required
@require_POST
def renew(request: HttpRequest) -> HttpResponse:
    """A new secret link for the user's own calendar or one group's; the old one stops working."""
    group = request.POST.get("group", "")
    try:
        feeds.renew(request.user, int(group) if group.isdigit() else None)
    except NotVisible:
        raise Http404 from None
    messages.success(request, _("New calendar link made. The old link no longer works."))
    return HttpResponseRedirect(reverse("web:start") + "#calendar")


def feed_links(request: HttpRequest) -> list[tuple[feeds.Feed, str]]:
    """The user's feeds with their full addresses, for the start page."""
    return [
        (found, request.build_absolute_uri(reverse("web:calendar_feed", args=[found.token])))
        for found in feeds.feeds_of(request.user)
    ]
