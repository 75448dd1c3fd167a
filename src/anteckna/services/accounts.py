"""Creating accounts and API tokens: what ``anteckna createuser`` and the demo call.

An account is a Django ``User`` plus its ``Account`` (role, Person), made in one transaction
so that there is never a user without a role. Passwords go through Django's validators (the
settings' ``AUTH_PASSWORD_VALIDATORS``), and a refused one says why in one line. A person is
named as the notes name them: a full name, or a recorded spelling variant.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.functional import lazy
from django.utils.translation import gettext_lazy as _

from anteckna.errors import Text, ValueProblem
from anteckna.store import models as db
from anteckna.store.names import fold

ROLES = tuple(db.Account.Role.values)
TOKEN_BYTES = 32


class AccountError(ValueProblem):
    """An account that cannot be made as asked; ``what`` names the username or value."""


@dataclass(frozen=True, slots=True)
class NewToken:
    """A token just made: ``secret`` is shown once and never stored (only its digest is)."""

    id: int
    secret: str
    prefix: str


def find_person(name: str) -> db.Person:
    """The one Person this full name (or recorded spelling variant) is."""
    key = fold(name)
    variants = Q(aliases__key=key, aliases__kind=db.PersonAlias.Kind.VARIANT)
    found = list(db.Person.objects.filter(Q(name_key=key) | variants).distinct()[:2])
    if not found:
        raise AccountError(
            repr(name), _("no such person in the archive (import their notes first)")
        )
    if len(found) > 1:
        raise AccountError(repr(name), _("more than one person has this name"))
    return found[0]


def create_account(
    username: str,
    role: str,
    *,
    person: str | db.Person | None = None,
    password: str | None = None,
    email: str = "",
) -> db.Account:
    """Make a login with this role, linked to ``person`` (a name or a Person) when given.

    Without a password the account cannot log in until one is set (``set_unusable_password``),
    which is right for an account whose owner will choose their own. ``email`` is where the
    person's reminders go (``services.reminders``).
    """
    username = username.strip()
    if not username:
        raise AccountError(repr(username), _("a username needs some text"))
    if role not in ROLES:
        raise AccountError(
            repr(role), Text(_("not a role (one of %(roles)s)"), roles=", ".join(ROLES))
        )
    users = get_user_model()
    with transaction.atomic():
        if users.objects.filter(username__iexact=username).exists():
            raise AccountError(repr(username), _("there is already an account with this username"))
        linked = find_person(person) if isinstance(person, str) else person
        user = users(username=username, email=_email(email))
        if password is None:
            user.set_unusable_password()
        else:
            check_password(password, user)
            user.set_password(password)
        user.is_staff = user.is_superuser = role == db.Account.Role.ADMINISTRATOR
        user.save()
        return db.Account.objects.create(user=user, role=role, person=linked)


def _email(value: str) -> str:
    address = value.strip()
    try:
        if address:
            validate_email(address)
    except ValidationError:
        raise AccountError(repr(value), _("not an e-mail address")) from None
    return address


def check_password(password: str, user: object | None = None) -> None:
    """Raise ``AccountError`` with every reason Django's validators give for this password."""
    try:
        validate_password(password, user)
    except ValidationError as error:
        raise AccountError(_("password"), lazy(_reasons, str)(error)) from None


def _reasons(error: ValidationError) -> str:
    """The validators' reasons as one line; called when the error is shown (``lazy``), so that
    Django's own translations of them follow the language there, like the rest."""
    return " ".join(error.messages)


def create_token(user: object, name: str = "") -> NewToken:
    """A new API token for ``user``; the secret is in the result and nowhere else."""
    secret = secrets.token_urlsafe(TOKEN_BYTES)
    row = db.ApiToken.objects.create(
        user=user, name=name, prefix=secret[:8], digest=token_digest(secret)
    )
    return NewToken(row.pk, secret, row.prefix)


def create_token_for(username: str, name: str = "") -> NewToken:
    """A new API token for the account called ``username`` (``anteckna token create``).

    Only for an active user with an account or a superuser: a token of a user without a role
    would be refused by every endpoint, which is better said now."""
    users = get_user_model()
    user = users.objects.filter(username__iexact=username.strip()).first()
    if user is None:
        raise AccountError(repr(username), _("no account with this username"))
    if not user.is_active:
        raise AccountError(repr(username), _("this account is inactive"))
    if not (user.is_superuser or db.Account.objects.filter(user=user).exists()):
        raise AccountError(repr(username), _("this user has no role (create it with createuser)"))
    longest = db.ApiToken._meta.get_field("name").max_length
    if longest is not None and len(name) > longest:
        raise AccountError(
            repr(name), Text(_("a token name is at most %(longest)s characters"), longest=longest)
        )
    return create_token(user, name)


def user_for_token(secret: str) -> object | None:
    """The active user a token belongs to, or None; notes when it was last used."""
    row = (
        db.ApiToken.objects.select_related("user")
        .filter(digest=token_digest(secret), user__is_active=True)
        .first()
    )
    if row is None:
        return None
    db.ApiToken.objects.filter(pk=row.pk).update(last_used=timezone.now())
    return row.user


def token_digest(secret: str) -> str:
    """What is stored of a token: its SHA-256, as hex."""
    return hashlib.sha256(secret.encode()).hexdigest()
