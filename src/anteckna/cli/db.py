"""The ``--db`` option every archive command takes, and the lazy Django set-up behind it.

Django is imported only here and only when a command runs, so ``anteckna parse`` and
``anteckna --help`` start without it. Once it is set up the command speaks English
(``setup_django``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

import click

from anteckna.config import ConfigError, DatabaseURL, Settings, parse_database_url

F = TypeVar("F", bound=Callable[..., object])


def db_option(command: F) -> F:
    """Add ``--db URL`` to a command."""
    return click.option(
        "--db",
        metavar="URL",
        help="The archive: a SQLite file path, sqlite:///path or postgresql://user@host/name "
        "(default: ANTECKNA_DATABASE_URL, else anteckna.sqlite3 in the data dir).",
    )(command)


def open_database(db: str | None) -> None:
    """Set Django up on ``--db`` (or the configured database) and migrate it quietly.

    Raises ``ConfigError`` (shown as one line by ``reported()``) for a URL it cannot read.
    """
    database = None
    if db is not None:
        try:
            database = parse_database_url(db)
        except ValueError as error:
            raise ConfigError("--db", db, str(error)) from None
    setup_django(database)


def setup_django(database: DatabaseURL | None = None, config: Settings | None = None) -> None:
    """Set Django up (``anteckna.site.setup``) and make English the language of the rest of
    the command's run.

    The services' messages are translated when they are shown, into the active language, and
    with none active Django takes the site's (``LANGUAGE_CODE``, Swedish, for the pages). The
    command line speaks English. A web server the command starts is unaffected: its pages set
    their language on every request (``web.middleware.LanguageMiddleware``).
    """
    from django.utils import translation

    from anteckna.site import setup

    setup(database, config=config)
    translation.activate("en")
