"""find_layout(): where the items are, the sections they stand in, where the header ends."""

from __future__ import annotations

import pytest

from anteckna.parse.layout import Layout, find_layout, section_of
from anteckna.parse.normalise import normalise

HEADER = "Närvarande: Vera Lindgård, Hugo Sandvik\n\n"
BODY = "Förvaltningen går igenom hur arbetet har gått under hösten och vad som återstår.\n"


def layout(text: str) -> Layout:
    return find_layout(normalise(text))


def items(text: str) -> list[tuple[str | None, str]]:
    return [(start.number, start.title) for start in layout(text).items]


@pytest.mark.parametrize(
    ("first", "second", "numbers"),
    [
        pytest.param("1. Läget", "2. Budget", ["1", "2"], id="dot"),
        pytest.param("1) Läget", "2) Budget", ["1", "2"], id="paren"),
        pytest.param("1 Läget", "2 Budget", ["1", "2"], id="bare"),
        pytest.param(
            "1 - Läget",
            "2 - Budget",
            ["1", "2"],
            id="dash",
        ),
        pytest.param("§ 5 Läget", "§ 6 Budget", ["§ 5", "§ 6"], id="paragraph_sign_first"),
        pytest.param("5 § Läget", "6 § Budget", ["5 §", "6 §"], id="paragraph_sign_after"),
        pytest.param("§74 Läget", "§75 Budget", ["§74", "§75"], id="paragraph_sign_glued"),
        pytest.param("AU 1 Läget", "AU 2 Budget", ["AU 1", "AU 2"], id="au"),
        pytest.param("10.Läget", "11.Budget", ["10", "11"], id="glued_after_dot"),
    ],
)
def test_numbered_items(first: str, second: str, numbers: list[str]) -> None:
    found = items(f"{HEADER}{first}\n{BODY}\n{second}\n{BODY}")
    assert found == [(numbers[0], "Läget"), (numbers[1], "Budget")]


def test_a_single_paragraph_sign_item_counts() -> None:
    assert items("§ 12 Läget\nText.") == [("§ 12", "Läget")]


def test_subnumbers_stay_inside_their_item() -> None:
    text = f"{HEADER}3. Ekonomi\n3.1 Läget\n{BODY}\n3.2 Budget\n{BODY}\n4. Personal\n{BODY}"
    assert items(text) == [("3", "Ekonomi"), ("4", "Personal")]


def test_subnumbered_markdown_headings_keep_their_numbers() -> None:
    text = f"# Protokoll\n\n{HEADER}## 3.1 Läget\n\n{BODY}\n## 3.2 Budget\n\n{BODY}"
    assert items(text) == [("3.1", "Läget"), ("3.2", "Budget")]


def test_subnumbered_plain_items_keep_their_numbers() -> None:
    text = f"{HEADER}3.1 Läget\n{BODY}\n3.2 Budget\n{BODY}"
    assert items(text) == [("3.1", "Läget"), ("3.2", "Budget")]


def test_a_number_that_does_not_follow_on_is_no_item() -> None:
    text = (
        f"{HEADER}1. Läget\nVi har många elever i årskurs sju och\n7. Klassen är stor i år.\n\n"
        f"2. Budget\n{BODY}"
    )
    assert items(text) == [("1", "Läget"), ("2", "Budget")]


def test_markdown_headings_with_title_and_header_headings() -> None:
    text = (
        "# Styrelsemöte i Ekeby\n\n## Datum\n\n2024-05-14\n\n## Närvarande\n\n- Vera Lindgård\n\n"
        f"## Läget\n\n{BODY}\n## Budget\n\n{BODY}"
    )
    found = layout(text)
    assert [(s.number, s.title) for s in found.items] == [(None, "Läget"), (None, "Budget")]
    assert found.header_end == found.items[0].index


def test_setext_headings() -> None:
    text = f"Protokoll\n=========\n\n{HEADER}Läget\n-----\n\n{BODY}\nBudget\n------\n\n{BODY}"
    assert items(text) == [(None, "Läget"), (None, "Budget")]


