"""Login throttling: at most N failed logins per username and address within a window.

Counted in the database (``LoginFailure``), not in a process's memory or a local cache, so
that every ``anteckna serve`` process and machine sharing the archive counts the same
failures: a guesser cannot spread attempts over workers. Per username *and* address, so that
someone failing from one place does not lock the rightful owner out from another; a success
clears that pair's failures. Old rows are deleted as new failures are written, so the table
stays as small as the window.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from django.conf import settings
from django.utils import timezone

from anteckna.store import models as db
from anteckna.store.names import fold


def _window() -> timedelta:
    return timedelta(seconds=settings.ANTECKNA_LOGIN_WINDOW)


def _key(username: str) -> str:
    return fold(username)[:150]


def is_throttled(username: str, address: str, now: datetime | None = None) -> bool:
    """Whether this username from this address has used up its failed attempts."""
    since = (now or timezone.now()) - _window()
    failures = db.LoginFailure.objects.filter(
        username_key=_key(username), address=address, at__gt=since
    )
    return failures.count() >= settings.ANTECKNA_LOGIN_ATTEMPTS


def record_failure(username: str, address: str, now: datetime | None = None) -> None:
    """Count one failed login, and forget failures older than the window."""
    now = now or timezone.now()
    db.LoginFailure.objects.filter(at__lte=now - _window()).delete()
    db.LoginFailure.objects.create(username_key=_key(username), address=address[:45], at=now)


def clear_failures(username: str, address: str) -> None:
    """Forget the failures of a username from an address (after it logged in)."""
    db.LoginFailure.objects.filter(username_key=_key(username), address=address).delete()
