"""Reminders by mail, sent to a real SMTP server (aiosmtpd, on 127.0.0.1 and a free port):
who gets a digest after a meeting and who the weekly reminder (a collective's action, "alla",
reaches every member of the group), what each holds — their actions and what they present at
the next meeting by the real agenda — in Swedish, and that nobody gets an empty mail."""

from __future__ import annotations

import email
import email.policy
import socket
from dataclasses import replace
from datetime import date

import pytest
from aiosmtpd.controller import Controller

from anteckna.model import Action, Item, Participant

TODAY = date(2024, 5, 25)


class Inbox:
    """An aiosmtpd handler keeping every message it is given."""

    def __init__(self) -> None:
        self.messages: list[tuple[list[str], email.message.EmailMessage]] = []

    async def handle_DATA(self, server, session, envelope):
        message = email.message_from_bytes(envelope.content, policy=email.policy.default)
        self.messages.append((list(envelope.rcpt_tos), message))
        return "250 OK"

    def by_recipient(self) -> dict[str, email.message.EmailMessage]:
        return {to[0]: message for to, message in self.messages}


def text(message: email.message.EmailMessage, kind: str = "plain") -> str:
    """A part of the message as text, with the line ends SMTP gave it made plain again."""
    return message.get_body((kind,)).get_content().replace("\r\n", "\n")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def smtp(settings):
    """A local SMTP server, and Django's mail settings pointed at it."""
    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=free_port())
    controller.start()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", controller.port
    settings.DEFAULT_FROM_EMAIL = "anteckna@example.org"
    try:
        yield inbox
    finally:
        controller.stop()


@pytest.fixture
def archive(store_meeting, make_meeting):
    """LG on 2024-05-07 (an earlier action of Jonas's, due 2024-05-10) and on 2024-05-14 (Jonas
    due 2024-05-20, Åsa without a date, "alla"; Rune absent and owns nothing), Styrgruppen on
    2024-05-14 (Berit's action); a login with an address for each of them."""
    from anteckna.services.accounts import create_account

    earlier = make_meeting(
        date=date(2024, 5, 7),
        items=(Item("Lokaler", actions=(Action("Jonas ringer fastighet.", owners=("Jonas",),
                                               due=date(2024, 5, 10)),)),),
    )  # fmt: skip
    store_meeting(earlier, file_name="lg_2024-05-07.txt")
    first = make_meeting()
    item = replace(
        first.items[0],
        actions=(
            Action("Jonas skickar ut planen.", owners=("Jonas",), due=date(2024, 5, 30)),
            Action("Åsa bokar lokal & fika.", owners=("Åsa Öberg",)),
            Action("Alla läser planen.", owners=("alla",)),
        ),
    )
    lg = store_meeting(replace(first, items=(item,)), file_name="lg_2024-05-14.txt")
    sg = store_meeting(
        make_meeting(
            groups=("Styrgruppen",),
            participants=(Participant("Berit Alm", group="Styrgruppen"),),
            items=(Item("Budget", actions=(Action("Berit ringer.", owners=("Berit Alm",)),)),),
            aliases={},
        ),
        file_name="sg.txt",
    )
    for username, name in (("jonas", "Jonas Wiklund"), ("asa", "Åsa Öberg"),
                           ("rune", "Rune Sjödin"), ("berit", "Berit Alm")):  # fmt: skip
        create_account(username, "member", person=name, email=f"{username}@example.org")
    return {"lg": lg, "sg": sg}


def test_the_digest_goes_to_those_who_took_part_or_own_an_action(db, archive, smtp):
    from anteckna.services.reminders import after_meeting, send

    assert send(after_meeting(archive["lg"].pk, TODAY)) == 3
    inbox = smtp.by_recipient()
    assert set(inbox) == {"jonas@example.org", "asa@example.org", "rune@example.org"}
    rune = text(inbox["rune@example.org"], "plain")
    assert "2024-05-14:\n- Alla läser planen. [LG 2024-05-14]\n\n" in rune, "absent, but 'alla'"
    assert "Jonas" not in rune and "Åsa" not in rune
    assert "Det här föredrar du på nästa möte:\nInget på dagordningen ännu." in rune
    assert "berit@example.org" not in inbox, "not in LG: 'alla' is not hers"
    jonas = inbox["jonas@example.org"]
    assert jonas["From"] == "anteckna@example.org"
    body = text(jonas, "plain")
    new = body.partition("Jonas ringer")[0]
    assert "Jonas skickar ut planen. (klart senast 2024-05-30)" in new
    assert "Jonas ringer fastighet. (klart senast 2024-05-10, försenad) [LG 2024-05-07]" in body
    assert "Åsa bokar" not in body
    html = text(jonas, "html")
    assert "<li>Jonas skickar ut planen." in html
    assert "Åsa bokar lokal &amp; fika." in text(inbox["asa@example.org"], "html")
    assert "Åsa bokar lokal & fika." in text(inbox["asa@example.org"], "plain")


def test_the_digest_is_in_swedish(db, archive, smtp):
    from anteckna.services.reminders import after_meeting, send

    send(after_meeting(archive["lg"].pk, TODAY))
    jonas = smtp.by_recipient()["jonas@example.org"]
    assert jonas["Subject"].strip() == "Efter mötet i LG den 2024-05-14: dina åtgärder"
    body = text(jonas, "plain")
    assert body.startswith("Hej Jonas Wiklund!\n")
    assert "Dina nya åtgärder från mötet i LG den 2024-05-14:\n- Jonas skickar ut planen." in body
    assert "Dina övriga öppna åtgärder, försenade först:\n- Jonas ringer fastighet." in body
    assert "- Jonas skickar ut planen. (klart senast 2024-05-30) [LG 2024-05-14]\n" in body
    assert "- Alla läser planen. [LG 2024-05-14]\n" in body
    # LG has no rhythm and no later meeting: the agenda as of today, without a date; Jonas
    # presents his overdue action at its review.
    assert "Det här föredrar du på nästa möte:\n- LG: Jonas ringer fastighet.\n" in body


