"""The Django project: settings from ``anteckna.config`` and a lazy ``setup()`` for the CLI.

Django is set up only by the commands that need the database, so ``anteckna parse`` starts
without importing it. ``setup()`` also brings the tables up to date: an archive is created and
migrated on first use, silently, because ``--json`` output must stay the only thing on stdout.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from anteckna.config import DatabaseURL, Settings, get_settings
from anteckna.errors import AntecknaError


def setup(database: DatabaseURL | None = None, *, config: Settings | None = None) -> None:
    """Configure Django for ``database`` (default: the configured one) and migrate it.

    ``config`` replaces the settings read from the environment (``serve --demo`` passes its
    own). In a process where Django is already configured (the tests, the web server) the
    database stays the one configured; asking for another one is a programming error.
    """
    import django
    from django.conf import settings

    from anteckna.site.databases import describe, django_database

    if not settings.configured:
        _prepare_location(database or (config or get_settings()).database, config)
        settings.configure(**django_settings(database, config))
        django.setup()
    elif database is not None and settings.DATABASES["default"]["NAME"] != database.name:
        wanted = describe(django_database(database))
        raise AntecknaError(f"already working on another database; cannot open {wanted}")
    migrate()


def django_settings(
    database: DatabaseURL | None = None, config: Settings | None = None
) -> dict[str, Any]:
    """The Django settings for ``config`` (default: from the environment), with ``database``
    as the default database."""
    from anteckna.site.build import build_settings
    from anteckna.site.databases import django_database

    values = build_settings(config or get_settings())
    if database is not None:
        values["DATABASES"] = {"default": django_database(database)}
    return values


def _prepare_location(database: DatabaseURL, config: Settings | None = None) -> None:
    """Create the data dir for the default SQLite file; refuse a missing folder otherwise."""
    if database.engine != "sqlite" or database.name == ":memory:":
        return
    folder = Path(database.name).parent
    if folder.is_dir():
        return
    config = config or get_settings()
    if database == config.database and config.default_database:
        folder.mkdir(parents=True, exist_ok=True)
        return
    raise AntecknaError(f"cannot create database {database.name}: folder {folder} does not exist")


def migrate(using: str = "default") -> None:
    """Apply pending migrations quietly (anything Django prints goes to stderr).

    Checking the plan first keeps the common case, an up-to-date archive, to two queries.
    """
    from django.core.management import call_command
    from django.db import DatabaseError, connections
    from django.db.migrations.executor import MigrationExecutor

    from anteckna.site.databases import describe

    connection = connections[using]
    try:
        executor = MigrationExecutor(connection)
        if executor.migration_plan(executor.loader.graph.leaf_nodes()):
            call_command(
                "migrate",
                database=using,
                interactive=False,
                verbosity=0,
                stdout=sys.stderr,
                stderr=sys.stderr,
            )
    except DatabaseError as error:
        reason = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
        where = describe(connection.settings_dict)
        raise AntecknaError(f"cannot open database {where}: {reason}") from error
