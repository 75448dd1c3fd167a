"""read_label(): what kind of list a label line opens, and the group it names."""

from __future__ import annotations

import pytest

from anteckna.parse.labels import read_label, strip_markup


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        pytest.param("Närvarande:", "present", id="narvarande"),
        pytest.param("Deltagare:", "present", id="deltagare"),
        pytest.param("Attending:", "present", id="attending"),
        pytest.param("Frånvarande:", "absent", id="franvarande"),
        pytest.param("Anmält förhinder:", "absent", id="anmalt_forhinder"),
        pytest.param("Deltog ej:", "absent", id="deltog_ej"),
        pytest.param("Apologies:", "absent", id="apologies"),
        pytest.param("Absent:", "absent", id="absent"),
        pytest.param("Ordförande:", "chair", id="ordforande"),
        pytest.param("Sekreterare:", "secretary", id="sekreterare"),
        pytest.param("Vid protokollet:", "secretary", id="vid_protokollet"),
        pytest.param("Justerare:", "adjuster", id="justerare"),
        pytest.param("Adjungerade:", "guest", id="adjungerade"),
        pytest.param("Gäster:", "guest", id="gaster"),
        pytest.param("Kallade:", "ignored", id="kallade"),
        pytest.param("Plats:", "other", id="plats"),
    ],
)
def test_known_labels(line: str, kind: str) -> None:
    label = read_label(line)
    assert label is not None
    assert (label.kind, label.colon, label.rest) == (kind, True, "")


def test_group_after_the_label_word_is_kept_as_written() -> None:
    label = read_label("Deltagare LG: Vera Lindgård, Hugo Sandvik")
    assert label is not None
    assert (label.kind, label.group) == ("present", "LG")
    assert label.rest == "Vera Lindgård, Hugo Sandvik"


def test_generic_words_do_not_make_a_group() -> None:
    label = read_label("Närvarande ledamöter:")
    assert label is not None
    assert (label.kind, label.group) == ("present", None)


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("Styrgruppen: Ruben Falk, Nora Kvist", id="styrgruppen"),
        pytest.param("Elevhälsoteamet: Ruben Falk", id="one_name"),
        pytest.param("Ekeby Skolråd: Ruben Falk", id="two_words"),
    ],
)
def test_an_unknown_label_is_a_group_only_when_allowed(line: str) -> None:
    assert read_label(line) is None
    label = read_label(line, allow_group=True)
    assert label is not None
    assert label.kind == "group"
    assert label.group == line.split(":")[0]


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("Övriga frågor:", id="ovriga_fragor"),
        pytest.param(
            "Övrigt:",
            id="ovrigt",
        ),
        pytest.param("Any other business:", id="aob"),
        pytest.param("vi diskuterade detta: inget beslut", id="lower_case_head"),
        pytest.param("Kl 13: start", id="digits_in_head"),
        pytest.param("Den nya planen för hösten innehåller: mål", id="long_head"),
    ],
)
def test_not_labels(line: str) -> None:
    assert read_label(line, allow_group=True) is None


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("## Närvarande", id="markdown_heading"),
        pytest.param("**Närvarande**", id="bold"),
        pytest.param("Närvarande", id="bare"),
    ],
)
def test_a_bare_label_opens_a_list_on_the_next_lines(line: str) -> None:
    label = read_label(line)
    assert label is not None
    assert (label.kind, label.colon) == ("present", False)


def test_trailing_spaces_after_the_colon() -> None:
    label = read_label("Frånvarande:   ")
    assert label is not None
    assert (label.kind, label.rest) == ("absent", "")


def test_role_lists_keep_the_label_as_role() -> None:
    label = read_label("Ersättare: Ruben Falk")
    assert label is not None
    assert label.role == "Ersättare"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("## Beslut", "Beslut", id="heading"),
        pytest.param("**Beslut**", "Beslut", id="bold"),
        pytest.param("**Beslut**:", "Beslut:", id="bold_then_colon"),
        pytest.param("_Beslut_", "Beslut", id="underscore"),
        pytest.param("Beslut", "Beslut", id="plain"),
    ],
)
def test_strip_markup(text: str, expected: str) -> None:
    assert strip_markup(text) == expected