def test_what_they_present_comes_from_the_next_meetings_agenda(db, archive, smtp):
    """With a rhythm LG meets next on 2024-05-28, when the follow-up of "Verksamhetsplan"
    (2024-05-14, in two weeks) comes back: Jonas presented that item, so he presents it."""
    from anteckna.services.listing import group_named
    from anteckna.services.reminders import send, weekly
    from anteckna.services.rhythm import set_rhythm

    set_rhythm(group_named("LG"), weekday=1, every_weeks=2, start_from=date(2024, 5, 14))
    send(weekly(TODAY))
    inbox = smtp.by_recipient()
    jonas = text(inbox["jonas@example.org"], "plain")
    presenting = jonas.partition("Det här föredrar du på nästa möte:\n")[2].partition("\n\n")[0]
    assert presenting.splitlines() == [
        "- 2024-05-28 LG: Jonas ringer fastighet.",
        "- 2024-05-28 LG: Verksamhetsplan",
    ]
    assert "<li>2024-05-28 LG: Verksamhetsplan</li>" in text(inbox["jonas@example.org"], "html")
    asa = text(inbox["asa@example.org"], "plain")
    assert "Verksamhetsplan" not in asa and "- 2024-05-28 LG: Åsa bokar lokal & fika." in asa


def test_the_weekly_reminder_lists_open_actions_overdue_first(db, archive, smtp):
    from anteckna.services.reminders import send, weekly

    assert send(weekly(TODAY)) == 4
    inbox = smtp.by_recipient()
    assert set(inbox) == {"jonas@example.org", "asa@example.org", "berit@example.org",
                          "rune@example.org"}  # fmt: skip
    body = text(inbox["jonas@example.org"], "plain")
    assert body.index("Jonas ringer fastighet.") < body.index("Jonas skickar ut planen.")
    assert body.index("Jonas skickar ut planen.") < body.index("Alla läser planen.")
    rune = text(inbox["rune@example.org"], "plain")
    assert "Dina öppna åtgärder, försenade först:\n- Alla läser planen. [LG 2024-05-14]\n\n" in rune
    berit = text(inbox["berit@example.org"], "plain")
    assert "Berit ringer. [Styrgruppen 2024-05-14]" in berit
    assert "Jonas" not in berit and "Alla läser" not in berit


def test_the_weekly_reminder_is_in_swedish(db, archive, smtp):
    from anteckna.services.reminders import send, weekly

    send(weekly(TODAY))
    jonas = smtp.by_recipient()["jonas@example.org"]
    assert jonas["Subject"].strip() == "Veckopåminnelse: dina åtgärder och det du föredrar"
    body = text(jonas, "plain")
    assert "Dina öppna åtgärder, försenade först:\n- Jonas ringer fastighet." in body
    assert body.rstrip().endswith("Skickat av anteckna, arkivet med din grupps mötesanteckningar.")


def test_nobody_without_actions_or_an_address_gets_mail(db, archive, smtp):
    from anteckna.services.reminders import send, weekly
    from anteckna.store import models

    models.Action.objects.filter(text__startswith="Jonas").update(status="done")
    models.Account.objects.get(user__username="berit").user.__class__.objects.filter(
        username="berit"
    ).update(email="")
    everyone = {"asa@example.org", "jonas@example.org", "rune@example.org"}
    assert {r.to for r in weekly(TODAY)} == everyone, "'Alla läser planen.' is still open"
    models.Action.objects.filter(text__startswith="Alla").update(status="done")
    assert {r.to for r in weekly(TODAY)} == {"asa@example.org"}
    assert send([]) == 0 and smtp.messages == []


def test_a_digest_for_an_unknown_or_undated_meeting_says_so(db, archive):
    from anteckna.errors import AntecknaError
    from anteckna.services.reminders import after_meeting
    from anteckna.store import models

    with pytest.raises(AntecknaError, match="no meeting 999999"):
        after_meeting(999999, TODAY)
    models.Meeting.objects.filter(pk=archive["sg"].pk).update(date=None)
    with pytest.raises(AntecknaError, match="has no date yet"):
        after_meeting(archive["sg"].pk, TODAY)


def test_no_mail_server_is_a_clear_error(db, archive, settings):
    from anteckna.errors import AntecknaError
    from anteckna.services.reminders import send, weekly

    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = ""
    with pytest.raises(AntecknaError, match="ANTECKNA_SMTP_HOST"):
        send(weekly(TODAY))
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", free_port()
    with pytest.raises(AntecknaError, match=r"cannot send mail via 127\.0\.0\.1:\d+"):
        send(weekly(TODAY))


@pytest.mark.parametrize(
    ("presenter", "expected"),
    [
        pytest.param("Jonas Wiklund", True, id="full_name"),
        pytest.param("jonas  wiklund", True, id="folded"),
        pytest.param("Åsa Öberg, Jonas Wiklund", True, id="one_of_two"),
        pytest.param("Åsa Öberg och Jonas Wiklund", True, id="och"),
        pytest.param("Jonas", False, id="first_name_alone"),
        pytest.param("Åsa Öberg", False, id="someone_else"),
        pytest.param(None, False, id="nobody"),
    ],
)
def test_who_presents_an_agenda_entry(db, archive, presenter, expected):
    from anteckna.services.reminders import presents
    from anteckna.store import models

    assert presents(models.Person.objects.get(name="Jonas Wiklund"), presenter) is expected
