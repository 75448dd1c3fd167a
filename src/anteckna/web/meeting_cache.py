"""A meeting page's body, rendered once per version of the meeting and kept in the database.

Rendering a meeting's attendance, items and numbered source lines is most of what the page
costs, and it is the same for everyone who may see the meeting. So the body is kept rendered
in Django's database cache (a table in the archive's own database: several ``anteckna serve``
processes share it as they share sessions), under a key made of

- the meeting and its version (``services.meeting_page.MeetingHead.version``, read from the
  data: a re-import, a correction or an admin change gives a new one),
- the language and the day (an action becomes overdue at midnight),
- anteckna's version (a server with other code renders otherwise).

A body is kept compressed: tens of kilobytes of HTML are a few once compressed, in a table
that holds a day's viewed meetings (at most ``MAX_ENTRIES``, ``site.build``).

A key is never invalidated: a change gives a new key, and the old entry expires after a day
(``TIMEOUT`` in ``site.build``). ``anteckna serve`` empties the cache when it starts, so that
new code shows at once even where the version number stayed.

What depends on the viewer stays out: the previous and next meeting among those the viewer
sees, whether they may edit the meeting, and which actions' status buttons they get. The body
holds a slot for the first, and the edit link and every action's buttons between HTML
comments (which the escaped text of the notes can never contain), the buttons with slots for
the CSRF token and the page's path; ``for_viewer`` fills the slots, keeps what the viewer may
use and drops the rest: a pass over the text instead of a template per action.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Container
from datetime import date

from django.core.cache import cache
from django.http import HttpRequest
from django.template.loader import get_template, render_to_string
from django.utils import translation
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from anteckna import __version__
from anteckna.services.meeting_page import MeetingHead, meeting_body

_FORMS = re.compile(r"<!--status-form (\d+)-->(.*?)<!--/status-form-->", re.DOTALL)
"""An action's buttons as ``_meeting_body.html`` marks them."""
_EDIT = re.compile(r"<!--edit-link-->(.*?)<!--/edit-link-->", re.DOTALL)
_NEIGHBOURS = "<!--neighbours-->"
CSRF_SLOT = "csrf-token-slot"
PATH_SLOT = "page-path-slot"
"""Where the buttons hold the viewer's CSRF token and the page's path (letters and dashes:
escaping leaves them as they are)."""


def body_html(head: MeetingHead, today: date, downloads: list[tuple[str, str]]) -> str:
    """The meeting's page below the site's frame, as HTML with its slots and marks, for
    ``head``; ``downloads`` are the export formats' (name, label)."""
    key = ":".join(
        ("meeting-body", str(head.meeting.pk), head.version, translation.get_language() or "",
         today.isoformat(), __version__)
    )  # fmt: skip
    kept = cache.get(key)
    if kept is not None:
        return zlib.decompress(kept).decode()
    context = {
        "meeting": head.meeting,
        "groups": head.groups,
        "downloads": downloads,
        "page": meeting_body(head.meeting, today),
        "csrf_token": CSRF_SLOT,
        "next": PATH_SLOT,
    }
    html = render_to_string("anteckna/_meeting_body.html", context)
    cache.set(key, zlib.compress(html.encode(), 1))
    return html


def for_viewer(
    html: str, head: MeetingHead, updatable: Container[int], request: HttpRequest, token: str
) -> SafeString:
    """The kept body for this viewer: their previous and next meetings, the edit link if they
    may edit, the buttons of the actions they may change (``updatable``,
    ``services.meeting_page.updatable_actions``) with ``token`` and the page's path."""
    path = escape(request.get_full_path())

    def form(found: re.Match[str]) -> str:
        if int(found[1]) not in updatable:
            return ""
        return found[2].replace(CSRF_SLOT, token).replace(PATH_SLOT, path)

    html = _EDIT.sub(r"\1" if head.can_edit else "", html, count=1)
    neighbours = get_template("anteckna/_neighbours.html").render({"neighbours": head.neighbours})
    html = html.replace(_NEIGHBOURS, neighbours, 1)
    return mark_safe(_FORMS.sub(form, html))  # our templates' output, escaped when rendered
