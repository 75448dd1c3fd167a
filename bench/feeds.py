"""Calendar and reminder cost on the demo archive: a group's feed, a person's feed and the
weekly reminders, each timed and counted in queries (the feed is built on every request).

    .venv/bin/python bench/feeds.py

Prints figures; asserts nothing.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path


def main() -> None:
    from anteckna.config import DatabaseURL
    from anteckna.site import setup

    folder = Path(tempfile.mkdtemp(prefix="anteckna-bench-"))
    setup(DatabaseURL("sqlite", str(folder / "bench.sqlite3")))

    from django.db import connection
    from django.test.utils import CaptureQueriesContext
    from django.utils import timezone

    from anteckna.services import calendar, reminders
    from anteckna.services.demo import build_demo_archive
    from anteckna.services.listing import group_named
    from anteckna.store import models

    build_demo_archive(timezone.localdate())
    for account in models.Account.objects.select_related("user"):
        account.user.email = f"{account.user.username}@example.org"
        account.user.save()
    group = group_named("LG")
    person = models.Account.objects.get(role="secretary").person
    runs = (
        ("group feed", lambda: calendar.group_calendar(group)),
        ("person feed", lambda: calendar.person_calendar(person)),
        ("weekly reminders", lambda: reminders.weekly(timezone.localdate())),
    )
    for name, run in runs:
        run()
        with CaptureQueriesContext(connection) as queries:
            start = time.perf_counter()
            result = run()
            took = time.perf_counter() - start
        size = f"{len(result):>6} bytes" if isinstance(result, bytes) else f"{len(result):>3} mails"
        print(f"{name:<17} {took * 1000:7.1f} ms  {len(queries):>3} queries  {size}")


if __name__ == "__main__":
    main()
