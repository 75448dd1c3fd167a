"""Agenda engine timings on the demo archive in a fresh SQLite file.

    .venv/bin/python bench/agenda.py

Prints: the demo import (every file's actions closed and follow-ups linked on import), what
the closing and linking cost per meeting (run again over the finished archive), then
p50/max of building the draft agenda for each meeting date and the date after the last, of
listing every follow-up's state, and of one person's actions with the collectives covering
them. Asserts nothing.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from datetime import timedelta
from pathlib import Path


def timed(function, *args, **kwargs) -> tuple[float, object]:
    start = time.perf_counter()
    result = function(*args, **kwargs)
    return (time.perf_counter() - start) * 1000, result


def main() -> None:
    from anteckna.config import parse_database_url
    from anteckna.site import setup

    folder = tempfile.mkdtemp(prefix="anteckna-bench-")
    setup(parse_database_url(str(Path(folder) / "bench.sqlite3")))
    from anteckna.services.actions import list_actions
    from anteckna.services.agenda import draft_agenda
    from anteckna.services.demo import build_demo_archive
    from anteckna.services.followups import follow_up_states
    from anteckna.services.listing import group_named
    from anteckna.store import models

    ms, _ = timed(build_demo_archive)
    print(f"demo archive built (14 notes imported, accounts): {ms:.0f} ms")
    from anteckna.services.closing import close_reported_actions
    from anteckna.services.followups import resolve_follow_ups

    ids = list(models.Meeting.objects.values_list("pk", flat=True))
    hooks = [timed(close_reported_actions, pk)[0] + timed(resolve_follow_ups, pk)[0] for pk in ids]
    print(f"closing and follow-up linking per imported meeting: p50 "
          f"{statistics.median(hooks):.1f} ms, max {max(hooks):.1f} ms")  # fmt: skip
    group = group_named("LG")
    dates = sorted(models.Meeting.objects.filter(date__isnull=False).values_list("date", flat=True))
    dates.append(dates[-1] + timedelta(days=14))
    drafts = [timed(draft_agenda, group, day)[0] for day in dates]
    print(f"draft agenda, {len(drafts)} dates: p50 {statistics.median(drafts):.1f} ms, "
          f"max {max(drafts):.1f} ms")  # fmt: skip
    today = dates[-1]
    states = [timed(follow_up_states, models.FollowUp.objects.all(), today)[0] for _ in range(10)]
    print(f"every follow-up's state ({models.FollowUp.objects.count()}): "
          f"p50 {statistics.median(states):.1f} ms")  # fmt: skip
    mine = [timed(list_actions, today, person="Johanna Lindqvist")[0] for _ in range(10)]
    print(f"one person's actions with collectives: p50 {statistics.median(mine):.1f} ms")


if __name__ == "__main__":
    main()
