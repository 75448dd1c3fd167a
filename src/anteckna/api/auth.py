"""Who is asking: an API token (``Authorization: Bearer <token>``), or the web app's login.

A token is looked up by its SHA-256 (``services.accounts.user_for_token``) and acts as its
account. The session login lets a page's script, or a person in a browser, read the API; its
writes need Django's CSRF token as the pages' forms do. A request with neither is answered 401,
before anything is read.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.http import HttpRequest
from ninja.security import APIKeyCookie, HttpBearer

from anteckna.services.accounts import user_for_token

LONGEST_TOKEN = 200
"""Ours are 43 characters; anything much longer is not one, and is not hashed."""


class BearerToken(HttpBearer):
    """A token made by ``anteckna token create``."""

    def authenticate(self, request: HttpRequest, token: str) -> Any:
        if not token or len(token) > LONGEST_TOKEN:
            return None
        return user_for_token(token)


class SessionLogin(APIKeyCookie):
    """The login of the web app. CSRF is checked only for a logged-in session: a request
    without one gets 401, not a CSRF refusal."""

    param_name = settings.SESSION_COOKIE_NAME

    def _get_key(self, request: HttpRequest) -> str | None:
        if not request.user.is_authenticated:
            return None
        return super()._get_key(request)

    def authenticate(self, request: HttpRequest, key: str | None) -> Any:
        return request.user if request.user.is_authenticated else None


def user_of(request: HttpRequest) -> Any:
    """The user an authenticated request acts as (what ``services.access`` asks about)."""
    return request.auth  # type: ignore[attr-defined]
