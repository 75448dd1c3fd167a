"""The login backend reads a user's Account with the user, and access finds it there."""

from __future__ import annotations

from anteckna.services import access
from anteckna.services.accounts import create_account
from anteckna.web.backends import AccountBackend


def test_the_role_and_person_cost_no_query_of_their_own(db, django_assert_num_queries):
    from anteckna.store.models import Person

    Person.objects.create(name="Åsa Öberg")
    account = create_account("asa", "secretary", person="Åsa Öberg")
    with django_assert_num_queries(1):
        user = AccountBackend().get_user(account.user.pk)
        assert access.role_of(user) == access.Role.SECRETARY
        assert access.person_of(user).name == "Åsa Öberg"


def test_a_user_without_an_account_has_no_role(db, django_assert_num_queries):
    from django.contrib.auth import get_user_model

    plain = get_user_model().objects.create_user("plain", password="a long test password")
    with django_assert_num_queries(1):
        assert access.role_of(AccountBackend().get_user(plain.pk)) is None


def test_an_inactive_user_is_nobody(db):
    account = create_account("gone", "member")
    account.user.is_active = False
    account.user.save()
    assert AccountBackend().get_user(account.user.pk) is None
