"""Meeting pages rendered ahead of their first view, by a process of their own.

A view renders a meeting's body only when no body of its current version is kept
(``web.meeting_cache``); rendering is most of what a page costs, so the first view after an
import, a correction, a later meeting's links or a day that made an action overdue would be
the slow one. ``anteckna serve`` therefore starts a keeper beside its workers: every
``INTERVAL`` seconds it reads a few numbers that move whenever any meeting's version can
(``archive_state``), and when they moved it renders, newest meetings first, every body in the
site's language that is missing or of another version. It runs at a lower priority than the
workers, so a page someone asks for comes before one nobody has asked for yet.

Several servers sharing one database each start a keeper unless ANTECKNA_KEEP_PAGES is false
on all but one; two keepers render the same pages twice, nothing worse.
"""

from __future__ import annotations

import os
import signal
import sys
import time
from collections.abc import Callable
from datetime import date

from django.conf import settings
from django.contrib.admin.models import LogEntry
from django.db import DatabaseError, connection, connections
from django.db.models import F, Prefetch
from django.utils import timezone, translation

from anteckna.services.meeting_page import page_versions
from anteckna.store import models as db
from anteckna.web.meeting_cache import keep, page_key, render_body

INTERVAL = 2.0
"""Seconds between two looks at the archive: how soon a change is rendered."""
BATCH = 200
"""Meetings whose versions are read in one query."""
PRIORITY = 10
"""Added to the keeper's nice value: the workers' requests come first."""

_STATE = f"""SELECT (SELECT count(*) FROM {db.Meeting._meta.db_table}),
(SELECT max(updated_at) FROM {db.Meeting._meta.db_table}),
(SELECT max(id) FROM {db.SourceDocument._meta.db_table}),
(SELECT max(id) FROM {db.Correction._meta.db_table}),
(SELECT max(id) FROM {LogEntry._meta.db_table})"""


def archive_state(today: date) -> tuple[object, ...]:
    """What moves whenever some meeting's page version can (``page_versions``): meetings
    added, deleted or saved, source documents, corrections, admin changes, the groups'
    names, and the day. Two queries, whatever the archive's size."""
    with connection.cursor() as cursor:
        cursor.execute(_STATE)
        counts = cursor.fetchone()
    groups = tuple(db.Group.objects.order_by("pk").values_list("pk", "name"))
    return (today, *counts, groups)


def keep_pages(language: str, today: date, stop: Callable[[], bool] = lambda: False) -> int:
    """Render and keep the body in ``language`` of every meeting whose kept one is missing
    or of another version, the latest meetings first; how many were rendered. ``stop`` is
    asked before each page. A page that fails to render is told on stderr and left to the
    view (which shows the error as any page would); the others are kept all the same."""
    order = (F("date").desc(nulls_last=True), "-pk")
    meeting_ids = list(db.Meeting.objects.order_by(*order).values_list("pk", flat=True))
    kept = dict(db.KeptPage.objects.filter(language=language).values_list("meeting_id", "key"))
    by_name = Prefetch("groups", queryset=db.Group.objects.order_by("name"))
    rendered = 0
    with translation.override(language):
        for first in range(0, len(meeting_ids), BATCH):
            chunk = meeting_ids[first : first + BATCH]
            keys = {pk: page_key(v, language) for pk, v in page_versions(chunk, today).items()}
            stale = [pk for pk, key in keys.items() if kept.get(pk) != key]
            meetings = db.Meeting.objects.filter(pk__in=stale).order_by(*order)
            for meeting in meetings.prefetch_related(by_name):
                if stop():
                    return rendered
                try:
                    html = render_body(meeting, list(meeting.groups.all()), today)
                except DatabaseError:
                    raise
                except Exception as error:  # one meeting's bug must not stop every page
                    print(f"anteckna: page keeper: meeting {meeting.pk}: {error!r}",
                          file=sys.stderr, flush=True)  # fmt: skip
                    continue
                keep(meeting.pk, language, keys[meeting.pk], html)
                rendered += 1
    return rendered


def run(alive: Callable[[], bool]) -> None:
    """Keep the pages in the site's language while ``alive()``: a look every ``INTERVAL``
    seconds, a pass when the archive moved. A database error (a restarted server) is told
    on stderr and the next look tries again on a new connection."""
    language = settings.LANGUAGE_CODE
    seen = None
    while alive():
        try:
            today = timezone.localdate()
            state = archive_state(today)
            if state != seen:
                began = time.monotonic()
                rendered = keep_pages(language, today, stop=lambda: not alive())
                if rendered:
                    took = time.monotonic() - began
                    print(f"anteckna: kept {rendered} meeting pages rendered ({took:.1f} s)",
                          file=sys.stderr, flush=True)  # fmt: skip
                seen = state
        except DatabaseError as error:
            print(f"anteckna: page keeper: {error}", file=sys.stderr, flush=True)
            connections.close_all()
        time.sleep(INTERVAL)


def start() -> int:
    """Fork the keeper from the server's master (set up, its connections closed); its pid.

    The keeper ignores Ctrl-C (the master stops it, with SIGTERM, after the workers), lowers
    its priority by ``PRIORITY``, and ends by itself when the master is gone.
    """
    master = os.getpid()
    pid = os.fork()
    if pid:
        return pid
    status = 0
    try:
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        signal.signal(signal.SIGHUP, signal.SIG_DFL)
        os.nice(PRIORITY)
        run(lambda: os.getppid() == master)
    except BaseException as error:  # a child of the master must never return into it
        print(f"anteckna: page keeper stopped: {error!r}", file=sys.stderr, flush=True)
        status = 1
    finally:
        os._exit(status)


def stop(pid: int) -> None:
    """Stop the keeper ``start`` gave and wait for it (gunicorn's master may have reaped it)."""
    try:
        os.kill(pid, signal.SIGTERM)
        os.waitpid(pid, 0)
    except (ProcessLookupError, ChildProcessError):
        pass
