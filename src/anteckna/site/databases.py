"""Django's DATABASES entry for a ``DatabaseURL``: our own small parser instead of a dependency.

SQLite gets the settings an archive written by a CLI and read by a web server at the same time
wants: WAL (readers never wait for the writer), ``synchronous=NORMAL`` (safe with WAL and much
faster per commit, which matters at one transaction per imported document), ``BEGIN IMMEDIATE``
transactions (a writer takes the lock up front instead of failing half-way with "database is
locked"), and a 20 s busy timeout. Django itself turns foreign keys on for every SQLite
connection; ``tests/site`` checks that it still does.

Both backends keep a connection open between a server's requests (``CONN_MAX_AGE``, checked
before it is reused): opening one, and for SQLite running the pragmas above, cost more than
the queries of many a page.
"""

from __future__ import annotations

from typing import Any

from anteckna.config import DatabaseURL

SQLITE_INIT = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON"
KEEP_OPEN = {"CONN_MAX_AGE": 600, "CONN_HEALTH_CHECKS": True}


def django_database(url: DatabaseURL) -> dict[str, Any]:
    """The ``DATABASES["default"]`` dictionary for this URL."""
    if url.engine == "sqlite":
        return {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": url.name,
            "OPTIONS": {
                "init_command": SQLITE_INIT,
                "transaction_mode": "IMMEDIATE",
                "timeout": 20,
            },
            **KEEP_OPEN,
        }
    return {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": url.name,
        "USER": url.user,
        "PASSWORD": url.password,
        "HOST": url.host,
        "PORT": str(url.port or ""),
        "OPTIONS": dict(url.options),
        **KEEP_OPEN,
    }


def describe(database: dict[str, Any]) -> str:
    """A DATABASES entry as shown in messages: the file for SQLite, no password for PostgreSQL."""
    if database["ENGINE"].endswith("sqlite3"):
        return str(database["NAME"])
    port = f":{database['PORT']}" if database.get("PORT") else ""
    user = f"{database['USER']}@" if database.get("USER") else ""
    return f"postgresql://{user}{database.get('HOST') or 'localhost'}{port}/{database['NAME']}"
