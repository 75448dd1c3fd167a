"""The issue's "Done when": the seeds imported, ``rektor`` finds the four items that speak of
rektorer, on both databases. Skipped when ../shared/seeds is absent.

Which four, read from the seeds: in the first meeting (000_…) item 1, where the plan was
communicated "till rektorer", and item 2, where "rektorerna" took part and "Rektorernas svar"
were compiled; in the second (003_…) item 3, on supporting "rektorer", and item 5, "att rektor
och lärare beskriver samma sak". Two actions inside those items speak of rektorer too and are
hits of their own kind: "Rektorer bör sedan få återkoppling." (000, item 2) and
"Verksamhetschefer planerar återkoppling till rektorer …" (003, item 3).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from anteckna.services.importing import import_paths
from anteckna.services.search import search

SEEDS = Path(__file__).parents[4] / "shared" / "seeds"
FIRST, SECOND = "000_6a9f0e533517f638.txt", "003_cfc25c3188a58da9.txt"

pytestmark = pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared/seeds is absent")


@pytest.fixture
def seeds(db):
    report = import_paths([SEEDS])
    assert len(report.imported) == 2 and not report.failed


def test_rektor_finds_the_four_items_that_speak_of_rektorer(seeds):
    items = {(hit.source, hit.item) for hit in search("rektor", kind="item")}
    assert items == {(FIRST, "1"), (FIRST, "2"), (SECOND, "3"), (SECOND, "5")}


def test_every_hit_for_rektor_lies_in_those_four_items(seeds):
    hits = search("rektor")
    assert sorted((hit.source, hit.item, hit.kind) for hit in hits) == [
        (FIRST, "1", "item"),
        (FIRST, "2", "action"),
        (FIRST, "2", "item"),
        (SECOND, "3", "action"),
        (SECOND, "3", "item"),
        (SECOND, "5", "item"),
    ]
    assert all("[" in hit.snippet.marked() for hit in hits)


def test_names_and_groups_find_the_seeds(seeds):
    presented = {(hit.source, hit.item) for hit in search("Lolitha", kind="item")}
    assert (FIRST, "2") in presented
    assert {hit.source for hit in search("rektor", group="Styrgruppen")} == {FIRST}
