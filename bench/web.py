"""Web latency: the meeting page and the search page of a large archive, under concurrent load.

    .venv/bin/python bench/web.py                        # the demo + 10,000 meetings, SQLite
    .venv/bin/python bench/web.py -n 2000 --requests 1000 --threads 8
    .venv/bin/python bench/web.py --postgres postgresql://postgres@127.0.0.1:5432/postgres
    .venv/bin/python bench/web.py --archive /tmp/web-archive   # built once, then reused

The archive is the demo (``services.demo``) plus N meetings made from the bundled samples:
each a sample's text with its date moved and one line that makes its bytes its own, written to
files and imported through ``services.importing`` like any notes (so parsing, storing and the
search index are the real ones). The N meetings belong to ``GROUPS`` groups that each meet
weekly, as a municipality's many groups do (one group meeting daily for decades would be no
archive anyone keeps); the requests are an administrator's, who sees them all.
Then ``anteckna serve --workers 2`` runs on it, a login gives
a session cookie, and threads with a keep-alive ``http.client`` connection each ask for pages:
first the meeting page of random meetings, then the search page for a rotation of queries.
For each: p50 and p95 latency and requests per second over the whole run. The target is
meeting page p95 ≤ 50 ms and ≥ 200 requests/s with 2 workers. Prints figures; asserts nothing.

The meeting pages are measured three ways. With the page keeper off (ANTECKNA_KEEP_PAGES=false)
and nothing kept: "rendered" is each meeting's first view (the request renders its body and
keeps it, ``web.meeting_cache``), "kept" the same meetings again in another order. Then the
server starts again with the keeper (``web.page_keeper``) and nothing kept; once it has
rendered every page (the time it took is printed), "kept ahead" is the first view of other
meetings, as a page looks to the first person who opens it.

Building 10,000 meetings takes minutes, so ``--archive DIR`` keeps the SQLite archive in DIR
and a later run with the same DIR measures it again without building (``-n`` is then
ignored: the archive is what it is).
"""

from __future__ import annotations

import argparse
import http.client
import os
import random
import re
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from datetime import date, timedelta
from pathlib import Path

QUERIES = ("kvalitetsrapport", "rektorerna", "budget", "skolorna", "rekrytering",
           '"förskoleklass på"', "elevhälsa*", "lokaler")  # fmt: skip
PASSWORD = "bench-password-that-is-long"
GROUPS = 20


def reuse(folder: Path) -> tuple[str, list[int]]:
    """An archive an earlier ``--archive`` run built in ``folder``; its URL and meeting ids."""
    from anteckna.config import parse_database_url
    from anteckna.site import setup

    database = f"sqlite:///{folder / 'bench.sqlite3'}"
    setup(parse_database_url(database))
    from anteckna.store import models as db

    meetings = list(db.Meeting.objects.values_list("pk", flat=True))
    print(f"archive: reused {folder} ({len(meetings)} meetings)", flush=True)
    return database, meetings


def build(url: str | None, folder: Path, count: int) -> tuple[str, list[int]]:
    """The archive (the demo and ``count`` meetings); its database URL and meeting ids."""
    from anteckna.config import parse_database_url
    from anteckna.site import setup

    database = url or f"sqlite:///{folder / 'bench.sqlite3'}"
    setup(parse_database_url(database))
    from anteckna.samples import sample_paths
    from anteckna.services.accounts import create_account
    from anteckna.services.demo import build_demo_archive
    from anteckna.services.importing import import_paths
    from anteckna.store import models as db

    started = time.perf_counter()
    build_demo_archive(date.today())
    create_account("bench", "administrator", password=PASSWORD)
    notes = folder / "notes"
    samples = [p.read_text(encoding="utf-8") for p in sample_paths()]
    first = date(2000, 1, 5)
    for n in range(count):
        group, week = n % GROUPS, n // GROUPS
        day = first + timedelta(weeks=week, days=group % 5)
        text = samples[n % len(samples)] + f"\nAnteckning nummer {n} i arkivet.\n"
        folder_of_group = notes / f"grupp{group}"
        folder_of_group.mkdir(parents=True, exist_ok=True)
        (folder_of_group / f"g{group}_{day.isoformat()}_{n}.txt").write_text(text, encoding="utf-8")
    made = time.perf_counter()
    imported = failed = 0
    for group in range(GROUPS):
        report = import_paths([notes / f"grupp{group}"], group=f"Grupp {group}")
        imported, failed = imported + len(report.imported), failed + len(report.failed)
    done = time.perf_counter()
    print(f"archive: demo + {imported} meetings in {GROUPS} groups imported "
          f"({failed} failed) in {done - made:.0f} s "
          f"({imported / max(done - made, 1e-9):.0f}/s); "
          f"demo and files {made - started:.0f} s", flush=True)  # fmt: skip
    return database, list(db.Meeting.objects.values_list("pk", flat=True))


