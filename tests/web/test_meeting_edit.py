"""Editing a meeting: every change a correction with who and when, kept over a re-import."""

from __future__ import annotations

from datetime import date

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from anteckna.store import models

from .test_import import TXT, as_posted, upload


def edit_url(meeting: models.Meeting) -> str:
    return f"/meetings/{meeting.pk}/edit"


def test_anonymous_visitors_are_sent_to_log_in(client, archive):
    for response in (client.get(edit_url(archive["lg"])), client.post(edit_url(archive["lg"]))):
        assert response.status_code == 302 and response.url.startswith("/login/")


@pytest.mark.parametrize(
    ("role", "status"),
    [("admin", 200), ("secretary", 200), ("member", 403), ("reader", 403), ("outsider", 404)],
)
def test_who_may_edit(as_user, archive, role, status):
    client = as_user(role)
    assert client.get(edit_url(archive["lg"])).status_code == status
    title = {"kind": "meeting", "title": "Nytt namn", "date": "2024-05-14", "groups": "LG"}
    posted = client.post(edit_url(archive["lg"]), title)
    assert posted.status_code == (302 if status == 200 else status)
    changed = models.Meeting.objects.get(pk=archive["lg"].pk).title == "Nytt namn"
    assert changed == (status == 200)
    link = (
        f'href="{edit_url(archive["lg"])}"'
        in client.get(f"/meetings/{archive['lg'].pk}/").content.decode()
    )
    assert link == (status == 200)


def test_a_secretary_cannot_edit_another_groups_meeting(as_user, archive):
    client = as_user("secretary")
    assert client.get(edit_url(archive["sg"])).status_code == 404
    assert (
        client.post(edit_url(archive["sg"]), {"kind": "meeting", "title": "x"}).status_code == 404
    )


def test_a_row_of_another_meeting_changes_nothing(as_user, archive):
    other = archive["sg"].actions.get()
    response = as_user("admin").post(
        edit_url(archive["lg"]), {"kind": "remove_action", "action": other.pk}, follow=True
    )
    assert models.Action.objects.filter(pk=other.pk).exists()
    assert not models.Correction.objects.exists()
    assert "messages" in response.context and list(response.context["messages"])


def test_edit_posts_need_the_csrf_token(users, archive):
    strict = Client(enforce_csrf_checks=True)
    strict.force_login(users["secretary"])
    url = edit_url(archive["lg"])
    data = {"kind": "meeting", "title": "Nytt namn", "date": "2024-05-14", "groups": "LG"}
    assert strict.post(url, data).status_code == 403
    token = strict.get(url).cookies["csrftoken"].value
    assert strict.post(url, {**data, "csrfmiddlewaretoken": token}).status_code == 302


def imported(client: Client, text: str) -> models.Meeting:
    """The notes uploaded and saved through the import page."""
    page, url = upload(client, ("lg_2024-06-11.txt", text.encode()))
    done = client.post(url, as_posted(page.context["forms"]))
    [outcome] = done.context["outcomes"]
    assert outcome.status == "imported", outcome
    return models.Meeting.objects.get(pk=outcome.meeting)


