"""Parser throughput on generated notes in the seeds' shape; prints figures, asserts nothing.

    python bench/parse.py [--count 10000] [--workers N] [--large-mb 10]

Prints documents/s and MB/s on one core and with one worker per core, peak memory, and beside
them a bare pass of three compiled regexes over the same lines, timed in the same run, so the
figures can be compared across machines. Then the time for one large file (generated notes
joined into one text of about ``--large-mb`` MB), which must grow linearly with its size.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import resource
import time
from multiprocessing import Pool

from anteckna.parse import parse

FIRST = ["Anna", "Per", "Eva", "Lars", "Karin", "Johan", "Sara", "Mikael"]
FIRST += ["Lena", "Oskar", "Ingrid", "Nils", "Maja", "Erik", "Sofia", "Tove"]
LAST = ["Berg", "Lund", "Ek", "Sten", "Holm", "Dahl", "Nyberg", "Falk"]
LAST += ["Lind", "Wik", "Strand", "Sjöberg", "Ström", "Hed", "Roos", "Borg"]
TITLES = [
    "Incheckning",
    "Återkoppling från föregående möte",
    "Budget {year} – läget",
    "Verksamhetsplan {short}",
    "Kompetensförsörjning och rekrytering",
    "Lokalförsörjning",
    "Systematiskt kvalitetsarbete",
    "Kort information",
    "Utcheckning",
]
SENTENCES = [
    "{first} redogör för arbetet med {topic}.",
    "{first} och {first2} går igenom förslaget till {topic} och förklarar de ändringar som "
    "föreslås.",
    "Gruppen diskuterar {topic} och hur arbetet ska fortsätta under våren.",
    "{first} avser kontakta rektorerna om {topic}.",
    "Alla uppmanas komma med synpunkter på {topic}.",
    "Ärendet tas upp igen i ledningsgruppen om två veckor.",
    "Ledningsgruppen beslutade att anta förslaget om {topic}.",
    "Kompetensdag för rektorer {day} november {year}, kontakta {first} vid frågor.",
    "Underlaget skickas ut i god tid före nästa möte och finns i gruppens team.",
]
TOPICS = ["budgeten", "elevhälsan", "skolvalet", "verksamhetsplanen", "lokalerna", "frånvaron"]


def generate(seed: int) -> str:
    """One note in the seeds' shape: wrapped attendance with trailing spaces, BESLUT/INFORMATION,
    numbered items with paragraphs."""
    rng = random.Random(seed)
    people = [f"{rng.choice(FIRST)} {rng.choice(LAST)}" for _ in range(12)]
    year = rng.choice([2024, 2025, 2026])
    line = " Deltagare LG: " + ", ".join(people[:9]) + ", "
    out = [line[:90] + " ", line[90:] + " ", "Styrgruppen: " + ", ".join(people[9:11]) + " "]
    out += [f"{people[11]} deltog via Teams ", " ", "Frånvarande:  ", " ", "Mötesanteckningar", ""]
    out += ["BESLUT ", "Inga beslutspunkter ", "", "INFORMATION ", ""]
    for number, title in enumerate(rng.sample(TITLES, 6), start=1):
        out.append(f"{number}. {title.format(year=year, short=f'{year % 100}/{year % 100 + 1}')} ")
        for _ in range(rng.randint(1, 3)):
            paragraph = " ".join(
                rng.choice(SENTENCES).format(
                    first=rng.choice(people).split()[0],
                    first2=rng.choice(people).split()[0],
                    topic=rng.choice(TOPICS),
                    day=rng.randint(2, 28),
                    year=year + 1,
                )
                for _ in range(rng.randint(2, 5))
            )
            words, current = paragraph.split(), ""
            for word in words:
                if len(current) + len(word) > 92:
                    out.append(current + " ")
                    current = word
                else:
                    current = f"{current} {word}".strip()
            out += [current + " ", ""]
    return "\n".join(out)


_BARE = (
    re.compile(r"^\s*(?:Deltagare|Frånvarande|Närvarande)[^:]*:"),
    re.compile(r"^\s*\d{1,2}[.)]\s+\S"),
    re.compile(r"\d{1,2}\s*(?:januari|februari|mars|april|maj|juni|november)\s+\d{4}"),
)


def bare_pass(text: str) -> int:
    """Three compiled regexes over every line: the floor any line-based parser stands on."""
    hits = 0
    for line in text.split("\n"):
        for pattern in _BARE:
            if pattern.search(line):
                hits += 1
    return hits


def _parse_all(texts: list[str]) -> int:
    return sum(len(parse(text).items) for text in texts)


def large_text(megabytes: float) -> str:
    """Generated notes joined into one text of about ``megabytes`` MB (UTF-8)."""
    notes, size = [], 0
    while size < megabytes * 1e6:
        notes.append(generate(len(notes)))
        size += len(notes[-1].encode("utf-8")) + 1
    return "\n".join(notes)


def _timed(label: str, seconds: float, count: int, size: int) -> None:
    print(f"{label:<28} {count / seconds:>10,.0f} docs/s {size / seconds / 1e6:>8.2f} MB/s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--large-mb", type=float, default=10.0, help="0 leaves the large file out")
    args = parser.parse_args()
    texts = [generate(seed) for seed in range(args.count)]
    size = sum(len(text.encode("utf-8")) for text in texts)
    print(
        f"{args.count:,} generated notes, {size / 1e6:.1f} MB, mean {size / args.count:,.0f} bytes"
    )

    start = time.perf_counter()
    for text in texts:
        bare_pass(text)
    bare = time.perf_counter() - start
    _timed("bare pass (3 regexes)", bare, args.count, size)

    start = time.perf_counter()
    _parse_all(texts)
    one = time.perf_counter() - start
    _timed("parse, one core", one, args.count, size)

    chunks = [texts[i :: args.workers] for i in range(args.workers)]
    start = time.perf_counter()
    with Pool(args.workers) as pool:
        pool.map(_parse_all, chunks)
    many = time.perf_counter() - start
    _timed(f"parse, {args.workers} workers", many, args.count, size)

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"peak memory: {peak:.0f} MB (this process), {children:.0f} MB (largest worker)")
    print(f"parse costs {one / bare:.1f}× the bare pass")

    if args.large_mb > 0:
        text = large_text(args.large_mb)
        size = len(text.encode("utf-8"))
        start = time.perf_counter()
        parse(text)
        seconds = time.perf_counter() - start
        print(f"one file of {size / 1e6:.1f} MB: {seconds:.1f} s, {size / seconds / 1e6:.2f} MB/s")


if __name__ == "__main__":
    main()
