"""A meeting page's body, rendered once per version of the meeting and kept in the database.

Rendering a meeting's attendance, items and numbered source lines is most of what the page
costs, and it is the same for everyone who may see the meeting. So the body is kept rendered,
compressed, in ``store.models.KeptPage`` (a table in the archive's own database: several
``anteckna serve`` processes share it as they share sessions), one row per meeting and
language, under a key made of

- the meeting's version (``services.meeting_page.page_versions``, read from the data: a
  re-import, a correction, an admin change or an action falling overdue gives a new one),
- the language,
- the code that renders it (``code_version``: a server with other code renders otherwise).

A view whose key differs from the kept row's renders the body and replaces the row, and
``web.page_keeper`` does the same ahead of the first view for every meeting that changed.

What depends on the viewer stays out: the previous and next meeting among those the viewer
sees, whether they may edit the meeting, and which actions' status buttons they get. The body
holds a slot for the first, and the edit link and every action's buttons between HTML
comments (which the escaped text of the notes can never contain), the buttons with slots for
the CSRF token and the page's path; ``for_viewer`` fills the slots, keeps what the viewer may
use and drops the rest: a pass over the text instead of a template per action.
"""

from __future__ import annotations

import functools
import hashlib
import re
import zlib
from collections.abc import Container, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

from django.db import IntegrityError, OperationalError, connection, transaction
from django.http import HttpRequest
from django.template.loader import get_template, render_to_string
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext_lazy as _

import anteckna
from anteckna.services import export as exports
from anteckna.services.meeting_page import MeetingHead, meeting_body
from anteckna.store import models as db

_FORMS = re.compile(r"<!--status-form (\d+)-->(.*?)<!--/status-form-->", re.DOTALL)
"""An action's buttons as ``_meeting_body.html`` marks them."""
_EDIT = re.compile(r"<!--edit-link-->(.*?)<!--/edit-link-->", re.DOTALL)
_NEIGHBOURS = "<!--neighbours-->"
CSRF_SLOT = "csrf-token-slot"
PATH_SLOT = "page-path-slot"
"""Where the buttons hold the viewer's CSRF token and the page's path (letters and dashes:
escaping leaves them as they are)."""
FORMAT_NAMES = {"pdf": "PDF", "docx": "Word", "md": "Markdown", "json": "JSON",
                "notes": _("Text"), "ics": _("Calendar")}  # fmt: skip
"""How the download links name each export format; an unknown one is shown by its name."""
_CODE_SUFFIXES = {".py", ".html", ".mo"}

_KEPT = (
    f"SELECT key, html FROM {db.KeptPage._meta.db_table} WHERE meeting_id = %s AND language = %s"
)
_KEEP = f"""INSERT INTO {db.KeptPage._meta.db_table} (meeting_id, language, key, html)
VALUES (%s, %s, %s, %s) ON CONFLICT (meeting_id, language)
DO UPDATE SET key = excluded.key, html = excluded.html"""


@functools.cache
def code_version() -> str:
    """A digest of anteckna's code, templates and translations as this process has them.

    Part of every page's key, so that pages rendered by other code (an upgrade, a change of
    a template under the same version number) are rendered again rather than shown.
    """
    root = Path(anteckna.__file__).parent
    digest = hashlib.sha1(anteckna.__version__.encode(), usedforsecurity=False)
    for path in sorted(root.rglob("*")):
        if path.suffix in _CODE_SUFFIXES and "__pycache__" not in path.parts:
            digest.update(str(path.relative_to(root)).encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def page_key(version: str, language: str) -> str:
    """The key a body of the meeting ``version`` in ``language`` is kept under."""
    parts = f"{version}:{language}:{code_version()}"
    return hashlib.sha1(parts.encode(), usedforsecurity=False).hexdigest()


def body_html(head: MeetingHead, today: date, language: str) -> str:
    """The meeting's page below the site's frame in ``language`` (the active one), as HTML
    with its slots and marks, for ``head``: the kept body if it is ``head``'s version."""
    key = page_key(head.version, language)
    with connection.cursor() as cursor:
        cursor.execute(_KEPT, [head.meeting.pk, language])
        kept = cursor.fetchone()
    if kept is not None and kept[0] == key:
        return zlib.decompress(kept[1]).decode()
    html = render_body(head.meeting, head.groups, today)
    keep(head.meeting.pk, language, key, html, wait=False)
    return html


def render_body(meeting: db.Meeting, groups: list[db.Group], today: date) -> str:
    """The body of ``meeting``'s page in the active language, its ``groups`` ordered by name."""
    context = {
        "meeting": meeting,
        "groups": groups,
        "downloads": [(fmt, FORMAT_NAMES.get(fmt, fmt)) for fmt in exports.formats()],
        "page": meeting_body(meeting, today),
        "csrf_token": CSRF_SLOT,
        "next": PATH_SLOT,
    }
    return render_to_string("anteckna/_meeting_body.html", context)


def keep(meeting_id: int, language: str, key: str, html: str, *, wait: bool = True) -> None:
    """Keep ``html`` as the meeting's body in ``language`` under ``key``, replacing the one
    kept before; nothing when the meeting has been deleted meanwhile.

    A view keeps what it rendered only if the database takes the write at once (``wait``
    false): on SQLite another writer (an import's batch, the page keeper, another view) holds
    the one write lock for a while, and the page is ready to send; what is not kept now is
    kept by the page keeper or the next view.
    """
    data = zlib.compress(html.encode(), 1)
    try:
        with _lock_wait(wait), transaction.atomic(), connection.cursor() as cursor:
            cursor.execute(_KEEP, [meeting_id, language, key, data])
    except IntegrityError:
        pass  # the meeting is gone: so is its page
    except OperationalError as error:
        if wait or "locked" not in str(error):
            raise


@contextmanager
def _lock_wait(wait: bool) -> Iterator[None]:
    """SQLite's busy timeout off inside, unless ``wait``; other databases as they are."""
    if wait or connection.vendor != "sqlite":
        yield
        return
    waits = int(connection.settings_dict["OPTIONS"].get("timeout", 5) * 1000)  # as connected
    with connection.cursor() as cursor:
        cursor.execute("PRAGMA busy_timeout = 0")
        try:
            yield
        finally:
            cursor.execute(f"PRAGMA busy_timeout = {waits}")


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
