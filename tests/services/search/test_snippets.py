"""Snippets are made from the text as written, marking exactly the words the query found."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from anteckna.services.search.query import parse_query
from anteckna.services.search.snippets import Snippet, make_snippet, spans


def snippet(text: str, query: str, width: int = 24) -> str:
    return make_snippet(text, parse_query(query), width).marked()


@pytest.mark.parametrize(
    ("text", "query", "expected"),
    [
        pytest.param(
            "Dessa reflektioner fick rektorerna ta del av.",
            "rektor",
            "Dessa reflektioner fick [rektorerna] ta del av.",
            id="inflected",
        ),
        pytest.param(
            "Rektorns svar, rektorernas svar och en rektangel.",
            "rektorer",
            "[Rektorns] svar, [rektorernas] svar och en rektangel.",
            id="lookalike_unmarked",
        ),
        pytest.param("Fåren och fadern.", "får", "[Fåren] och fadern.", id="a_ring_stays"),
        pytest.param(
            "Bästa skolan är inte skolan som är bästa.",
            '"bästa skola"',
            "[Bästa] [skolan] är inte skolan som är bästa.",
            id="phrase_only_together",
        ),
        pytest.param(
            "Verksamhetsplanen och verksamheten.",
            "verksamhetsp*",
            "[Verksamhetsplanen] och verksamheten.",
            id="prefix",
        ),
        pytest.param(
            "Läget\n  redovisas   för\ngruppen.",
            "gruppen",
            "Läget redovisas för [gruppen].",
            id="one_line",
        ),
        pytest.param("Inget här.", "rektor", "Inget här.", id="found_elsewhere"),
    ],
)
def test_marks(text, query, expected):
    assert snippet(text, query) == expected


def test_a_long_text_is_cut_around_the_densest_run():
    words = [f"ord{i}" for i in range(60)]
    words[40] = "rektorn"
    words[43] = "rektorerna"
    words[5] = "rektor"
    text = " ".join(words) + "."
    assert snippet(text, "rektor", width=10) == (
        "… ord35 ord36 ord37 ord38 ord39 [rektorn] ord41 ord42 [rektorerna] ord44 …"
    )


def test_the_start_when_nothing_is_marked():
    text = " ".join(f"ord{i}" for i in range(40))
    assert snippet(text, "rektor", width=5) == "ord0 ord1 ord2 ord3 ord4 …"


def test_html_escapes_and_marks():
    made = make_snippet("<b>Rektorn</b> & skolan", parse_query("rektor"))
    assert made.html() == "&lt;b&gt;<mark>Rektorn</mark>&lt;/b&gt; &amp; skolan"
    assert str(made) == "<b>[Rektorn]</b> & skolan"


def test_an_empty_text_gives_an_empty_snippet():
    assert make_snippet("", parse_query("rektor")) == Snippet(())
    assert make_snippet(" – ", parse_query("rektor")).marked() == "–"


@given(st.text(), st.sampled_from(["rektor", '"bästa skola"', "sko*", "får"]))
def test_a_snippet_never_fails_and_marks_whole_words(text, query):
    made = make_snippet(text, parse_query(query))
    for piece, hit in made.parts:
        assert piece
        if hit:
            assert [piece] == [text_of(piece)]


def text_of(piece: str) -> str:
    """The one word a marked piece must be."""
    [(start, end)] = spans(piece)
    return piece[start:end]
