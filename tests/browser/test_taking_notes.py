"""A meeting run from agenda to approved minutes in a real browser against a real server.

The archive is the demo's (the bundled fictional notes) in a temporary SQLite file, with two
more logins: ``sekr`` (secretary, Malin Ekdahl) writes the minutes, ``sekr2`` (secretary,
Oskar Nyström) edits them at the same time, and ``ordf`` (member, Mattias Sandell, the chair
of the group's latest meetings) approves them. The server is ``anteckna serve`` in a
subprocess; the browser is Debian's chromium driven by Playwright. A screenshot of each page
goes to ``test-artefacts/`` at the repository's root.

Selectors name fields and buttons by their form names, not their words, so the test reads the
same in Swedish and English.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
ARTEFACTS = Path(__file__).resolve().parents[2] / "test-artefacts"
ANTECKNA = Path(sys.executable).with_name("anteckna")
PASSWORD = "ett-långt-lösenord-för-testet"

pytestmark = pytest.mark.skipif(
    not CHROMIUM.exists(), reason="needs Debian's chromium at /usr/bin/chromium"
)

SETUP = f"""
import sys
from anteckna.config import parse_database_url
from anteckna.site import setup
setup(parse_database_url(sys.argv[1]))
from anteckna.services.accounts import create_account
from anteckna.services.demo import build_demo_archive
import datetime
build_demo_archive(datetime.date.today())
create_account("sekr", "secretary", person="Malin Ekdahl", password={PASSWORD!r})
create_account("sekr2", "secretary", person="Oskar Nyström", password={PASSWORD!r})
create_account("ordf", "member", person="Mattias Sandell", password={PASSWORD!r})
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The base URL of ``anteckna serve`` on a demo archive with the three logins."""
    folder = tmp_path_factory.mktemp("notes-server")
    database = f"sqlite:///{folder / 'archive.sqlite3'}"
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(folder),
        "ANTECKNA_DATA_DIR": str(folder),
        "ANTECKNA_SECRET_KEY": "s" * 50,
    }
    subprocess.run(
        [sys.executable, "-c", SETUP, database], env=env, check=True, capture_output=True,
        timeout=300,
    )  # fmt: skip
    port = free_port()
    process = subprocess.Popen(
        [str(ANTECKNA), "serve", "--db", database, "--port", str(port), "--workers", "1"],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )  # fmt: skip
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if process.poll() is not None:
                pytest.fail(f"the server died:\n{process.stdout.read()}")  # type: ignore[union-attr]
            try:
                with urllib.request.urlopen(f"{url}/login/", timeout=2):
                    break
            except (OSError, urllib.error.URLError):
                time.sleep(0.2)
        else:
            pytest.fail("the server did not answer within 60 s")
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@pytest.fixture(scope="module")
def browser() -> Iterator:
    playwright = pytest.importorskip("playwright.sync_api")
    with playwright.sync_playwright() as p:
        launched = p.chromium.launch(executable_path=str(CHROMIUM))
        yield launched
        launched.close()


def logged_in(browser, server: str, username: str):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(f"{server}/login/")
    page.fill('input[name="username"]', username)
    page.fill('input[name="password"]', PASSWORD)
    page.click('form button[type="submit"]')
    page.wait_for_url(f"{server}/")
    return page


def shot(page, name: str) -> None:
    ARTEFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTEFACTS / f"notes-{name}.png"), full_page=True)


def until(page, condition: str, timeout: float = 20) -> None:
    """Poll ``condition`` (a JavaScript function) from here: ``wait_for_function`` evaluates
    its predicate with ``eval``, which the page's Content-Security-Policy rightly forbids."""
    deadline = time.monotonic() + timeout
    while not page.evaluate(condition):
        if time.monotonic() > deadline:
            state = page.evaluate("() => document.body.dataset.draftState")
            pytest.fail(f"not within {timeout} s: {condition} (state {state!r})")
        page.wait_for_timeout(100)


def saved(page) -> None:
    """Wait until the server has every change (the browser's copy is gone once it has)."""
    key = f"anteckna-draft-{page.locator('#draft-form').get_attribute('data-draft')}"
    until(
        page,
        f"() => document.body.dataset.draftState === 'saved' && !localStorage.getItem('{key}')",
    )


def type_at_end(page, selector: str, text: str) -> None:
    area = page.locator(selector)
    area.click()
    area.press("End")
    page.keyboard.type(text)


