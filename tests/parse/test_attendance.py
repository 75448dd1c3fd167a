"""Attendance blocks: who was there, in which group, how, and who chaired."""

from __future__ import annotations

import pytest

from anteckna.model import Participant
from anteckna.parse import parse
from anteckna.parse.attendance import Attendance, read_attendance
from anteckna.parse.layout import find_layout
from anteckna.parse.normalise import normalise

ITEMS = "\n\n1. Läget\nText om läget.\n\n2. Budget\nText om budgeten.\n"


def attendance(header: str) -> Attendance:
    """The attendance of a note with ``header`` above two numbered items."""
    lines = normalise(header + ITEMS)
    return read_attendance(lines, find_layout(lines).header_end)


def by_name(found: Attendance) -> dict[str, Participant]:
    return {p.name: p for p in found.participants}


def test_group_label_names_the_group() -> None:
    found = attendance("Deltagare LG: Vera Lindgård, Hugo Sandvik, Otto Rehn")
    assert [p.name for p in found.participants] == ["Vera Lindgård", "Hugo Sandvik", "Otto Rehn"]
    assert {p.group for p in found.participants} == {"LG"}
    assert found.groups == ["LG"]


@pytest.mark.parametrize(
    ("label", "status"),
    [
        pytest.param("Närvarande:", "present", id="narvarande"),
        pytest.param("Frånvarande:", "absent", id="franvarande"),
        pytest.param("Anmält förhinder:", "absent", id="anmalt_forhinder"),
        pytest.param("Deltog ej:", "absent", id="deltog_ej"),
        pytest.param("Apologies:", "absent", id="apologies"),
        pytest.param("Absent:", "absent", id="absent"),
        pytest.param("Adjungerade:", "guest", id="adjungerade"),
        pytest.param("Gäster:", "guest", id="gaster"),
    ],
)
def test_label_gives_the_status(label: str, status: str) -> None:
    found = attendance(f"Deltagare: Vera Lindgård, Hugo Sandvik\n{label} Otto Rehn, Tilda Moberg")
    people = by_name(found)
    assert people["Vera Lindgård"].status == "present"
    assert people["Otto Rehn"].status == status
    assert people["Tilda Moberg"].status == status


@pytest.mark.parametrize(
    ("label", "field"),
    [
        pytest.param("Ordförande:", "chairs", id="ordforande"),
        pytest.param("Sekreterare:", "secretaries", id="sekreterare"),
        pytest.param("Vid protokollet:", "secretaries", id="vid_protokollet"),
    ],
)
def test_office_labels_name_chair_and_secretary(label: str, field: str) -> None:
    found = attendance(f"Närvarande: Vera Lindgård, Hugo Sandvik\n{label} Hugo Sandvik")
    assert getattr(found, field) == ["Hugo Sandvik"]
    assert len(found.participants) == 2


def test_adjusters_are_not_added_as_participants() -> None:
    found = attendance("Närvarande: Vera Lindgård, Hugo Sandvik\nJusterare: Signe Alm")
    assert "Signe Alm" not in by_name(found)
    assert found.chairs == [] and found.secretaries == []


def test_generic_label_followed_by_names_is_a_group() -> None:
    found = attendance(
        "Deltagare LG: Vera Lindgård, Hugo Sandvik\nStyrgruppen: Ruben Falk, Nora Kvist"
    )
    people = by_name(found)
    assert people["Ruben Falk"].group == "Styrgruppen"
    assert people["Nora Kvist"].group == "Styrgruppen"
    assert found.groups == ["LG", "Styrgruppen"]


def test_a_name_split_over_two_lines_is_one_name() -> None:
    found = attendance("Deltagare LG: Vera Lindgård, Hugo Sandvik, Tilda \nMoberg, Otto Rehn,  ")
    assert [p.name for p in found.participants] == [
        "Vera Lindgård",
        "Hugo Sandvik",
        "Tilda Moberg",
        "Otto Rehn",
    ]


def test_trailing_spaces_and_commas_leave_no_empty_names() -> None:
    found = attendance("Deltagare LG: Vera Lindgård,   \nHugo Sandvik,  \nOtto Rehn,   ")
    assert [p.name for p in found.participants] == ["Vera Lindgård", "Hugo Sandvik", "Otto Rehn"]


