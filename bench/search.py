"""Search latency: N generated agenda items in a fresh SQLite and PostgreSQL archive.

    .venv/bin/python bench/search.py                 # 100,000 items
    .venv/bin/python bench/search.py -n 1000000 --queries 100
    .venv/bin/python bench/search.py --postgres postgresql://postgres@127.0.0.1:5432/postgres

The items read like municipal notes to a search engine: about a thousand lemmas (simple and
compound nouns of school and administration, adjectives, verbs and function words) in their
inflected forms, a few thousand distinct words in all, drawn with Zipf-like frequencies;
presenters, owners and mentioned first names from a roster of 300 people; decisions, actions
and follow-ups taken from the items' sentences, as the parser takes them. The rows are written
straight into the tables and the index built by ``reindex`` (the same code as after an import),
which is timed too.

Queries: one word (a content lemma drawn by frequency, in a random form), two words (two
content words of a random item) and a phrase (two neighbouring words of a random item, quoted).
For each kind: p50 and p95 of the ranked top-20 (the backend's query alone), and of the whole
``search()`` a command runs (query parsing, ranking, loading the twenty hits, snippets).
Each backend runs in a process of its own. Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import json
import random
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta


def _words(text: str) -> list[str]:
    return text.split()


FUNCTION = _words(
    """
och i att som det för på med till av om är har en ett de den vi inte kan ska under
från efter vid inom samt eller men så också nu när där alla olika mer fortsatt detta denna dessa
hur vad var sedan redan bör även sig sina sitt nästa inför kring mellan genom utifrån både"""
)

# Nouns by how they inflect: (indefinite, definite, plural, definite plural), genitives added.
N_A_OR = _words("skola fråga vecka lista förskola människa")
N_ER = _words(
    """
plan grupp enhet process rutin analys insats rapport resurs dialog kommun nämnd region
strategi prognos effekt budget modell metod kostnad konsult"""
)
N_ING = _words(
    """
förvaltning utbildning uppföljning planering satsning ledning samordning bedömning
utvärdering rekrytering handling placering lösning"""
)
N_ET = _words("beslut uppdrag förslag mål resultat behov avtal underlag ansvar stöd")
N_E = _words("arbete möte område ärende läge syfte")
N_OR = _words("rektor direktör")
ADJECTIVES = _words(
    """
ny viktig aktuell gemensam tydlig hållbar konkret ekonomisk politisk systematisk
kommunal central lokal stor god snabb säker långsiktig"""
)
VERBS = _words(
    """
redogör redogjorde presenterar presenterade diskuterar diskuterade beslutar beslutade
informerar informerade föreslår föreslog arbetar arbetade planerar planerade genomför
genomförde följer sammanställer bearbetar pågår påbörjas skickas tas behöver kommer fastställs
lyfter lyfte återkopplar återkopplade"""
)
PREFIXES = _words(
    """
skol elev verksamhets lednings budget lokal kvalitets kompetens arbets miljö
utvecklings förvaltnings personal samverkans trygghets hälso barn förskole fritids gymnasie
projekt uppföljnings ekonomi digitaliserings kommun rektors lärar omsorgs fastighets kris
säkerhets kommunikations likabehandlings närvaro"""
)
FIRST = _words(
    """
