"""normalise(): line ends, Unicode, hyphenation at a line break, bullets, page numbers, spans."""

from __future__ import annotations

import pytest

from anteckna.parse.normalise import Line, logical_text, normalise


def texts(text: str) -> list[str]:
    return [line.text for line in normalise(text)]


@pytest.mark.parametrize(
    "raw",
    [
        pytest.param("Läget\r\nBudget\r\nÖvrigt", id="crlf"),
        pytest.param("Läget\rBudget\rÖvrigt", id="cr"),
        pytest.param("Läget\nBudget\nÖvrigt", id="lf"),
        pytest.param("Läget\r\nBudget\rÖvrigt", id="mixed"),
    ],
)
def test_line_ends_become_one_line_each(raw: str) -> None:
    assert texts(raw) == ["Läget", "Budget", "Övrigt"]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        pytest.param("Vera\u00a0Lindgård", "Vera Lindgård", id="nbsp"),
        pytest.param("Vera\u202fLindgård", "Vera Lindgård", id="narrow_nbsp"),
        pytest.param("Vera\tLindgård", "Vera Lindgård", id="tab"),
        pytest.param("Vera   Lindgård", "Vera Lindgård", id="runs_of_spaces"),
        pytest.param("Vera\u200bLindgård", "VeraLindgård", id="zero_width_space"),
        pytest.param("\ufeffLäget", "Läget", id="bom"),
    ],
)
def test_spaces_and_invisible_characters(raw: str, expected: str) -> None:
    assert texts(raw) == [expected]


def test_decomposed_letters_are_composed() -> None:
    decomposed = "Ma\u0308rta O\u0308hrn a\u030angrar sig"
    assert texts(decomposed) == ["Märta Öhrn ångrar sig"]
    assert len(texts(decomposed)[0]) == len("Märta Öhrn ångrar sig")


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        pytest.param("skriv-\narbete pågår", "skrivarbete pågår", id="lower_case_split"),
        pytest.param("skriv-\ufffe\narbete pågår", "skrivarbete pågår", id="fffe_after_hyphen"),
        pytest.param("skriv\ufffe\narbete pågår", "skrivarbete pågår", id="fffe_alone"),
        pytest.param("skriv\u00ad\narbete pågår", "skrivarbete pågår", id="soft_hyphen"),
        pytest.param("SBS-\narbetet pågår", "SBS-arbetet pågår", id="abbreviation_keeps_hyphen"),
        pytest.param("IT-\nstödet", "IT-stödet", id="short_abbreviation_keeps_hyphen"),
    ],
)
def test_words_broken_at_a_line_end_are_joined(raw: str, expected: str) -> None:
    assert texts(raw) == [expected]


@pytest.mark.parametrize(
    "raw",
    [
        pytest.param("Barn-\noch utbildning", id="och"),
        pytest.param("Grund-\neller gymnasieskola", id="eller"),
        pytest.param("Vård-\nsamt omsorg", id="samt"),
        pytest.param("Planen är klar -\nNästa steg", id="dash_before_capital"),
    ],
)
def test_hyphen_before_a_conjunction_or_capital_keeps_the_break(raw: str) -> None:
    assert texts(raw) == raw.split("\n")


@pytest.mark.parametrize(
    "marker",
    [
        pytest.param("•", id="bullet"),
        pytest.param("-", id="hyphen"),
        pytest.param("*", id="asterisk"),
        pytest.param("–", id="en_dash"),
        pytest.param("\uf0b7", id="private_use_f0b7"),
        pytest.param("\uf0a7", id="private_use_f0a7"),
    ],
)
def test_bullet_markers_become_the_bullet_flag(marker: str) -> None:
    [line] = normalise(f"{marker} Boka lokal till hösten")
    assert line.bullet
    assert line.text == "Boka lokal till hösten"


def test_a_hyphen_inside_a_word_is_no_bullet() -> None:
    [line] = normalise("-arbetet fortsätter")
    assert not line.bullet


def test_indent_is_kept_for_nested_bullets() -> None:
    top, nested = normalise("- Ekonomi\n    - Prognos")
    assert (top.indent, nested.indent) == (0, 4)
    assert top.bullet and nested.bullet


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        pytest.param("10.Läget", "10. Läget", id="two_digits"),
        pytest.param("3.Budget", "3. Budget", id="one_digit"),
        pytest.param("3.2 Budget", "3.2 Budget", id="subnumber_untouched"),
        pytest.param("kl.13.00", "kl.13.00", id="time_untouched"),
    ],
)
def test_a_list_number_that_lost_its_space_gets_it_back(raw: str, expected: str) -> None:
    assert texts(raw) == [expected]


@pytest.mark.parametrize(
    "page",
    [
        pytest.param("3", id="bare"),
        pytest.param("Sida 2 av 5", id="sida_av"),
        pytest.param("- 4 -", id="dashes"),
        pytest.param("Page 3 of 9", id="english"),
        pytest.param("2/7", id="slash"),
    ],
)
def test_page_numbers_become_blank_lines(page: str) -> None:
    assert texts(f"Läget\n{page}\nBudget") == ["Läget", "", "Budget"]


def test_spans_point_at_physical_lines() -> None:
    lines = normalise("Läget\nskriv-\narbete pågår\n\nBudget")
    assert [(line.first, line.last, line.text) for line in lines] == [
        (1, 1, "Läget"),
        (2, 3, "skrivarbete pågår"),
        (4, 4, ""),
        (5, 5, "Budget"),
    ]


def test_spans_count_lines_of_a_crlf_file() -> None:
    lines = normalise("Läget\r\nSBS-\r\narbetet\r\nBudget")
    assert [(line.first, line.last) for line in lines] == [(1, 1), (2, 3), (4, 4)]


def test_trailing_spaces_and_a_markdown_line_break_are_dropped() -> None:
    assert texts("Läget   \nBudget\\") == ["Läget", "Budget"]


def test_blank_lines_are_kept_as_blank() -> None:
    lines = normalise("Läget\n\n   \nBudget")
    assert [line.blank for line in lines] == [False, True, True, False]


def test_logical_text_shows_bullets() -> None:
    lines = normalise("Att göra\n- Boka lokal")
    assert logical_text(lines) == "Att göra\n• Boka lokal"


def test_line_is_frozen() -> None:
    line = Line(1, 1, "Läget")
    with pytest.raises(AttributeError):
        line.text = "Budget"  # type: ignore[misc]


@pytest.mark.parametrize(
    "raw",
    [
        pytest.param("Läget\n\n- Boka lokal\nSida 2 av 5\nskriv-\narbete", id="ordinary_note"),
        pytest.param("10.Läget\n• Budget", id="glued_number_and_bullet"),
        pytest.param(
            "• • Läget",
            id="two_bullet_markers",
        ),
        pytest.param(
            "– - Läget",
            id="dash_then_hyphen",
        ),
        pytest.param(
            "- 3",
            id="bullet_with_a_number",
        ),
        pytest.param(
            "Läget \\ \\",
            id="two_trailing_backslashes",
        ),
        pytest.param(
            "Vera \u00ad \\\nLindgård",
            id="soft_hyphen_before_backslash",
        ),
        pytest.param(
            "skriv-\n• går igenom läget.",
            id="hyphen_before_a_bullet",
        ),
    ],
)
def test_normalising_twice_changes_nothing(raw: str) -> None:
    once = normalise(raw)
    twice = normalise(logical_text(once))
    assert [(line.text, line.bullet) for line in twice] == [
        (line.text, line.bullet) for line in once
    ]