def test_changes_are_history_and_survive_a_reimport(as_user, users, archive):
    client = as_user("secretary")
    meeting = imported(client, TXT)
    url = edit_url(meeting)
    budget, lokaler = meeting.items.order_by("position")
    wrong = budget.actions.get()
    rune = meeting.attendance.get(name="Rune Sjödin")
    posts = [
        {"kind": "meeting", "title": "LG juni", "date": "2024-06-11", "groups": "LG, Styrgruppen"},
        {"kind": "attendance", "row": rune.pk, "status": "remote", "person": ""},
        {"kind": "item", "item": lokaler.pk, "title": "Lokalfrågor", "presenters": "Åsa, Jonas"},
        {"kind": "add_action", "item": lokaler.pk, "text": "Åsa bokar flyttfirma.",
         "owners": "Åsa", "due": "2024-06-30"},
        {"kind": "add_decision", "item": lokaler.pk, "text": "Flytten sker i augusti."},
        {"kind": "remove_action", "action": wrong.pk},
    ]  # fmt: skip
    for data in posts:
        response = client.post(url, data)
        assert response.status_code == 302 and response.url == url

    page = client.get(url)
    changes = page.context["changes"]
    assert {(c.field, c.who) for c in changes} == {
        ("title", "secretary"), ("groups", "secretary"), ("status", "secretary"),
        ("presenters", "secretary"), ("*", "secretary"),
    }  # fmt: skip
    html = page.content.decode()
    assert "Lokalfrågor" in html and "Flytten sker i augusti." in html and "LG, Styrgruppen" in html

    corrected = TXT.replace("om flytten.", "om flytten till nya lokaler.")
    again = imported(client, corrected)
    assert again.pk == meeting.pk and again.source.version == 2
    lokaler = again.items.get(position=1)
    assert lokaler.title == "Lokalfrågor"
    presenters = lokaler.presenters.order_by("position")
    assert [(p.name, p.person.name) for p in presenters] == [
        ("Åsa", "Åsa Öberg"), ("Jonas", "Jonas Wiklund"),
    ]  # fmt: skip
    added = lokaler.actions.get()
    assert (added.text, added.due, added.owners.get().person.name) == (
        "Åsa bokar flyttfirma.", date(2024, 6, 30), "Åsa Öberg",
    )  # fmt: skip
    assert list(lokaler.decisions.values_list("text", flat=True)) == ["Flytten sker i augusti."]
    assert not again.items.get(position=0).actions.exists()
    assert again.attendance.get(name="Rune Sjödin").status == "remote"
    assert sorted(again.groups.values_list("name", flat=True)) == ["LG", "Styrgruppen"]
    assert again.title == "LG juni"
    assert len(client.get(url).context["changes"]) == len(changes)  # history kept, not copied


def test_a_participant_can_be_made_a_new_person_or_another_one(as_user, archive):
    client = as_user("admin")
    meeting = imported(client, TXT)
    jonas = meeting.attendance.get(name="Jonas Wiklund")
    maria = meeting.attendance.get(name="Maria")
    client.post(edit_url(meeting), {"kind": "attendance", "row": jonas.pk,
                                    "status": "present", "new_person": "on"})  # fmt: skip
    client.post(edit_url(meeting), {"kind": "attendance", "row": maria.pk,
                                    "status": "present", "person": "Åsa Öberg"})  # fmt: skip
    rows = {r.name: r.person for r in meeting.attendance.select_related("person")}
    assert rows["Maria"].name == "Åsa Öberg"
    assert models.Person.objects.filter(name="Jonas Wiklund").count() == 2
    shown = {(c.where, c.new) for c in client.get(edit_url(meeting)).context["changes"]}
    assert any(new == "Åsa Öberg" for _, new in shown)


def test_a_bad_value_is_a_message_and_changes_nothing(as_user, archive):
    client = as_user("admin")
    lg = archive["lg"]
    response = client.post(
        edit_url(lg),
        {"kind": "meeting", "title": "x", "date": "2024-05-14", "groups": "Okänd"},
        follow=True,
    )
    assert [m.level_tag for m in response.context["messages"]] == ["error"]
    assert models.Meeting.objects.get(pk=lg.pk).title == "Mötesanteckningar"
    assert not models.Correction.objects.exists()
    unknown = client.post(edit_url(lg), {"kind": "nonsense"}, follow=True)
    assert unknown.status_code == 200 and not models.Correction.objects.exists()


def test_files_upload_via_simple_file(as_user, archive):
    """A single file posted as one value, not a list, is read too."""
    client = as_user("admin")
    response = client.post("/import/", {"files": SimpleUploadedFile("a.txt", TXT.encode())})
    assert response.status_code == 302
