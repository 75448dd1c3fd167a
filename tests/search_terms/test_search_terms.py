"""The public functions: words in, keys out, the same way for text and for queries."""

import string

from hypothesis import given
from hypothesis import strategies as st

from anteckna.search_terms import index_terms, query_terms, search_key, to_fts_text


def test_index_terms_keeps_order_and_repeats():
    assert index_terms("Rektorn och rektorerna") == ["rekt", "och", "rekt"]


def test_query_terms_uses_the_same_keys():
    assert query_terms("Skolans") == "skol"
    assert query_terms("skolans rektor") == "skol rekt"
    assert query_terms("  ,. ") == ""


def test_to_fts_text_joins_the_keys():
    assert to_fts_text("Beslutet om skolorna.") == "beslut om skol"


def test_case_does_not_matter():
    assert search_key("SKOLAN") == search_key("skolan") == search_key("Skolan")


def test_a_a_and_o_stay_letters_of_their_own():
    assert search_key("får") != search_key("far")
    assert search_key("våra") != search_key("vara")
    assert search_key("mör") != search_key("mor")


def test_other_accents_are_spelling_variants():
    assert search_key("idé") == search_key("ide") == search_key("IDÉN")
    assert search_key("entré") == search_key("entre")


def test_decomposed_letters_are_composed_first():
    assert index_terms("fa\u030ar") == index_terms("får")


def test_hyphens_and_punctuation_split_words():
    assert index_terms("barn- och utbildningsnämnden") == index_terms("barn och utbildningsnämnd")
    assert index_terms("IT-stöd") == ["it", "stöd"]


def test_numbers_are_kept_as_written():
    assert index_terms("§ 12, 2024-05-14") == ["12", "2024", "05", "14"]


SWEDISH = string.ascii_letters + "åäöÅÄÖéü-' .,0123456789§\n"


@given(st.text(alphabet=SWEDISH))
def test_keys_are_nonempty_words(text):
    for key in index_terms(text):
        assert key
        assert key.isalnum()
        assert key == key.lower()


@given(st.text())
def test_any_text_gives_as_many_keys_as_words(text):
    assert len(to_fts_text(text).split()) == len(index_terms(text))
