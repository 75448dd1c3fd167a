"""The start page, the people list and a person's page, role by role."""

from __future__ import annotations

from datetime import date

import pytest
from django.test import override_settings

from anteckna.model import Action, Item
from anteckna.store import models

ALL_ROLES = ("admin", "secretary", "member", "reader", "outsider")


@pytest.mark.parametrize("path", ["/people/", "/actions/", "/decisions/"])
def test_anonymous_visitors_are_sent_to_log_in(client, archive, path):
    response = client.get(path)
    assert response.status_code == 302 and response.url.startswith("/login/")


def test_an_anonymous_visitor_gets_a_welcome_in_swedish_with_a_login_form(client, archive):
    response = client.get("/")
    assert response.status_code == 200
    assert response.headers["Content-Language"] == "sv"
    html = response.content.decode()
    assert "Logga in" in html and "Användarnamn" in html  # Swedish
    assert "<h1>" in html and "anteckna" in html
    assert 'action="/login/"' in html and 'name="csrfmiddlewaretoken"' in html
    assert 'name="password"' in html
    assert "Verksamhetsplan" not in html  # nothing of the archive


@pytest.mark.parametrize("role", ALL_ROLES)
@pytest.mark.parametrize("path", ["/", "/people/", "/actions/", "/decisions/"])
def test_every_role_gets_every_list_page_in_swedish(as_user, role, path):
    response = as_user(role).get(path)
    assert response.status_code == 200
    assert response.headers["Content-Language"] == "sv"
    assert "<script" not in response.content.decode()


def test_start_shows_my_open_actions_with_overdue_marked(as_user, archive, monkeypatch):
    monkeypatch.setattr("django.utils.timezone.localdate", lambda: date(2024, 5, 21))
    page = as_user("member").get("/").context["page"]
    assert [mine.action.text for mine in page.my_actions] == ["Jonas skickar ut planen."]
    assert page.my_actions[0].overdue
    html = as_user("member").get("/").content.decode()
    assert "försenad" in html


def test_start_shows_follow_ups_soon_events_and_latest_meetings(as_user, archive, monkeypatch):
    monkeypatch.setattr("django.utils.timezone.localdate", lambda: date(2024, 5, 20))
    page = as_user("reader").get("/").context["page"]
    assert [(f.text, f.due) for f in page.follow_ups] == [("Tas upp igen", date(2024, 5, 28))]
    assert [e.title for e in page.events] == ["Konferens"]
    assert [(g.group.name, len(g.meetings)) for g in page.groups] == [("LG", 2)]
    assert page.my_actions == []  # Rune owns nothing


def test_start_for_a_member_of_another_group_shows_none_of_lg(as_user, archive):
    page = as_user("outsider").get("/").context["page"]
    assert [(g.group.name, [m.pk for m in g.meetings]) for g in page.groups] == [
        ("Styrgruppen", [archive["sg"].pk])
    ]


def test_an_account_without_a_person_is_told_why_nothing_is_theirs(as_user, archive):
    assert "inte kopplat till en person" in as_user("admin").get("/").content.decode()


def test_the_people_list_is_limited_to_my_groups(as_user, archive):
    names = {row.person.name for row in as_user("outsider").get("/people/").context["people"]}
    assert names == {"Berit Alm"}
    rows = {r.person.name: r for r in as_user("reader").get("/people/").context["people"]}
    assert set(rows) == {"Jonas Wiklund", "Åsa Öberg", "Rune Sjödin"}
    assert (rows["Rune Sjödin"].took_part, rows["Rune Sjödin"].absent) == (0, 2)
    assert rows["Rune Sjödin"].rate == 0
    assert rows["Jonas Wiklund"].rate == 100 and rows["Jonas Wiklund"].open_actions == 1


def test_a_person_page(as_user, archive):
    jonas = models.Person.objects.get(name="Jonas Wiklund")
    response = as_user("reader").get(f"/people/{jonas.pk}/")
    assert response.status_code == 200
    page = response.context["page"]
    assert [a.text for a in page.open_actions] == ["Jonas skickar ut planen."]
    assert page.summary.took_part == 2 and page.summary.rate == 100
    assert [p.item.title for p in page.presented] == ["Verksamhetsplan"]
    assert [g.name for g in page.groups] == ["LG"]
    assert "Deltog i 2 möten" in response.content.decode()


def test_a_person_page_counts_the_collectives_that_cover_them(
    as_user, archive, store_meeting, make_meeting
):
    later = make_meeting(
        date=date(2024, 6, 11),
        items=(
            Item("Lokaler", actions=(Action("Alla ser över sina lokaler.", owners=("alla",)),)),
        ),
    )
    store_meeting(later, file_name="lg_2024-06-11.txt")
    jonas = models.Person.objects.get(name="Jonas Wiklund")
    berit = models.Person.objects.get(name="Berit Alm")
    texts = [
        a.text for a in as_user("reader").get(f"/people/{jonas.pk}/").context["page"].open_actions
    ]
    assert "Alla ser över sina lokaler." in texts
    others = as_user("admin").get(f"/people/{berit.pk}/").context["page"].open_actions
    assert "Alla ser över sina lokaler." not in [a.text for a in others]


def test_done_actions_move_to_their_own_list(as_user, archive):
    jonas = models.Person.objects.get(name="Jonas Wiklund")
    models.Action.objects.filter(owners__person=jonas).update(status="done")
    page = as_user("admin").get(f"/people/{jonas.pk}/").context["page"]
    assert page.open_actions == []
    assert [a.text for a in page.closed_actions] == ["Jonas skickar ut planen."]


@pytest.mark.parametrize("role", ["admin", "secretary", "member", "reader"])
def test_lg_people_are_visible_to_lg(as_user, archive, role):
    jonas = models.Person.objects.get(name="Jonas Wiklund")
    assert as_user(role).get(f"/people/{jonas.pk}/").status_code == 200


def test_a_person_of_another_group_is_404(as_user, archive):
    jonas = models.Person.objects.get(name="Jonas Wiklund")
    berit = models.Person.objects.get(name="Berit Alm")
    assert as_user("outsider").get(f"/people/{jonas.pk}/").status_code == 404
    assert as_user("reader").get(f"/people/{berit.pk}/").status_code == 404


@override_settings(DEBUG=False)
def test_404_is_our_page(as_user, archive):
    response = as_user("reader").get("/people/999999/")
    assert response.status_code == 404
    assert "Hittades inte" in response.content.decode()


def test_the_menu_links_every_page_of_the_frame(as_user, archive):
    html = as_user("admin").get("/").content.decode()
    menu = html[html.index('<nav aria-label="Huvudmeny">') : html.index("</form>")]
    for path in ("/", "/actions/", "/decisions/", "/people/", "/pictures/", "/search/",
                 "/import/", "/notes/"):  # fmt: skip
        assert f'href="{path}"' in menu, path
    assert 'action="/logout/"' in menu
