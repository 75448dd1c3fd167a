"""Print how well search keys join the forms of a word, and how fast they are made.

    .venv/bin/python bench/terms.py
    .venv/bin/python bench/terms.py --hunspell /usr/share/hunspell

Figures: recall over every ordered pair of forms of one lemma (searching a finds b), false
hits between look-alikes, and lemma pairs that share a key, on the hand-written tables in
tests/search_terms/; the same for Snowball Swedish (PyStemmer) when it is installed; and
tokens per second for a text of table words. With a Swedish Hunspell dictionary (the
hunspell-sv package or Debian's hunspell-sv) the nouns and adjectives that its affix
rules generate give a second, independent measure over some 127,000 words.
"""

import argparse
import itertools
import random
import re
import sysconfig
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path

from anteckna.search_terms import index_terms, search_key

TABLES = Path(__file__).resolve().parent.parent / "tests" / "search_terms"
Key = Callable[[str], str]


def table_lines(name: str) -> list[str]:
    text = (TABLES / name).read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line.strip() and not line.startswith("#")]


def paradigms() -> list[list[str]]:
    rows = []
    for line in table_lines("paradigms.txt"):
        lemma, _, forms = line.partition(":")
        rows.append([lemma.strip(), *forms.split()])
    return rows


def lookalikes() -> list[tuple[list[str], list[str]]]:
    return [
        (left.split(), right.split())
        for left, _, right in (line.partition("|") for line in table_lines("lookalikes.txt"))
    ]


def recall(key: Key, rows: list[list[str]]) -> float:
    found = total = 0
    for forms in rows:
        counts = Counter(key(form) for form in forms)
        total += len(forms) * (len(forms) - 1)
        found += sum(n * (n - 1) for n in counts.values())
    return found / total


def shared_lemma_pairs(key: Key, rows: list[list[str]]) -> int:
    owners: dict[str, set[int]] = defaultdict(set)
    for number, forms in enumerate(rows):
        for form in forms:
            owners[key(form)].add(number)
    pairs = {pair for lemmas in owners.values() for pair in itertools.combinations(lemmas, 2)}
    return len(pairs)


def lookalike_hits(key: Key) -> list[tuple[str, str]]:
    hits = []
    for left, right in lookalikes():
        right_keys = {key(word): word for word in right}
        hits += [(word, right_keys[key(word)]) for word in left if key(word) in right_keys]
    return hits


def report(name: str, key: Key) -> None:
    rows = paradigms()
    pairs = len(rows) * (len(rows) - 1) // 2
    shared = shared_lemma_pairs(key, rows)
    hits = lookalike_hits(key)
    print(
        f"{name}: recall {recall(key, rows):.2%} over {len(rows)} lemmas; "
        f"lemma pairs sharing a key {shared}/{pairs} = {shared / pairs:.4%}; "
        f"look-alike false hits {len(hits)}/{len(lookalikes())} {hits[:6]}"
    )


def speed() -> None:
    forms = [form for row in paradigms() for form in row]
    glue = ["och", "att", "på", "för", "som", "är", "med", "till", "det", "av", "i", "en", "om"]
    rng = random.Random(0)
    text = " ".join(
        rng.choice(forms) if rng.random() < 0.5 else rng.choice(glue) for _ in range(500_000)
    )
    search_key.cache_clear()
    for label in ("first pass", "warm cache"):
        start = time.perf_counter()
        count = len(index_terms(text))
        seconds = time.perf_counter() - start
        print(f"speed ({label}): {count / seconds:,.0f} tokens/s")
    start = time.perf_counter()
    for form in forms:
        search_key.__wrapped__(form)
    print(f"speed (no cache): {len(forms) / (time.perf_counter() - start):,.0f} words/s")


# Hunspell affix classes of nouns (genitive, definite, plural) and of adjectives; the
# adjective classes also hold verb participles, so they are used only on words not
# ending in -a, which no adjective in the dictionary does.
NOUN_FLAGS = frozenset("ACEFGHI")
ADJECTIVE_FLAGS = frozenset("OPQ")


def hunspell_paradigms(folder: Path) -> list[list[str]]:
    rules: dict[str, list[tuple[str, str, re.Pattern[str] | None]]] = defaultdict(list)
    for line in (folder / "sv_SE.aff").read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) >= 5 and parts[0] == "SFX":
            _, flag, strip, add, pattern = parts[:5]
            add = add.split("/")[0]
            rules[flag].append(
                (
                    "" if strip == "0" else strip,
                    "" if add == "0" else add,
                    None if pattern == "." else re.compile(f"(?:{pattern})$"),
                )
            )
    rows = []
    for line in (folder / "sv_SE.dic").read_text(encoding="utf-8").splitlines()[1:]:
        word, _, flags = line.partition("/")
        if not re.fullmatch(r"[a-zåäöé]{2,}", word):
            continue
        used = set(flags) & NOUN_FLAGS
        if not word.endswith("a"):
            used |= set(flags) & ADJECTIVE_FLAGS
        forms = {word}
        for flag in used:
            for strip, add, condition in rules[flag]:
                if word.endswith(strip) and (condition is None or condition.search(word)):
                    forms.add(word[: len(word) - len(strip)] + add)
        if len(forms) > 1:
            rows.append(sorted(forms))
    return rows


def find_hunspell(given: Path | None) -> Path | None:
    candidates = (
        [given]
        if given
        else [
            Path(sysconfig.get_paths()["data"]) / "share" / "hunspell",
            Path("/usr/share/hunspell"),
        ]
    )
    return next((c for c in candidates if c and (c / "sv_SE.dic").exists()), None)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--hunspell", type=Path, help="folder holding sv_SE.dic and .aff")
    args = parser.parse_args()

    report("search_terms", search_key)
    try:
        import Stemmer
    except ImportError:
        print("snowball: PyStemmer is not installed")
        stemmer = None
    else:
        stemmer = Stemmer.Stemmer("swedish")
        report("snowball swedish", stemmer.stemWord)
    speed()

    folder = find_hunspell(args.hunspell)
    if folder is None:
        print("hunspell: no sv_SE.dic found (pip install hunspell-sv, or --hunspell DIR)")
        return
    rows = hunspell_paradigms(folder)
    print(f"hunspell {folder}: {len(rows)} paradigms")
    keys = {"search_terms": search_key}
    if stemmer is not None:
        keys["snowball swedish"] = stemmer.stemWord
    for name, key in keys.items():
        print(
            f"  {name}: recall {recall(key, rows):.2%}, "
            f"paradigms sharing a key with another {sharing_a_key(key, rows):.2%}"
        )


def sharing_a_key(key: Key, rows: list[list[str]]) -> float:
    """Share of paradigms (those with a form in common joined) whose key another has.

    An upper bound on wrong matches: most are derivations that a stemmer joins on
    purpose (dröm, drömma, drömmare), the rest words run together (tal, talent)."""
    parent = list(range(len(rows)))

    def root(number: int) -> int:
        while parent[number] != number:
            parent[number] = parent[parent[number]]
            number = parent[number]
        return number

    first_row: dict[str, int] = {}
    for number, forms in enumerate(rows):
        for form in forms:
            parent[root(first_row.setdefault(form, number))] = root(number)
    owners: dict[str, set[int]] = defaultdict(set)
    for form, number in first_row.items():
        owners[key(form)].add(root(number))
    groups = {root(number) for number in range(len(rows))}
    shared = set().union(*(o for o in owners.values() if len(o) > 1))
    return len(shared) / len(groups)


if __name__ == "__main__":
    main()
