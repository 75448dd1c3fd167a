"""Two ``anteckna serve`` processes on one PostgreSQL database are one archive: a change made
through one is seen through the other, and a session made on one is valid on the other
(sessions, like everything else, live in the database; both share the secret key).

The real command in subprocesses, on ports of their own, against a database of this test's
own (created and dropped by ``postgres_database``); skipped, saying why, without a server.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from anteckna.samples import sample_paths

ANTECKNA = Path(sys.executable).with_name("anteckna")
PASSWORD = "ett långt lösenord för testet"


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        return None


OPENER = urllib.request.build_opener(NoRedirect)


def request(
    url: str, cookies: dict[str, str], data: dict[str, str] | None = None
) -> tuple[int, str, dict[str, str]]:
    """One request with these cookies; the status, the body and the cookies set."""
    body = urllib.parse.urlencode(data).encode() if data is not None else None
    sent = urllib.request.Request(url, data=body)
    sent.add_header("Cookie", "; ".join(f"{k}={v}" for k, v in cookies.items()))
    if data is not None:
        sent.add_header("Referer", url)
    try:
        response = OPENER.open(sent, timeout=10)
    except urllib.error.HTTPError as error:
        response = error
    with response:
        got = {}
        for header in response.headers.get_all("Set-Cookie") or []:
            name, _, rest = header.partition("=")
            got[name] = rest.split(";", 1)[0]
        return response.status, response.read().decode(), got


def csrf_token(html: str) -> str:
    match = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html)
    assert match, "no CSRF token in the page"
    return match[1]


@pytest.fixture
def environment(postgres_database: str, tmp_path: Path) -> dict[str, str]:
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(tmp_path),
        "ANTECKNA_DATABASE_URL": postgres_database,
        "ANTECKNA_SECRET_KEY": "two-servers-" + "s" * 50,
    }
    run = {"env": env, "capture_output": True, "text": True, "timeout": 120, "check": True}
    subprocess.run([str(ANTECKNA), "import", str(sample_paths()[-1]), "--group", "LG"], **run)
    subprocess.run(
        [str(ANTECKNA), "createuser", "kim", "--role", "administrator", "--password-stdin"],
        input=PASSWORD + "\n", **{k: v for k, v in run.items()},
    )  # fmt: skip
    return env


def start(env: dict[str, str]) -> tuple[subprocess.Popen[str], str]:
    port = free_port()
    server = subprocess.Popen(
        [str(ANTECKNA), "serve", "--port", str(port), "--workers", "1"],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    started = time.monotonic()
    while time.monotonic() - started < 60:
        if server.poll() is not None:
            pytest.fail(f"the server died:\n{server.stdout.read() if server.stdout else ''}")
        try:
            if request(f"{base}/login/", {})[0] == 200:
                return server, base
        except OSError:
            pass
        time.sleep(0.2)
    server.kill()
    pytest.fail("no answer within 60 s")


@pytest.fixture
def servers(environment: dict[str, str]) -> Iterator[tuple[str, str]]:
    """Two servers, started one after the other (the first applies the migrations)."""
    started = []
    try:
        for _ in range(2):
            started.append(start(environment))
        yield started[0][1], started[1][1]
    finally:
        for server, _ in started:
            server.terminate()
        for server, _ in started:
            try:
                server.wait(timeout=20)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait()


def test_two_servers_on_one_database_are_one_archive(servers):
    one, two = servers
    status, html, cookies = request(f"{one}/login/", {})
    status, _, set_ = request(
        f"{one}/login/",
        cookies,
        {"username": "kim", "password": PASSWORD, "csrfmiddlewaretoken": csrf_token(html)},
    )
    assert status == 302, "the login failed"
    cookies.update(set_)
    assert "sessionid" in cookies
    # the session made on one is valid on the other
    status, html, _ = request(f"{two}/actions/?status=open", cookies)
    assert status == 200 and "kim" in html
    assert request(f"{two}/actions/", {})[0] == 302  # and without it, the other asks for a login
    # an action marked done through one ...
    status, html, _ = request(f"{one}/actions/?status=open", cookies)
    pk = re.search(r'action="/actions/(\d+)/status"', html)[1]
    meeting = re.search(rf'href="(/meetings/\d+/)#action-{pk}"', html)[1]
    _, page, _ = request(f"{two}{meeting}", cookies)  # the other keeps the page's body
    assert f'action="/actions/{pk}/status"' in page
    status, _, _ = request(
        f"{one}/actions/{pk}/status",
        cookies,
        {"status": "done", "comment": "", "next": "/actions/",
         "csrfmiddlewaretoken": csrf_token(html)},
    )  # fmt: skip
    assert status == 302
    # ... is done on the other
    _, done, _ = request(f"{two}/actions/?status=done", cookies)
    assert f'action="/actions/{pk}/status"' in done
    _, still_open, _ = request(f"{two}/actions/?status=open", cookies)
    assert f'action="/actions/{pk}/status"' not in still_open
    _, page, _ = request(f"{two}{meeting}", cookies)  # and its page is not the one kept
    action = page[page.index(f'id="action-{pk}"') :]
    assert 'class="status-done"' in action[: action.index("</form>")]
