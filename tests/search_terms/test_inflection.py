"""Every form of a word finds every other form, and look-alikes find nothing.

The forms are written by hand in paradigms.txt (300 lemmas of municipal, school and
administrative Swedish) and lookalikes.txt; the figures are printed with `pytest -s`.
"""

import itertools
from collections import defaultdict

import pytest

from anteckna.search_terms import search_key

RECALL_AT_LEAST = 0.95
CROSS_LEMMA_BELOW = 0.005


def recall(paradigms: list[list[str]]) -> tuple[int, int]:
    """Ordered pairs (a, b) of forms of one lemma where searching a finds b."""
    found = total = 0
    for forms in paradigms:
        for a, b in itertools.permutations(forms, 2):
            total += 1
            found += search_key(a) == search_key(b)
    return found, total


def lemma_pairs_sharing_a_key(paradigms: list[list[str]]) -> set[tuple[str, str]]:
    owners: dict[str, set[str]] = defaultdict(set)
    for forms in paradigms:
        for form in forms:
            owners[search_key(form)].add(forms[0])
    return {
        pair for lemmas in owners.values() for pair in itertools.combinations(sorted(lemmas), 2)
    }


def test_the_table_is_large_enough(paradigms, lookalikes):
    assert len(paradigms) >= 200
    assert len(lookalikes) >= 30


def test_any_form_finds_the_other_forms(paradigms):
    found, total = recall(paradigms)
    print(f"\nrecall {found}/{total} = {found / total:.2%} over {len(paradigms)} lemmas")
    assert found / total >= RECALL_AT_LEAST


def test_lookalikes_find_nothing(lookalikes):
    hits = []
    for left, right in lookalikes:
        right_keys = {search_key(word): word for word in right}
        hits += [(a, right_keys[search_key(a)]) for a in left if search_key(a) in right_keys]
    print(f"\nlook-alike false hits {len(hits)} over {len(lookalikes)} pairs")
    assert hits == []


def test_different_lemmas_rarely_share_a_key(paradigms):
    shared = lemma_pairs_sharing_a_key(paradigms)
    pairs = len(paradigms) * (len(paradigms) - 1) // 2
    print(
        f"\nlemma pairs sharing a key {len(shared)}/{pairs} = {len(shared) / pairs:.4%}: {shared}"
    )
    assert len(shared) / pairs < CROSS_LEMMA_BELOW


@pytest.mark.parametrize(
    "forms",
    [
        pytest.param("skola skolan skolor skolorna skolans", id="skola"),
        pytest.param("rektor rektorn rektorer rektorerna rektorns", id="rektor"),
        pytest.param(
            "verksamhetsplan verksamhetsplanen verksamhetsplaner verksamhetsplanens",
            id="verksamhetsplan",
        ),
        pytest.param("beslut beslutet besluten beslutets", id="beslut"),
        pytest.param("återkoppling återkopplingen återkopplingar", id="aterkoppling"),
        pytest.param("hållbar hållbara hållbart", id="hallbar"),
        pytest.param("lärare läraren lärarna lärarnas", id="larare"),
        pytest.param("möte mötet möten mötena", id="mote"),
        pytest.param("ledamot ledamoten ledamöter ledamöterna", id="ledamot_umlaut"),
        pytest.param("tjänsteman tjänstemannen tjänstemän tjänstemännen", id="tjansteman"),
        pytest.param("förälder föräldern föräldrar föräldrarna", id="foralder_syncope"),
        pytest.param("program programmet programmen", id="program_double_m"),
        pytest.param("stor stora större störst", id="stor_comparison"),
    ],
)
def test_the_issue_s_words_share_one_key(forms):
    assert len({search_key(form) for form in forms.split()}) == 1


@pytest.mark.parametrize(
    ("one", "other"),
    [
        pytest.param("skolk", "skola", id="skolk_skola"),
        pytest.param("rektangel", "rektor", id="rektangel_rektor"),
        pytest.param("far", "får", id="far_far"),
        pytest.param("kurs", "kur", id="kurs_kur"),
        pytest.param("svart", "svar", id="svart_svar"),
        pytest.param("viktig", "vikt", id="viktig_vikt"),
    ],
)
def test_the_issue_s_lookalikes_differ(one, other):
    assert search_key(one) != search_key(other)