Anna Märta Eva Karin Sara Lena Kerstin Ingrid Emma Johanna Elin Linnea Malin Sofia Erik
Lars Karl Anders Johan Per Nils Lennart Mikael Jan Hans Olof Peter Gustav Oskar Viktor Åsa
Örjan Ylva Tove Ebba Maja Ida Agnes Albin Hugo"""
)
LAST = _words(
    """
Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson
Pettersson Jonsson Lindberg Lindqvist Bergström Lundgren Hammar Nyberg Sandberg Öberg Åkesson
Wikström Sjöberg Forsberg Hedlund Ek Dahl Lindholm Blom"""
)


def _genitives(forms: list[str]) -> list[str]:
    return forms + [f if f.endswith("s") else f + "s" for f in forms]


def noun_forms(word: str, kind: str) -> list[str]:
    """The forms of a noun of one of the classes above (compounds inflect like their head)."""
    if kind == "a_or":
        base = word[:-1]
        return _genitives([word, base + "an", base + "or", base + "orna"])
    endings = {"er": "en er erna", "ing": "en ar arna", "et": "et en", "e": "t n na",
               "or": "n er erna"}[kind]  # fmt: skip
    return _genitives([word, *(word + ending for ending in endings.split())])


def vocabulary(rng: random.Random) -> tuple[list[list[str]], list[float], int]:
    """Lemmas (each a list of its forms), their Zipf weights, and how many lead the list as
    function words."""
    classes = [("a_or", N_A_OR), ("er", N_ER), ("ing", N_ING), ("et", N_ET), ("e", N_E),
               ("or", N_OR)]  # fmt: skip
    nouns = [noun_forms(word, kind) for kind, words in classes for word in words]
    heads = [(kind, word) for kind, words in classes for word in words]
    compounds = [
        noun_forms(prefix + word, kind)
        for prefix, (kind, word) in itertools.product(PREFIXES, heads)
    ]
    content = nouns + rng.sample(compounds, 700)
    content += [[a, a + "t", a + "a"] for a in ADJECTIVES] + [[v] for v in VERBS]
    rng.shuffle(content)
    lemmas = [[w] for w in FUNCTION] + content
    weights = [1 / (rank + 2.7) ** 1.05 for rank in range(len(lemmas))]
    return lemmas, weights, len(FUNCTION)


class Writer:
    """Sentences and items drawn from the vocabulary, reproducibly."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.lemmas, weights, self.function = vocabulary(self.rng)
        self.cumulative = list(itertools.accumulate(weights))
        self.people = sorted({f"{self.rng.choice(FIRST)} {self.rng.choice(LAST)}"
                              for _ in range(400)})[:300]  # fmt: skip

    def word(self) -> str:
        [forms] = self.rng.choices(self.lemmas, cum_weights=self.cumulative)
        return self.rng.choice(forms)

    def sentence(self) -> str:
        words = [self.word() for _ in range(self.rng.randint(6, 16))]
        if self.rng.random() < 0.3:
            words.insert(0, self.rng.choice(self.people).split()[0])
        return " ".join(words).capitalize() + "."

    def item(self) -> dict:
        sentences = [self.sentence() for _ in range(self.rng.randint(2, 6))]
        title = " ".join(self.word() for _ in range(self.rng.randint(1, 4))).capitalize()
        presenters = self.rng.sample(self.people, self.rng.choice((0, 1, 1, 2)))
        below = {
            kind: self.rng.choice(sentences)
            for kind, share in (("decision", 0.3), ("action", 0.4), ("follow_up", 0.2))
            if self.rng.random() < share
        }
        owner = self.rng.choice(self.people)
        return {"title": title, "text": " ".join(sentences), "presenters": presenters,
                "below": below, "owner": owner}  # fmt: skip

    def content_word(self) -> str:
        """A query word: a content lemma by frequency, in a random form."""
        while True:
            [forms] = self.rng.choices(self.lemmas, cum_weights=self.cumulative)
            if forms[0] not in FUNCTION:
                return self.rng.choice(forms)


def load(count: int, writer: Writer) -> tuple[list[str], float]:
    """Write ``count`` items in meetings of about seven; their texts, and the seconds taken."""
    from django.db import transaction

    from anteckna.store import bulk
    from anteckna.store import models as db

    began = time.perf_counter()
    texts: list[str] = []
    with transaction.atomic():
        groups = [db.Group.objects.create(name=f"Grupp {n}", short_name=f"G{n}")
                  for n in range(20)]  # fmt: skip
        made = 0
        for number in itertools.count():
            if made >= count:
                break
            items = [writer.item() for _ in range(min(count - made, writer.rng.randint(4, 10)))]
            made += len(items)
            texts.extend(item["text"] for item in items)
            _meeting(number, items, groups[number % 20], bulk, db)
    return texts, time.perf_counter() - began