def start_server(
    database: str, port: int, workers: int, *, keep_pages: bool
) -> subprocess.Popen[bytes]:
    env = {**os.environ, "ANTECKNA_DATABASE_URL": database,
           "ANTECKNA_SECRET_KEY": "bench-" + "k" * 50,
           "ANTECKNA_KEEP_PAGES": str(keep_pages).lower()}  # fmt: skip
    anteckna = Path(sys.executable).with_name("anteckna")
    server = subprocess.Popen(
        [str(anteckna), "serve", "--port", str(port), "--workers", str(workers)],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
            connection.request("GET", "/login/")
            if connection.getresponse().status == 200:
                return server
        except OSError:
            time.sleep(0.3)
    server.kill()
    raise SystemExit("the server did not answer within 60 s")


def login(port: int) -> str:
    """The Cookie header of a logged-in session."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    connection.request("GET", "/login/")
    response = connection.getresponse()
    html = response.read().decode()
    csrf = re.search(r"csrftoken=([^;]+)", response.headers["Set-Cookie"])[1]  # type: ignore[index]
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html)[1]  # type: ignore[index]
    body = urllib.parse.urlencode(
        {"username": "bench", "password": PASSWORD, "csrfmiddlewaretoken": token}
    )
    connection.request("POST", "/login/", body, {
        "Content-Type": "application/x-www-form-urlencoded", "Cookie": f"csrftoken={csrf}",
        "Referer": f"http://127.0.0.1:{port}/login/"})  # fmt: skip
    response = connection.getresponse()
    response.read()
    cookies = "; ".join(response.headers.get_all("Set-Cookie") or [])
    session = re.search(r"sessionid=([^;]+)", cookies)
    if response.status != 302 or session is None:
        raise SystemExit(f"login failed ({response.status})")
    return f"csrftoken={csrf}; sessionid={session[1]}"


def load(port: int, cookie: str, paths: list[str], threads: int) -> tuple[list[float], float]:
    """Ask for every path once, spread over ``threads`` keep-alive connections; the latency
    of each request (seconds) and the wall time of the whole run."""
    latencies: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()
    queue = list(reversed(paths))

    def worker() -> None:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        while True:
            with lock:
                if not queue:
                    return
                path = queue.pop()
            began = time.perf_counter()
            connection.request("GET", path, headers={"Cookie": cookie})
            response = connection.getresponse()
            response.read()
            took = time.perf_counter() - began
            with lock:
                latencies.append(took)
                if response.status != 200:
                    errors.append(f"{response.status} {path}")

    began = time.perf_counter()
    running = [threading.Thread(target=worker) for _ in range(threads)]
    for thread in running:
        thread.start()
    for thread in running:
        thread.join()
    wall = time.perf_counter() - began
    if errors:
        print(f"  {len(errors)} errors, e.g. {errors[:3]}")
    return latencies, wall


def report(name: str, latencies: list[float], wall: float) -> None:
    ordered = sorted(latencies)
    p50 = statistics.median(ordered) * 1000
    p95 = ordered[int(len(ordered) * 0.95) - 1] * 1000
    print(f"{name:<20} {len(ordered):>6} requests  p50 {p50:6.1f} ms  p95 {p95:6.1f} ms"
          f"  {len(ordered) / wall:7.1f} requests/s", flush=True)  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("-n", type=int, default=10_000, help="generated meetings")
    parser.add_argument("--requests", type=int, default=2000, help="requests per page kind")
    parser.add_argument("--threads", type=int, default=8)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--postgres", help="a server URL; a database is made there and dropped")
    parser.add_argument("--archive", type=Path, help="keep the SQLite archive here; reuse it")
    args = parser.parse_args()
    if args.archive is not None:
        if args.postgres:
            raise SystemExit("--archive keeps a SQLite archive; leave out --postgres")
        args.archive.mkdir(parents=True, exist_ok=True)
        run(None, args.archive, args)
        return
    with tempfile.TemporaryDirectory(prefix="anteckna-bench-") as name:
        url = None
        if args.postgres:
            import psycopg

            database = f"anteckna_bench_{os.getpid()}"
            with psycopg.connect(args.postgres, autocommit=True) as admin:
                admin.execute(f'CREATE DATABASE "{database}"')
            url = args.postgres.rsplit("/", 1)[0] + "/" + database
        try:
            run(url, Path(name), args)
        finally:
            if args.postgres:
                from django.db import connections

                connections.close_all()
                with psycopg.connect(args.postgres, autocommit=True) as admin:
                    admin.execute(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')


def run(url: str | None, folder: Path, args: argparse.Namespace) -> None:
    built = folder / "built"  # written when the archive is complete
    if built.exists():
        database, meetings = reuse(folder)
    elif (folder / "bench.sqlite3").exists():
        raise SystemExit(f"{folder} holds an archive whose build did not finish; remove it")
    else:
        database, meetings = build(url, folder, args.n)
        built.touch()
    import socket

    from anteckna.store import models as db

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    rng = random.Random(1)
    chosen = [f"/meetings/{pk}/" for pk in rng.sample(meetings, 2 * args.requests + 50)]
    warm, pages, others = chosen[:50], chosen[50 : 50 + args.requests], chosen[50 + args.requests :]
    db.KeptPage.objects.all().delete()
    server = start_server(database, port, args.workers, keep_pages=False)
    try:
        cookie = login(port)
        load(port, cookie, warm, args.threads)
        report("meeting, rendered", *load(port, cookie, pages, args.threads))
        rng.shuffle(pages)
        report("meeting, kept", *load(port, cookie, pages, args.threads))
        searches = [
            "/search/?" + urllib.parse.urlencode({"q": QUERIES[i % len(QUERIES)]})
            for i in range(args.requests // 4)
        ]
        report("search page", *load(port, cookie, searches, args.threads))
    finally:
        server.terminate()
        server.wait(timeout=30)
    db.KeptPage.objects.all().delete()
    began = time.perf_counter()
    server = start_server(database, port, args.workers, keep_pages=True)
    try:
        deadline = time.monotonic() + 3600
        while (kept := db.KeptPage.objects.count()) < len(meetings) and time.monotonic() < deadline:
            time.sleep(1)
        took = time.perf_counter() - began
        print(f"page keeper: {kept} of {len(meetings)} pages rendered {took:.0f} s "
              "after the server started", flush=True)  # fmt: skip
        cookie = login(port)
        report("meeting, kept ahead", *load(port, cookie, others, args.threads))
    finally:
        server.terminate()
        server.wait(timeout=30)


if __name__ == "__main__":
    main()
