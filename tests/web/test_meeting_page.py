"""The meeting page and the original's download, role by role."""

from __future__ import annotations

import re

import pytest
from django.test import Client

LG_ROLES = ("admin", "secretary", "member", "reader")


def url(archive, name="lg"):
    return f"/meetings/{archive[name].pk}/"


@pytest.mark.parametrize("role", LG_ROLES)
def test_members_of_the_group_and_administrators_see_the_meeting(as_user, archive, role):
    response = as_user(role).get(url(archive))
    assert response.status_code == 200
    assert "anteckna/meeting.html" in [template.name for template in response.templates]
    html = response.content.decode()
    assert "Verksamhetsplan" in html and "Planen fastställs." in html


def test_a_member_of_another_group_gets_404(as_user, archive):
    assert as_user("outsider").get(url(archive)).status_code == 404
    assert as_user("outsider").get(url(archive) + "original").status_code == 404
    assert as_user("outsider").get(url(archive, "sg")).status_code == 200


def test_an_unknown_meeting_is_the_same_404(as_user, archive):
    assert as_user("admin").get("/meetings/999999/").status_code == 404


def test_anonymous_visitors_are_sent_to_log_in(client, archive):
    response = client.get(url(archive))
    assert response.status_code == 302 and response.url.startswith("/login/?next=")


def test_note_text_is_escaped(as_user, archive):
    html = as_user("reader").get(url(archive)).content.decode()
    assert "<script>alert" not in html and "<b>fet</b>" not in html
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp; &lt;b&gt;fet&lt;/b&gt;" in html


def test_attendance_by_group_label_with_status(as_user, archive):
    html = as_user("reader").get(url(archive)).content.decode()
    assert '<th colspan="4">LG</th>' in html
    assert "på distans" in html and "frånvarande" in html  # Åsa remote, Rune absent
    assert "via Teams" in html


def test_every_source_line_has_an_anchor_and_elements_link_to_theirs(as_user, archive):
    response = as_user("reader").get(url(archive))
    html = response.content.decode()
    for number in range(1, 9):
        assert f'id="L{number}"' in html
    assert 'href="#L5"' in html  # the decision, read from line 5
    assert 'id="L5" class="cited"' in html
    assert "Beslut: Planen fastställs." in html  # the notes' own line beside it
    assert re.findall(r'<li id="L(\d+)"', html) == [str(n) for n in range(1, 9)]


def test_warnings_follow_ups_and_neighbours_are_shown(as_user, archive):
    html = as_user("member").get(url(archive)).content.decode()
    assert "Det här var tolkningen osäker på" in html
    assert "&#x27;Maria&#x27; kan avse Maria Ek eller Maria Lund; ingen av dem valdes" in html
    assert 'class="follow-up"' in html and "2024-05-28" in html
    assert f'href="/meetings/{archive["lg_next"].pk}/"' in html and 'rel="next"' in html
    assert 'rel="prev"' not in html


def test_a_warning_is_shown_in_the_pages_language(as_user, archive):
    browser = as_user("member")
    browser.post("/i18n/setlang/", {"language": "en", "next": "/"})
    html = browser.get(url(archive)).content.decode()
    assert "&#x27;Maria&#x27; could mean Maria Ek or Maria Lund; left unresolved" in html


def test_status_buttons_only_for_who_may_use_them(as_user, archive):
    def forms(role: str) -> int:
        return as_user(role).get(url(archive)).content.decode().count("/status")

    assert forms("secretary") == forms("admin") == 2
    assert forms("member") == 1  # Jonas owns one of the two
    assert forms("reader") == 0


@pytest.mark.parametrize("role", LG_ROLES)
def test_the_original_is_an_attachment_never_html(as_user, archive, role):
    response = as_user(role).get(url(archive) + "original")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="lg_2024-05-14.txt"'
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Security-Policy"].startswith("sandbox")
    assert response.content.startswith(b"Deltagare LG:")


def test_an_unknown_suffix_downloads_as_octet_stream(as_user, store_meeting, make_meeting):
    meeting = store_meeting(make_meeting(), file_name="notes.html", data=b"<script>x</script>")
    response = as_user("admin").get(f"/meetings/{meeting.pk}/original")
    assert response["Content-Type"] == "application/octet-stream"
    assert response["Content-Disposition"].startswith("attachment")


def test_the_page_works_in_english_too(as_user, archive):
    client: Client = as_user("reader")
    client.post("/i18n/setlang/", {"language": "en", "next": "/"})
    html = client.get(url(archive)).content.decode()
    assert "Download the original" in html and "Ladda ned originalet" not in html


def test_the_next_meeting_links_back_with_the_date(as_user, archive):
    html = as_user("member").get(url(archive, "lg_next")).content.decode()
    assert f'<a rel="prev" href="/meetings/{archive["lg"].pk}/">' in html
    assert "(LG 2024-05-14)" in html and 'rel="next"' not in html
