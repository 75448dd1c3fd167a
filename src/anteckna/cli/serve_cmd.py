"""``anteckna serve``: the web app on a production server, or the demo with ``--demo``."""

from __future__ import annotations

import dataclasses
import shutil
import tempfile
from pathlib import Path

import click

from anteckna.cli.db import db_option, open_database, setup_django
from anteckna.cli.errors import reported
from anteckna.config import DatabaseURL, Settings, get_settings


@click.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535))
@click.option(
    "--workers",
    default=2,
    show_default=True,
    type=click.IntRange(1, 64),
    help="Worker processes (each with a few threads).",
)
@click.option(
    "--demo",
    is_flag=True,
    help="A fresh archive in a temporary folder with the bundled fictional notes and one "
    "login per role (printed); removed when the server stops.",
)
def serve(db: str | None, host: str, port: int, workers: int, demo: bool) -> None:
    """Run the web app: migrations first, then a gunicorn server with static files.

    Needs ANTECKNA_SECRET_KEY (not with --demo, which makes one). Stop it with Ctrl-C or
    SIGTERM: every worker stops with it. Behind an HTTPS proxy set ANTECKNA_HTTPS=true.

    Example:

    \b
        anteckna serve --demo
        anteckna serve --db postgresql://anteckna@db/anteckna --host 0.0.0.0 --workers 4
    """
    if demo and db is not None:
        raise click.UsageError("--demo makes its own archive; leave out --db")
    from anteckna.site import server

    with reported():
        if demo:
            folder = Path(tempfile.mkdtemp(prefix="anteckna-demo-"))
            config = demo_settings(get_settings(), folder, host)
            _start_demo(config)
        else:
            folder = None
            config = get_settings()
            server.require_secret_key(config)
            open_database(db)
    click.echo(f"anteckna: http://{_shown(host)}:{port}/  (stop with Ctrl-C)", err=True)
    cleanup = (lambda: shutil.rmtree(folder, ignore_errors=True)) if folder else None
    server.serve(host, port, workers, keep_pages=config.keep_pages, on_exit=cleanup)


def demo_settings(config: Settings, folder: Path, host: str) -> Settings:
    """The demo's settings: its own SQLite file and key, whatever the environment says, and
    any host name when it listens on every address (the notes are fiction)."""
    import secrets

    hosts = config.allowed_hosts
    if host in ("0.0.0.0", "::"):
        hosts = ("*",)
    elif host not in hosts:
        hosts = (*hosts, host)
    return dataclasses.replace(
        config,
        data_dir=folder,
        database=DatabaseURL("sqlite", str(folder / "demo.sqlite3")),
        secret_key=secrets.token_urlsafe(50),
        allowed_hosts=hosts,
        https=False,
    )


def _start_demo(config: Settings) -> None:
    setup_django(config.database, config)
    from django.utils import timezone

    from anteckna.services.demo import build_demo_archive

    accounts = build_demo_archive(timezone.localdate())
    click.echo("Demo logins (fictional people; new passwords each start):")
    for account in accounts:
        click.echo(
            f"  {account.username:<12} {account.password:<14} {account.role}, {account.person}"
        )


def _shown(host: str) -> str:
    if host in ("0.0.0.0", "::"):
        return "127.0.0.1"
    return f"[{host}]" if ":" in host else host
