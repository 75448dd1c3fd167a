"""Search on both databases: Swedish words, phrases, prefixes, names, filters and ranking.

Every test runs on SQLite and on PostgreSQL (the ``db`` fixture) and asserts one list, so
both backends give the same hits in the same order.
"""

from __future__ import annotations

from datetime import date

import pytest

from anteckna.errors import AntecknaError
from anteckna.model import Action, Decision, FollowUp, Item, Participant
from anteckna.services.search import search

SKOLA = ["skola", "skolan", "skolor", "skolorna", "skolans"]
REKTOR = ["rektor", "rektorn", "rektorer", "rektorerna", "rektorns"]


@pytest.fixture
def forms(add):
    """One item for each form of "skola" and "rektor", titled by the form, and look-alikes."""
    words = [*SKOLA, *REKTOR, "skolk", "rektangel", "rektangeln"]
    add(*(Item(word, text=f"Gruppen talade länge om {word} i dag.") for word in words))


@pytest.mark.parametrize("word", [*SKOLA, *REKTOR], ids=[*SKOLA, *REKTOR])
def test_any_form_finds_every_other_form(forms, titles, word):
    family = SKOLA if word in SKOLA else REKTOR
    assert sorted(titles(word)) == sorted(family)


@pytest.mark.parametrize(
    ("word", "other"),
    [
        pytest.param("skolk", "skola", id="skolk_is_not_skola"),
        pytest.param("rektangel", "rektor", id="rektangel_is_not_rektor"),
    ],
)
def test_lookalikes_do_not_find_each_other(forms, titles, word, other):
    assert other not in titles(word)
    assert word not in titles(other)


def test_a_ring_on_the_a_is_a_letter_of_its_own(add, titles):
    add(Item("Får", text="Fåren på gården."), Item("Far", text="Fadern kom."))
    assert titles("får") == ["Får"]
    assert titles("far") == ["Far"]
    assert titles("fåren") == ["Får"]


def test_a_phrase_needs_its_words_together_in_order(add, titles):
    add(
        Item("Together", text="Samverkan för bästa skolan i kommunen."),
        Item("Apart", text="Skolan är bästa på samverkan."),
        Item("Reversed", text="En skola bästa i länet."),
    )
    assert titles('"bästa skola"') == ["Together"]
    assert sorted(titles("bästa skola")) == ["Apart", "Reversed", "Together"]


def test_a_prefix_finds_words_that_begin_so_and_forms_of_the_word(add, titles):
    add(
        Item("Plan", text="Verksamhetsplanen för 2025."),
        Item("Chef", text="Verksamhetschefernas möte."),
        Item("Bare", text="Verksamheten går bra."),
        Item("Rektorer", text="Rektorerna kallas."),
        Item("Utbildning", text="En rektorsutbildning startar."),
        Item("Rektangel", text="En rektangel ritas."),
    )
    assert sorted(titles("verksamhetsp*")) == ["Plan"]
    # "verksamhets" is itself a form of "verksamhet": its other forms are found too
    assert sorted(titles("verksamhets*")) == ["Bare", "Chef", "Plan"]
    assert sorted(titles("rektor*")) == ["Rektorer", "Utbildning"]
    assert titles("rektorer*") == ["Rektorer"]


def test_every_word_must_be_found(add, titles):
    add(
        Item("Both", text="Budgeten för skolan."),
        Item("One", text="Budgeten för förvaltningen."),
    )
    assert titles("budget skola") == ["Both"]
    assert titles("budget AND skolor") == ["Both"]
    assert sorted(titles("budget")) == ["Both", "One"]


def test_names_find_what_a_person_presented_owned_or_was_mentioned_in(add, found):
    add(
        Item("Presented", presenters=("Jonas Wiklund",), text="Läget redovisas."),
        Item(
            "Owned",
            text="Planen ska skickas ut.",
            actions=(Action("Planen ska skickas ut.", owners=("Åsa Öberg",)),),
        ),
        Item("Mentioned", text="Ett möte med förvaltningen.", mentions=("Rune Sjödin",)),
    )
    assert found("Jonas") == [("item", "Presented")]
    assert found("wiklund") == [("item", "Presented")]
    assert found("Åsa Öberg") == [("action", "Owned")]
    assert found("Rune") == [("item", "Mentioned")]


def test_person_filter_takes_a_name_a_first_name_or_the_name_as_given(add, titles):
    add(
        Item("Hers", presenters=("Åsa Öberg",), text="Budgeten redovisas."),
        Item("His", presenters=("Jonas Wiklund",), text="Budgeten diskuteras."),
        Item("Nobody's", text="Budgeten och Åsa."),
    )
    assert titles("budget", person="Åsa Öberg") == ["Hers"]
    assert titles("budget", person="Jonas") == ["His"]
    assert titles("budget", person="JW") == []