def test_empty_absent_label_before_a_title_means_nobody_absent() -> None:
    meeting = parse(
        "Deltagare LG: Vera Lindgård, Hugo Sandvik  \n \nFrånvarande:  \n \nMötesanteckningar \n"
        + ITEMS
    )
    assert [p.status for p in meeting.participants] == ["present", "present"]
    assert meeting.title == "Mötesanteckningar"


@pytest.mark.parametrize(
    ("entry", "status", "start", "end"),
    [
        pytest.param("Otto Rehn deltog via Teams", "remote", None, None, id="via_teams"),
        pytest.param("Otto Rehn deltog på distans", "remote", None, None, id="pa_distans"),
        pytest.param("Otto Rehn deltog 13-15.00", "partial", "13:00", "15:00", id="from_to"),
        pytest.param("Otto Rehn deltog till kl. 14.30", "partial", None, "14:30", id="until"),
        pytest.param("Otto Rehn från kl. 10.15", "partial", "10:15", None, id="from"),
        pytest.param("Otto Rehn deltog del av mötet", "partial", None, None, id="del_av_motet"),
        pytest.param("Otto Rehn Anmält förhinder", "absent", None, None, id="note_absent"),
    ],
)
def test_note_after_a_name(entry: str, status: str, start: str | None, end: str | None) -> None:
    found = attendance(f"Deltagare LG: Vera Lindgård, Hugo Sandvik,\n{entry}")
    otto = by_name(found)["Otto Rehn"]
    assert (otto.status, otto.start, otto.end) == (status, start, end)
    assert otto.note == entry.removeprefix("Otto Rehn ")


def test_role_in_parentheses_makes_the_chair() -> None:
    found = attendance("Närvarande: Vera Lindgård (ordförande), Hugo Sandvik, Otto Rehn")
    vera = by_name(found)["Vera Lindgård"]
    assert (vera.role, vera.status, vera.note) == ("ordförande", "present", None)
    assert found.chairs == ["Vera Lindgård"]


def test_one_name_per_line_with_titles() -> None:
    found = attendance(
        "Närvarande:\nVera Lindgård, rektor\nHugo Sandvik, rektor\nOtto Rehn, controller"
    )
    people = by_name(found)
    assert list(people) == ["Vera Lindgård", "Hugo Sandvik", "Otto Rehn"]
    assert people["Vera Lindgård"].note == "rektor"
    assert people["Otto Rehn"].note == "controller"


def test_semicolon_separated_list_with_chair() -> None:
    found = attendance("Närvarande: Vera Lindgård, ordförande; Hugo Sandvik, rektor; Otto Rehn")
    assert list(by_name(found)) == ["Vera Lindgård", "Hugo Sandvik", "Otto Rehn"]
    assert found.chairs == ["Vera Lindgård"]
    assert by_name(found)["Vera Lindgård"].role == "ordförande"


def test_semicolon_separated_list_with_secretary() -> None:
    found = attendance("Närvarande: Vera Lindgård, ordförande; Hugo Sandvik, sekreterare")
    assert found.secretaries == ["Hugo Sandvik"]


def test_table_shape_with_marks_and_absence() -> None:
    found = attendance("Närvarande\nVera Lindgård X\nHugo Sandvik Anmält förhinder\nOtto Rehn X")
    people = by_name(found)
    assert list(people) == ["Vera Lindgård", "Hugo Sandvik", "Otto Rehn"]
    assert [p.status for p in people.values()] == ["present", "absent", "present"]
    assert people["Vera Lindgård"].note is None


def test_bullets_under_a_markdown_heading() -> None:
    meeting = parse(
        "# Styrelsemöte\n\n## Närvarande\n\n- Vera Lindgård\n- Hugo Sandvik\n- Otto Rehn\n\n"
        "## Frånvarande\n\n- Tilda Moberg\n\n## Läget\n\nText om läget.\n\n## Budget\n\nText.\n"
    )
    assert [(p.name, p.status) for p in meeting.participants] == [
        ("Vera Lindgård", "present"),
        ("Hugo Sandvik", "present"),
        ("Otto Rehn", "present"),
        ("Tilda Moberg", "absent"),
    ]


