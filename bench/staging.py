"""The web import's two steps on the bundled samples: staging (read, parse, preview) and
confirming (import with the preview's corrections), in a fresh SQLite archive.

    .venv/bin/python bench/staging.py            # the 14 samples, 5 rounds
    .venv/bin/python bench/staging.py --rounds 2

Each round stages all samples as one batch, dates every one of them by hand (one correction a
file, the most common one) and confirms; the archive is emptied between rounds. Prints the
milliseconds per file of each step and the size of a staged preview; asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import statistics
import tempfile
import time
from datetime import date
from pathlib import Path


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--rounds", type=int, default=5)
    rounds = options.parse_args().rounds
    with tempfile.TemporaryDirectory() as folder:
        from anteckna.config import parse_database_url
        from anteckna.site import setup

        setup(parse_database_url(str(Path(folder) / "bench.sqlite3")))
        run(rounds)


def run(rounds: int) -> None:
    from anteckna.samples import sample_paths
    from anteckna.services import staging
    from anteckna.services.accounts import create_account
    from anteckna.store import models

    user = create_account("bench", "secretary").user
    files = [staging.Upload(p.name, p.read_bytes()) for p in sample_paths()]
    staged, confirmed = [], []
    for _ in range(rounds):
        models.Correction.objects.all().delete()
        models.Meeting.objects.all().delete()
        models.Original.objects.all().delete()
        models.SourceDocument.objects.all().delete()
        start = time.perf_counter()
        batch = staging.stage(user, files)
        staged.append((time.perf_counter() - start) / len(files))
        uploads = staging.uploads_of(batch)
        sizes = [len(json.dumps(u.preview)) for u in uploads]
        for upload in uploads:
            staging.set_corrections(upload, staging.Corrections(date=date(2030, 1, 1)))
        start = time.perf_counter()
        outcomes = staging.confirm(user, batch)
        confirmed.append((time.perf_counter() - start) / len(files))
        imported = sum(o.status == "imported" for o in outcomes)
    print(f"{len(files)} files, {rounds} rounds (SQLite); last round imported {imported}")
    print(f"stage:   {statistics.median(staged) * 1000:6.1f} ms per file (median of rounds)")
    print(
        f"confirm: {statistics.median(confirmed) * 1000:6.1f} ms per file, one date correction each"
    )
    print(f"preview: {statistics.median(sizes) / 1024:6.1f} KiB of JSON per file (median)")


if __name__ == "__main__":
    main()
