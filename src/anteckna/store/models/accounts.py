"""Who may use the archive: an account per login, the API tokens it holds, and failed logins.

Django's ``User`` stays as it is (name, password, active, last login); what anteckna adds lives
beside it in ``Account``, so Django's own auth, admin and ``createsuperuser`` keep working. The
role decides what an account may do and its ``person`` what it may see: a group's meetings are
visible to that group's members (``anteckna.services.access`` is the one place that decides).

``LoginFailure`` is in the database rather than a cache so that several ``anteckna serve``
processes, on several machines, count the same failures.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from anteckna.store.models.directory import Person


class Account(models.Model):
    """What anteckna knows about a login: its role and the Person it is.

    ``person`` is optional: an administrator needs none, and an account whose person is not in
    the archive yet can be linked later. Several accounts may be one person (a personal login
    and an administrator's), so it is a plain foreign key.
    """

    class Role(models.TextChoices):
        ADMINISTRATOR = "administrator", _("administrator")
        SECRETARY = "secretary", _("secretary")
        MEMBER = "member", _("member")
        READER = "reader", _("reader")

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="anteckna_account"
    )
    role = models.CharField(max_length=16, choices=Role.choices, default=Role.READER)
    person = models.ForeignKey(
        Person, null=True, blank=True, on_delete=models.SET_NULL, related_name="accounts"
    )

    def __str__(self) -> str:
        return f"{self.user_id} ({self.role})"


class ApiToken(models.Model):
    """A token for the JSON API. Only its SHA-256 is stored: a leaked database gives no usable
    token. A plain hash is enough (no slow password hash) because tokens are long and random,
    and it lets a request find its token by an indexed lookup. ``prefix`` is the token's first
    characters, so that a person can tell their tokens apart without the secret."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="anteckna_tokens"
    )
    name = models.CharField(max_length=100, blank=True)
    prefix = models.CharField(max_length=12)
    digest = models.CharField(max_length=64, unique=True)
    created = models.DateTimeField(auto_now_add=True)
    last_used = models.DateTimeField(null=True, blank=True)

    def __str__(self) -> str:
        return f"{self.prefix}… ({self.name or 'token'})"


class LoginFailure(models.Model):
    """One failed login, counted per username and address over a window (``services.logins``).
    ``username_key`` is the name folded, so "Kim" and "kim " are one name to the throttle."""

    username_key = models.CharField(max_length=150)
    address = models.CharField(max_length=45)
    at = models.DateTimeField()

    class Meta:
        indexes = (models.Index(fields=["username_key", "address", "at"], name="login_failure"),)

    def __str__(self) -> str:
        return f"{self.username_key} from {self.address} at {self.at:%Y-%m-%d %H:%M}"
