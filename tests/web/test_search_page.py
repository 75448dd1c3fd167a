"""The search page: each role finds only what it may see, snippets escaped, facets, pages."""

from __future__ import annotations

from datetime import date

import pytest

from anteckna.model import Decision, Item
from anteckna.services.search import index_meetings
from anteckna.services.search_page import Choices, search_page

LG_ROLES = ("admin", "secretary", "member", "reader")


def test_anonymous_visitors_are_sent_to_log_in(client, archive):
    response = client.get("/search/?q=budget")
    assert response.status_code == 302 and response.url.startswith("/login/")


@pytest.mark.parametrize("role", LG_ROLES)
def test_every_lg_role_finds_lg_hits_linked_to_their_item(as_user, archive, role):
    response = as_user(role).get("/search/", {"q": "planen"})
    assert response.status_code == 200 and response.headers["Content-Language"] == "sv"
    page = response.context["page"]
    assert {hit.meeting for hit in page.hits} == {archive["lg"].pk}
    decision = archive["lg"].decisions.get()
    assert f'href="/meetings/{archive["lg"].pk}/#decision-{decision.pk}"' in (
        response.content.decode()
    )


@pytest.mark.parametrize("role", ["outsider", "secretary"])
def test_hits_of_meetings_a_role_may_not_see_are_never_found(as_user, archive, role):
    """'Budget' is an item in LG's second meeting and in Styrgruppen's: each sees its own."""
    page = as_user(role).get("/search/", {"q": "budget"}).context["page"]
    mine = archive["sg"] if role == "outsider" else archive["lg_next"]
    assert {hit.meeting for hit in page.hits} == {mine.pk}
    assert page.total == len(page.hits)
    groups = {value.label for value in page.facets["group"]}
    assert groups == ({"Styrgruppen"} if role == "outsider" else {"LG"})


def test_the_administrator_finds_every_group(as_user, archive):
    page = as_user("admin").get("/search/", {"q": "budget"}).context["page"]
    assert {hit.meeting for hit in page.hits} == {archive["lg_next"].pk, archive["sg"].pk}


def test_an_account_without_groups_finds_nothing(as_user, archive, users):
    from anteckna.services.accounts import create_account

    lonely = create_account("lonely", "reader").user
    page = search_page(lonely, "budget", Choices())
    assert page.total == 0 and page.hits == []


def test_snippets_mark_hits_and_escape_everything_else(as_user, archive):
    html = as_user("reader").get("/search/", {"q": "redogör fet"}).content.decode()
    assert "<script>alert" not in html and "<b>fet</b>" not in html
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in html
    assert "<mark>redogör</mark>" in html and "&lt;b&gt;<mark>fet</mark>&lt;/b&gt;" in html


def test_what_was_typed_comes_back_escaped(as_user, archive):
    html = as_user("reader").get("/search/", {"q": '"><script>x</script>'}).content.decode()
    assert "<script>x" not in html


def test_a_query_with_nothing_to_search_says_so(as_user, archive):
    response = as_user("reader").get("/search/", {"q": "*"})
    assert response.status_code == 200 and response.context["page"].error


def test_a_query_that_cannot_be_searched_is_told_in_the_language_of_the_page(as_user, archive):
    client = as_user("reader")
    swedish = client.get("/search/", {"q": "a*"})
    assert swedish.context["page"].error == "a*: en sökning på ordbörjan behöver minst 2 bokstäver"
    assert "en sökning på ordbörjan behöver minst 2 bokstäver" in swedish.content.decode()
    client.post("/i18n/setlang/", {"language": "en", "next": "/"})
    english = client.get("/search/", {"q": "a*"})
    assert english.context["page"].error == "a*: a prefix needs at least 2 letters"


def test_a_stemmed_query_finds_another_form(as_user, store_meeting, make_meeting, archive):
    school = store_meeting(
        make_meeting(
            date=date(2024, 6, 11),
            items=(Item("Norrby", number="2", text="Förslag om en ny skola i Norrby."),),
        ),
        file_name="lg_skola.txt",
    )
    index_meetings([school.pk])
    page = as_user("reader").get("/search/", {"q": "skolorna"}).context["page"]
    assert [hit.meeting for hit in page.hits] == [school.pk]
    assert (
        "<mark>skola</mark>"
        in as_user("reader").get("/search/", {"q": "skolorna"}).content.decode()
    )


def test_facets_count_and_filter(as_user, store_meeting, make_meeting, archive):
    later = store_meeting(
        make_meeting(
            date=date(2025, 2, 4),
            items=(Item("Budget 2025", decisions=(Decision("Budgeten antas."),)),),
        ),
        file_name="lg_2025.txt",
    )
    index_meetings([later.pk])
    client = as_user("reader")
    page = client.get("/search/", {"q": "budget"}).context["page"]
    assert page.total == 3  # two items and a decision, all LG
    assert [(v.label, v.count) for v in page.facets["year"]] == [("2025", 2), ("2024", 1)]
    assert {(v.value, v.count) for v in page.facets["kind"]} == {("item", 2), ("decision", 1)}
    page = client.get("/search/", {"q": "budget", "year": "2025"}).context["page"]
    assert page.total == 2 and {hit.meeting for hit in page.hits} == {later.pk}
    # a facet counts with the other choices, not its own: 2024 still shows what it would give
    assert [(v.label, v.count, v.selected) for v in page.facets["year"]] == [
        ("2025", 2, True),
        ("2024", 1, False),
    ]
    assert {(v.value, v.count) for v in page.facets["kind"]} == {("item", 1), ("decision", 1)}
    page = client.get("/search/", {"q": "budget", "kind": "decision"}).context["page"]
    assert [hit.kind for hit in page.hits] == ["decision"]
    group = archive["lg"].groups.get()
    page = client.get("/search/", {"q": "budget", "group": group.pk}).context["page"]
    assert page.total == 3


def test_the_person_filter(as_user, archive):
    page = as_user("reader").get("/search/", {"q": "planen", "person": "Jonas"}).context["page"]
    assert [hit.kind for hit in page.hits] == ["action"]


def test_pages_of_hits(as_user, store_meeting, make_meeting, archive, users):
    meetings = [
        store_meeting(
            make_meeting(date=date(2024, 1, day), items=(Item(f"Rekrytering {day}"),)),
            file_name=f"lg_{day}.txt",
        )
        for day in range(1, 26)
    ]
    index_meetings([m.pk for m in meetings])
    first = search_page(users["reader"], "rekrytering", Choices(), 1, per_page=10)
    third = search_page(users["reader"], "rekrytering", Choices(), 3, per_page=10)
    assert (first.total, first.pages, len(first.hits), len(third.hits)) == (25, 3, 10, 5)
    seen = {
        h.anchor
        for p in (1, 2, 3)
        for h in search_page(users["reader"], "rekrytering", Choices(), p, per_page=10).hits
    }
    assert len(seen) == 25  # every hit on exactly one page
    html = as_user("reader").get("/search/", {"q": "rekrytering", "page": "2"}).content.decode()
    assert 'rel="prev" href="?q=rekrytering&amp;page=1"' in html
    assert 'rel="next" href="?q=rekrytering&amp;page=1"' not in html  # 25 hits fit on two pages


def test_the_search_page_is_in_the_menu(as_user, archive):
    assert 'href="/search/"' in as_user("reader").get("/").content.decode()
