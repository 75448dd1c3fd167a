"""Numbered items: "1.", "1)", "§ 5", "5 §", "3.2", "AU 1", and the titles they carry.

A numbered line is an item when its number follows on from the one before: the longest chain of
numbers that each follow the previous one by one is the item list, so that a numbered line
inside a paragraph, whose number does not follow on, is not an item.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from anteckna.parse import vocabulary as v
from anteckna.parse.labels import read_label
from anteckna.parse.normalise import Line


@dataclass(frozen=True, slots=True)
class ItemStart:
    """The first line of an item, its number as written and its title (wrapped lines joined).

    ``lead`` is what followed the title on its line when the title is the first sentence of a
    paragraph ("§ 59. Gunnar lämnar styrelsen. Ett varmt tack …"); it is part of the item's text.
    """

    index: int
    end: int
    number: str | None
    title: str
    section: str | None
    lead: str = ""
    kind: str = "item"

    def in_section(self, section: str | None) -> ItemStart:
        """The same start under ``section`` (cheaper than ``dataclasses.replace``)."""
        return ItemStart(
            self.index, self.end, self.number, self.title, section, self.lead, self.kind
        )


_NUMBERED = re.compile(
    r"^(?P<number>§\s*\d+[a-z]?|\d+\s*§|AU\s*\d+|\d{1,2}(?:\.\d{1,2})+|\d{1,2}[.)]|\d{1,2})"
    r"(?:[.:)]|\s+[-–])?\s+(?P<title>[\"“”'(A-Za-zÅÄÖåäöÉé].*)$"
)
_SPACES = re.compile(r"\s+")
_TWO_DIGITS = re.compile(r"\d{1,2}")
_TWO_DIGITS_CLOSED = re.compile(r"^\d{1,2}[.):]")
_DIGITS = re.compile(r"\d+")
_LONE_NUMBER = re.compile(r"^\d{1,2}[.)]\s")
_LONE_TITLE_WORDS = 10
_SENTENCE_BREAK = re.compile(r"(?<=[a-zåäö0-9][.!?])\s+(?=[A-ZÅÄÖ])")


def numbered_line(text: str) -> tuple[str, str] | None:
    """(number as written, rest of the line) for an item-numbered line."""
    if not (text[:1].isdigit() or text[:1] in ("§", "A")):
        return None  # what _NUMBERED must start with
    match = _NUMBERED.match(text)
    if not match:
        return None
    number = _SPACES.sub(" ", match.group("number")).rstrip(".)")
    plain = _TWO_DIGITS.fullmatch(number) and not _TWO_DIGITS_CLOSED.match(text)
    if plain and len(text) > 120:
        return None
    return number, match.group("title").strip()


def number_key(number: str) -> tuple[int, ...]:
    """The number's value for checking that numbers follow on: "§ 12" → (12,), "3.2" → (3, 2)."""
    return tuple(int(n) for n in _DIGITS.findall(number))


def _longest_run(
    candidates: list[tuple[int, str, str]], level: int = 0
) -> list[tuple[int, str, str]]:
    """The longest chain of top-level numbers that each follow the previous one by one.

    Of two equally long chains the later wins: an agenda list at the top repeats the numbers
    of the items that follow it."""
    parent: list[int | None] = []
    length: list[int] = []
    ending: dict[int, int] = {}
    best: int | None = None
    for position, candidate in enumerate(candidates):
        key = number_key(candidate[1])[level]
        previous = ending.get(key - 1)
        parent.append(previous)
        length.append(length[previous] + 1 if previous is not None else 1)
        if key not in ending or length[position] >= length[ending[key]]:
            ending[key] = position
        if best is None or length[position] >= length[best]:
            best = position
    chain = []
    while best is not None:
        chain.append(candidates[best])
        best = parent[best]
    return chain[::-1]


def _continues(last_word: str, unbalanced: bool, following: Line) -> bool:
    """Whether a title goes on on the next line, given the title's last word (case-folded) and
    whether a quote or bracket in it is still open.

    Titles are set in larger type than the body, so the page width says little about where
    they wrap; the words do: a title does not end on "för" or "till", nor inside quotes or
    brackets, and a line that begins in lower case continues the one before it.
    """
    if following.blank or following.bullet or numbered_line(following.text):
        return False
    if read_label(following.text) is not None:
        return False
    return following.text[0].islower() or last_word in v.CONTINUING_WORDS or unbalanced


