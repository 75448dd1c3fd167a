"""An archive of two groups and a login for every role, for the page tests.

- ``lg``: a Ledningsgruppen meeting (make_meeting's), its notes eight numbered lines, with a
  note text holding markup that must come out escaped, and a parser warning;
- ``lg_next``: the group's next meeting, for previous/next;
- ``sg``: a Styrgruppen meeting that only Berit Alm attends;
- logins: ``admin`` (no person), ``secretary`` (Åsa Öberg, LG), ``member`` (Jonas Wiklund,
  LG, owns the LG action), ``reader`` (Rune Sjödin, LG) and ``outsider`` (Berit Alm, a member
  of Styrgruppen only, who must get 404 for LG's pages).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from django.test import Client

from anteckna.model import Action, Decision, Item, Participant, SourceRef
from anteckna.parse.warnings import ambiguous

NOTES = "\n".join(
    (
        "Deltagare LG: Jonas Wiklund, Åsa Öberg (via Teams)",
        "Frånvarande: Rune Sjödin",
        "1. Verksamhetsplan",
        "Jonas redogör för läget.",
        "Beslut: Planen fastställs.",
        "Jonas skickar ut planen.",
        "Tas upp igen om två veckor.",
        "Konferens 1 september.",
    )
).encode()

ROLES = {
    "admin": ("administrator", None),
    "secretary": ("secretary", "Åsa Öberg"),
    "member": ("member", "Jonas Wiklund"),
    "reader": ("reader", "Rune Sjödin"),
    "outsider": ("member", "Berit Alm"),
}
LG_ROLES = ("admin", "secretary", "member", "reader")


@pytest.fixture
def archive(store_meeting, make_meeting):
    from anteckna.services.search import index_meetings

    first = make_meeting()
    item = replace(
        first.items[0],
        text="Jonas redogör för läget. <script>alert('x')</script> & <b>fet</b>",
        actions=(
            Action("Jonas skickar ut planen.", owners=("Jonas",), due=date(2024, 5, 20),
                   source=SourceRef(6, 6, "action")),
            Action("Åsa bokar lokal.", owners=("Åsa Öberg",), source=SourceRef(6, 6, "action")),
        ),
    )  # fmt: skip
    lg = store_meeting(
        replace(first, items=(item,), warnings=(ambiguous("Maria", ["Maria Ek", "Maria Lund"]),)),
        file_name="lg_2024-05-14.txt",
        data=NOTES,
    )
    lg_next = store_meeting(
        make_meeting(date=date(2024, 5, 28), items=(Item("Budget"),)), file_name="lg_28.txt"
    )
    sg = store_meeting(
        make_meeting(
            groups=("Styrgruppen",),
            participants=(Participant("Berit Alm", group="Styrgruppen"),),
            items=(
                Item(
                    "Budget",
                    decisions=(Decision("Budgeten godkänns."),),
                    actions=(Action("Berit ringer.", owners=("Berit Alm",)),),
                ),
            ),
            aliases={},
        ),
        file_name="sg.txt",
    )
    index_meetings([lg.pk, lg_next.pk, sg.pk])
    return {"lg": lg, "lg_next": lg_next, "sg": sg}


@pytest.fixture
def users(archive):
    """username → User, one per role (see the module docstring)."""
    from anteckna.services.accounts import create_account

    return {
        name: create_account(name, role, person=person).user
        for name, (role, person) in ROLES.items()
    }


@pytest.fixture
def as_user(users):
    """``as_user(name)``: a test client logged in as that role's user."""

    from django.test import Client

    def make(name: str) -> Client:
        client = Client()
        client.force_login(users[name])
        return client

    return make
