"""Listing groups and editing the pairing of name and short name."""

from __future__ import annotations

import pytest

from anteckna.errors import AntecknaError
from anteckna.services.groups import GroupNameTaken, list_groups, rename_group
from anteckna.services.listing import list_meetings
from anteckna.store.groups import GroupBook


@pytest.fixture
def archive(store_meeting, make_meeting):
    """Ledningsgruppen (LG) with one meeting and three members; Styrgruppen (SG) bare; a
    group seen only as "AU"."""
    store_meeting(make_meeting(groups=("Ledningsgruppen",)))
    book = GroupBook()
    book.resolve("Styrgruppen")
    book.resolve("AU")


def test_groups_are_listed_with_names_and_counts(archive):
    assert [g.to_dict() for g in list_groups()] == [
        {"name": "AU", "short_name": None, "meetings": 0, "members": 0},
        {"name": "Ledningsgruppen", "short_name": "LG", "meetings": 1, "members": 3},
        {"name": "Styrgruppen", "short_name": "SG", "meetings": 0, "members": 0},
    ]


@pytest.mark.parametrize("label", ["AU", "au"])
def test_a_group_known_by_its_short_name_gets_its_long_name(archive, label):
    renamed = rename_group(label, name="Arbetsutskottet", short_name="AU")
    assert (renamed.name, renamed.short_name) == ("Arbetsutskottet", "AU")
    assert GroupBook().find("arbetsutskottet") == GroupBook().find("AU")


def test_a_short_name_alone_becomes_the_short_name_of_the_new_name(archive):
    renamed = rename_group("AU", name="Arbetsutskottet")
    assert (renamed.name, renamed.short_name) == ("Arbetsutskottet", "AU")


def test_either_name_picks_the_group_and_the_other_is_kept(archive):
    assert rename_group("Ledningsgruppen", short_name="LGR").short_name == "LGR"
    renamed = rename_group("LGR", name="Kommunens ledningsgrupp")
    assert (renamed.name, renamed.short_name, renamed.meetings) == (
        "Kommunens ledningsgrupp", "LGR", 1,
    )  # fmt: skip
    assert list_meetings(group="LGR")[0].groups == ("Kommunens ledningsgrupp",)


def test_an_empty_short_name_removes_it(archive):
    assert rename_group("SG", short_name="").short_name is None


@pytest.mark.parametrize(
    ("name", "short", "wanted"),
    [
        pytest.param("Styrgruppen", None, "Styrgruppen", id="name_is_another_groups_name"),
        pytest.param(None, "sg", "sg", id="short_is_another_groups_short_name"),
        pytest.param("AU", None, "AU", id="name_is_another_groups_only_name"),
    ],
)
def test_a_clash_with_another_group_is_refused(archive, name, short, wanted):
    with pytest.raises(GroupNameTaken) as caught:
        rename_group("LG", name=name, short_name=short)
    assert caught.value.wanted == wanted
    assert str(caught.value).startswith(f"{wanted!r} already names another group: ")
    assert [g.short_name for g in list_groups()][1] == "LG"


def test_nothing_to_change_or_an_unknown_group_is_an_error(archive):
    with pytest.raises(AntecknaError, match="give a new name"):
        rename_group("LG")
    with pytest.raises(AntecknaError, match="no group called 'XY'"):
        rename_group("XY", name="X")
    with pytest.raises(AntecknaError, match="needs a name"):
        rename_group("LG", name=" ")