def _meeting(number: int, items: list[dict], group, bulk, db) -> None:  # type: ignore[no-untyped-def]
    day = date(2015, 1, 5) + timedelta(days=number // 20 * 7)
    text = "\n".join(item["text"] for item in items)
    document = {
        "sha256": hashlib.sha256(f"{number}".encode()).hexdigest(),
        "file_name": f"g{number % 20}_{day}_{number}.txt",
        "kind": "text",
        "size": len(text),
        "text": text,
        "parser_version": "bench",
    }
    [(document_id,)] = bulk.insert(db.SourceDocument, [document], returning=("id",))
    meeting = {"title": "Mötesanteckningar", "date": day, "source_id": document_id}
    [(meeting_id,)] = bulk.insert(db.Meeting, [meeting], returning=("id",))
    bulk.insert(db.Meeting.groups.through, [{"meeting_id": meeting_id, "group_id": group.pk}])
    rows = [
        {"meeting_id": meeting_id, "position": i, "number": str(i + 1), "title": item["title"],
         "text": item["text"], "mentions": []}
        for i, item in enumerate(items)
    ]  # fmt: skip
    ids = dict(bulk.insert(db.Item, rows, returning=("position", "id")))
    bulk.insert(
        db.ItemPresenter,
        [
            {"item_id": ids[i], "name": name, "position": j}
            for i, item in enumerate(items)
            for j, name in enumerate(item["presenters"])
        ],
    )
    owners = {item_id: items[position]["owner"] for position, item_id in ids.items()}
    for kind, model in (
        ("decision", db.Decision),
        ("action", db.Action),
        ("follow_up", db.FollowUp),
    ):
        below = [
            {
                "meeting_id": meeting_id,
                "item_id": ids[i],
                "position": 0,
                "text": item["below"][kind],
            }
            for i, item in enumerate(items)
            if kind in item["below"]
        ]
        back = bulk.insert(model, below, returning=("item", "id"))
        if kind == "action":
            bulk.insert(
                db.ActionOwner,
                [
                    {"action_id": action, "name": owners[item], "position": 0}
                    for item, action in back
                ],
            )


def queries(writer: Writer, texts: list[str], count: int) -> dict[str, list[str]]:
    from anteckna.search_terms import words

    rng = writer.rng

    def pair(adjacent: bool) -> list[str]:
        """Two words of a random item: neighbours (one of them a content word), or any two
        content words."""
        while True:
            found = words(rng.choice(texts))
            content = [w for w in found if w.lower() not in FUNCTION]
            if adjacent:
                at = rng.randrange(len(found) - 1)
                if any(w.lower() not in FUNCTION for w in found[at : at + 2]):
                    return found[at : at + 2]
            elif len(content) >= 2:
                return rng.sample(content, 2)

    return {
        "1 word": [writer.content_word() for _ in range(count)],
        "2 words": [" ".join(pair(False)) for _ in range(count)],
        "phrase": ['"' + " ".join(pair(True)) + '"' for _ in range(count)],
    }


def percentiles(times: list[float]) -> dict[str, float]:
    ordered = sorted(times)
    return {"p50": statistics.median(ordered) * 1000,
            "p95": ordered[int(len(ordered) * 0.95) - 1] * 1000}  # fmt: skip


def run(url: str, count: int, per_kind: int, candidates: int | None = None) -> dict:
    """In this process: set Django up on ``url``, load, index, and time the queries."""
    from anteckna.config import parse_database_url
    from anteckna.site import setup

    setup(parse_database_url(url))
    from anteckna.services import search as service
    from anteckna.services.search import postgres_fts, sqlite_fts
    from anteckna.services.search.query import Filters, parse_query

    if candidates:  # what bounding the ranked matches buys: compare with a bound past them all
        sqlite_fts.CANDIDATES = postgres_fts.CANDIDATES = candidates

    writer = Writer(seed=7)
    texts, loading = load(count, writer)
    began = time.perf_counter()
    entries = service.reindex()
    indexing = time.perf_counter() - began
    backend = service.backend()
    figures: dict = {"items": count, "entries": entries, "load_s": loading, "reindex_s": indexing}
    for kind, texts_of_kind in queries(writer, texts, per_kind).items():
        ranked, whole, found = [], [], []
        for n, text in enumerate(texts_of_kind):
            query = parse_query(text)
            a = time.perf_counter()
            ids = backend.search(query, Filters(limit=20))
            b = time.perf_counter()
            service.search(text, limit=20)
            c = time.perf_counter()
            if n >= 5:  # the first few warm the caches
                ranked.append(b - a)
                whole.append(c - b)
                found.append(len(ids))
        figures[kind] = {"ranked": percentiles(ranked), "search": percentiles(whole),
                         "hits": statistics.mean(found)}  # fmt: skip
    return figures


def _child(url: str, count: int, per_kind: int, candidates: int | None) -> dict:
    bound = ["--candidates", str(candidates)] if candidates else []
    result = subprocess.run(
        [sys.executable, __file__, "--child", url, "-n", str(count), "--queries", str(per_kind),
         *bound],
        capture_output=True, text=True,
    )  # fmt: skip
    if result.returncode:
        raise SystemExit(result.stderr)
    return json.loads(result.stdout.splitlines()[-1])


def _fresh_postgres(server: str) -> tuple[str, str] | str:
    try:
        import psycopg

        name = f"anteckna_search_bench_{int(time.time())}"
        with psycopg.connect(server, autocommit=True, connect_timeout=3) as admin:
            admin.execute(f'CREATE DATABASE "{name}"')
    except Exception as error:
        return f"no PostgreSQL at {server}: {str(error).splitlines()[0]}"
    return server.rsplit("/", 1)[0] + "/" + name, name


def report(backend: str, r: dict) -> None:
    rate = r["entries"] / r["reindex_s"]
    print(
        f"{backend}: {r['items']:,} items, {r['entries']:,} entries; load {r['load_s']:.1f} s, "
        f"reindex {r['reindex_s']:.1f} s ({rate:,.0f} entries/s)"
    )
    for kind in ("1 word", "2 words", "phrase"):
        k = r[kind]
        print(f"  {kind:<8} ranked top-20 p50 {k['ranked']['p50']:6.2f} ms  "
              f"p95 {k['ranked']['p95']:6.2f} ms  |  search() p50 {k['search']['p50']:6.2f} ms  "
              f"p95 {k['search']['p95']:6.2f} ms  |  {k['hits']:.1f} hits")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("-n", "--items", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=200, help="per kind of query")
    parser.add_argument("--postgres", default="postgresql://postgres@127.0.0.1:5432/postgres")
    parser.add_argument("--no-postgres", action="store_true")
    parser.add_argument("--no-sqlite", action="store_true")
    parser.add_argument(
        "--candidates", type=int, help="rank at most this many matches (default: CANDIDATES)"
    )
    parser.add_argument("--child", metavar="URL", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(run(args.child, args.items, args.queries, args.candidates)))
        return
    if not args.no_sqlite:
        with tempfile.TemporaryDirectory(prefix="anteckna-search-bench-") as tmp:
            url = f"sqlite:///{tmp}/bench.sqlite3"
            report("sqlite", _child(url, args.items, args.queries, args.candidates))
    if args.no_postgres:
        return
    postgres = _fresh_postgres(args.postgres)
    if isinstance(postgres, str):
        print(f"postgresql: skipped ({postgres})")
        return
    try:
        report("postgresql", _child(postgres[0], args.items, args.queries, args.candidates))
    finally:
        import psycopg

        with psycopg.connect(args.postgres, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{postgres[1]}" WITH (FORCE)')


if __name__ == "__main__":
    main()
