"""Database fixtures for the whole suite.

Django is configured here (``settings.configure()`` in ``pytest_configure``, which pytest-django
then sets up), with two test databases: SQLite in memory as ``default`` and, when a server
answers at 127.0.0.1:5432, PostgreSQL as ``postgres``. ``db`` runs a test once on each: for the
PostgreSQL run the ``default`` connection is pointed at the PostgreSQL test database, so the
code under test uses plain ``transaction.atomic()`` and ``Model.objects`` and never needs to
know. Without a server the PostgreSQL runs are skipped and say why.

``TEST_POSTGRES_URL`` (default ``postgresql://postgres@127.0.0.1:5432/postgres``) picks another
server; each run creates its own database names, so parallel runs on one server do not collide.

The services' messages are translated when shown, into the active language (``language``):
English in every test outside ``tests/web``, as the CLI and the API show them, so that those
tests read the messages as written in the code; none in ``tests/web``, where each request sets
the page's language and a test's own calls see Django's default (Swedish) as a page would. Both
start every test afresh, so no test sees the language a request of an earlier one left active.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from anteckna.config import parse_database_url
from anteckna.model import (
    Action,
    Decision,
    Event,
    FollowUp,
    Item,
    Meeting,
    Participant,
    SourceInfo,
    SourceRef,
)

if TYPE_CHECKING:
    from anteckna.store.models import Meeting as StoredMeeting

WEB_TESTS = Path(__file__).parent / "web"
POSTGRES_URL = os.environ.get("TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/postgres")
RUN = f"{os.getpid()}"


def _postgres_problem() -> str | None:
    """Why PostgreSQL tests cannot run here, or None when a server answers."""
    try:
        import psycopg
    except ImportError as error:
        return f"psycopg is not installed ({error})"
    try:
        psycopg.connect(POSTGRES_URL, connect_timeout=3).close()
    except Exception as error:
        first = (str(error).strip().splitlines() or [type(error).__name__])[0]
        return f"no PostgreSQL server answers at {POSTGRES_URL} ({first})"
    return None


POSTGRES_PROBLEM = _postgres_problem()


def postgres_settings(name: str) -> dict[str, object]:
    """A DATABASES entry for database ``name`` on the test server."""
    from anteckna.site.databases import django_database

    url = parse_database_url(POSTGRES_URL)
    entry = django_database(url)
    entry["NAME"] = name
    return entry


def pytest_configure(config: pytest.Config) -> None:
    from django.conf import settings

    from anteckna.config import DatabaseURL
    from anteckna.site import django_settings

    if settings.configured:
        return
    values = django_settings(DatabaseURL("sqlite", ":memory:"))
    if POSTGRES_PROBLEM is None:
        entry = postgres_settings("anteckna")
        entry["TEST"] = {"NAME": f"anteckna_test_{RUN}"}
        values["DATABASES"]["postgres"] = entry
    settings.configure(**values)


def pytest_report_header(config: pytest.Config) -> str:
    return f"postgresql: {POSTGRES_PROBLEM or POSTGRES_URL + ' (tests run on it)'}"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Give every test that uses ``db`` the databases its backend needs, and skip the
    PostgreSQL runs up front when there is no server."""
    for item in items:
        backend = getattr(item, "callspec", None) and item.callspec.params.get("db")
        if backend is None or item.get_closest_marker("django_db"):
            continue
        if backend == "postgres" and POSTGRES_PROBLEM:
            item.add_marker(pytest.mark.skip(reason=POSTGRES_PROBLEM))
            continue
        aliases = ["default", "postgres"] if backend == "postgres" else ["default"]
        item.add_marker(pytest.mark.django_db(databases=aliases))


@pytest.fixture(autouse=True)
def language(request: pytest.FixtureRequest) -> Iterator[str | None]:
    """The language active in the test: "en", or None (Django's default) in ``tests/web``."""
    from django.utils import translation

    wanted = None if WEB_TESTS in request.node.path.parents else "en"
    with translation.override(wanted):
        yield wanted


