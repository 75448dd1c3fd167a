"""Properties of the parser that hold for any input: it never raises, normalising twice changes
nothing, the JSON contract round-trips, and notes rendered from a meeting parse back to it."""

from __future__ import annotations

from dataclasses import dataclass

from hypothesis import example, given, settings
from hypothesis import strategies as st

from anteckna.model.serialise import from_dict, to_dict
from anteckna.parse import parse
from anteckna.parse.normalise import logical_text, normalise

SETTINGS = settings(max_examples=200, deadline=None)

FIRST_NAMES = ["Vera", "Hugo", "Signe", "Otto", "Tilda", "Ruben", "Märta", "Elton", "Ines", "Åke"]
SURNAMES = ["Lindgård", "Sandvik", "Alm", "Rehn", "Moberg", "Falk", "Öhrn", "Granath", "Kvist"]
TITLES = [
    "Läget i verksamheten",
    "Budget",
    "Rekrytering av lärare",
    "Lokalfrågor",
    "Skolval",
    "Arbetsmiljö",
    "Korta meddelanden",
    "Verksamhetsplan",
    "Elevhälsa",
    "Summering",
]
LABELS = [
    "Närvarande:",
    "Deltagare LG:",
    "Frånvarande:",
    "Anmält förhinder:",
    "Styrgruppen:",
    "Ordförande:",
    "Sekreterare:",
    "Justerare:",
    "Gäster:",
    "Attending:",
    "Apologies:",
    "Föredragande:",
    "Beslut:",
    "Att göra:",
    "BESLUT",
    "INFORMATION",
    "## Närvarande",
]
PHRASES = [
    "går igenom läget.",
    "tar fram ett förslag.",
    "avser kontakta skolorna.",
    "Ärendet tas upp igen om två veckor.",
    "Alla uppmanas lämna synpunkter senast 4 april.",
    "Ledningsgruppen beslutade att anta planen.",
    "deltog via Teams",
    "deltog 13-15.00",
    "Kompetensdag 14 november 2025.",
    "(ordförande)",
    "Inga beslutspunkter",
    "We agreed to ship.",
]

names = st.builds("{} {}".format, st.sampled_from(FIRST_NAMES), st.sampled_from(SURNAMES))
numbers = st.sampled_from(["1.", "2)", "§ 5", "5 §", "§74", "AU 1", "3.2", "10.", "1", "-"])
markers = st.sampled_from(["•", "-", "*", "–", "\uf0b7", "\uf0a7", "#", "##", "**"])
fragments = st.one_of(
    st.sampled_from(LABELS),
    st.sampled_from(TITLES),
    st.sampled_from(PHRASES),
    names,
    numbers,
    markers,
    st.sampled_from(["", " ", ",", ";", " och ", "-", "\ufffe", "\u00ad", "\u00a0", "\t", "\\"]),
    st.text(max_size=8),
)
note_lines = st.lists(fragments, max_size=6).map(" ".join)
line_ends = st.sampled_from(["\n", "\r\n", "\r", "\n\n"])


@st.composite
def note_like(draw: st.DrawFn) -> str:
    """Text made of the pieces notes are made of, joined by assorted line ends."""
    lines = draw(st.lists(note_lines, max_size=25))
    return "".join(line + draw(line_ends) for line in lines)


any_text = st.one_of(st.text(), note_like())


@SETTINGS
@given(any_text)
def test_parse_never_raises(text: str) -> None:
    parse(text)


def normalised_twice(text: str) -> tuple[list[tuple[str, bool]], list[tuple[str, bool]]]:
    """Texts and bullets of one pass, and of a second pass over the first's logical text."""
    first = normalise(text)
    twice = normalise(logical_text(first))
    return [(line.text, line.bullet) for line in first], [
        (line.text, line.bullet) for line in twice
    ]


@st.composite
def clean_note(draw: st.DrawFn) -> str:
    """Note-like text without the shapes ``test_normalise_is_idempotent_everywhere`` shows
    failing: one bullet marker at most, no bare number after it, no backslashes, and a word
    broken at a line end always followed by its rest."""
    words = st.lists(st.one_of(st.sampled_from(TITLES + PHRASES + LABELS), names), max_size=5)
    line = st.one_of(
        words.map(" ".join),
        st.builds(
            "{} {}".format,
            st.sampled_from(["•", "-", "*", "–", "\uf0b7"]),
            words.filter(bool).map(" ".join),
        ),
        st.builds("{} {}".format, numbers.filter(lambda n: n != "-"), st.sampled_from(TITLES)),
        st.sampled_from(["", "   ", "Sida 2 av 5", "- 4 -"]),
        st.sampled_from(["skriv-\narbete", "SBS-\narbetet", "Barn-\noch utbildning"]),
    )
    lines = draw(st.lists(line, max_size=25))
    return "".join(text + draw(line_ends) for text in lines)


