"""The Django admin's pages for accounts and API tokens open, and tokens stay read-only."""

from __future__ import annotations

from anteckna.services.accounts import create_account, create_token
from anteckna.store import models


def test_the_account_pages_open(admin_client):
    account = create_account("kim", "secretary")
    for path in (
        "/admin/store/account/",
        "/admin/store/account/?role=secretary&q=kim",
        "/admin/store/account/add/",
        f"/admin/store/account/{account.pk}/change/",
    ):
        response = admin_client.get(path)
        assert response.status_code == 200, path
    assert "kim" in admin_client.get("/admin/store/account/").content.decode()


def test_the_token_pages_open_and_are_read_only(admin_client):
    account = create_account("kim", "member")
    new = create_token(account.user, "laptop")
    token = models.ApiToken.objects.get()
    listing = admin_client.get("/admin/store/apitoken/")
    assert listing.status_code == 200 and "laptop" in listing.content.decode()
    page = admin_client.get(f"/admin/store/apitoken/{token.pk}/change/")
    assert page.status_code == 200
    html = page.content.decode()
    assert token.digest not in html and new.secret not in html
    assert admin_client.get("/admin/store/apitoken/add/").status_code == 403
    admin_client.post(f"/admin/store/apitoken/{token.pk}/change/", {"name": "changed"})
    assert models.ApiToken.objects.get().name == "laptop"


def test_the_admin_index_lists_them(admin_client):
    html = admin_client.get("/admin/").content.decode()
    assert "/admin/store/account/" in html and "/admin/store/apitoken/" in html
