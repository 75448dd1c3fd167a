"""The production web server: gunicorn, run inside the ``anteckna serve`` process.

Why gunicorn: ``--workers N`` are real processes (a page is CPU work in Python; threads in one
process would share one interpreter lock), the master restarts a worker that dies, and a
SIGTERM to the master stops every worker gracefully and then the master itself — the process
that ``anteckna serve`` started is the master, so nothing is left behind. Each worker runs a
few threads (``gthread``), so a slow client does not hold a whole process. Gunicorn runs on
Unix; on Windows use WSL or any WSGI server with ``anteckna.site.wsgi``.

The WSGI application is built before the fork (``preload_app``), after the migrations ran, so
a worker that fails to import fails the start, not the first request. Database connections
are closed before the fork: a worker must never share its parent's socket.

Beside the workers the master forks one more process, the page keeper (``web.page_keeper``),
which renders changed meeting pages ahead of their first view; the master stops it last.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from anteckna.config import ConfigError, Settings

THREADS = 4


def require_secret_key(config: Settings) -> None:
    """Refuse to serve pages signed with no key of our own (unless debugging)."""
    if not config.secret_key and not config.debug:
        raise ConfigError(
            "ANTECKNA_SECRET_KEY",
            "",
            "not set; the web server signs sessions with it (make one with: "
            'python3 -c "import secrets; print(secrets.token_urlsafe(50))")',
        )


def wsgi_application() -> Callable[..., Any]:
    """The Django WSGI application, for a process where ``anteckna.site.setup()`` ran."""
    from django.core.wsgi import get_wsgi_application

    return get_wsgi_application()


def serve(
    host: str,
    port: int,
    workers: int,
    *,
    keep_pages: bool = True,
    on_exit: Callable[[], None] | None = None,
) -> None:
    """Run the server until it is stopped (SIGTERM or SIGINT); does not return normally.
    ``keep_pages`` starts the page keeper.

    ``on_exit`` runs once in this process when the server has stopped (the demo removes its
    temporary archive), never in a worker.
    """
    import os

    from django.db import connections
    from gunicorn.app.base import BaseApplication

    from anteckna.web import meeting_cache, page_keeper

    application = wsgi_application()
    meeting_cache.code_version()  # of the code loaded here, which every worker runs
    connections.close_all()
    master = os.getpid()
    keeper = page_keeper.start() if keep_pages else None
    options = {
        "bind": f"[{host}]:{port}" if ":" in host else f"{host}:{port}",
        "workers": workers,
        "worker_class": "gthread",
        "threads": THREADS,
        "preload_app": True,
        "timeout": 60,
        "graceful_timeout": 10,
        "accesslog": "-",
        "errorlog": "-",
        "proc_name": "anteckna",
        "control_socket_disable": True,  # gunicorn ≥ 24 would write a socket into $HOME
    }

    class Server(BaseApplication):  # type: ignore[misc]
        def load_config(self) -> None:
            for key, value in options.items():
                if key in self.cfg.settings:  # an older gunicorn lacks the newest ones
                    self.cfg.set(key, value)

        def load(self) -> Callable[..., Any]:
            return application

    try:
        Server().run()
    finally:
        if os.getpid() == master:
            if keeper is not None:
                page_keeper.stop(keeper)
            if on_exit is not None:
                on_exit()
