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

What depends on the viewer stays out: the head (edit link, previous and next meeting), and
which actions' status buttons the viewer gets. The body holds every action's buttons between
HTML comments, which the escaped text of the notes can never contain, with slots for the
CSRF token and the page's path; ``with_status_forms`` keeps the viewer's own and fills their
slots, and drops the others: a pass over the text instead of a template per action.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Collection
from datetime import date

from django.core.cache import cache
from django.http import HttpRequest
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from anteckna import __version__
from anteckna.services.meeting_page import MeetingHead, meeting_body

_FORMS = re.compile(r"<!--status-form (\d+)-->(.*?)<!--/status-form-->", re.DOTALL)
"""An action's buttons as ``_meeting_body.html`` marks them."""
CSRF_SLOT = "csrf-token-slot"
PATH_SLOT = "page-path-slot"
"""Where the buttons hold the viewer's CSRF token and the page's path (letters and dashes:
escaping leaves them as they are)."""


def body_html(head: MeetingHead, today: date) -> str:
    """The body of ``head``'s meeting page as HTML, every action's buttons marked."""
    key = ":".join(
        ("meeting-body", str(head.meeting.pk), head.version, translation.get_language() or "",
         today.isoformat(), __version__)
    )  # fmt: skip
    kept = cache.get(key)
    if kept is not None:
        return zlib.decompress(kept).decode()
    body = meeting_body(head.meeting, today)
    slots = {"csrf_token": CSRF_SLOT, "next": PATH_SLOT}
    html = render_to_string(
        "anteckna/_meeting_body.html", {"meeting": head.meeting, "page": body, **slots}
    )
    cache.set(key, zlib.compress(html.encode(), 1))
    return html


def with_status_forms(
    html: str, updatable: Collection[int], request: HttpRequest, csrf_token: str
) -> SafeString:
    """The body with the buttons of the actions the viewer may change (``updatable``,
    ``services.meeting_page.updatable_actions``), their slots filled; the others' dropped."""
    path = escape(request.get_full_path())

    def fill(form: re.Match[str]) -> str:
        if int(form[1]) not in updatable:
            return ""
        return form[2].replace(CSRF_SLOT, csrf_token).replace(PATH_SLOT, path)

    return mark_safe(_FORMS.sub(fill, html))  # our templates' output, escaped when rendered
