"""The pictures page and the people page's attendance maps: inline SVG, labelled, no style."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest

NS = "{http://www.w3.org/2000/svg}"
ALL_ROLES = ("admin", "secretary", "member", "reader", "outsider")


def svgs(html: str) -> list[ET.Element]:
    return [ET.fromstring(found) for found in re.findall(r"<svg.*?</svg>", html, re.S)]


def test_anonymous_visitors_are_sent_to_log_in(client, archive):
    response = client.get("/pictures/")
    assert response.status_code == 302 and response.url.startswith("/login/")


@pytest.mark.parametrize("role", ALL_ROLES)
def test_every_role_gets_the_pictures_of_what_it_sees(as_user, archive, role):
    response = as_user(role).get("/pictures/")
    assert response.status_code == 200 and response.headers["Content-Language"] == "sv"
    html = response.content.decode()
    assert "style=" not in html and "<script" not in html
    pictures = svgs(html)
    groups = {"admin": ["LG", "Styrgruppen"], "outsider": ["Styrgruppen"]}.get(role, ["LG"])
    assert len(pictures) == 2 + len(groups)  # meetings, actions, attendance per group
    for picture in pictures:
        assert picture.get("role") == "img" and picture.find(f"{NS}title").text
        assert picture.find(f"{NS}desc").text
    maps = response.context["maps"]
    assert [m.title.rsplit(" ", 1)[-1] for m in maps] == groups
    meetings = response.context["pictures"][0]
    expected = [["2024-05", {"admin": 3, "outsider": 1}.get(role, 2)]]
    assert meetings.rows == expected


def test_the_people_page_shows_attendance_per_person_and_meeting(as_user, archive):
    response = as_user("reader").get("/people/")
    [heat] = svgs(response.content.decode())
    cells = [r for r in heat.iter(f"{NS}rect") if "chart-cell" in r.get("class", "")]
    people, meetings = 3, 2
    assert len(cells) == people * meetings
    [picture] = response.context["maps"]
    assert picture.head[1:] == ["2024-05-14", "2024-05-28"]
    assert [row[0] for row in picture.rows] == ["Jonas Wiklund", "Rune Sjödin", "Åsa Öberg"]