@pytest.fixture(params=["sqlite", "postgres"])
def db(request: pytest.FixtureRequest) -> Iterator[str]:
    """An empty, migrated archive on each backend in turn; gives the backend's name.

    Each test runs inside a transaction that is rolled back afterwards (pytest-django's
    ``TestCase`` behaviour), so a test sees only what it writes.
    """
    if request.param == "postgres" and POSTGRES_PROBLEM:
        pytest.skip(POSTGRES_PROBLEM)
    request.getfixturevalue("_django_db_helper")
    if request.param == "sqlite":
        yield "sqlite"
        return
    from django.db import connections

    sqlite = connections["default"]
    connections["default"] = connections["postgres"]
    try:
        yield "postgres"
    finally:
        connections["default"] = sqlite


@pytest.fixture
def make_meeting() -> Callable[..., Meeting]:
    """``make_meeting(**overrides)``: a small Ledningsgruppen meeting built from the dataclasses,
    with an attendee list, an item, a decision, an action for "Jonas" and "alla", a follow-up and
    an event; override any ``Meeting`` field."""

    def make(**overrides: Any) -> Meeting:
        fields: dict[str, Any] = {
            "title": "Mötesanteckningar",
            "groups": ("LG",),
            "date": date(2024, 5, 14),
            "participants": (
                Participant("Jonas Wiklund", group="LG", source=SourceRef(1, 1, "attendance")),
                Participant("Åsa Öberg", group="LG", status="remote", note="via Teams"),
                Participant("Rune Sjödin", group="LG", status="absent"),
            ),
            "items": (
                Item(
                    "Verksamhetsplan",
                    number="1",
                    section="decision",
                    presenters=("Jonas Wiklund",),
                    text="Jonas redogör för läget.",
                    decisions=(Decision("Planen fastställs.", SourceRef(5, 5, "decision")),),
                    actions=(Action("Jonas skickar ut planen.", owners=("Jonas", "alla")),),
                    follow_ups=(FollowUp("Tas upp igen", "om två veckor", 14, date(2024, 5, 28)),),
                    events=(Event("Konferens", date(2024, 9, 1), contact="Åsa Öberg"),),
                    source=SourceRef(3, 8, "numbered item"),
                ),
            ),
            "aliases": {"Jonas": "Jonas Wiklund"},
            "source": SourceInfo("lg_2024-05-14.txt", None),
        }
        fields.update(overrides)
        return Meeting(**fields)

    return make


@pytest.fixture
def store_meeting(db: str) -> Callable[..., StoredMeeting]:
    """``store_meeting(meeting, file_name=…, data=…, groups=…)``: save a meeting the way an
    import does (one transaction, one ``Directory`` for the whole test, like one import run).
    ``data`` defaults to bytes unique to the meeting, so two meetings are two documents."""
    from django.db import transaction

    from anteckna.store import models
    from anteckna.store.mapping import Source, save
    from anteckna.store.people import Directory

    directory = Directory()

    def store(
        meeting: Meeting,
        file_name: str | None = None,
        data: bytes | None = None,
        groups: tuple[str, ...] = (),
    ) -> StoredMeeting:
        data = data if data is not None else repr(meeting).encode()
        name = file_name or meeting.source.file_name or "notes.txt"
        digest = hashlib.sha256(data).hexdigest()
        text = data.decode(errors="replace").replace("\x00", "")  # as extract gives it
        source = Source(Path(name), data, digest, "text", text, None,
                        "utf-8", "test")  # fmt: skip
        try:
            with transaction.atomic():
                meeting_id = save(meeting, source, directory, groups).meeting_id
        except Exception:
            directory.reset()
            raise
        return models.Meeting.objects.get(pk=meeting_id)

    return store


@pytest.fixture
def postgres_database() -> Iterator[str]:
    """The URL of a new, empty PostgreSQL database on the test server, dropped afterwards
    (for commands run in a subprocess, which make their own connections)."""
    if POSTGRES_PROBLEM:
        pytest.skip(POSTGRES_PROBLEM)
    import psycopg

    name = f"anteckna_cli_{RUN}_{os.urandom(3).hex()}"
    with psycopg.connect(POSTGRES_URL, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    try:
        yield POSTGRES_URL.rsplit("/", 1)[0] + "/" + name
    finally:
        with psycopg.connect(POSTGRES_URL, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
