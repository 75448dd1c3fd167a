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
the status buttons of the actions the viewer may change, which the body holds as slots
filled per request by ``with_status_forms``. A slot is an HTML comment, which the
escaped text of the notes can never contain.
"""

from __future__ import annotations

import re
import zlib
from datetime import date

from django.core.cache import cache
from django.http import HttpRequest
from django.template.loader import get_template, render_to_string
from django.utils import translation
from django.utils.safestring import SafeString, mark_safe

from anteckna import __version__
from anteckna.services.meeting_page import MeetingHead, meeting_body

_SLOTS = re.compile(r"<!--status-form (\d+)-->")
"""A slot as ``_meeting_body.html`` writes it, where an action's buttons go."""


def body_html(head: MeetingHead, today: date) -> str:
    """The body of ``head``'s meeting page as HTML, with a slot for each action's buttons."""
    key = ":".join(
        ("meeting-body", str(head.meeting.pk), head.version, translation.get_language() or "",
         today.isoformat(), __version__)
    )  # fmt: skip
    kept = cache.get(key)
    if kept is not None:
        return zlib.decompress(kept).decode()
    body = meeting_body(head.meeting, today)
    html = render_to_string("anteckna/_meeting_body.html", {"meeting": head.meeting, "page": body})
    cache.set(key, zlib.compress(html.encode(), 1))
    return html


def with_status_forms(
    html: str, statuses: dict[int, str], request: HttpRequest, csrf_token: str
) -> SafeString:
    """The body with each action's slot filled with its buttons when the viewer may change it
    (``statuses``: action id → status, ``services.meeting_page.updatable_actions``), else
    emptied."""
    template = get_template("anteckna/_status_form.html")
    context = {"csrf_token": csrf_token, "request": request}

    def fill(slot: re.Match[str]) -> str:
        action = int(slot[1])
        if action not in statuses:
            return ""
        return template.render({**context, "action": {"pk": action, "status": statuses[action]}})

    return mark_safe(_SLOTS.sub(fill, html))  # our templates' output, escaped when rendered
