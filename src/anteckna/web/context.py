"""What every page's frame needs: the user's role, whether they may import, and the menu's
addresses, reversed once per process rather than a dozen times on every page."""

from __future__ import annotations

import functools
from typing import Any

from django.http import HttpRequest
from django.urls import get_script_prefix, reverse

from anteckna.services import access

MENU = ("start", "actions", "decisions", "people", "pictures", "search", "import", "notes",
        "logout")  # fmt: skip


def navigation(request: HttpRequest) -> dict[str, Any]:
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {}
    return {
        "anteckna_role": access.role_of(user),
        "anteckna_person": access.person_of(user),
        "anteckna_can_import": access.can_import(user),
        "anteckna_menu": _menu(get_script_prefix()),
    }


@functools.cache
def _menu(prefix: str) -> dict[str, str]:
    """The menu's addresses under this script prefix (the same for every request of a
    deployment)."""
    return {name: reverse(f"web:{name}") for name in MENU}