def test_a_meeting_from_agenda_to_approved_minutes(browser, server):
    page = logged_in(browser, server, "sekr")
    page.goto(f"{server}/notes/")
    shot(page, "1-agenda")
    page.click("form.take-notes button")
    page.wait_for_selector("#draft-form")
    assert page.locator('select[name="chair"]').input_value() == "Mattias Sandell"
    shot(page, "2-new-draft")

    page.check('tr:has(input[value="Sofia Hägglund"]) input[value="absent"]')
    page.check('tr:has(input[value="Rasmus Öberg"]) input[value="remote"]')
    partly = page.locator('tr:has(input[value="Gustav Wennerholm"])')
    partly.locator('input[value="partial"]').check()
    partly.locator('input[type="time"]').first.fill("13:00")
    partly.locator('input[type="time"]').last.fill("14:30")
    page.fill("#item-0-text", "Alla checkar in.")
    type_at_end(
        page,
        "#item-2-text",
        "Linnéa informerar om lokalerna. Gustav tar fram en plan för lokalerna.",
    )
    page.click('#item-2 button[data-mark="action"]')
    page.select_option('select[name="item-2-action-0-owners"]', "Gustav Wennerholm")
    page.fill('input[name="item-2-action-0-due"]', "2026-04-30")
    type_at_end(page, "#item-2-text", " Ärendet tas upp igen om två veckor.")
    page.click('#item-2 button[data-mark="followup"]')
    page.fill('input[name="item-2-followup-0-days"]', "14")
    type_at_end(page, "#item-2-text", " Planen ska gälla från augusti.")
    page.click('#item-2 button[data-mark="decision"]')
    saved(page)
    shot(page, "3-written")

    page.reload()  # in the middle of the meeting: nothing is lost
    page.wait_for_selector("#draft-form")
    assert page.locator("#item-0-text").input_value() == "Alla checkar in."
    assert "Gustav tar fram en plan" in page.locator("#item-2-text").input_value()
    assert page.is_checked('tr:has(input[value="Sofia Hägglund"]) input[value="absent"]')
    assert partly.locator('input[type="time"]').first.input_value() == "13:00"
    assert page.locator('input[name="item-2-action-0-text"]').input_value() == (
        "Gustav tar fram en plan för lokalerna."
    )
    owners = page.locator('select[name="item-2-action-0-owners"] option:checked')
    assert owners.all_inner_texts() == ["Gustav Wennerholm"]
    assert page.locator('input[name="item-2-followup-0-text"]').input_value() == (
        "Ärendet tas upp igen om två veckor."
    )
    assert page.locator('input[name="item-2-followup-0-days"]').input_value() == "14"
    assert page.locator('input[name="item-2-decision-0-text"]').input_value() == (
        "Planen ska gälla från augusti."
    )

    # the connection drops: the text waits in the browser and comes back after a reload
    page.route("**/autosave", lambda route: route.abort())
    page.fill("#item-3-text", "Skrivet utan uppkoppling.")
    until(page, "() => document.body.dataset.draftState === 'offline'")
    page.reload()
    page.wait_for_selector("#draft-form")
    assert page.locator("#item-3-text").input_value() == "Skrivet utan uppkoppling."
    page.unroute("**/autosave")
    saved(page)

    # a second secretary saves in between: the first sees a conflict, nothing is overwritten
    other = logged_in(browser, server, "sekr2")
    other.goto(page.url)
    other.fill("#item-1-text", "Oskar skrev här.")
    saved(other)
    page.fill("#item-3-text", "Skrivet utan uppkoppling. Och mer.")
    page.wait_for_selector("#draft-conflict:not([hidden])", timeout=20_000)
    assert "Oskar skrev här." in page.locator(".conflict-theirs").text_content()
    shot(page, "4-conflict")
    page.click('button[data-conflict="mine"]')
    saved(page)
    other.context.close()

    page.click('button[name="then"][value="finish"]')
    page.wait_for_url("**/finish/")
    shot(page, "5-finish")
    page.click('button[name="step"][value="ready"]')
    page.wait_for_selector('button[name="step"][value="ready"]', state="detached")
    draft_url = page.url
    page.context.close()

    chair = logged_in(browser, server, "ordf")
    chair.goto(draft_url)
    chair.click('button[name="step"][value="approve"]')
    chair.wait_for_selector(".draft-status-approved")
    shot(chair, "6-approved")
    chair.click('a[href^="/meetings/"]')
    chair.wait_for_url("**/meetings/*/")
    text = chair.locator("main").inner_text()
    for expected in (
        "Alla checkar in.",
        "Gustav tar fram en plan för lokalerna.",
        "Planen ska gälla från augusti.",
        "Skrivet utan uppkoppling. Och mer.",
        "Sofia Hägglund",
    ):
        assert expected in text
    shot(chair, "7-meeting")
    chair.context.close()
