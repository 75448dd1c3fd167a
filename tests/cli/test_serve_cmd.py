"""``anteckna serve``: the demo as a person starts it, and what a real server refuses.

The demo test runs the real command in a subprocess, from an empty directory with no
ANTECKNA_* variable, polls until the login page answers (in Swedish, within 30 s),
checks that the page keeper renders the demo's meeting pages, sends SIGTERM, and checks that
the master and every process it started are gone and the temporary archive with them.
"""

from __future__ import annotations

import os
import signal
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from click.testing import CliRunner

from anteckna.cli import cli
from anteckna.config import from_environ
from anteckna.errors import AntecknaError
from anteckna.site.server import require_secret_key

ANTECKNA = Path(sys.executable).with_name("anteckna")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def descendants(pid: int) -> set[int]:
    """Every process below ``pid`` (from /proc)."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            ppid = int(stat.rsplit(")", 1)[1].split()[1])
            children.setdefault(ppid, []).append(int(entry.name))
    found, todo = set(), [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            found.add(child)
            todo.append(child)
    return found


def alive(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


def kept_pages(temp: Path, deadline: float) -> int:
    """How many meeting pages the page keeper has rendered in the demo's archive (under
    ``temp``) once it is done, or by ``deadline``."""
    [archive] = temp.glob("anteckna-demo-*/*.sqlite3")
    count = -1
    while time.monotonic() < deadline:
        with sqlite3.connect(f"file:{archive}?mode=ro", uri=True, timeout=5) as connection:
            meetings, kept = connection.execute(
                "SELECT (SELECT count(*) FROM store_meeting), (SELECT count(*) FROM store_keptpage)"
            ).fetchone()
        if kept == count == meetings:
            break
        count = kept
        time.sleep(0.5)
    return count


def get(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, ""


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="needs /proc to find the workers")
def test_demo_starts_anywhere_answers_in_swedish_and_stops_with_every_worker(tmp_path):
    port = free_port()
    temp = tmp_path / "tmp"
    temp.mkdir()
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": str(tmp_path),
           "TMPDIR": str(temp)}  # fmt: skip
    server = subprocess.Popen(
        [str(ANTECKNA), "serve", "--demo", "--port", str(port), "--workers", "2"],
        cwd=tmp_path, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )  # fmt: skip
    try:
        started = time.monotonic()
        status = None
        while time.monotonic() - started < 30:
            if server.poll() is not None:
                pytest.fail(f"the server died:\n{server.stdout.read()}")
            try:
                status, html = get(f"http://127.0.0.1:{port}/login/")
            except OSError:
                time.sleep(0.2)
                continue
            if status == 200:
                break
        assert status == 200, "no answer within 30 s"
        assert '<html lang="sv">' in html and "Logga in" in html
        assert get(f"http://127.0.0.1:{port}/static/anteckna/anteckna.css")[0] == 200
        deadline = time.monotonic() + 15  # the second worker may still be booting
        while len(workers := descendants(server.pid)) < 3 and time.monotonic() < deadline:
            time.sleep(0.1)
        assert len(workers) >= 3  # two workers and the page keeper
        assert kept_pages(temp, deadline=time.monotonic() + 20) >= 12
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=20)
        output = server.stdout.read()
        assert "medlem" in output and "member, Johanna Lindqvist" in output
        deadline = time.monotonic() + 10
        while any(alive(pid) for pid in workers) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not [pid for pid in workers if alive(pid)]
        assert list(temp.iterdir()) == []  # the demo archive went with it
    finally:
        if server.poll() is None:
            server.kill()
            server.wait()


def test_demo_and_db_together_is_a_usage_error():
    result = CliRunner().invoke(cli, ["serve", "--demo", "--db", "x.sqlite3"])
    assert result.exit_code == 2 and "leave out --db" in result.stderr


def test_a_real_server_needs_a_secret_key():
    with pytest.raises(AntecknaError, match="ANTECKNA_SECRET_KEY"):
        require_secret_key(from_environ({"HOME": "/home/kim"}))
    require_secret_key(from_environ({"HOME": "/home/kim", "ANTECKNA_SECRET_KEY": "s" * 50}))
    require_secret_key(from_environ({"HOME": "/home/kim", "ANTECKNA_DEBUG": "true"}))


def test_without_a_secret_key_serve_says_so_in_one_line(tmp_path):
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": str(tmp_path)}
    result = subprocess.run(
        [str(ANTECKNA), "serve", "--db", str(tmp_path / "a.sqlite3")],
        env=env, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert result.returncode == 2
    assert result.stderr.startswith("anteckna: ANTECKNA_SECRET_KEY has value '': not set")
