"""The API is tested on the page tests' archive and logins (``tests/web/conftest.py``: two LG
meetings and an SG one; admin, secretary, member, reader in LG, outsider in SG only), each
role calling with a token of its own.

``call(role, method, path, body=None)`` sends one request with that role's bearer token
(``role=None``: no credentials) and gives the response.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest
from tests.web.conftest import archive, as_user, users  # noqa: F401 (shared fixtures)

Call = Callable[..., Any]


@pytest.fixture
def tokens(users) -> dict[str, str]:  # noqa: F811 (the fixture imported above)
    """role → a fresh API token of that role's user."""
    from anteckna.services.accounts import create_token

    return {name: create_token(user).secret for name, user in users.items()}


@pytest.fixture
def call(tokens) -> Call:
    from django.test import Client

    client = Client()

    def send(role: str | None, method: str, path: str, body: Any = None) -> Any:
        headers = {"HTTP_AUTHORIZATION": f"Bearer {tokens[role]}"} if role else {}
        if body is None:
            return getattr(client, method.lower())(path, **headers)
        data = json.dumps(body)
        return getattr(client, method.lower())(
            path, data, content_type="application/json", **headers
        )

    return send