def test_agenda_heading_and_its_list_are_not_items() -> None:
    text = (
        f"# Möte\n\n{HEADER}## Agenda\n\n1. Läget\n2. Budget\n\n"
        f"## Läget\n\n{BODY}\n## Budget\n\n{BODY}"
    )
    found = layout(text)
    assert [(s.number, s.title) for s in found.items] == [(None, "Läget"), (None, "Budget")]
    assert normalise(text)[found.items[0].index].text == "## Läget"


def test_bold_pseudo_headings() -> None:
    text = f"{HEADER}**Läget**\n{BODY}\n**Budget**:\n{BODY}"
    assert items(text) == [(None, "Läget"), (None, "Budget")]


def test_plain_unstyled_headings() -> None:
    text = f"{HEADER}Läget i verksamheten\n{BODY}\nBudget för nästa år\n{BODY}\nRekrytering\n{BODY}"
    assert items(text) == [
        (None, "Läget i verksamheten"),
        (None, "Budget för nästa år"),
        (None, "Rekrytering"),
    ]


def test_top_level_bullets_are_items_when_the_body_is_a_topic_list() -> None:
    text = f"{HEADER}- Läget i verksamheten\n- Budget\n  - prognosen\n- Rekrytering"
    assert items(text) == [
        (None, "Läget i verksamheten"),
        (None, "Budget"),
        (None, "Rekrytering"),
    ]


def test_sections_give_the_items_their_section() -> None:
    text = (
        f"{HEADER}BESLUT\n\n1. Budget\n{BODY}\nINFORMATION\n\n2. Läget\n{BODY}\n3. Personal\n{BODY}"
    )
    found = layout(text)
    assert [(s.number, s.section) for s in found.items] == [
        ("1", "decision"),
        ("2", "information"),
        ("3", "information"),
    ]
    assert found.header_end == 2
    assert len(found.sections) == 2


def test_a_section_that_says_no_decisions_is_a_section() -> None:
    text = (
        f"{HEADER}BESLUT\nInga beslutspunkter\n\nINFORMATION\n\n1. Läget\n{BODY}\n2. Budget\n{BODY}"
    )
    found = layout(text)
    assert [(s.number, s.section) for s in found.items] == [
        ("1", "information"),
        ("2", "information"),
    ]
    assert [normalise(text)[i].text for i in found.sections] == ["BESLUT", "INFORMATION"]


@pytest.mark.parametrize(
    ("heading", "section"),
    [
        pytest.param("BESLUT", "decision", id="beslut"),
        pytest.param("Beslutsärenden", "decision", id="beslutsarenden"),
        pytest.param("## Beslut", "decision", id="markdown"),
        pytest.param("INFORMATION", "information", id="information"),
        pytest.param("Informationsärenden:", "information", id="informationsarenden"),
        pytest.param("Läget", None, id="not_a_section"),
    ],
)
def test_section_of(heading: str, section: str | None) -> None:
    assert section_of(heading) == section


@pytest.mark.parametrize(
    ("wrapped", "title"),
    [
        pytest.param(
            "2. Nya avtal för\nförskolorna", "Nya avtal för förskolorna", id="ends_on_for"
        ),
        pytest.param(
            "2. Nya avtal till\nSkolverket", "Nya avtal till Skolverket", id="ends_on_till"
        ),
        pytest.param(
            "2. Information om budgeten\ninför hösten",
            "Information om budgeten inför hösten",
            id="lower_case_continuation",
        ),
        pytest.param(
            '2. Projektet "Läsande\nklassrum"', 'Projektet "Läsande klassrum"', id="open_quote"
        ),
    ],
)
def test_a_wrapped_title_is_joined(wrapped: str, title: str) -> None:
    text = f"{HEADER}1. Läget\n{BODY}\n{wrapped}\n\n{BODY}\n3. Personal\n{BODY}"
    assert items(text)[1] == ("2", title)


