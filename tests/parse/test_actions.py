"""Actions: tasks, their owners (resolved participants or collectives) and their due dates."""

from __future__ import annotations

from datetime import date

import pytest

from anteckna.model import Action, SourceRef
from anteckna.parse import parse
from anteckna.parse.actions import action_in
from anteckna.parse.people import PeopleIndex

SOURCE = SourceRef(4, 4, "action:cue")


@pytest.fixture
def people() -> PeopleIndex:
    """A meeting's participants, Swedish and English."""
    return PeopleIndex.of(["Vera Lindgård", "Hugo Sandvik", "Signe Alm", "Sam Hill", "Kim Park"])


def owners_of(sentence: str, people: PeopleIndex, language: str = "sv") -> tuple[str, ...] | None:
    action = action_in(sentence, SOURCE, people, language=language)
    return None if action is None else action.owners


@pytest.mark.parametrize(
    ("sentence", "owners"),
    [
        pytest.param("Vera avser kontakta skolorna.", ("Vera Lindgård",), id="avser"),
        pytest.param("Hugo tar fram ett underlag.", ("Hugo Sandvik",), id="tar_fram"),
        pytest.param("Signe ansvarar för kallelsen.", ("Signe Alm",), id="ansvarar_for"),
        pytest.param("Vera återkommer med ett förslag.", ("Vera Lindgård",), id="aterkommer_med"),
        pytest.param(
            "Hugo och Signe tar fram en tidplan.", ("Hugo Sandvik", "Signe Alm"), id="two_owners"
        ),
        pytest.param("Vera Lindgård skickar ut protokollet.", ("Vera Lindgård",), id="full_name"),
        pytest.param("Hugo kommer att boka lokal.", ("Hugo Sandvik",), id="kommer_att"),
        pytest.param("Alla uppmanas läsa rapporten.", ("alla",), id="alla_uppmanas"),
        pytest.param("Gruppen tar fram en plan.", ("Gruppen",), id="gruppen"),
        pytest.param(
            "Verksamhetscheferna tar fram en plan.",
            ("verksamhetscheferna",),
            id="collective_as_stored",
        ),
        pytest.param("Hugo bad alla skicka in synpunkter.", ("alla",), id="bad_alla"),
        pytest.param("Rektorerna bör få återkoppling.", (), id="recipients_no_owner"),
    ],
)
def test_swedish_actions(people: PeopleIndex, sentence: str, owners: tuple[str, ...]) -> None:
    assert owners_of(sentence, people) == owners


@pytest.mark.parametrize(
    ("sentence", "owners"),
    [
        pytest.param("Sam to update the wiki.", ("Sam Hill",), id="to"),
        pytest.param("Kim will send the invite.", ("Kim Park",), id="will"),
        pytest.param(
            "Action: Sam to update the wiki.",
            ("Sam Hill",),
            id="action_prefix",
        ),
    ],
)
def test_english_actions(people: PeopleIndex, sentence: str, owners: tuple[str, ...]) -> None:
    assert owners_of(sentence, people, "en") == owners


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("Medskicken från dialogen behöver bearbetas.", id="passive_need"),
        pytest.param("Signe kommer att lämna gruppen.", id="kommer_att_leave"),
        pytest.param("Budgeten diskuterades.", id="no_cue"),
        pytest.param("Vera går igenom läget.", id="presenting"),
        pytest.param("Förvaltningen har tagit fram en plan (klart).", id="recap"),
    ],
)
def test_not_actions(people: PeopleIndex, sentence: str) -> None:
    assert action_in(sentence, SOURCE, people, language="sv") is None


@pytest.mark.parametrize(
    ("sentence", "due", "due_text"),
    [
        pytest.param(
            "Vera skickar planen senast 4 april.", date(2024, 4, 4), "senast 4 april", id="senast"
        ),
        pytest.param(
            "Vera skickar planen till nästa möte.", None, "till nästa möte", id="next_meeting"
        ),
        pytest.param("Vera skickar planen omgående.", None, "omgående", id="omgaende"),
        pytest.param("Vera skickar planen.", None, None, id="none"),
    ],
)
def test_due(people: PeopleIndex, sentence: str, due: date | None, due_text: str | None) -> None:
    action = action_in(sentence, SOURCE, people, language="sv", reference=date(2024, 3, 20))
    assert action is not None
    assert (action.due, action.due_text) == (due, due_text)


