"""Logging in and out: Django's views, with failed logins throttled through the database."""

from __future__ import annotations

from typing import Any, ClassVar

from django.conf import settings
from django.contrib.auth import views as auth_views
from django.contrib.auth.forms import AuthenticationForm
from django.core.exceptions import ValidationError
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _

from anteckna.services import logins


def client_address(request: HttpRequest | None) -> str:
    """The address failures are counted for. X-Forwarded-For is not trusted (anyone can send
    it); behind a proxy every login then comes from the proxy, and the limit per username
    still holds."""
    if request is None:
        return ""
    return str(request.META.get("REMOTE_ADDR") or "")


class ThrottledAuthenticationForm(AuthenticationForm):
    """Django's login form, refusing to even check a password once a username has failed
    ``ANTECKNA_LOGIN_ATTEMPTS`` times from an address within the window."""

    error_messages: ClassVar[dict[str, Any]] = {
        **AuthenticationForm.error_messages,
        "throttled": _("Too many failed logins. Try again in %(minutes)d minutes."),
    }

    def clean(self) -> dict[str, Any]:
        username = self.cleaned_data.get("username") or ""
        address = client_address(self.request)
        if username and logins.is_throttled(username, address):
            raise ValidationError(
                self.error_messages["throttled"],
                code="throttled",
                params={"minutes": settings.ANTECKNA_LOGIN_WINDOW // 60},
            )
        try:
            cleaned = super().clean()
        except ValidationError:
            if username:
                logins.record_failure(username, address)
            raise
        logins.clear_failures(username, address)
        return cleaned


class LoginView(auth_views.LoginView):
    template_name = "anteckna/login.html"
    authentication_form = ThrottledAuthenticationForm
    redirect_authenticated_user = True


class LogoutView(auth_views.LogoutView):
    """Logging out is a POST with a CSRF token (the button in the page header)."""
