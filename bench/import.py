"""Import throughput: N generated notes into a fresh SQLite archive and into PostgreSQL.

    .venv/bin/python bench/import.py              # 10,000 notes
    .venv/bin/python bench/import.py -n 2000 --postgres postgresql://postgres@127.0.0.1/postgres

The notes have the seeds' shape (../shared/seeds): a "Deltagare LG:" block and a
"Styrgruppen:" block, remote and partial attendance, absentees, numbered items with
presenters, tasks, follow-ups and coming events, for twenty invented groups whose members
recur from meeting to meeting. Each backend runs in a process of its own (Django is set up once
per process, on one database) and the figure covers what ``anteckna import`` does: read,
hash, extract, parse and save, each note all or nothing. The parse alone is timed too, and the
import's CPU time is split into the main process's (storing: one writer, the bound on a
database with one writer) and the reading processes' (extract and parse, spread over the other
cores). Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


FIRST = _words(
    """
    Anna Märta Eva Karin Sara Lena Kerstin Ingrid Emma Johanna Elin Linnea Malin Sofia Erik
    Lars Karl Anders Johan Per Nils Lennart Mikael Jan Hans Olof Peter Gustav Oskar Viktor
    Åsa Örjan Ylva Tove Ebba Maja Ida Agnes Albin Hugo
    """
)
LAST = _words(
    """
    Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson
    Pettersson Jonsson Lindberg Lindqvist Bergström Lundgren Hammar Nyberg Sandberg Öberg
    Åkesson Wikström Sjöberg Forsberg Hedlund Ek Dahl Lindholm Blom
    """
)
TOPICS = (
    "Verksamhetsplan",
    "Budgetuppföljning",
    "Rekrytering av rektorer",
    "Skolskjuts",
    "Elevhälsa",
    "Lokalförsörjning",
    "Kompetensutveckling",
    "Hållbar utveckling",
    "Systematiskt kvalitetsarbete",
    "Digitalisering",
    "Barnkonventionen",
    "Arbetsmiljö",
)
BODIES = (
    "Lednings",
    "Arbets",
    "Styr",
    "Kvalitets",
    "Rektors",
    "Elevhälso",
    "Plan",
    "Budget",
    "Lokal",
    "Kompetens",
    "Miljö",
    "Samverkans",
    "Chefs",
    "Projekt",
    "Utvecklings",
    "Referens",
    "Samordnings",
    "Kris",
    "Digitaliserings",
    "Trygghets",
)
SENTENCES = (
    "Arbetet med {topic} fortgår enligt plan och rapporteras till nämnden i juni.",
    "Gruppen diskuterar hur verksamheterna kan stötta rektorer i det fortsatta arbetet.",
    "Förvaltningen har sammanställt underlag som skickas ut till enhetscheferna.",
    "Synpunkter från skolorna har kommit in och bearbetas vidare under våren.",
    "Ärendet tas upp igen i ledningsgruppen om två veckor.",
    "Alla uppmanas komma med inspel och synpunkter.",
)


def _roster(rng: random.Random, size: int) -> list[str]:
    names: set[str] = set()
    while len(names) < size:
        names.add(f"{rng.choice(FIRST)} {rng.choice(LAST)}")
    return sorted(names)


def generate(folder: Path, count: int, seed: int = 1) -> list[Path]:
    """Write ``count`` notes for twenty groups into ``folder``; returns their paths."""
    rng = random.Random(seed)
    groups = [(_roster(rng, 14), _roster(rng, 6)) for _ in BODIES]
    start = date(2019, 1, 7)
    paths = []
    for n in range(count):
        which = n % len(groups)
        lg, sg = groups[which]
        short = f"{BODIES[which][0]}{chr(65 + which)}G"  # a short name, like "LG"
        other = f"{BODIES[(which + 1) % len(BODIES)]}gruppen"  # a long name, like "Styrgruppen"
        present = [name for name in lg if rng.random() > 0.1]
        absent = [name for name in lg if name not in present]
        remote, partial = rng.sample(sg, 2)
        lines = [
            f" Deltagare {short}: {', '.join(present)}, ",
            f"{other}: {', '.join(n for n in sg if n not in (remote, partial))},  ",
            f"{remote} deltog via Teams  ",
            f"{partial} deltog 13-15.00 ",
            "",
            f"Frånvarande: {', '.join(absent)}",
            "",
            "Mötesanteckningar",
            "",
            "BESLUT",
            "Inga beslutspunkter",
            "",
            "INFORMATION",
            "",
        ]
        for number in range(1, rng.randint(4, 8) + 1):
            topic = rng.choice(TOPICS)
            presenter = rng.choice(present or lg).split()[0]
            lines += [f"{number}. {topic}", f"Föredragande: {presenter}", ""]
            body = [s.format(topic=topic.lower()) for s in rng.sample(SENTENCES, 3)]
            body.append(f"{presenter} avser kontakta berörda rektorer före nästa möte.")
            if rng.random() < 0.2:
                body.append(f"Förslag till datum är {rng.randint(1, 28)} april, lunch till lunch.")
            lines += [" ".join(body), ""]
        day = start + timedelta(days=7 * (n // len(groups)))
        path = folder / f"{short.lower()}_{day.isoformat()}_{n:05d}.txt"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        paths.append(path)
    return paths


def time_parse(paths: list[Path]) -> float:
    """Notes per second for extract + parse alone, without a database."""
    from anteckna.extract import extract_file
    from anteckna.parse import parse

    began = time.perf_counter()
    for path in paths:
        parse(extract_file(path).text, file_name=path.name)
    return len(paths) / (time.perf_counter() - began)


def run_import(url: str, folder: Path) -> dict[str, float]:
    """In this process: set Django up on ``url``, import ``folder``, give the figures."""
    from anteckna.config import parse_database_url
    from anteckna.site import setup

    setup(parse_database_url(url))
    from anteckna.services.importing import import_paths
    from anteckna.store.models import Person

    began, cpu = time.perf_counter(), time.process_time()
    report = import_paths([folder])
    seconds, cpu = time.perf_counter() - began, time.process_time() - cpu
    readers = resource.getrusage(resource.RUSAGE_CHILDREN)
    again = time.perf_counter()
    skipped = len(import_paths([folder]).skipped)
    return {
        "imported": len(report.imported),
        "failed": len(report.failed),
        "seconds": seconds,
        "notes_per_s": len(report.imported) / seconds,
        "main_ms": cpu / max(1, len(report.imported)) * 1000,
        "readers_ms": (readers.ru_utime + readers.ru_stime) / max(1, len(report.imported)) * 1000,
        "people": Person.objects.count(),
        "reimport_s": time.perf_counter() - again,
        "reimport_skipped": skipped,
    }


def _child(url: str, folder: Path) -> dict[str, float]:
    result = subprocess.run(
        [sys.executable, __file__, "--child", url, str(folder)],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    return json.loads(result.stdout.splitlines()[-1])


def _fresh_postgres(server: str) -> tuple[str, str] | str:
    """(url of a new database, its name), or the reason there is none."""
    try:
        import psycopg

        name = f"anteckna_bench_{int(time.time())}"
        with psycopg.connect(server, autocommit=True, connect_timeout=3) as admin:
            admin.execute(f'CREATE DATABASE "{name}"')
    except Exception as error:
        return f"no PostgreSQL at {server}: {str(error).splitlines()[0]}"
    return server.rsplit("/", 1)[0] + "/" + name, name


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("-n", "--notes", type=int, default=10_000)
    parser.add_argument("--postgres", default="postgresql://postgres@127.0.0.1:5432/postgres")
    parser.add_argument("--child", nargs=2, metavar=("URL", "FOLDER"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(run_import(args.child[0], Path(args.child[1]))))
        return
    with tempfile.TemporaryDirectory(prefix="anteckna-bench-") as tmp:
        folder = Path(tmp) / "notes"
        folder.mkdir()
        paths = generate(folder, args.notes)
        size = sum(p.stat().st_size for p in paths) / len(paths)
        print(f"{len(paths)} notes, {size:,.0f} bytes each on average")
        print(f"extract + parse only: {time_parse(paths):,.0f} notes/s")
        targets = {"sqlite": f"sqlite:///{tmp}/bench.sqlite3"}
        postgres = _fresh_postgres(args.postgres)
        if isinstance(postgres, str):
            print(f"postgresql: skipped ({postgres})")
        else:
            targets["postgresql"] = postgres[0]
        try:
            for backend, url in targets.items():
                r = _child(url, folder)
                print(
                    f"{backend}: {r['notes_per_s']:,.0f} notes/s ({r['imported']:.0f} imported, "
                    f"{r['failed']:.0f} failed, {r['seconds']:.1f} s, {r['people']:.0f} people); "
                    f"CPU a note: {r['main_ms']:.2f} ms storing, {r['readers_ms']:.2f} ms reading; "
                    f"re-import {r['reimport_s']:.1f} s, {r['reimport_skipped']:.0f} skipped"
                )
        finally:
            if not isinstance(postgres, str):
                import psycopg

                with psycopg.connect(args.postgres, autocommit=True) as admin:
                    admin.execute(f'DROP DATABASE IF EXISTS "{postgres[1]}" WITH (FORCE)')


if __name__ == "__main__":
    main()
