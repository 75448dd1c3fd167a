"""A real server and Debian's chromium for the browser tests.

Each test module gets its own ``anteckna serve`` in a subprocess, on a temporary SQLite file
holding the demo archive (the bundled fictional notes, moved to end in the week before today)
and three logins with a known password: ``sekr`` (secretary, Malin Ekdahl), ``sekr2``
(secretary, Oskar Nyström), ``ordf`` (member, Mattias Sandell, the chair of the group's latest
meetings), beside the demo's own (whose passwords are random). The browser is Playwright driving
``/usr/bin/chromium``, never a downloaded one; without it the tests skip and say so. A
screenshot of every page a test looks at goes to ``test-artefacts/`` at the repository's root.

Selectors name fields and buttons by their form names, ids and classes, not their words, so
the tests read the same whether the pages speak Swedish or English.
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
from typing import Any

import pytest

CHROMIUM = Path("/usr/bin/chromium")
ARTEFACTS = Path(__file__).resolve().parents[2] / "test-artefacts"
ANTECKNA = Path(sys.executable).with_name("anteckna")
PASSWORD = "ett-långt-lösenord-för-testet"
LOGINS = (
    ("sekr", "secretary", "Malin Ekdahl"),
    ("sekr2", "secretary", "Oskar Nyström"),
    ("ordf", "member", "Mattias Sandell"),
)

needs_chromium = pytest.mark.skipif(
    not CHROMIUM.exists(), reason="needs Debian's chromium at /usr/bin/chromium"
)

SETUP = f"""
import datetime
import sys
from anteckna.config import parse_database_url
from anteckna.site import setup
setup(parse_database_url(sys.argv[1]))
from anteckna.services.accounts import create_account
from anteckna.services.demo import build_demo_archive
build_demo_archive(datetime.date.today())
for username, role, person in {LOGINS!r}:
    create_account(username, role, person=person, password={PASSWORD!r})
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The base URL of ``anteckna serve`` on a demo archive with the logins above, one server
    per test module (its tests share the archive and see each other's changes)."""
    folder = tmp_path_factory.mktemp("browser-server")
    database = f"sqlite:///{folder / 'archive.sqlite3'}"
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(folder),
        "ANTECKNA_DATA_DIR": str(folder),
        "ANTECKNA_SECRET_KEY": "s" * 50,
    }
    built = subprocess.run(
        [sys.executable, "-c", SETUP, database], env=env, capture_output=True, text=True,
        timeout=300,
    )  # fmt: skip
    if built.returncode:
        pytest.fail(f"the demo archive could not be built:\n{built.stderr}")
    port = free_port()
    log = folder / "server.log"
    with log.open("w") as output:
        process = subprocess.Popen(
            [str(ANTECKNA), "serve", "--db", database, "--port", str(port), "--workers", "1"],
            env=env, stdout=output, stderr=subprocess.STDOUT,
        )  # fmt: skip
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if process.poll() is not None:
                pytest.fail(f"the server died:\n{log.read_text()}")
            try:
                with urllib.request.urlopen(f"{url}/login/", timeout=2):
                    break
            except (OSError, urllib.error.URLError):
                time.sleep(0.2)
        else:
            pytest.fail(f"the server did not answer within 60 s:\n{log.read_text()}")
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    """Debian's chromium, launched once for the whole run."""
    if not CHROMIUM.exists():
        pytest.skip("needs Debian's chromium at /usr/bin/chromium")
    playwright = pytest.importorskip("playwright.sync_api")
    with playwright.sync_playwright() as p:
        launched = p.chromium.launch(executable_path=str(CHROMIUM))
        yield launched
        launched.close()


def new_page(browser: Any) -> Any:
    """A page in a fresh context (its own cookies) of a Swedish office browser: as wide as an
    office screen, dates in its fields as Sweden writes them."""
    context = browser.new_context(
        viewport={"width": 1280, "height": 900}, locale="sv-SE", timezone_id="Europe/Stockholm"
    )
    return context.new_page()


def log_in(page: Any, server: str, username: str, *, via: str = "/login/") -> None:
    """Log in through the form on ``via`` (the login page or the welcome page) and wait for
    the start page."""
    page.goto(f"{server}{via}")
    page.fill('input[name="username"]', username)
    page.fill('input[name="password"]', PASSWORD)
    page.click('form:has(input[name="password"]) button[type="submit"]')
    page.wait_for_url(f"{server}/")


def logged_in(browser: Any, server: str, username: str) -> Any:
    """A new page, logged in as ``username``, on the start page."""
    page = new_page(browser)
    log_in(page, server, username)
    return page


def shot(page: Any, name: str) -> None:
    """Save a screenshot of the whole page as ``test-artefacts/<name>.png``."""
    ARTEFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTEFACTS / f"{name}.png"), full_page=True)


def until(page: Any, condition: str, timeout: float = 20) -> None:
    """Poll ``condition`` (a JavaScript function) from here: ``wait_for_function`` evaluates
    its predicate with ``eval``, which the page's Content-Security-Policy rightly forbids."""
    deadline = time.monotonic() + timeout
    while not page.evaluate(condition):
        if time.monotonic() > deadline:
            pytest.fail(f"not within {timeout} s: {condition} on {page.url}")
        page.wait_for_timeout(100)
