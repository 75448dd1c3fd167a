"""The import page: upload several files, preview what was read, correct, save or cancel."""

from __future__ import annotations

import io
from datetime import date

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from anteckna.services import corrections
from anteckna.store import models

TXT = """\
Mötesanteckningar ledningsgruppen 11 juni 2024
Deltagare LG: Jonas Wiklund, Åsa Öberg, Maria
Frånvarande: Rune Sjödin

1. Budget
Föredragande: Jonas
Beslut: Budgeten fastställs.
Jonas skickar ut budgeten senast 20 juni.
Ärendet tas upp igen om två veckor.

2. Lokaler
Åsa informerar om flytten.
"""

DOCX_LINES = (
    "Anteckningar från ledningsgruppen",
    "Deltagare LG: Jonas Wiklund, Åsa Öberg",
    "",
    "1. Rekrytering",
    "Beslut: Tjänsten utlyses.",
    "Åsa skickar annonsen till HR.",
    "",
    "2. Övrigt",
    "Inget att rapportera.",
)


def docx_bytes(lines: tuple[str, ...] = DOCX_LINES) -> bytes:
    from docx import Document

    document = Document()
    for line in lines:
        document.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def pdf_bytes(lines: tuple[str, ...]) -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=11)
    for line in lines:
        pdf.cell(0, 8, line, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def upload(client: Client, *files: tuple[str, bytes]):
    """Post the files to /import/; the preview's response, followed."""
    payload = {"files": [SimpleUploadedFile(name, data) for name, data in files]}
    response = client.post("/import/", payload)
    assert response.status_code == 302, response.content.decode()[:500]
    assert response.url.startswith("/import/")
    return client.get(response.url), response.url


def as_posted(forms, **changes: object) -> dict[str, object]:
    """The preview forms' values as the browser would post them, with ``changes`` (by
    prefixed field name) on top."""
    data: dict[str, object] = {}
    for form in forms:
        for name in form.fields:
            value = form[name].value()
            if value not in (None, False, ""):
                data[form.add_prefix(name)] = value
    data.update(changes)
    return {key: value for key, value in data.items() if value is not None}


def form_for(forms, file_name: str):
    return next(f for f in forms if f.upload.file_name == file_name)


@pytest.mark.parametrize("path", ["/import/"])
def test_anonymous_visitors_are_sent_to_log_in(client, archive, path):
    response = client.get(path)
    assert response.status_code == 302 and response.url.startswith("/login/")


@pytest.mark.parametrize(
    ("role", "status"),
    [("admin", 200), ("secretary", 200), ("member", 403), ("reader", 403), ("outsider", 403)],
)
def test_only_secretaries_and_administrators_import(as_user, role, status):
    client = as_user(role)
    assert client.get("/import/").status_code == status
    posted = client.post("/import/", {"files": [SimpleUploadedFile("a.txt", TXT.encode())]})
    assert posted.status_code == (302 if status == 200 else 403)
    menu = client.get("/").content.decode()
    assert ('href="/import/"' in menu) == (status == 200)


def test_upload_preview_correct_and_save(as_user, users, archive):
    client = as_user("secretary")
    page, url = upload(client, ("lg_juni.txt", TXT.encode()), ("rekrytering.docx", docx_bytes()))
    assert page.status_code == 200
    html = page.content.decode()
    for seen in ("Budgeten fastställs.", "Jonas skickar ut budgeten", "2024-06-20",
                 "Ärendet tas upp igen", "Tjänsten utlyses.", "Åsa skickar annonsen"):  # fmt: skip
        assert seen in html, seen
    forms = page.context["forms"]
    txt, docx = form_for(forms, "lg_juni.txt"), form_for(forms, "rekrytering.docx")
    assert txt.meeting["date"] == "2024-06-11" and docx.meeting["date"] is None
    assert models.Meeting.objects.count() == 3  # nothing stored before Save

    saved = client.post(url, as_posted(forms))  # the docx has no date yet
    assert saved.status_code == 200
    assert form_for(saved.context["forms"], "rekrytering.docx").non_field_errors()
    assert models.Meeting.objects.count() == 3

    title = f"{txt.prefix}-title_1"
    done = client.post(url, as_posted(forms, **{
        f"{docx.prefix}-date": "2024-06-12", title: "Lokaler och flytt",
    }))  # fmt: skip
    assert done.status_code == 200
    assert [o.status for o in done.context["outcomes"]] == ["imported", "imported"]
    by_file = {m.source.file_name: m for m in models.Meeting.objects.select_related("source")}
    assert by_file["rekrytering.docx"].date == date(2024, 6, 12)
    assert by_file["lg_juni.txt"].date == date(2024, 6, 11)
    assert by_file["lg_juni.txt"].items.get(position=1).title == "Lokaler och flytt"
    history = corrections.history(by_file["rekrytering.docx"].pk)
    assert [(c.field, c.old_value, c.new_value, c.user) for c in history] == [
        ("date", None, "2024-06-12", users["secretary"])
    ]
    assert not models.StagedBatch.objects.exists()  # the batch is gone once saved
    assert client.get(url).status_code == 404


def test_a_meeting_without_a_date_can_be_saved_as_needing_one(as_user, archive):
    client = as_user("admin")
    page, url = upload(client, ("rekrytering.docx", docx_bytes()))
    [form] = page.context["forms"]
    done = client.post(url, as_posted([form], **{f"{form.prefix}-undated": "on"}))
    [outcome] = done.context["outcomes"]
    assert outcome.status == "imported" and outcome.undated
    assert models.Meeting.objects.get(pk=outcome.meeting).date is None


def test_a_pdf_is_read_too(as_user, archive):
    lines = ("Mötesanteckningar LG 3 september 2024", "Deltagare LG: Jonas Wiklund",
             "1. Budget", "Beslut: Budgeten godkänns.", "2. Övrigt", "Inget.")  # fmt: skip
    page, _ = upload(as_user("secretary"), ("lg.pdf", pdf_bytes(lines)))
    [form] = page.context["forms"]
    assert form.meeting["date"] == "2024-09-03"
    assert "Budgeten godkänns." in page.content.decode()


def test_a_broken_file_shows_its_reason_and_stores_nothing(as_user, archive):
    client = as_user("secretary")
    broken = [
        ("trasig.docx", b"PK\x03\x04 not really a zip"),
        ("bild.txt", b"\x89PNG\r\n\x1a\n" + bytes(64)),
        ("sida.html", b"<script>"),
    ]
    page, url = upload(client, *broken)
    assert page.context["forms"] == []
    reasons = {u.file_name: u.reason for u in page.context["others"]}
    assert set(reasons) == {"trasig.docx", "bild.txt", "sida.html"} and all(reasons.values())
    assert "not a file type" in reasons["sida.html"]
    html = page.content.decode()
    assert reasons["trasig.docx"] in html and "<script>" not in html
    done = client.post(url, {})
    assert [o.status for o in done.context["outcomes"]] == ["failed"] * 3
    assert models.Meeting.objects.count() == 3 and models.SourceDocument.objects.count() == 3


def test_the_same_bytes_again_are_shown_as_already_imported(as_user, archive):
    client = as_user("secretary")
    page, url = upload(client, ("lg_juni.txt", TXT.encode()))
    client.post(url, as_posted(page.context["forms"]))
    again, _ = upload(client, ("kopia.txt", TXT.encode()))
    assert again.context["forms"] == []
    [other] = again.context["others"]
    assert other.state == "imported"
    assert '<li class="state-imported"><strong>kopia.txt</strong>' in again.content.decode()
    assert models.SourceDocument.objects.filter(file_name="kopia.txt").count() == 0


def test_choosing_which_maria_and_new_person(as_user, archive):
    lg = models.Group.objects.get(name="LG")
    ek, lund = (models.Person.objects.create(name=n) for n in ("Maria Ek", "Maria Lund"))
    for person in (ek, lund):
        models.Membership.objects.create(person=person, group=lg)
    client = as_user("secretary")
    page, url = upload(client, ("lg_juni.txt", TXT.encode()))
    [form] = page.context["forms"]
    maria = next(i for i, (p, _, _) in enumerate(form.people) if p["name"] == "Maria")
    _, person, _ = form.people[maria]
    assert person["ambiguous"]
    assert {name for _, name in person["candidates"]} == {"Maria Ek", "Maria Lund"}
    jonas = next(i for i, (p, _, _) in enumerate(form.people) if p["name"] == "Jonas Wiklund")
    done = client.post(url, as_posted([form], **{
        f"{form.prefix}-person_{maria}": str(lund.pk), f"{form.prefix}-person_{jonas}": "new",
    }))  # fmt: skip
    meeting = models.Meeting.objects.get(pk=done.context["outcomes"][0].meeting)
    rows = {r.name: r for r in meeting.attendance.select_related("person")}
    assert rows["Maria"].person == lund
    assert rows["Jonas Wiklund"].person.name == "Jonas Wiklund"
    assert models.Person.objects.filter(name="Jonas Wiklund").count() == 2
    assert {c.field for c in corrections.history(meeting.pk)} == {"person"}


def test_an_unknown_group_is_refused_and_a_known_one_is_kept(as_user, archive):
    client = as_user("secretary")
    page, url = upload(client, ("lg_juni.txt", TXT.encode()))
    [form] = page.context["forms"]
    refused = client.post(url, as_posted([form], **{f"{form.prefix}-groups": "Okända gruppen"}))
    assert refused.context["forms"][0].errors["groups"]
    done = client.post(url, as_posted([form], **{f"{form.prefix}-groups": "styrgruppen, LG"}))
    meeting = models.Meeting.objects.get(pk=done.context["outcomes"][0].meeting)
    assert sorted(g.name for g in meeting.groups.all()) == ["LG", "Styrgruppen"]


def test_cancel_discards_the_batch(as_user, archive):
    client = as_user("secretary")
    _, url = upload(client, ("lg_juni.txt", TXT.encode()))
    response = client.post(url + "cancel")
    assert response.status_code == 302
    assert not models.StagedBatch.objects.exists()
    assert models.Meeting.objects.count() == 3


def test_another_users_batch_is_not_found(as_user, archive):
    _, url = upload(as_user("secretary"), ("lg_juni.txt", TXT.encode()))
    assert as_user("admin").get(url).status_code == 404
    assert as_user("admin").post(url + "cancel").status_code == 404
    assert as_user("member").get(url).status_code == 403


def test_stale_batches_are_removed_when_a_new_one_is_made(as_user, archive):
    from datetime import timedelta

    from django.utils import timezone

    client = as_user("secretary")
    upload(client, ("lg_juni.txt", TXT.encode()))
    models.StagedBatch.objects.update(created_at=timezone.now() - timedelta(days=2))
    upload(client, ("rekrytering.docx", docx_bytes()))
    assert models.StagedBatch.objects.count() == 1
    assert models.StagedUpload.objects.get().file_name == "rekrytering.docx"


def test_posts_need_the_csrf_token(users, archive):
    strict = Client(enforce_csrf_checks=True)
    strict.force_login(users["secretary"])
    files = {"files": [SimpleUploadedFile("lg_juni.txt", TXT.encode())]}
    assert strict.post("/import/", files).status_code == 403
    token = strict.get("/import/").cookies["csrftoken"].value
    files = {"files": [SimpleUploadedFile("lg_juni.txt", TXT.encode())]}
    response = strict.post("/import/", {**files, "csrfmiddlewaretoken": token})
    assert response.status_code == 302
    assert strict.post(response.url + "cancel").status_code == 403
    assert strict.post(response.url + "cancel", {"csrfmiddlewaretoken": token}).status_code == 302


def test_what_was_read_is_shown_escaped(as_user, archive):
    notes = TXT.replace("Budgeten fastställs.", "Budgeten <script>alert('x')</script> fastställs.")
    page, _ = upload(as_user("secretary"), ("lg_juni.txt", notes.encode()))
    html = page.content.decode()
    assert "<script>" not in html and "&lt;script&gt;" in html
