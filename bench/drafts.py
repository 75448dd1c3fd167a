"""Taking notes: what an autosave and an approval cost on the server, on a fresh SQLite archive.

    .venv/bin/python bench/drafts.py            # 200 autosaves of a 12-item meeting
    .venv/bin/python bench/drafts.py -n 1000 --postgres postgresql://postgres@127.0.0.1/postgres

With ``--postgres`` the bench makes a database of its own on that server and drops it after.

A group of fifteen invented members; the draft is opened from the agenda, then saved N times
as a secretary types (each save adds a sentence to one item, with a decision, an action and a
follow-up now and then), then marked ready and approved (stored as a meeting and indexed).
The page saves every three seconds, so a save far below that keeps many meetings on one
server. Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from dataclasses import replace
from datetime import date
from pathlib import Path

NAMES = (
    "Ylva Ek", "Tove Dahl", "Albin Hammar", "Hugo Blom", "Ebba Nyberg", "Agnes Lindholm",
    "Örjan Sjöberg", "Maja Hedlund", "Ida Forsberg", "Viktor Åkesson", "Olof Wikström",
    "Märta Lundgren", "Nils Sandberg", "Kerstin Öberg", "Lennart Bergström",
)  # fmt: skip


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("-n", type=int, default=200, help="autosaves")
    options.add_argument("--postgres", metavar="URL", help="a PostgreSQL server to use")
    args = options.parse_args()
    from anteckna.config import parse_database_url
    from anteckna.site import setup

    if args.postgres is None:
        folder = Path(tempfile.mkdtemp(prefix="anteckna-bench-drafts-"))
        url = f"sqlite:///{folder / 'bench.sqlite3'}"
        setup(parse_database_url(url))
        run(args.n, url)
        return
    import psycopg

    name = f"anteckna_bench_drafts_{os.getpid()}"
    with psycopg.connect(args.postgres, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    try:
        url = args.postgres.rsplit("/", 1)[0] + "/" + name
        setup(parse_database_url(url))
        run(args.n, url)
    finally:
        from django.db import connections

        connections.close_all()
        with psycopg.connect(args.postgres, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def run(saves: int, url: str) -> None:
    from anteckna.services import drafts
    from anteckna.services.accounts import create_account
    from anteckna.services.drafts.content import DraftAction, DraftFollowUp, DraftItem
    from anteckna.services.importing import import_paths

    notes = Path(tempfile.mkdtemp()) / "bench_2024-05-14.txt"
    notes.write_text(f"Deltagare BG: {', '.join(NAMES)}\n\n1. Start\nText.\n", encoding="utf-8")
    import_paths([notes], group="Benchgruppen")
    secretary = create_account("bench-sekr", "secretary", person=NAMES[0]).user
    chair = create_account("bench-chair", "administrator").user
    from anteckna.store import models as db

    group = db.Group.objects.get(name="Benchgruppen")
    started = time.perf_counter()
    draft = drafts.open_draft(secretary, group.pk, date(2024, 6, 11))
    opened = time.perf_counter() - started
    content = drafts.from_dict(draft.content)
    content = replace(content, items=tuple(DraftItem(f"Punkt {n}") for n in range(1, 13)))
    times = []
    for i in range(saves):
        items = list(content.items)
        n = i % len(items)
        item = items[n]
        item = replace(item, text=f"{item.text} Mening {i} om läget i verksamheten.".strip())
        if i % 7 == 0:
            item = replace(item, decisions=(*item.decisions, f"Beslut {i}."))
        if i % 11 == 0:
            action = DraftAction(f"Åtgärd {i}.", (NAMES[i % len(NAMES)],), date(2024, 7, 1))
            item = replace(item, actions=(*item.actions, action))
        if i % 13 == 0:
            item = replace(item, follow_ups=(*item.follow_ups, DraftFollowUp(f"Åter {i}.", 14)))
        items[n] = item
        content = replace(content, items=tuple(items))
        started = time.perf_counter()
        draft = drafts.save_draft(secretary, draft.pk, content, draft.revision)
        times.append(time.perf_counter() - started)
    draft = drafts.mark_ready(secretary, draft.pk, draft.revision)
    started = time.perf_counter()
    drafts.approve(chair, draft.pk, draft.revision)
    approved = time.perf_counter() - started
    size = len(str(draft.content))
    print(f"database: {url.split('://')[0]}")
    print(f"open from the agenda: {opened * 1000:.1f} ms")
    print(
        f"autosave: {saves} saves, median {statistics.median(times) * 1000:.1f} ms, "
        f"p95 {sorted(times)[int(len(times) * 0.95) - 1] * 1000:.1f} ms, "
        f"max {max(times) * 1000:.1f} ms (final content {size / 1024:.0f} KiB)"
    )
    print(f"approve (store, index): {approved * 1000:.1f} ms")


if __name__ == "__main__":
    main()
