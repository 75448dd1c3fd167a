"""Calendar feeds behind secret links: served without login, 404 for a wrong or revoked token,
renewed by a POST with CSRF, and never more than the link's user may see."""

from __future__ import annotations

import re

import icalendar
import pytest
from django.test import Client


def feed_urls(client: Client) -> dict[str, str]:
    """The start page's feed addresses by label (a group's name, or "own")."""
    page = client.get("/").content.decode()
    found = {}
    pattern = r'<li class="feed">\s*(.*?):\s*<input class="feed-url" readonly value="([^"]+)"'
    for label, url in re.findall(pattern, page, re.S):
        label = label.strip()
        found["own" if label in ("My calendar", "Min kalender") else label] = url
    return found


def path_of(url: str) -> str:
    return url.split("testserver", 1)[1]


def summaries(response) -> set[str]:
    calendar = icalendar.Calendar.from_ical(response.content)
    return {str(e["SUMMARY"]) for e in calendar.walk("VEVENT")}


def test_the_start_page_shows_my_links_and_they_serve_calendars_without_login(db, as_user):
    urls = feed_urls(as_user("member"))
    assert set(urls) == {"own", "LG"}
    assert all(re.fullmatch(r"http://testserver/calendar/[\w-]{32}\.ics", u) for u in urls.values())
    response = Client().get(path_of(urls["own"]))
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert "Åtgärd: Jonas skickar ut planen." in summaries(response)
    group = Client().get(path_of(urls["LG"]))
    assert {"LG", "Återkoppling: Verksamhetsplan", "Konferens"} <= summaries(group)
    assert b"URL:http://testserver/meetings/" in group.content.replace(b"\r\n ", b"")


def test_the_same_link_is_shown_again(db, as_user):
    client = as_user("member")
    assert feed_urls(client) == feed_urls(client)


@pytest.mark.parametrize("token", ["wrong", "x" * 32, ""], ids=["short", "long", "empty"])
def test_a_wrong_token_is_404(db, users, token):
    assert Client().get(f"/calendar/{token}.ics").status_code == 404


def test_a_new_link_stops_the_old_one(db, as_user):
    client = as_user("member")
    old = feed_urls(client)
    response = client.post("/calendar/renew")
    assert (response.status_code, response["Location"]) == (302, "/#calendar")
    new = feed_urls(client)
    assert new["own"] != old["own"] and new["LG"] == old["LG"]
    assert Client().get(path_of(old["own"])).status_code == 404
    assert Client().get(path_of(new["own"])).status_code == 200
    group_id = str(_group("LG").pk)
    client.post("/calendar/renew", {"group": group_id})
    assert Client().get(path_of(old["LG"])).status_code == 404
    assert feed_urls(client)["own"] == new["own"]


def test_renewing_needs_a_login_a_post_and_the_csrf_token(db, as_user, users):
    assert Client().post("/calendar/renew").status_code == 302  # to the login page
    assert as_user("member").get("/calendar/renew").status_code == 405
    strict = Client(enforce_csrf_checks=True)
    strict.force_login(users["member"])
    assert strict.post("/calendar/renew").status_code == 403


def test_a_group_one_does_not_see_has_no_link_and_cannot_be_renewed(db, as_user):
    outsider = as_user("outsider")
    assert set(feed_urls(outsider)) == {"own", "Styrgruppen"}
    assert outsider.post("/calendar/renew", {"group": str(_group("LG").pk)}).status_code == 404
    own = Client().get(path_of(feed_urls(outsider)["own"]))
    assert "LG" not in summaries(own)
    assert "Åtgärd: Berit ringer." not in summaries(own), "no due date, so not in a calendar"


def test_an_administrator_without_a_person_gets_every_group_and_no_own_calendar(db, as_user):
    assert set(feed_urls(as_user("admin"))) == {"LG", "Styrgruppen"}


def test_a_link_stops_when_its_user_may_no_longer_see(db, as_user, users):
    from anteckna.store import models

    urls = feed_urls(as_user("member"))
    models.Membership.objects.filter(person__name="Jonas Wiklund").delete()
    assert Client().get(path_of(urls["LG"])).status_code == 404
    users["member"].is_active = False
    users["member"].save()
    assert Client().get(path_of(urls["own"])).status_code == 404


def _group(name: str):
    from anteckna.services.listing import group_named

    return group_named(name)