def test_a_short_heading_and_a_capitalised_subtitle_stay_apart() -> None:
    text = (
        f"{HEADER}1. Läget\n{BODY}\n2. Personal\nRekrytering av lärare\n\n{BODY}\n3. Budget\n{BODY}"
    )
    assert items(text)[1] == ("2", "Personal")


def test_item_end_covers_a_wrapped_title() -> None:
    text = f"{HEADER}1. Nya avtal för\nförskolorna\n{BODY}\n2. Budget\n{BODY}"
    first = layout(text).items[0]
    assert (first.index, first.end) == (2, 4)


def test_no_items_leaves_the_whole_text_as_header() -> None:
    found = layout("Bara en rad text utan struktur.")
    assert found.items == ()
    assert found.header_end == 1


SHORT_HEADER = "Deltagare LG: Vera Lindgård, Hugo Sandvik\nFrånvarande: Otto Rehn\n"
SHORT_BODY = "Vera redogör för läget.\nBeslut: Planen fastställs.\n"


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(f"{SHORT_HEADER}1. Verksamhetsplan\n{SHORT_BODY}", id="no_blank_lines"),
        pytest.param(
            f"{SHORT_HEADER}\n1. Verksamhetsplan\n\n{SHORT_BODY.replace(chr(10), chr(10) * 2)}",
            id="blank_lines",
        ),
        pytest.param(f"{SHORT_HEADER}1) Verksamhetsplan\n{SHORT_BODY}", id="parenthesis"),
        pytest.param(
            f"Mötesanteckningar LG\n{SHORT_HEADER}1. Verksamhetsplan\n{SHORT_BODY}", id="titled"
        ),
        pytest.param(f"1. Verksamhetsplan\n{SHORT_BODY}", id="first_line"),
    ],
)
def test_a_lone_numbered_heading_is_an_item(text: str) -> None:
    assert items(text) == [("1", "Verksamhetsplan")]


def test_a_lone_numbered_heading_keeps_any_number() -> None:
    assert items(f"{SHORT_HEADER}4. Verksamhetsplan\n{SHORT_BODY}") == [("4", "Verksamhetsplan")]


def test_a_lone_paragraph_sign_heading_without_blank_lines() -> None:
    assert items(f"{SHORT_HEADER}§ 1 Verksamhetsplan\n{SHORT_BODY}") == [("§ 1", "Verksamhetsplan")]


def test_two_numbered_headings_without_blank_lines() -> None:
    text = f"{SHORT_HEADER}1. Verksamhetsplan\n{SHORT_BODY}2. Budget\nHugo går igenom budgeten.\n"
    assert items(text) == [("1", "Verksamhetsplan"), ("2", "Budget")]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            f"{SHORT_HEADER}\nGruppen enades om följande:\n1. Alla läser rapporten\n",
            id="list_after_a_colon",
        ),
        pytest.param(
            f"{SHORT_HEADER}\n1. Alla läser rapporten till nästa gång.\nText om läget.\n",
            id="a_sentence",
        ),
        pytest.param(
            f"{SHORT_HEADER}\nText om läget och om hur arbetet har gått under\n"
            "1. Verksamhetsplan\nText.\n",
            id="inside_a_paragraph",
        ),
        pytest.param(f"{SHORT_HEADER}\n1. Verksamhetsplan\n", id="no_body"),
        pytest.param(
            f"{SHORT_HEADER}\n1. Verksamhetsplanen för nästa år har tagits fram av förvaltningen"
            " tillsammans med rektorerna\nText.\n",
            id="too_long",
        ),
    ],
)
def test_a_lone_numbered_line_that_is_no_heading_is_no_item(text: str) -> None:
    assert items(text) == []


def test_plain_headings_keep_their_numbers() -> None:
    text = f"{HEADER}1. Läget i verksamheten\n{BODY}\nBudget för nästa år\n{BODY}"
    assert items(text) == [("1", "Läget i verksamheten"), (None, "Budget för nästa år")]
