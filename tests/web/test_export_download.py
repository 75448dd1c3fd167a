"""The meeting page's downloads: every export format for those who see the meeting, the same
404 for those who do not and for a format there is not."""

from __future__ import annotations

import pytest

from anteckna.extract import extract_bytes
from anteckna.parse import parse


def url(archive, fmt: str) -> str:
    return f"/meetings/{archive['lg'].pk}/export.{fmt}"


@pytest.mark.parametrize(
    ("fmt", "start"),
    (("pdf", b"%PDF-"), ("docx", b"PK"), ("md", b"#"), ("json", b"{"), ("notes", b"M")),
)
def test_a_member_downloads_every_format(as_user, archive, fmt, start):
    response = as_user("reader").get(url(archive, fmt))
    assert response.status_code == 200
    assert response.content.startswith(start)
    assert response.headers["Content-Disposition"].startswith("attachment; filename=")
    assert response.headers["X-Content-Type-Options"] == "nosniff"


def test_the_download_reads_back_as_the_meeting(as_user, archive):
    data = as_user("secretary").get(url(archive, "docx")).content
    meeting = parse(extract_bytes(data, "m.docx").text)
    assert {p.name for p in meeting.participants} >= {"Jonas Wiklund", "Åsa Öberg"}
    assert [d.text for i in meeting.items for d in i.decisions] == ["Planen fastställs."]


def test_the_page_links_the_downloads(as_user, archive):
    page = as_user("member").get(f"/meetings/{archive['lg'].pk}/").content.decode()
    assert f'href="/meetings/{archive["lg"].pk}/export.pdf"' in page


@pytest.mark.parametrize("fmt", ("pdf", "json"))
def test_a_member_of_another_group_gets_404(as_user, archive, fmt):
    assert as_user("outsider").get(url(archive, fmt)).status_code == 404


def test_an_unknown_format_is_404(as_user, archive):
    assert as_user("admin").get(url(archive, "odt")).status_code == 404


def test_anonymous_visitors_are_sent_to_log_in(client, archive):
    assert client.get(url(archive, "pdf")).status_code == 302
