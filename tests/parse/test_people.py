"""PeopleIndex and name shapes: which participant a short form can only mean."""

from __future__ import annotations

import pytest

from anteckna.parse import parse
from anteckna.parse.people import PeopleIndex, genitive_base, is_name_token, split_name
from anteckna.parse.warnings import ambiguous, read_ambiguous

NAMES = ["Vera Lindgård", "Hugo Sandvik", "Ines Bergkvist Ahl", "Karl-Otto Rehn", "Signe Alm"]


@pytest.fixture
def people() -> PeopleIndex:
    """The participants of a small meeting, nobody sharing a first name."""
    return PeopleIndex.of(NAMES)


@pytest.mark.parametrize(
    ("mention", "name"),
    [
        pytest.param("Vera", "Vera Lindgård", id="first_name"),
        pytest.param("Sandvik", "Hugo Sandvik", id="surname"),
        pytest.param("Bergkvist Ahl", "Ines Bergkvist Ahl", id="double_surname"),
        pytest.param("Ahl", "Ines Bergkvist Ahl", id="last_surname"),
        pytest.param("Veras", "Vera Lindgård", id="genitive"),
        pytest.param("Hugos", "Hugo Sandvik", id="genitive_of_first_name"),
        pytest.param("Alms", "Signe Alm", id="genitive_of_surname"),
        pytest.param("VL", "Vera Lindgård", id="initials"),
        pytest.param("IBA", "Ines Bergkvist Ahl", id="three_initials"),
        pytest.param("KOR", "Karl-Otto Rehn", id="hyphenated_initials"),
        pytest.param("Karl-Otto", "Karl-Otto Rehn", id="hyphenated_first_name"),
        pytest.param("vera", "Vera Lindgård", id="case_folded"),
        pytest.param("Vera Lindgard", "Vera Lindgård", id="fuzzy_full_name"),
        pytest.param("Vera Lindgård", "Vera Lindgård", id="full_name"),
    ],
)
def test_resolve(people: PeopleIndex, mention: str, name: str) -> None:
    assert people.resolve(mention) == name


@pytest.mark.parametrize(
    "mention",
    [
        pytest.param("Tove", id="unknown_first_name"),
        pytest.param("XY", id="unknown_initials"),
        pytest.param("Vera Holm", id="other_surname"),
        pytest.param("Avera Lindgård", id="longer_first_name"),
    ],
)
def test_unknown_mentions_stay_unresolved(people: PeopleIndex, mention: str) -> None:
    assert people.resolve(mention) is None


def test_genitive_of_a_surname_ending_in_s_is_not_needed() -> None:
    people = PeopleIndex.of(["Nils Lundis"])
    assert people.resolve("Nils") == "Nils Lundis"
    assert people.resolve("Lundis") == "Nils Lundis"


@pytest.fixture
def two_helenas() -> PeopleIndex:
    """Two participants called Helena, told apart by their surnames' initials."""
    return PeopleIndex.of(["Helena Lindahl", "Helena Borg", "Hugo Sandvik"])


@pytest.mark.parametrize(
    ("mention", "name"),
    [
        pytest.param("Helena L.", "Helena Lindahl", id="initial_with_dot"),
        pytest.param("Helena B", "Helena Borg", id="initial_without_dot"),
        pytest.param("Lindahl", "Helena Lindahl", id="surname"),
        pytest.param("HL", "Helena Lindahl", id="initials"),
    ],
)
def test_a_shared_first_name_resolves_with_more(
    two_helenas: PeopleIndex, mention: str, name: str
) -> None:
    assert two_helenas.resolve(mention) == name


def test_a_shared_first_name_alone_is_ambiguous(two_helenas: PeopleIndex) -> None:
    assert two_helenas.resolve("Helena") is None
    assert two_helenas.is_ambiguous("Helena")
    assert two_helenas.candidates("Helena") == {"Helena Lindahl", "Helena Borg"}


def test_a_shared_first_name_means_the_one_attending() -> None:
    people = PeopleIndex.of(["Helena Lindahl", "Helena Borg"], absent=["Helena Borg"])
    assert people.resolve("Helena") == "Helena Lindahl"
    assert not people.is_ambiguous("Helena")