def _numbered_lines(
    lines: list[Line], first: int
) -> tuple[list[tuple[int, str, str]], list[tuple[int, str, str]]]:
    """(index, number, title) of every numbered line from ``first`` on: top-level numbers
    ("3.", "§ 5") and sub-numbers ("3.2") apart."""
    top: list[tuple[int, str, str]] = []
    nested: list[tuple[int, str, str]] = []
    for index in range(first, len(lines)):
        line = lines[index]
        found = None if line.blank or line.bullet else numbered_line(line.text)
        if found:
            depth = len(number_key(found[0]))
            (top if depth == 1 else nested).append((index, found[0], found[1]))
    return top, nested


def numbered_items(lines: list[Line], first: int) -> list[ItemStart]:
    top, nested = _numbered_lines(lines, first)
    run = _longest_run(top)
    if len(run) < 2 and nested:
        # Notes that number only "3.1", "3.2": the items are the sub-numbers.
        run = _longest_run(nested, level=-1)
    if len(run) < 2 and not (len(run) == 1 and "§" in run[0][1]):
        return []
    return [_item_start(lines, index, number, title) for index, number, title in run]


def _item_start(lines: list[Line], index: int, number: str, title: str) -> ItemStart:
    """The item a numbered line starts, its title joined over the lines it wraps onto."""
    end = index + 1
    # What _continues asks of the title, kept up to date line by line: a title that runs on
    # over many lines is then read in linear time.
    words = title.split()
    last_word = words[-1].casefold() if words else ""
    quotes, opened, closed = title.count('"'), title.count("("), title.count(")")
    parts = [title]
    while end < len(lines) and _continues(
        last_word, quotes % 2 == 1 or opened > closed, lines[end]
    ):
        text = lines[end].text
        parts.append(text)
        last_word = text.split()[-1].casefold()
        quotes, opened, closed = (
            quotes + text.count('"'),
            opened + text.count("("),
            closed + text.count(")"),
        )
        end += 1
    heading, lead = _first_sentence(" ".join(parts), number)
    return ItemStart(index, end, number, heading, None, lead)


def lone_numbered_item(lines: list[Line]) -> list[ItemStart]:
    """The one numbered heading of a short note ("1. Verksamhetsplan" above its text).

    A short note (an item exported on its own, a note typed into the import page) has a single
    numbered line, so no run of numbers says it is an item; its shape must. It is an item when
    it is the only numbered line of the notes, its number is closed ("1." or "1)"), its title
    is short and no sentence, it does not go on from the text above it (a wrapped paragraph, a
    list after "följande:"), and text follows it.
    """
    top, nested = _numbered_lines(lines, 0)
    if len(top) != 1 or nested:
        return []
    index, number, title = top[0]
    if not _LONE_NUMBER.match(lines[index].text) or not title[0].isupper():
        return []
    start = _item_start(lines, index, number, title)
    words = start.title.split()
    if start.lead or len(words) > _LONE_TITLE_WORDS or start.title[-1] in ".!?,;":
        return []
    if _goes_on_from(lines, index) or all(line.blank for line in lines[start.end :]):
        return []
    return [start]


def _goes_on_from(lines: list[Line], index: int) -> bool:
    """Whether the line above ``lines[index]`` runs on into it: it ends on a comma, a colon
    that is no label's, or a word a sentence goes on from, or it is a wrapped line of prose."""
    if index == 0 or lines[index - 1].blank:
        return False
    above = lines[index - 1].text
    if read_label(above) is not None:
        return False
    words = above.split()
    if above[-1] in ",:" or words[-1].casefold() in v.CONTINUING_WORDS:
        return True
    return above[-1].islower() and len(words) > _LONE_TITLE_WORDS


def _first_sentence(title: str, number: str) -> tuple[str, str]:
    """A § paragraph without a heading is titled by its first sentence; the rest is text."""
    if "§" not in number and len(title) < 100:
        return title, ""
    match = _SENTENCE_BREAK.search(title)
    return (title[: match.start()], title[match.end() :]) if match else (title, "")
