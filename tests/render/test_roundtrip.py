"""Export → import gives the same meeting (issue 7), from the visible words alone: generated
meetings, every bundled sample, and the two seeds."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tests.render.conftest import read_back

from anteckna.model import Action, Decision, FollowUp, Item, Meeting, Participant
from anteckna.model.essence import essence
from anteckna.parse import parse
from anteckna.samples import sample_paths

SEEDS = Path(__file__).resolve().parents[3] / "shared" / "seeds"
FORMATS = ("notes", "docx", "pdf")

FIRST = ("Anna", "Erik", "Karin", "Olof", "Sara", "Johan", "Lena", "Mats", "Ingrid", "Pål")
LAST = ("Berg", "Lindqvist", "Åström", "Nyström", "Ek", "Sjöberg", "Holm", "Öhman", "Dahl")
TITLES = (
    "Budget 2026",
    "Verksamhetsplan – uppföljning",
    "Lokalförsörjning för förskolan",
    "Rekrytering av rektor till Norrskolan",
    "Elevhälsa och skolfrånvaro",
    "Kompetensdag för chefer i november",
    "Kort information",
    "Arbetsmiljö – resultat av enkäten",
)
DECISIONS = (
    "Ledningsgruppen beslutade att fastställa planen enligt förslaget.",
    "Mötet godkände budgeten för nästa år.",
    "Ledningsgruppen ställer sig bakom förslaget till ny mötesordning.",
)
FOLLOW_UPS = (
    "Ärendet tas upp igen om två veckor.",
    "Frågan följs upp i december.",
    "Ärendet tas upp på nästa möte.",
)
TEXTS = (
    "",
    "Gruppen diskuterar läget och de olika alternativen.",
    "Underlaget skickades ut före mötet.\n\nFrågan har beretts i arbetsutskottet.",
)
TASKS = (
    "avser kontakta ekonomiavdelningen om underlaget.",
    "tar fram en sammanställning av resultaten.",
    "skickar ut kallelsen till alla rektorer.",
    "ansvarar för att planen publiceras på webben.",
)


@st.composite
def meetings(draw: st.DrawFn) -> Meeting:
    """A realistic Swedish meeting: people from small pools in one or two groups, some at a
    distance or for part of the meeting, someone absent, numbered items under BESLUT and
    INFORMATION with presenters, decisions, actions and follow-ups as notes phrase them."""
    names = draw(
        st.lists(
            st.tuples(st.sampled_from(FIRST), st.sampled_from(LAST)).map(" ".join),
            min_size=3,
            max_size=9,
            unique_by=lambda n: n.split()[0],  # first names that say whom they mean
        )
    )
    groups = draw(st.sampled_from((("LG",), ("LG", "Styrgruppen"))))
    participants = []
    for position, name in enumerate(names):
        status = draw(st.sampled_from(("present", "present", "present", "remote", "partial")))
        group = groups[position * len(groups) // len(names)]
        if position == len(names) - 1 and draw(st.booleans()):
            participants.append(Participant(name, "absent"))
            continue
        start, end = ("13:30", "15:00") if status == "partial" else (None, None)
        participants.append(Participant(name, status, group, start=start, end=end))
    attending = [p.name for p in participants if p.status != "absent"]
    day = draw(st.dates(date(2023, 1, 1), date(2027, 12, 31)))
    count = draw(st.integers(2, 4))  # one numbered line alone is not read as an agenda
    titles = draw(st.lists(st.sampled_from(TITLES), min_size=count, max_size=count, unique=True))
    decided = draw(st.integers(0, count))
    items = []
    for number, title in enumerate(titles, 1):
        presenters = tuple(draw(st.lists(st.sampled_from(attending), max_size=2, unique=True)))
        section = "decision" if number <= decided else "information"
        decisions = (Decision(draw(st.sampled_from(DECISIONS))),) if section == "decision" else ()
        owner = draw(st.sampled_from(attending))
        actions = tuple(
            Action(f"{owner} {task}", (owner,))
            for task in draw(st.lists(st.sampled_from(TASKS), max_size=1))
        )
        follow_ups = tuple(
            FollowUp(text, "om två veckor", 14, day + timedelta(days=14)) if "två" in text
            else FollowUp(text)
            for text in draw(st.lists(st.sampled_from(FOLLOW_UPS), max_size=1))
        )  # fmt: skip
        items.append(
            Item(
                title,
                str(number),
                section,
                presenters,
                draw(st.sampled_from(TEXTS)),
                decisions,
                actions,
                follow_ups,
            )
        )
    return Meeting("Mötesanteckningar", groups, day, participants=tuple(participants),
                   items=tuple(items))  # fmt: skip


@pytest.mark.parametrize("fmt", FORMATS)
@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(meeting=meetings())
def test_a_generated_meeting_reads_back_the_same(fmt: str, meeting: Meeting) -> None:
    assert essence(read_back(meeting, fmt)) == essence(meeting)


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("path", sample_paths(), ids=lambda p: p.stem)
def test_every_sample_reads_back_the_same(path: Path, fmt: str) -> None:
    meeting = parse(path.read_text(encoding="utf-8"), file_name=path.name)
    again = read_back(meeting, fmt, organisation="Norrby kommun")
    assert essence(again) == essence(meeting)


@pytest.mark.corpus
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("name", ("000_6a9f0e533517f638", "003_cfc25c3188a58da9"))
def test_the_seeds_read_back_the_same(name: str, fmt: str) -> None:
    path = SEEDS / f"{name}.txt"
    if not path.exists():
        pytest.skip(f"{path} is absent")
    meeting = parse(path.read_text(encoding="utf-8"), meeting_date=date(2024, 5, 14))
    assert essence(read_back(meeting, fmt)) == essence(meeting)
