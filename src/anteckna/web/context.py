"""What every page's frame needs: the user's role and whether they may import (the menu)."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest

from anteckna.services import access


def navigation(request: HttpRequest) -> dict[str, Any]:
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {}
    return {
        "anteckna_role": access.role_of(user),
        "anteckna_person": access.person_of(user),
        "anteckna_can_import": access.can_import(user),
    }
