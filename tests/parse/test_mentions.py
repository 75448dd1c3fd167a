"""find_mentions(): every participant a text names, in any short form."""

from __future__ import annotations

import pytest

from anteckna.parse import parse
from anteckna.parse.mentions import find_mentions
from anteckna.parse.people import PeopleIndex


@pytest.fixture
def people() -> PeopleIndex:
    """Participants with a plain, a double and a hyphenated name."""
    return PeopleIndex.of(["Vera Lindgård", "Hugo Sandvik", "Ines Bergkvist Ahl", "Karl-Otto Rehn"])


@pytest.mark.parametrize(
    ("text", "names", "aliases"),
    [
        pytest.param(
            "Vera går igenom läget.", ["Vera Lindgård"], {"Vera": "Vera Lindgård"}, id="first_name"
        ),
        pytest.param(
            "Enligt Sandvik är det klart.",
            ["Hugo Sandvik"],
            {"Sandvik": "Hugo Sandvik"},
            id="surname",
        ),
        pytest.param(
            "Veras förslag godtogs.",
            ["Vera Lindgård"],
            {"Vera": "Vera Lindgård"},
            id="genitive_recorded_as_base",
        ),
        pytest.param(
            "Budgeten ser bra ut. (IBA)",
            ["Ines Bergkvist Ahl"],
            {"IBA": "Ines Bergkvist Ahl"},
            id="initials_in_parentheses",
        ),
        pytest.param(
            "Vera Lindgård och Hugo redogör.",
            ["Vera Lindgård", "Hugo Sandvik"],
            {"Hugo": "Hugo Sandvik"},
            id="full_name_not_read_twice",
        ),
        pytest.param(
            "Enligt KOR är det klart.",
            ["Karl-Otto Rehn"],
            {"KOR": "Karl-Otto Rehn"},
            id="initials_of_hyphenated_name",
        ),
        pytest.param("Inget namn här.", [], {}, id="nobody"),
    ],
)
def test_mentions(
    people: PeopleIndex, text: str, names: list[str], aliases: dict[str, str]
) -> None:
    found = find_mentions(text, people)
    assert found.names == names
    assert found.aliases == aliases
    assert found.ambiguous == {}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("Karl-Otto går igenom läget.", "Karl-Otto Rehn", id="first_name"),
        pytest.param("Enligt Rehn-Lind är det klart.", "Eva Rehn-Lind", id="surname"),
    ],
)
def test_hyphenated_short_forms(text: str, name: str) -> None:
    people = PeopleIndex.of(["Karl-Otto Rehn", "Eva Rehn-Lind"])
    assert find_mentions(text, people).names == [name]


def test_names_are_in_order_of_first_mention(people: PeopleIndex) -> None:
    found = find_mentions("Hugo och Vera, sedan Hugo igen.", people)
    assert found.names == ["Hugo Sandvik", "Vera Lindgård"]


def test_group_labels_are_never_initials() -> None:
    people = PeopleIndex.of(["Lena Gran", "Sven Gren"])
    found = find_mentions("LG och SG diskuterar med Lena.", people, skip=frozenset({"LG", "SG"}))
    assert found.names == ["Lena Gran"]
    assert "LG" not in found.aliases and "SG" not in found.aliases


def test_group_labels_of_the_meeting_are_skipped_in_parse() -> None:
    meeting = parse(
        "Deltagare LG: Lena Gran, Hugo Sandvik\n\nMötesanteckningar\n\n"
        "1. Läget\nLG diskuterar läget.\n\n2. Budget\nHugo går igenom budgeten.\n"
    )
    assert "LG" not in meeting.aliases
    assert meeting.items[0].mentions == ()


def test_ambiguous_short_forms_are_collected() -> None:
    people = PeopleIndex.of(["Helena Lindahl", "Helena Borg"])
    found = find_mentions("Helena tar det.", people)
    assert found.names == []
    assert found.ambiguous == {"Helena": ["Helena Borg", "Helena Lindahl"]}


def test_first_name_and_initial_resolve_in_text() -> None:
    people = PeopleIndex.of(["Helena Lindahl", "Helena Borg"])
    found = find_mentions("Helena L. och Helena B. återkopplar.", people)
    assert found.names == ["Helena Lindahl", "Helena Borg"]
    assert found.ambiguous == {}


def test_first_name_and_initial_give_no_warning_in_parse() -> None:
    meeting = parse(
        "Deltagare LG: Helena Lindahl, Helena Borg, Hugo Sandvik\n\nMötesanteckningar\n\n"
        "1. Läget\nHelena L. och Helena B. återkopplar från skolstarten.\n\n"
        "2. Budget\nHugo går igenom budgeten.\n"
    )
    assert meeting.warnings == ()
    assert meeting.items[0].mentions == ("Helena Lindahl", "Helena Borg")


def test_first_name_and_initial_make_presenters_in_parse() -> None:
    meeting = parse(
        "Deltagare LG: Helena Lindahl, Helena Borg, Hugo Sandvik\n\nMötesanteckningar\n\n"
        "1. Läget\nHelena L. och Helena B. återkopplar från skolstarten.\n\n"
        "2. Budget\nHugo går igenom budgeten.\n"
    )
    assert meeting.items[0].presenters == ("Helena Lindahl", "Helena Borg")


@pytest.fixture
def ann() -> PeopleIndex:
    """A participant whose full name starts other people's longer names."""
    return PeopleIndex.of(["Ann Berg", "Hugo Sandvik"])


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Ann Bergman går igenom läget.", id="longer_surname"),
        pytest.param("Enligt Ann Bergström är det klart.", id="longer_surname_mid_sentence"),
        pytest.param("Anna Bergström går igenom läget.", id="longer_first_name_and_surname"),
    ],
)
def test_a_full_name_is_not_found_inside_a_longer_name(ann: PeopleIndex, text: str) -> None:
    found = find_mentions(text, ann)
    assert (found.names, found.aliases, found.ambiguous) == ([], {}, {})


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Ann Berg går igenom läget.", id="full_name"),
        pytest.param("Ann Bergs förslag godtogs.", id="genitive_of_the_full_name"),
        pytest.param("Förslaget (Ann Berg).", id="in_brackets"),
        pytest.param("Ann går igenom läget.", id="first_name"),
        pytest.param("Ann, Hugo och Vera går igenom läget.", id="first_name_in_a_list"),
    ],
)
def test_a_full_name_and_its_short_forms_are_still_found(ann: PeopleIndex, text: str) -> None:
    assert find_mentions(text, ann).names[0] == "Ann Berg"


def test_a_longer_name_is_nobody_in_parse() -> None:
    meeting = parse(
        "Deltagare LG: Ann Berg, Hugo Sandvik\n\n1. Läget\nAnn Bergman redogör för läget.\n\n"
        "2. Budget\nHugo går igenom budgeten. Ann Bergström ska kontakta förvaltningen.\n"
    )
    assert [(i.presenters, i.mentions) for i in meeting.items] == [
        ((), ()),
        (("Hugo Sandvik",), ("Hugo Sandvik",)),
    ]
    assert [a.owners for a in meeting.items[1].actions] == [("Ann Bergström",)]


def test_a_participant_listed_by_first_name_is_found_with_a_surname() -> None:
    people = PeopleIndex.of(["Signe", "Hugo Sandvik"])
    assert find_mentions("Signe Almkvist", people).names == ["Signe"]
