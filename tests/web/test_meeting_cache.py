"""The meeting page's kept body (``web.meeting_cache``) is never stale, and the page keeper
(``web.page_keeper``) renders what changed before anyone asks.

After each kind of write that can change a meeting, its page shows the change, and is the same
page as one rendered with nothing kept. The archive is imported from notes, as in use, and
looked at before each write, so that the body is kept when the write comes.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from types import SimpleNamespace

import pytest
from django.test import Client

from anteckna.services import corrections
from anteckna.services.groups import rename_group
from anteckna.services.importing import import_paths
from anteckna.store import models
from anteckna.web import meeting_cache

FIRST = """\
Deltagare LG: Anna Berg, Erik Lind, Sara Hammar
Frånvarande: Olle Ek

Mötesanteckningar

1. Vakanser
Erik tar fram en sammanställning av vakanser per enhet senast 2024-05-20.
Tas upp igen om två veckor.

2. Kort information
Anna bokar lokal för kompetensdagen.
Beslut: Kompetensdagen hålls i augusti.
"""
LATER = """\
Deltagare LG: Anna Berg, Erik Lind, Sara Hammar

Mötesanteckningar

1. Vakanser
Erik har tagit fram sammanställningen av vakanser per enhet (klart).
"""


@pytest.fixture
def notes(db, tmp_path):
    """The first meeting (lg_2024-05-14) imported; gives the folder of its notes."""
    write(tmp_path, "lg_2024-05-14.txt", FIRST)
    return tmp_path


@pytest.fixture
def meeting(notes):
    return models.Meeting.objects.get()


def write(folder: Path, name: str, text: str) -> None:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    report = import_paths([path])
    assert report.imported and not report.failed


def shown(client: Client, meeting: models.Meeting) -> str:
    """The meeting's page (its ``<main>``: the frame around holds the message a write leaves
    for the next page), without the CSRF tokens, which differ between any two responses."""
    response = client.get(f"/meetings/{meeting.pk}/")
    assert response.status_code == 200
    main = re.search(r"<main>.*</main>", response.content.decode(), flags=re.S)
    assert main is not None
    return re.sub(r'value="[^"]{64}"', 'value=""', main[0])


def kept_and_fresh(client: Client, meeting: models.Meeting) -> str:
    """The page as kept now, after checking that it is the page rendered with nothing kept
    gives (a stale body would differ)."""
    kept = shown(client, meeting)
    models.KeptPage.objects.all().delete()
    assert shown(client, meeting) == kept
    return kept


def test_the_body_is_kept_and_the_second_view_does_not_render_it(
    admin_client, meeting, monkeypatch
):
    first = shown(admin_client, meeting)

    def render(*args):
        raise AssertionError("the body was rendered again")

    monkeypatch.setattr(meeting_cache, "meeting_body", render)
    assert shown(admin_client, meeting) == first


def item(meeting: models.Meeting, title: str) -> models.Item:
    return meeting.items.get(title=title)


def test_a_corrected_item_title(admin_client, meeting):
    shown(admin_client, meeting)
    corrections.correct("item", item(meeting, "Vakanser").pk, "title", "Vakanser och tjänster")
    assert "Vakanser och tjänster" in kept_and_fresh(admin_client, meeting)


def test_an_action_marked_done_on_the_page(admin_client, meeting):
    shown(admin_client, meeting)
    action = meeting.actions.get(text__startswith="Anna")
    response = admin_client.post(f"/actions/{action.pk}/status", {"status": "done"})
    assert response.status_code == 302
    html = kept_and_fresh(admin_client, meeting)
    assert 'class="status-done">klar' in html and 'value="open">Öppna igen' in html


def test_an_added_and_a_removed_element(admin_client, meeting):
    shown(admin_client, meeting)
    corrections.add_action(item(meeting, "Kort information").pk, "Sara ringer kommunen.")
    decision = meeting.decisions.get()
    corrections.remove_decision(decision.pk)
    html = kept_and_fresh(admin_client, meeting)
    assert "Sara ringer kommunen." in html and 'class="decision"' not in html


def test_a_corrected_attendance_status(admin_client, meeting):
    shown(admin_client, meeting)
    row = meeting.attendance.get(name="Sara Hammar")
    corrections.correct("attendance", row.pk, "status", "absent")
    assert "2 deltog, 2 frånvarande" in kept_and_fresh(admin_client, meeting)


def test_a_new_meeting_date_moves_the_follow_ups(admin_client, meeting):
    shown(admin_client, meeting)
    corrections.set_meeting_date(meeting.pk, date(2024, 6, 4))
    assert "Återkommer 2024-06-18" in kept_and_fresh(admin_client, meeting)


def test_a_new_version_of_the_notes(admin_client, notes, meeting):
    shown(admin_client, meeting)
    write(notes, "lg_2024-05-14.txt", FIRST.replace("augusti", "september"))
    assert models.Meeting.objects.get().pk == meeting.pk  # the same meeting, a new version
    html = kept_and_fresh(admin_client, meeting)
    assert "Kompetensdagen hålls i september." in html and "version 2" in html


def test_a_later_meeting_closes_an_action_and_takes_up_a_follow_up(admin_client, notes, meeting):
    shown(admin_client, meeting)
    write(notes, "lg_2024-05-28.txt", LATER)
    assert meeting.actions.get(text__startswith="Erik").status == "done"
    assert meeting.follow_ups.get().resolved_by is not None
    assert 'class="status-done">klar' in kept_and_fresh(admin_client, meeting)


def test_a_renamed_group(admin_client, meeting):
    shown(admin_client, meeting)
    rename_group("LG", name="Ledningsgruppen för skolan")
    assert "Ledningsgruppen för skolan" in kept_and_fresh(admin_client, meeting)


def test_an_action_edited_in_the_admin(admin_client, meeting):
    shown(admin_client, meeting)
    action = meeting.actions.get(text__startswith="Anna")
    form = {
        "meeting": meeting.pk, "item": action.item_id, "position": action.position,
        "text": "Anna bokar en större lokal.", "due_text": "", "status": "open", "rule": "",
        "owners-TOTAL_FORMS": 0, "owners-INITIAL_FORMS": 0,
    }  # fmt: skip
    response = admin_client.post(f"/admin/store/action/{action.pk}/change/", form)
    assert response.status_code == 302, response.content.decode()[:2000]
    assert "Anna bokar en större lokal." in kept_and_fresh(admin_client, meeting)


def test_an_action_becomes_overdue_the_day_after_its_due_date(admin_client, meeting, monkeypatch):
    from anteckna.web.views import meetings as view

    monkeypatch.setattr(view.timezone, "localdate", lambda: date(2024, 5, 20))
    assert "försenad" not in shown(admin_client, meeting)
    monkeypatch.setattr(view.timezone, "localdate", lambda: date(2024, 5, 21))
    assert "försenad" in kept_and_fresh(admin_client, meeting)


def test_each_language_has_its_own_body(admin_client, meeting):
    assert "Ladda ned originalet" in shown(admin_client, meeting)
    admin_client.post("/i18n/setlang/", {"language": "en", "next": "/"})
    html = kept_and_fresh(admin_client, meeting)
    assert "Download the original" in html and "Ladda ned originalet" not in html


def test_the_buttons_and_the_edit_link_are_each_viewers_own(meeting):
    from anteckna.services.accounts import create_account

    def client(name: str, role: str, person: str | None) -> Client:
        browser = Client()
        browser.force_login(create_account(name, role, person=person).user)
        return browser

    members = {"admin": client("admin", "administrator", None),
               "anna": client("anna", "member", "Anna Berg"),
               "reader": client("reader", "reader", "Olle Ek")}  # fmt: skip
    group = models.Group.objects.get()
    for person in models.Person.objects.filter(name__in=("Anna Berg", "Olle Ek")):
        models.Membership.objects.get_or_create(person=person, group=group)
    pages = {name: shown(browser, meeting) for name, browser in members.items()}
    assert pages["admin"].count("/status") == 2 and 'class="edit-link"' in pages["admin"]
    assert pages["anna"].count("/status") == 1  # her own action
    assert pages["reader"].count("/status") == 0
    assert 'class="edit-link"' not in pages["anna"] + pages["reader"]


def test_a_kept_body_is_no_way_past_the_visibility_check(admin_client, meeting):
    from anteckna.services.accounts import create_account

    shown(admin_client, meeting)
    outsider = Client()
    outsider.force_login(create_account("kim", "member", person="Anna Berg").user)
    models.Membership.objects.filter(person__name="Anna Berg").delete()
    assert outsider.get(f"/meetings/{meeting.pk}/").status_code == 404


def test_the_kept_buttons_get_the_viewers_token_and_path(admin_client, meeting):
    shown(admin_client, meeting)
    html = admin_client.get(f"/meetings/{meeting.pk}/?from=start").content.decode()
    forms = re.findall(r'<form class="inline" method="post".*?</form>', html, flags=re.S)
    assert len(forms) == 2
    for form in forms:
        assert re.search(r'name="csrfmiddlewaretoken" value="\w{64}"', form)
        assert f'name="next" value="/meetings/{meeting.pk}/?from=start"' in form
    assert meeting_cache.CSRF_SLOT not in html and meeting_cache.PATH_SLOT not in html


def no_rendering(monkeypatch) -> None:
    def render(*args):
        raise AssertionError("the body was rendered at the view")

    monkeypatch.setattr(meeting_cache, "meeting_body", render)


def test_a_kept_page_outlives_midnight_until_an_action_falls_due(
    admin_client, meeting, monkeypatch
):
    from anteckna.web.views import meetings as view

    monkeypatch.setattr(view.timezone, "localdate", lambda: date(2024, 5, 15))
    first = shown(admin_client, meeting)
    with monkeypatch.context() as patched:
        no_rendering(patched)
        monkeypatch.setattr(view.timezone, "localdate", lambda: date(2024, 5, 20))
        assert shown(admin_client, meeting) == first  # the next days: nothing fell due
    monkeypatch.setattr(view.timezone, "localdate", lambda: date(2024, 5, 21))
    assert "försenad" in shown(admin_client, meeting)  # Erik's action was due 2024-05-20


def test_a_page_rendered_by_other_code_is_rendered_again(admin_client, meeting, monkeypatch):
    shown(admin_client, meeting)
    kept = models.KeptPage.objects.get()
    monkeypatch.setattr(meeting_cache, "code_version", lambda: "another release")
    shown(admin_client, meeting)
    assert models.KeptPage.objects.get().key != kept.key


def test_the_keeper_renders_every_page_so_that_no_view_does(
    admin_client, notes, meeting, monkeypatch
):
    from anteckna.web import page_keeper

    write(notes, "lg_2024-05-28.txt", LATER)
    today = date(2024, 6, 1)
    assert page_keeper.keep_pages("sv", today) == 2
    assert models.KeptPage.objects.filter(language="sv").count() == 2
    assert page_keeper.keep_pages("sv", today) == 0  # nothing changed
    later = models.Meeting.objects.exclude(pk=meeting.pk).get()
    with monkeypatch.context() as patched:
        no_rendering(patched)
        patched.setattr("anteckna.web.views.meetings.timezone.localdate", lambda: today)
        pages = {m.pk: shown(admin_client, m) for m in (meeting, later)}
    assert "Erik har tagit fram" in pages[later.pk]

    corrections.correct("item", item(meeting, "Vakanser").pk, "title", "Vakanser och tjänster")
    assert page_keeper.keep_pages("sv", today) == 1  # only the corrected meeting
    with monkeypatch.context() as patched:
        no_rendering(patched)
        patched.setattr("anteckna.web.views.meetings.timezone.localdate", lambda: today)
        assert "Vakanser och tjänster" in shown(admin_client, meeting)


def test_the_keeper_looks_again_when_anything_a_page_shows_moved(meeting):
    from anteckna.web.page_keeper import archive_state

    day = date(2024, 6, 1)
    states = [archive_state(day)]

    def moved() -> bool:
        states.append(archive_state(day))
        return states[-1] != states[-2]

    assert not moved()
    corrections.correct("item", item(meeting, "Vakanser").pk, "title", "Vakanser och tjänster")
    assert moved()
    rename_group("LG", name="Ledningsgruppen för skolan")
    assert moved()
    meeting.save()
    assert moved()  # ``updated_at``
    assert archive_state(date(2024, 6, 2)) != states[-1]
    meeting.delete()
    assert moved()


def test_the_keeper_passes_over_the_archive_when_it_moved_and_only_then(meeting, monkeypatch):
    from django.db import OperationalError

    from anteckna.web import page_keeper

    passes = []
    monkeypatch.setattr(page_keeper, "INTERVAL", 0)
    monkeypatch.setattr(page_keeper, "keep_pages", lambda *args, **kw: passes.append(args) or 0)
    looks = 0
    state = page_keeper.archive_state

    def alive() -> bool:
        nonlocal looks
        looks += 1
        if looks == 3:  # after two looks at an archive that did not move in between
            corrections.correct("item", item(meeting, "Vakanser").pk, "title", "Vakanser 2")
        return looks <= 5

    def archive_state(today):
        if looks == 4:
            raise OperationalError("database is locked")  # told, and tried again next look
        return state(today)

    monkeypatch.setattr(page_keeper, "archive_state", archive_state)
    page_keeper.run(alive)
    assert [language for language, _ in passes] == ["sv", "sv"]


def test_a_page_that_fails_to_render_leaves_the_others_kept(notes, meeting, monkeypatch, capsys):
    from anteckna.web import page_keeper

    write(notes, "lg_2024-05-28.txt", LATER)
    render = page_keeper.render_body

    def fails_for_the_first(found, groups, today):
        if found.pk == meeting.pk:
            raise ValueError("a bug in one meeting's page")
        return render(found, groups, today)

    monkeypatch.setattr(page_keeper, "render_body", fails_for_the_first)
    assert page_keeper.keep_pages("sv", date(2024, 6, 1)) == 1
    assert f"meeting {meeting.pk}: ValueError" in capsys.readouterr().err
    assert not models.KeptPage.objects.filter(meeting=meeting).exists()


def test_a_view_that_cannot_write_at_once_sends_the_page_unkept(admin_client, meeting, monkeypatch):
    from django.db import OperationalError

    def locked(*args, **kwargs):
        raise OperationalError("database is locked")  # another writer holds SQLite's lock

    first = shown(admin_client, meeting)
    models.KeptPage.objects.all().delete()
    monkeypatch.setattr(meeting_cache, "transaction", SimpleNamespace(atomic=locked))
    assert shown(admin_client, meeting) == first
    assert not models.KeptPage.objects.exists()
    with pytest.raises(OperationalError):  # the keeper waits, and is told if it cannot
        meeting_cache.keep(meeting.pk, "sv", "key", "<p>body</p>")


def test_a_view_gives_sqlite_its_busy_timeout_back(admin_client, meeting, db):
    from django.db import connection

    shown(admin_client, meeting)  # renders and keeps
    if db == "sqlite":
        with connection.cursor() as cursor:
            cursor.execute("PRAGMA busy_timeout")
            assert cursor.fetchone()[0] == connection.settings_dict["OPTIONS"]["timeout"] * 1000
    assert models.KeptPage.objects.filter(meeting=meeting).exists()
