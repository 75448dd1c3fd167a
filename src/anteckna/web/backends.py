"""The login backend: Django's own, reading the user's Account together with the user.

Every page asks for the user's role (``services.access``), so each request would read the
Account in a query of its own right after Django read the user; here one query reads both.
"""

from __future__ import annotations

from typing import Any

from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend


class AccountBackend(ModelBackend):
    """``ModelBackend`` whose ``get_user`` (the one on every request) joins the Account and
    its Person; ``access.account_of`` then finds them on the user."""

    def get_user(self, user_id: Any) -> Any:
        users = get_user_model()._default_manager.select_related("anteckna_account__person")
        user = users.filter(pk=user_id).first()
        return user if user is not None and self.user_can_authenticate(user) else None