def test_english_first_names() -> None:
    found = attendance("Attending: Sam, Kim, Lee")
    assert [(p.name, p.status) for p in found.participants] == [
        ("Sam", "present"),
        ("Kim", "present"),
        ("Lee", "present"),
    ]


FLATTENED = (
    "Ekeby kommun Sammanträdesprotokoll Beslutande Alma Ek, s, ordförande, Nils Holt, m, "
    "Sven Ås, c, Lena Grip, v, Ivar Berg, s Övriga deltagare Eva Stål, ekonomichef, "
    "Ulf Bark, nämndsekreterare, Maj Fors, kommunikatör Justerare Nils Holt "
    "Sekreterare Ulf Bark Ordförande Alma Ek"
)


def test_flattened_line_is_read_name_by_name() -> None:
    assert len(FLATTENED) > 250
    found = attendance(FLATTENED)
    assert list(by_name(found)) == [
        "Alma Ek",
        "Nils Holt",
        "Sven Ås",
        "Lena Grip",
        "Ivar Berg",
        "Eva Stål",
        "Ulf Bark",
        "Maj Fors",
    ]
    assert found.chairs == ["Alma Ek"]
    assert found.secretaries == ["Ulf Bark"]
    assert {p.source.rule for p in found.participants if p.source} == {"attendance:flattened"}


PROSE = (
    "Ordförande Alma Ek inledde med att berätta om arbetet med budgeten och om hur Nils Holt "
    "har lett arbetsgruppen under hösten. Övriga synpunkter från Lena Grip och Ivar Berg "
    "gällde hur underlaget ska sammanställas inför nästa möte, vilket Eva Stål tyckte var bra "
    "eftersom Ekeby Kommun har gjort likadant tidigare och det fungerade väl för alla."
)


@pytest.mark.parametrize(
    "paragraph",
    [
        pytest.param(PROSE, id="office_and_list_words_mid_paragraph"),
        pytest.param(
            "Deltagare från skolorna fick i uppdrag att " + PROSE[0].lower() + PROSE[1:],
            id="a_participants_word_opening_prose",
        ),
        pytest.param(
            PROSE.replace("Övriga synpunkter", "Frånvarande elever och vårdnadshavare"),
            id="an_absence_word_in_prose",
        ),
    ],
)
def test_a_long_ordinary_paragraph_is_never_attendance(paragraph: str) -> None:
    assert len(paragraph) > 250
    meeting = parse(f"Närvarande: Vera Lindgård, Hugo Sandvik\n\n1. Läget\n{paragraph}\n{ITEMS}")
    assert [p.name for p in meeting.participants] == ["Vera Lindgård", "Hugo Sandvik"]
    assert (meeting.chair, meeting.secretary) == (None, None)


def test_a_flattened_line_needs_a_participants_label() -> None:
    offices_only = FLATTENED.replace("Beslutande", "Plats").replace("Övriga deltagare", "Tid")
    found = attendance(offices_only)
    assert (found.participants, found.chairs, found.secretaries) == ([], [], [])


def test_a_flattened_list_ends_where_prose_begins() -> None:
    line = FLATTENED.replace(
        "nämndsekreterare, Maj Fors, kommunikatör",
        "nämndsekreterare, som berättade om hur arbetet med budgeten har gått under hösten "
        "tillsammans med Maj Fors",
    ).replace(" Justerare Nils Holt Sekreterare Ulf Bark Ordförande Alma Ek", "")
    assert list(by_name(attendance(line)))[-2:] == ["Eva Stål", "Ulf Bark"]


def test_a_short_line_is_never_read_as_flattened() -> None:
    found = attendance("Vera Lindgård Beslutande Hugo Sandvik Övriga deltagare Otto Rehn")
    assert found.participants == []


def test_invited_is_not_attendance() -> None:
    found = attendance("Kallade: Vera Lindgård, Hugo Sandvik\nNärvarande: Otto Rehn, Tilda Moberg")
    assert list(by_name(found)) == ["Otto Rehn", "Tilda Moberg"]