@SETTINGS
@given(clean_note())
def test_normalise_is_idempotent(text: str) -> None:
    once, twice = normalised_twice(text)
    assert twice == once


@example("skriv-\n• går igenom läget.")
@example("• • Läget")
@example("- 3")
@example("Läget \\ \\")
@SETTINGS
@given(any_text)
def test_normalise_is_idempotent_everywhere(text: str) -> None:
    once, twice = normalised_twice(text)
    assert twice == once


@SETTINGS
@given(note_like())
def test_spans_stay_inside_the_text(text: str) -> None:
    # A form feed (a page break in extracted text) ends a line, as in normalise.clean_characters.
    ends = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n")
    physical = len(ends.split("\n"))
    lines = normalise(text)
    for line in lines:
        assert 1 <= line.first <= line.last <= physical
    assert [line.first for line in lines] == sorted({line.first for line in lines})


@SETTINGS
@given(any_text)
def test_json_round_trip_of_parsed_meetings(text: str) -> None:
    meeting = parse(text)
    assert from_dict(to_dict(meeting)) == meeting


@dataclass(frozen=True)
class Person:
    name: str
    status: str


@dataclass(frozen=True)
class Topic:
    title: str
    presenter: Person | None
    decision: str | None
    task: str | None


@dataclass(frozen=True)
class Notes:
    """A meeting as the grammar generates it, before it is rendered to text."""

    people: tuple[Person, ...]
    topics: tuple[Topic, ...]


STATUS_NOTES = {"present": "", "remote": " deltog via Teams", "partial": " deltog 13-15.00"}


def render(notes: Notes) -> str:
    """The notes in the shape PDF extraction gives ledningsgrupp notes."""
    attending = [p for p in notes.people if p.status != "absent"]
    absent = [p for p in notes.people if p.status == "absent"]
    plain = [p.name for p in attending if p.status == "present"]
    lines = ["Deltagare LG: " + ", ".join(plain) + ","]
    lines += [p.name + STATUS_NOTES[p.status] for p in attending if p.status != "present"]
    lines += ["", "Frånvarande: " + ", ".join(p.name for p in absent), "", "Mötesanteckningar", ""]
    for number, topic in enumerate(notes.topics, start=1):
        lines.append(f"{number}. {topic.title}")
        if topic.presenter:
            lines.append(f"Föredragande: {topic.presenter.name}")
        lines += ["Gruppen diskuterar frågan.", ""]
        if topic.decision:
            lines += [f"Beslut: {topic.decision}", ""]
        if topic.task:
            first = topic.presenter.name.split()[0] if topic.presenter else "Gruppen"
            lines += [f"{first} {topic.task}", ""]
    return "\n".join(lines)


@st.composite
def generated_notes(draw: st.DrawFn) -> Notes:
    firsts = draw(st.lists(st.sampled_from(FIRST_NAMES), min_size=1, max_size=6, unique=True))
    people = tuple(
        Person(
            f"{first} {draw(st.sampled_from(SURNAMES))}",
            draw(st.sampled_from(["present", "present", "remote", "partial", "absent"])),
        )
        for first in firsts
    )
    attending = [p for p in people if p.status != "absent"]
    if not any(p.status == "present" for p in people):
        people = (Person(people[0].name, "present"), *people[1:])
        attending = [p for p in people if p.status != "absent"]
    titles = draw(st.lists(st.sampled_from(TITLES), min_size=2, max_size=6, unique=True))
    topics = tuple(
        Topic(
            title,
            draw(st.none() | st.sampled_from(attending)),
            draw(st.none() | st.sampled_from(["Planen antas.", "Budgeten godkänns."])),
            draw(st.none() | st.sampled_from(["tar fram ett underlag.", "avser kontakta facken."])),
        )
        for title in titles
    )
    return Notes(people, topics)


@SETTINGS
@given(generated_notes())
def test_rendered_notes_parse_back(notes: Notes) -> None:
    meeting = parse(render(notes))
    listed = sorted(
        notes.people,
        key=lambda p: ("present", "remote", "absent").index(
            "remote" if p.status == "partial" else p.status
        ),
    )  # the order render() lists them in
    assert [(p.name, p.status) for p in meeting.participants] == [
        (p.name, p.status) for p in listed
    ]
    assert [(i.number, i.title) for i in meeting.items] == [
        (str(n), t.title) for n, t in enumerate(notes.topics, start=1)
    ]
    for item, topic in zip(meeting.items, notes.topics, strict=True):
        assert item.presenters == ((topic.presenter.name,) if topic.presenter else ())
        assert [d.text for d in item.decisions] == ([topic.decision] if topic.decision else [])
        owners = [a.owners for a in item.actions]
        if topic.task:
            assert owners == [(topic.presenter.name,) if topic.presenter else ("Gruppen",)]
        else:
            assert owners == []
