"""A group is found by its name or short name; the pairing is guessed when first seen."""

from __future__ import annotations

from anteckna.store.groups import GroupBook, find_group
from anteckna.store.models import Group


def pairs() -> list[tuple[str, str | None]]:
    return sorted(Group.objects.values_list("name", "short_name"))


def test_a_long_name_gets_its_guessed_short_name(db):
    group = GroupBook().resolve("Ledningsgruppen")
    assert (group.name, group.short_name) == ("Ledningsgruppen", "LG")
    assert find_group("lg") == group
    assert find_group("LEDNINGSGRUPPEN") == group


def test_short_name_first_then_long_name_is_one_group(db):
    book = GroupBook()
    first = book.resolve("LG")
    second = book.resolve("Ledningsgruppen")
    assert first.pk == second.pk
    assert pairs() == [("Ledningsgruppen", "LG")]


def test_long_name_first_then_short_name_is_one_group(db):
    book = GroupBook()
    assert book.resolve("Styrgruppen").pk == book.resolve("SG").pk
    assert pairs() == [("Styrgruppen", "SG")]


def test_inflected_forms_find_the_group(db):
    book = GroupBook()
    group = book.resolve("Ledningsgruppen")
    assert book.resolve("ledningsgrupp") == group
    assert book.resolve("Ledningsgruppens") == group
    assert Group.objects.count() == 1


def test_a_taken_short_name_is_not_given_twice(db):
    book = GroupBook()
    book.resolve("Ledningsgruppen")
    book.resolve("Lärargruppen")
    assert pairs() == [("Ledningsgruppen", "LG"), ("Lärargruppen", None)]


def test_the_pairing_survives_a_new_run(db):
    GroupBook().resolve("LG")
    GroupBook().resolve("Ledningsgruppen")
    assert pairs() == [("Ledningsgruppen", "LG")]
