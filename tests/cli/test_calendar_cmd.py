"""``anteckna calendar`` and ``anteckna remind`` in a real process on a real SQLite file: the
bundled samples imported, a login with an address, the calendar read back by two parsers, the
dry run, and mail sent to a local SMTP server named by the environment."""

from __future__ import annotations

import email
import email.policy
import json
import os
import socket
import subprocess
import sys
from datetime import date

import icalendar
import pytest
import vobject
from aiosmtpd.controller import Controller

from anteckna.samples import sample_paths

ENTRY = "from anteckna.cli import main; main()"


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    """(run, db): the samples imported as LG's notes, and Malin Ekdahl's login."""
    folder = tmp_path_factory.mktemp("calendar")
    db = str(folder / "arkiv.sqlite3")

    def run(*args: str, stdin: str = "", **env: str) -> subprocess.CompletedProcess[str]:
        environ = {k: v for k, v in os.environ.items() if not k.startswith("ANTECKNA_")}
        environ.update(ANTECKNA_DATA_DIR=str(folder / "data"), **env)
        return subprocess.run(
            [sys.executable, "-c", ENTRY, *args, "--db", db],
            input=stdin, capture_output=True, text=True, cwd=folder, env=environ, timeout=120,
        )  # fmt: skip

    imported = run("import", *map(str, sample_paths()), "--group", "LG")
    assert imported.returncode == 0, imported.stderr
    made = run("createuser", "malin", "--role", "secretary", "--person", "Malin Ekdahl",
               "--email", "malin@example.org", "--password-stdin",
               stdin="lång-hemlig-fras-9\n")  # fmt: skip
    assert made.returncode == 0, made.stderr
    return run


def parsed(text: str) -> dict[str, icalendar.Event]:
    events = {str(e["UID"]): e for e in icalendar.Calendar.from_ical(text).walk("VEVENT")}
    assert {str(e.uid.value) for e in vobject.readOne(text).vevent_list} == set(events)
    return events


def test_a_group_calendar(archive):
    result = archive("calendar", "--group", "LG")
    assert result.returncode == 0, result.stderr
    events = parsed(result.stdout)
    meetings = [e for uid, e in events.items() if uid.startswith("meeting-")]
    assert len(meetings) == 14
    days = {(str(e["SUMMARY"]), e.decoded("DTSTART"), e.decoded("DTEND", None))
            for e in events.values()}  # fmt: skip
    assert ("Ledningsgruppsdagar", date(2026, 1, 29), date(2026, 1, 31)) in days
    # 2026-03-04's quality report "tas upp igen om två veckor" has not come back yet; the
    # follow-ups later meetings took up (2025-10-15's among them) are not in the calendar.
    follow_ups = {(s, start) for s, start, _ in days if s.startswith("Återkoppling: ")}
    assert ("Återkoppling: Systematiskt kvalitetsarbete – kvalitetsrapport 2025",
            date(2026, 3, 18)) in follow_ups  # fmt: skip
    assert not any(start == date(2025, 10, 15) for _, start in follow_ups)
    assert archive("calendar", "--group", "LG").stdout == result.stdout


def test_a_person_calendar_has_their_own_actions(archive):
    """Malin's own action (2026-01-21, "senast fredag 23 januari") is reported done "(klart)"
    in the notes of 2026-02-04, so it has left her calendar; the dated actions of "Alla" in
    her group are hers too."""
    closed = archive("actions", "--person", "Malin Ekdahl", "--status", "done", "--json")
    assert [(a["due"], a["closed_in"] is not None) for a in json.loads(closed.stdout)] == [
        ("2026-01-23", True)
    ]
    result = archive("calendar", "--person", "Malin Ekdahl")
    assert result.returncode == 0, result.stderr
    actions = sorted(
        (e.decoded("DTSTART"), str(e["SUMMARY"]))
        for uid, e in parsed(result.stdout).items()
        if uid.startswith("action-")
    )
    assert [day for day, _ in actions] == [
        date(2025, 9, 26), date(2025, 10, 24), date(2025, 11, 7),
        date(2026, 2, 27), date(2026, 3, 11), date(2026, 3, 13),
    ]  # fmt: skip
    assert all(summary.startswith("Åtgärd: Alla uppmanas ") for _, summary in actions)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        pytest.param((), "give either --person NAME or --group NAME", id="neither"),
        pytest.param(("--group", "LG", "--person", "Malin Ekdahl"), "either", id="both"),
        pytest.param(("--group", "Ingen"), "no group called 'Ingen'", id="no_group"),
        pytest.param(("--person", "Ingen Alls"), "no such person", id="no_person"),
    ],
)
def test_a_wrong_request_is_one_line(archive, args, message):
    result = archive("calendar", *args)
    assert result.returncode == 2
    assert message in result.stderr and "Traceback" not in result.stderr


def test_the_dry_run_prints_what_would_be_sent(archive):
    result = archive("remind", "--weekly", "--dry-run")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("To: Malin Ekdahl <malin@example.org>\nSubject: ")
    assert (
        "- Alla uppmanas lämna synpunkter på utkastet till Ingela senast 26 september. "
        "(klart senast 2025-09-26, försenad) [LG 2025-09-17]\n" in result.stdout
    )
    assert "Malin skickar ut" not in result.stdout, "reported done in later notes"
    assert result.stderr == "dry run: 1 mail(s) not sent\n"


def test_without_a_mail_server_nothing_is_sent(archive):
    result = archive("remind", "--weekly")
    assert result.returncode == 2
    assert "ANTECKNA_SMTP_HOST" in result.stderr


def test_reminders_reach_the_server_the_environment_names(archive):
    received = []

    class Inbox:
        async def handle_DATA(self, server, session, envelope):
            received.append((envelope.rcpt_tos, envelope.content))
            return "250 OK"

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    controller = Controller(Inbox(), hostname="127.0.0.1", port=port)
    controller.start()
    try:
        result = archive("remind", ANTECKNA_SMTP_HOST="127.0.0.1", ANTECKNA_SMTP_PORT=str(port),
                         ANTECKNA_MAIL_FROM="lg@example.org")  # fmt: skip
    finally:
        controller.stop()
    assert (result.returncode, result.stderr) == (0, "sent 1 mail(s)\n")
    [(to, content)] = received
    message = email.message_from_bytes(content, policy=email.policy.default)
    assert (to, message["From"]) == (["malin@example.org"], "lg@example.org")
    assert "(klart senast 2025-09-26" in message.get_body(("plain",)).get_content()