def test_due_without_a_reference_keeps_only_the_words(people: PeopleIndex) -> None:
    action = action_in("Vera skickar planen senast 4 april.", SOURCE, people, language="sv")
    assert action == Action(
        "Vera skickar planen senast 4 april.", ("Vera Lindgård",), None, "senast 4 april", SOURCE
    )


def test_english_due_date(people: PeopleIndex) -> None:
    action = action_in(
        "Sam to draft the plan by March 3rd.",
        SOURCE,
        people,
        language="en",
        reference=date(2024, 2, 20),
    )
    assert action is not None
    assert (action.due, action.due_text) == (date(2024, 3, 3), "by March 3rd")


def test_a_listed_task_needs_no_owner(people: PeopleIndex) -> None:
    action = action_in("boka lokal till hösten", SOURCE, people, language="sv", listed=True)
    assert action is not None
    assert action.owners == ()


@pytest.mark.parametrize(
    "task",
    [
        pytest.param("Boka lokal till hösten", id="boka"),
        pytest.param("Uppdatera hemsidan", id="uppdatera"),
    ],
)
def test_a_listed_imperative_has_no_owner(people: PeopleIndex, task: str) -> None:
    action = action_in(task, SOURCE, people, language="sv", listed=True)
    assert action is not None
    assert action.owners == ()


HEADER = "Deltagare LG: Vera Lindgård, Hugo Sandvik, Signe Alm\n\nMötesanteckningar\n\n"


def actions(body: str, meeting_date: date | None = None) -> list[Action]:
    meeting = parse(HEADER + body, meeting_date=meeting_date)
    return [action for item in meeting.items for action in item.actions]


def test_owners_are_resolved_to_participants_in_parse() -> None:
    found = actions(
        "1. Läget\nVera avser kontakta skolorna. Hugo tar fram ett underlag.\n\n2. B\nT.\n"
    )
    assert [(a.text, a.owners) for a in found] == [
        ("Vera avser kontakta skolorna.", ("Vera Lindgård",)),
        ("Hugo tar fram ett underlag.", ("Hugo Sandvik",)),
    ]
    assert {a.source.rule for a in found if a.source} == {"action:cue"}


def test_due_is_resolved_with_the_meeting_date() -> None:
    body = "1. Läget\nAlla uppmanas lämna synpunkter senast 4 april.\n\n2. Budget\nText.\n"
    [without] = actions(body)
    [with_date] = actions(body, meeting_date=date(2025, 3, 12))
    assert (without.due, without.due_text) == (None, "senast 4 april")
    assert (with_date.due, with_date.due_text) == (date(2025, 4, 4), "senast 4 april")
    assert with_date.owners == ("alla",)


@pytest.mark.parametrize(
    "label",
    [
        pytest.param("Att göra:", id="att_gora"),
        pytest.param("TODO:", id="todo"),
        pytest.param("Åtgärder:", id="atgarder"),
        pytest.param(
            "TODO",
            id="todo_without_colon",
        ),
    ],
)
def test_bullets_under_an_action_label(label: str) -> None:
    found = actions(
        f"1. Läget\nText.\n\n{label}\n- boka lokal till hösten\n- Hugo skickar kallelsen\n\n"
        "2. Budget\nText.\n"
    )
    assert [(a.text, a.owners) for a in found] == [
        ("boka lokal till hösten", ()),
        ("Hugo skickar kallelsen", ("Hugo Sandvik",)),
    ]
    assert {a.source.rule for a in found if a.source} == {"action:listed"}


def test_bullets_of_an_action_item() -> None:
    found = actions("1. Läget\nText.\n\n2. Att göra\n- Signe: boka lokal\n- alla läser rapporten\n")
    assert [(a.text, a.owners) for a in found] == [
        ("Signe: boka lokal", ("Signe Alm",)),
        ("alla läser rapporten", ("alla",)),
    ]


def test_medskick_is_not_an_action_in_parse() -> None:
    found = actions(
        "1. Läget\nGruppen går igenom enkätsvaren. Medskicken från dialogen behöver bearbetas. "
        "Skolledarna bör få återkoppling.\n\n2. Budget\nText.\n"
    )
    assert [(a.text, a.owners) for a in found] == [("Skolledarna bör få återkoppling.", ())]