def test_filters_by_kind_date_group_and_limit(add, found):
    item = Item(
        "Budget",
        text="Budgeten fastställs. Budgeten skickas. Budgeten tas upp igen.",
        decisions=(Decision("Budgeten fastställs."),),
        actions=(Action("Budgeten skickas."),),
        follow_ups=(FollowUp("Budgeten tas upp igen.", "om två veckor", 14),),
    )
    add(item, date=date(2024, 3, 5), groups=("LG",))
    add(Item("Budget SG", text="Budgeten för styrgruppen."), date=date(2024, 4, 2),
        groups=("Styrgruppen",))  # fmt: skip
    assert found("budget", kind="decision") == [("decision", "Budget")]
    assert found("budget", kind="follow_up") == [("follow_up", "Budget")]
    assert {kind for kind, _ in found("budget")} == {"item", "decision", "action", "follow_up"}
    assert found("budget", start=date(2024, 4, 1)) == [("item", "Budget SG")]
    assert found("budget", end=date(2024, 3, 31), kind="item") == [("item", "Budget")]
    assert found("budget", group="styrgruppen") == [("item", "Budget SG")]
    assert len(found("budget", group="LG")) == 4
    assert len(found("budget", limit=2)) == 2


def test_a_title_weighs_more_than_the_text_and_ties_go_to_the_newest(add):
    first = add(Item("Lokaler", text="Ett ärende om skolan och dess behov."))
    title = add(Item("Skolan", text="Ett ärende om lokaler och dess behov."))
    last = add(Item("Lokaler", text="Ett ärende om skolan och dess behov."))
    assert [hit.meeting for hit in search("skola")] == [title, last, first]


def test_more_mentions_rank_higher(add, titles):
    add(
        Item("Once", text="Rektorn kom och gick och sedan var mötet slut för dagen."),
        Item("Thrice", text="Rektorn kom och rektorerna gick och rektorns möte var slut."),
    )
    assert titles("rektor") == ["Thrice", "Once"]


def test_an_item_that_matches_often_is_one_hit(add, found):
    add(Item("Skolan", text="Skolan, skolorna och skolans skolor. " * 5))
    assert found("skola") == [("item", "Skolan")]


def test_a_hit_knows_its_meeting(add):
    meeting = add(
        Item("Budget", number="§ 4", text="Rektorerna fick budgeten."),
        participants=(Participant("Jonas Wiklund", group="LG"),),
    )
    [hit] = search("rektor")
    assert hit.to_dict() == {
        "meeting": meeting,
        "date": "2024-01-01",
        "groups": ["LG"],
        "item": "§ 4",
        "title": "Budget",
        "kind": "item",
        "snippet": "[Rektorerna] fick budgeten.",
        "source": "lg_001.txt",
    }


@pytest.mark.parametrize(
    ("query", "message"),
    [
        pytest.param("  ", "nothing to search for", id="empty"),
        pytest.param("-- !!", "nothing to search for", id="punctuation"),
        pytest.param("s*", "at least 2 letters", id="short_prefix"),
    ],
)
def test_a_query_with_nothing_to_search_is_an_error(db, query, message):
    with pytest.raises(AntecknaError, match=message):
        search(query)


def test_an_unknown_group_or_kind_is_an_error(db):
    with pytest.raises(AntecknaError, match="no group called 'XY'"):
        search("budget", group="XY")
    with pytest.raises(AntecknaError, match="no kind 'event'"):
        search("budget", kind="event")


@pytest.mark.parametrize("first_span", [200_000, 1, 3], ids=["whole", "span_1", "span_3"])
def test_only_the_newest_candidates_are_ranked(add, titles, monkeypatch, first_span):
    """The bound is the same on both databases, however PostgreSQL narrows its search."""
    from anteckna.services.search import postgres_fts, sqlite_fts

    monkeypatch.setattr(postgres_fts, "FIRST_SPAN", first_span)
    for n in range(5):
        add(Item(f"Personal {n}", text="Om personal."))
    add(Item("Skolan", text="Om skolan."), date=date(2024, 2, 5))
    add(Item("Lokaler", text="Om skolans lokaler i dag."), date=date(2024, 2, 12))
    add(Item("Budget", text="Om skolornas budget i år."), date=date(2024, 2, 19))
    assert titles("skola") == ["Skolan", "Budget", "Lokaler"]
    monkeypatch.setattr(sqlite_fts, "CANDIDATES", 2)
    monkeypatch.setattr(postgres_fts, "CANDIDATES", 2)
    assert titles("skola") == ["Budget", "Lokaler"]
    assert titles("skola", kind="item", end=date(2024, 2, 12)) == ["Skolan", "Lokaler"]
    assert titles("personal") == [f"Personal {n}" for n in (4, 3)]
    assert titles("rektor") == []


def test_within_keeps_the_hits_of_those_meetings_before_the_limit(add, titles):
    from anteckna.store import models

    kept = [add(Item(f"Skolan {n}", text="Om skolan.")) for n in range(3)]
    for n in range(3):
        add(Item(f"Dold {n}", text="Om skolan, i en annan grupps möte."))
    within = models.Meeting.objects.filter(pk__in=kept[1:])
    assert titles("skolan", meetings=within, limit=2) == ["Skolan 2", "Skolan 1"]
    assert titles("skolan", meetings=within, kind="item", group="LG") == ["Skolan 2", "Skolan 1"]
    assert titles("skolan", meetings=models.Meeting.objects.none()) == []