def test_other_business_item_lists_no_participants() -> None:
    meeting = parse(
        "Närvarande: Otto Rehn, Tilda Moberg\n\n1. Läget\nText.\n\n"
        "2. Övriga frågor: Vera Lindgård, Hugo Sandvik\nText.\n"
    )
    assert [p.name for p in meeting.participants] == ["Otto Rehn", "Tilda Moberg"]
    assert meeting.items[1].title == "Övriga frågor: Vera Lindgård, Hugo Sandvik"


def test_a_person_listed_twice_is_kept_once() -> None:
    found = attendance("Närvarande: Vera Lindgård, Hugo Sandvik\nDeltagare LG: Vera Lindgård")
    assert [p.name for p in found.participants] == ["Vera Lindgård", "Hugo Sandvik"]


def test_source_spans_the_block() -> None:
    found = attendance("Mötesanteckningar\nDeltagare LG: Vera Lindgård,\nHugo Sandvik")
    assert {(p.source.first, p.source.last) for p in found.participants if p.source} == {(2, 3)}
    assert {p.source.rule for p in found.participants if p.source} == {"attendance:present"}


def test_an_attendance_line_is_not_the_title() -> None:
    meeting = parse("Närvarande: Vera Lindgård, Hugo Sandvik" + ITEMS)
    assert meeting.title is None


LATER = "Deltagare LG: Vera Lindgård, Hugo Sandvik, Otto Rehn\n\n1. Läget\nText om läget.\n\n"


def later_absent(entry: str, header: str = LATER) -> dict[str, Participant]:
    """The participants of a note that says "Frånvarande: ``entry``" under its first item."""
    return by_name(attendance(f"{header}Frånvarande: {entry}"))


def test_a_later_absent_line_makes_a_participant_absent() -> None:
    otto = later_absent("Otto Rehn")["Otto Rehn"]
    assert (otto.status, otto.group) == ("absent", "LG")
    assert otto.source is not None
    assert (otto.source.first, otto.source.last, otto.source.rule) == (6, 6, "attendance:absent")


def test_a_later_absent_line_keeps_the_others_and_adds_nobody() -> None:
    found = later_absent("Otto Rehn")
    assert [(p.name, p.status) for p in found.values()] == [
        ("Vera Lindgård", "present"),
        ("Hugo Sandvik", "present"),
        ("Otto Rehn", "absent"),
    ]


@pytest.mark.parametrize("entry", ["Otto", "Rehn", "Otto Rehn (sjuk)"])
def test_a_later_absent_line_may_name_a_participant_in_short(entry: str) -> None:
    found = later_absent(entry)
    assert list(found) == ["Vera Lindgård", "Hugo Sandvik", "Otto Rehn"]
    assert found["Otto Rehn"].status == "absent"


def test_a_later_absent_line_about_someone_else_adds_them() -> None:
    found = later_absent("Otto Berg")
    assert (found["Otto Rehn"].status, found["Otto Berg"].status) == ("present", "absent")


def test_a_later_absent_first_name_that_two_share_changes_neither() -> None:
    header = LATER.replace("Hugo Sandvik", "Otto Sandvik")
    found = later_absent("Otto", header)
    assert (found["Otto Rehn"].status, found["Otto Sandvik"].status) == ("present", "present")


def test_an_absent_line_under_the_list_overrides_it() -> None:
    found = by_name(
        attendance("Deltagare LG: Vera Lindgård, Hugo Sandvik\nFrånvarande: Hugo Sandvik")
    )
    assert (found["Vera Lindgård"].status, found["Hugo Sandvik"].status) == ("present", "absent")


def test_a_later_absent_line_tells_the_parse_who_was_away() -> None:
    meeting = parse(
        "Deltagare LG: Vera Lindgård, Hugo Sandvik, Otto Rehn\n\n1. Läget\nText.\n\n"
        "Frånvarande: Otto Rehn\n\n2. Budget\nHugo går igenom budgeten.\n"
    )
    assert [(p.name, p.status) for p in meeting.participants] == [
        ("Vera Lindgård", "present"),
        ("Hugo Sandvik", "present"),
        ("Otto Rehn", "absent"),
    ]
