"""Decisions: what this meeting settled, and what it did not (other bodies, wishes)."""

from __future__ import annotations

import pytest

from anteckna.parse import parse
from anteckna.parse.decisions import is_decision, own_bodies

OWN = own_bodies(["LG"], "Mötesanteckningar")


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("Ledningsgruppen beslutade att anta rutinen.", id="beslutade_att"),
        pytest.param("Beslut: Rutinen antas.", id="beslut_label"),
        pytest.param("BESLUT: Rutinen antas.", id="beslut_label_upper"),
        pytest.param("Det beslutades att skjuta upp frågan.", id="det_beslutades"),
        pytest.param("Mötet beslutade att godkänna budgeten.", id="motet_beslutade"),
        pytest.param("Gruppen enades om en ny tidplan.", id="enades"),
        pytest.param("Vi beslutade att byta lokal.", id="vi_beslutade"),
        pytest.param("LG beslutade att anta planen.", id="own_group_label"),
        pytest.param("Mötet godkände budgeten utan invändningar.", id="godkande"),
        pytest.param("Vi flyttar mötet till tisdag.", id="settled_outcome"),
        pytest.param("We agreed to move the release.", id="agreed"),
        pytest.param("Agreement on the new naming scheme.", id="agreement_on"),
        pytest.param("Decision is to keep the old API.", id="decision_is"),
        pytest.param("Decision: keep the old API.", id="decision_label"),
        pytest.param("It was decided to postpone the launch.", id="it_was_decided"),
        pytest.param("The board approved the budget.", id="board_approved"),
    ],
)
def test_decisions(sentence: str) -> None:
    assert is_decision(sentence, OWN)


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("Inga beslutspunkter", id="inga_beslutspunkter"),
        pytest.param("Slutligt beslut fattas av kommunfullmäktige i september.", id="fattas_av"),
        pytest.param("Frågan beslutas av nämnden i maj.", id="beslutas_av"),
        pytest.param("Partierna i majoriteten har enats om en ny budget.", id="partierna_enats"),
        pytest.param("Regionen has decided to close the clinic.", id="regionen_decided"),
        pytest.param("Kommunstyrelsen beslutade att anta planen.", id="other_styrelse"),
        pytest.param("Nämnden beslutade att anta planen.", id="namnden_without_title"),
        pytest.param("Vera beslutade att åka hem tidigt.", id="a_person_decides"),
        pytest.param("Gruppen bör besluta om detta.", id="bor"),
        pytest.param("Hugo föreslår att gruppen beslutade att ändra.", id="foreslar"),
        pytest.param("Vi borde kanske enas om en tid.", id="borde_kanske"),
        pytest.param("Mötet beslutade inte att ändra tiden.", id="negated"),
        pytest.param("The release will be decided by the steering group.", id="decided_by"),
        pytest.param("Budgeten diskuterades.", id="no_cue"),
    ],
)
def test_not_decisions(sentence: str) -> None:
    assert not is_decision(sentence, OWN)


def test_own_bodies_include_the_group_and_its_long_name() -> None:
    assert {"lg", "ledningsgruppen", "mötet", "vi"} <= OWN
    assert "styrgruppen" not in OWN


def test_own_bodies_from_the_title_of_a_board() -> None:
    own = own_bodies([], "Protokoll fritidsnämnden 14 maj")
    assert is_decision("Nämnden beslutade att anta planen.", own)
    assert is_decision("Fritidsnämnden beslutade att anta planen.", own)


HEADER = "Deltagare LG: Vera Lindgård, Hugo Sandvik, Otto Rehn\n\nMötesanteckningar\n\n"


def decisions(body: str) -> list[tuple[str | None, str, str]]:
    meeting = parse(HEADER + body)
    return [
        (item.number, decision.text, decision.source.rule if decision.source else "")
        for item in meeting.items
        for decision in item.decisions
    ]


def test_no_decisions_under_beslut_gives_no_item() -> None:
    meeting = parse(
        HEADER + "BESLUT\nInga beslutspunkter\n\nINFORMATION\n\n"
        "1. Läget\nVera går igenom läget.\n\n2. Budget\nHugo informerade om budgeten.\n"
    )
    assert [item.number for item in meeting.items] == ["1", "2"]
    assert all(item.decisions == () for item in meeting.items)


def test_a_decision_directly_under_beslut_keeps_its_own_item() -> None:
    meeting = parse(
        HEADER + "BESLUT\nLedningsgruppen beslutade att anta den nya rutinen.\n\nINFORMATION\n\n"
        "1. Läget\nVera går igenom läget.\n\n2. Budget\nHugo informerade om budgeten.\n"
    )
    first = meeting.items[0]
    assert (first.number, first.section) == (None, "decision")
    assert [d.text for d in first.decisions] == [
        "Ledningsgruppen beslutade att anta den nya rutinen."
    ]


def test_labelled_decisions_leave_the_label_out() -> None:
    found = decisions(
        "1. Läget\nVera går igenom läget.\nBeslut:\nRutinen antas.\n\n"
        "2. Budget\nBeslut: Budgeten godkänns.\n\n3. Beslut\n- Planen antas.\n- Mötet flyttas.\n"
    )
    assert found == [
        ("1", "Rutinen antas.", "decision:labelled"),
        ("2", "Budgeten godkänns.", "decision:labelled"),
        ("3", "Planen antas.", "decision:labelled"),
        ("3", "Mötet flyttas.", "decision:labelled"),
    ]


def test_decision_cue_in_running_text() -> None:
    found = decisions(
        "1. Läget\nVera går igenom läget. Ledningsgruppen beslutade att anta rutinen. "
        "Slutligt beslut fattas av kommunfullmäktige i september.\n\n2. Budget\nText.\n"
    )
    assert found == [("1", "Ledningsgruppen beslutade att anta rutinen.", "decision:cue")]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Förslag till beslut: Ledningsgruppen beslutar att anta rutinen.",
            id="forslag_till_beslut",
        ),
        pytest.param(
            "Förslag: Ledningsgruppen beslutar att anta rutinen.",
            id="forslag_label",
        ),
        pytest.param(
            "Förslag:\nLedningsgruppen beslutar att anta rutinen.",
            id="forslag_label_alone",
        ),
    ],
)
def test_a_proposal_is_not_a_decision(body: str) -> None:
    assert decisions(f"1. Läget\n{body}\n\n2. Budget\nText.\n") == []


def test_a_continuation_carries_the_decision_on() -> None:
    found = decisions(
        "1. Release\nWe agreed to ship on Friday. Also, the beta flag is removed.\n\n2. B\nText.\n"
    )
    assert [text for _, text, _ in found] == [
        "We agreed to ship on Friday.",
        "Also, the beta flag is removed.",
    ]
