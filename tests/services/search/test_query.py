"""The query language, and the full-text syntax each backend makes of it (no database)."""

from __future__ import annotations

import pytest

from anteckna.errors import AntecknaError
from anteckna.services.search.postgres_fts import tsquery
from anteckna.services.search.query import Phrase, Prefix, Query, names_phrase, parse_query
from anteckna.services.search.sqlite_fts import match_expression


@pytest.mark.parametrize(
    ("text", "terms"),
    [
        pytest.param("rektorerna", (Phrase(("rekt",)),), id="word"),
        pytest.param("Skolans REKTOR", (Phrase(("skol",)), Phrase(("rekt",))), id="two_words"),
        pytest.param('"bästa skolan"', (Phrase(("bäst", "skol")),), id="phrase"),
        pytest.param('"bästa skolan', (Phrase(("bäst", "skol")),), id="unclosed_phrase"),
        pytest.param("rektor*", (Prefix("rektor", "rekt"),), id="prefix"),
        pytest.param("Plan*", (Prefix("plan", "plan"),), id="prefix_that_is_a_key"),
        pytest.param("23/24", (Phrase(("23", "24")),), id="numbers_stay_together"),
        pytest.param("skola AND rektor", (Phrase(("skol",)), Phrase(("rekt",))), id="and"),
        pytest.param("skola skolan", (Phrase(("skol",)),), id="same_key_once"),
        pytest.param("får far", (Phrase(("får",)), Phrase(("far",))), id="a_ring_stays"),
    ],
)
def test_parse_query(text, terms):
    assert parse_query(text) == Query(terms)


@pytest.mark.parametrize(
    ("text", "fts5", "postgres"),
    [
        pytest.param("rektorerna", '"rekt"', "'rekt'", id="word"),
        pytest.param(
            'skola "bästa skolan"',
            '"skol" AND "bäst skol"',
            "'skol' & ('bäst' <-> 'skol')",
            id="word_and_phrase",
        ),
        pytest.param("rektor*", '("rektor"* OR "rekt")', "('rektor':* | 'rekt')", id="prefix"),
        pytest.param("plan*", '"plan"*', "'plan':*", id="prefix_that_is_a_key"),
    ],
)
def test_backend_syntax(text, fts5, postgres):
    query = parse_query(text)
    assert match_expression(query) == fts5
    assert tsquery(query) == postgres


def test_people_restrict_the_names_column():
    query = parse_query("budget")
    people = (names_phrase("Åsa Öberg"), names_phrase("Jonas"))
    assert match_expression(query, people) == '"budg" AND names_keys : ("ås öberg" OR "jon")'
    assert tsquery(query, people) == "'budg' & (('ås':B <-> 'öberg':B) | 'jon':B)"


def test_nothing_typed_reaches_the_full_text_syntax():
    query = parse_query('"\' OR 1=1; -- NEAR( skola) " *')
    assert match_expression(query) == '"or 1 1 ne skol"'
    assert tsquery(query) == "('or' <-> '1' <-> '1' <-> 'ne' <-> 'skol')"


@pytest.mark.parametrize("text", ["", "   ", '""', "AND", "!!", "*"])
def test_nothing_to_search_for(text):
    with pytest.raises(AntecknaError, match="nothing to search for"):
        parse_query(text)


def test_a_one_letter_prefix_is_refused():
    with pytest.raises(AntecknaError, match="at least 2 letters"):
        parse_query("s*")


def test_marked_follows_the_databases_rule():
    keys = ["rekt", "och", "rektang", "rektorsutbildning", "bäst", "skol", "skol", "bäst"]
    assert parse_query("rektorerna").marked(keys) == {0}
    assert parse_query("rektor*").marked(keys) == {0, 3}
    assert parse_query('"bästa skolan"').marked(keys) == {4, 5}