def test_knows_is_own_keys_only(people: PeopleIndex) -> None:
    assert people.knows("Vera")
    assert people.knows("VL")
    assert not people.knows("Veras")


def test_add_ignores_blank_and_repeated_names() -> None:
    people = PeopleIndex.of(["Vera Lindgård", "  ", "Vera Lindgård"])
    assert people.names == ["Vera Lindgård"]


@pytest.mark.parametrize(
    ("text", "name", "rest"),
    [
        pytest.param(
            "Vera Lindgård deltog via Teams", "Vera Lindgård", "deltog via Teams", id="note"
        ),
        pytest.param("Vera Lindgård, rektor", "Vera Lindgård", "rektor", id="comma_title"),
        pytest.param("Ulla von Berg, rektor", "Ulla von Berg", "rektor", id="particle"),
        pytest.param("Göte K Holm", "Göte K Holm", "", id="middle_initial"),
        pytest.param(
            "Hugo Sandvik Anmält förhinder", "Hugo Sandvik", "Anmält förhinder", id="note_word"
        ),
        pytest.param(
            "Karl-Otto Rehn (ordförande)", "Karl-Otto Rehn", "(ordförande)", id="hyphenated"
        ),
        pytest.param("rektor Vera Lindgård", "", "rektor Vera Lindgård", id="lower_case_start"),
    ],
)
def test_split_name(text: str, name: str, rest: str) -> None:
    assert split_name(text) == (name, rest)


@pytest.mark.parametrize(
    ("token", "expected"),
    [
        pytest.param("Vera", True, id="name"),
        pytest.param("Karl-Otto", True, id="hyphenated"),
        pytest.param("Öhrn", True, id="swedish_capital"),
        pytest.param("LG", False, id="upper_case_abbreviation"),
        pytest.param("Det", False, id="pronoun"),
        pytest.param("Beslut", False, id="cue_word"),
        pytest.param("vera", False, id="lower_case"),
        pytest.param("Barn-och", False, id="lower_case_part"),
    ],
)
def test_is_name_token(token: str, expected: bool) -> None:
    assert is_name_token(token) is expected


@pytest.mark.parametrize(
    ("token", "base"),
    [
        pytest.param("Veras", "Vera", id="genitive"),
        pytest.param("Hugos", "Hugo", id="genitive_o"),
        pytest.param("Lass", None, id="double_s"),
        pytest.param("Bos", None, id="too_short"),
        pytest.param("Vera", None, id="no_s"),
    ],
)
def test_genitive_base(token: str, base: str | None) -> None:
    assert genitive_base(token) == base


NOTE = (
    "Deltagare LG: Helena Lindahl, Helena Borg, Hugo Sandvik\n\nMötesanteckningar\n\n"
    "1. Läget\nHugo går igenom läget.\n\n2. Budget\nHelena tar fram ett förslag.\n"
)


def test_an_ambiguous_first_name_is_reported_in_the_meeting() -> None:
    meeting = parse(NOTE)
    assert meeting.warnings == (
        "'Helena' could mean Helena Borg or Helena Lindahl; left unresolved",
    )
    assert "Helena" not in meeting.aliases
    assert meeting.items[1].actions[0].owners == ("Helena",)


def test_an_ambiguous_first_name_resolves_when_the_other_is_absent() -> None:
    note = NOTE.replace("Helena Borg, Hugo Sandvik", "Hugo Sandvik\nFrånvarande: Helena Borg")
    meeting = parse(note)
    assert meeting.warnings == ()
    assert meeting.aliases["Helena"] == "Helena Lindahl"
    assert meeting.items[1].actions[0].owners == ("Helena Lindahl",)


def test_a_warning_gives_back_its_parts():
    names = ["Helena Borg", "Helena Lindahl", "Helena Ödman"]
    assert read_ambiguous(ambiguous("H.", names)) == ("H.", names)
    assert read_ambiguous("the date could not be read") is None
