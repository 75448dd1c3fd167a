"""Where the items are: the agenda-level units of the notes and the sections they stand in.

Notes organise themselves in one of a few ways: numbered items ("1.", "§ 5", "5 §", "3.2",
"AU 1"), headings (Markdown, setext or reStructuredText underlines), bold pseudo-headings, or a
plain list of topics. The highest level that is actually used is the item level; headings above
the first attendance block are header material, and "BESLUT"/"INFORMATION" lines are sections
the following items belong to. A numbered line inside a paragraph whose number does not follow on
is not an item.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, replace

from anteckna.parse import vocabulary as v
from anteckna.parse.labels import read_label, strip_markup
from anteckna.parse.normalise import Line
from anteckna.parse.paragraphs import is_label_line

_NUMBERED = re.compile(
    r"^(?P<number>§\s*\d+[a-z]?|\d+\s*§|AU\s*\d+|\d{1,2}(?:\.\d{1,2})+|\d{1,2}[.)]|\d{1,2})"
    r"(?:[.:)]|\s+[-–])?\s+(?P<title>[\"“”'(A-Za-zÅÄÖåäöÉé].*)$"
)
_UNDERLINE = re.compile(r"^(=+|-+|~+|\^+|\*+|#+)$")
_MD_HEADING = re.compile(r"^(#{1,6})\s+(.+?)\s*#*$")
_BOLD_LINE = re.compile(r"^(?:\*\*|__)(.+?)(?:\*\*|__):?$")
_UNDERLINE_MARKS = ("=", "-", "~", "^", "*", "#")
_SPACES = re.compile(r"\s+")
_TWO_DIGITS = re.compile(r"\d{1,2}")
_TWO_DIGITS_CLOSED = re.compile(r"^\d{1,2}[.):]")
_DIGITS = re.compile(r"\d+")
_SENTENCE_BREAK = re.compile(r"(?<=[a-zåäö0-9][.!?])\s+(?=[A-ZÅÄÖ])")


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


@dataclass(frozen=True, slots=True)
class Layout:
    """The item starts in document order and the index where the header part ends."""

    items: tuple[ItemStart, ...]
    header_end: int
    sections: tuple[int, ...]


def _heading(lines: list[Line], index: int) -> tuple[int, str] | None:
    """(level, text) when ``lines[index]`` is a heading; bold lines are level 9."""
    line = lines[index]
    if line.blank or line.bullet:
        return None
    # Each pattern is tried only where the character it must start with is there.
    match = _MD_HEADING.match(line.text) if line.text[0] == "#" else None
    if match:
        return len(match.group(1)), match.group(2).strip()
    following = lines[index + 1].text if index + 1 < len(lines) else ""
    underline = _UNDERLINE.match(following) if following[:1] in _UNDERLINE_MARKS else None
    if underline and len(following) >= 3 and not _UNDERLINE.match(line.text):
        return {"=": 1, "-": 2}.get(following[0], 3), line.text
    bold = _BOLD_LINE.match(line.text) if line.text.startswith(("**", "__")) else None
    if bold:
        return 9, bold.group(1).strip()
    return None


def _numbered(text: str) -> tuple[str, str] | None:
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
    if following.blank or following.bullet or _numbered(following.text):
        return False
    if read_label(following.text) is not None:
        return False
    return following.text[0].islower() or last_word in v.CONTINUING_WORDS or unbalanced


def section_of(text: str) -> str | None:
    """ "decision" / "information" / … for a section heading's text."""
    word = strip_markup(text).rstrip(":").strip().casefold()
    return v.SECTION_WORDS.get(word)


def _next_text(lines: list[Line], index: int) -> str:
    for following in range(index + 1, len(lines)):
        if not lines[following].blank:
            return lines[following].text
    return ""


def _is_section(lines: list[Line], index: int) -> bool:
    """ "BESLUT" / "INFORMATION" before the items it heads (or before "Inga beslutspunkter")."""
    text = lines[index].text
    if section_of(text) is None:
        return False
    following = _next_text(lines, index)
    styled = strip_markup(text).rstrip(":").isupper() or _heading(lines, index) is not None
    leads_items = _numbered(following) is not None
    says_none = following.casefold().startswith(v.NO_DECISION_PHRASES)
    word = strip_markup(text).rstrip(":").strip().casefold()
    standalone = (index == 0 or lines[index - 1].blank) and (
        index + 1 >= len(lines) or lines[index + 1].blank
    )
    section_only = standalone and word not in v.DECISION_LABELS and word != "decisions"
    return (
        (styled and (leads_items or says_none)) or (leads_items and len(text) < 30) or section_only
    )


def _is_styled_section(lines: list[Line], index: int) -> bool:
    """A capitalised "BESLUT" (or a heading) above the first item: a section, whatever follows."""
    text = lines[index].text
    if lines[index].blank or section_of(text) is None:
        return False
    return strip_markup(text).rstrip(":").isupper() or _heading(lines, index) is not None


def _first_people_label(lines: list[Line]) -> int | None:
    for index, line in enumerate(lines):
        label = None if line.blank else read_label(line.text)
        if label and label.kind in ("present", "absent", "ignored", "guest"):
            return index
    return None


def _heading_items(lines: list[Line], headings: list[tuple[int, int, str]]) -> list[ItemStart]:
    if not headings:
        return []
    people = _first_people_label(lines)
    body = [
        (i, level, text)
        for i, level, text in headings
        if (people is None or i > people)
        and read_label(text) is None
        and strip_markup(text).rstrip(":").casefold() not in v.AGENDA_HEADINGS
    ]
    if body and body[0][1] == 1 and sum(1 for h in body if h[1] == 1) == 1:
        body = body[1:]
    if not body:
        return []
    levels = sorted({level for _, level, _ in body})
    level = next((lv for lv in levels if sum(1 for h in body if h[1] == lv) >= 2), levels[0])
    starts = []
    for i, lv, text in body:
        if lv != level:
            continue
        numbered = _numbered(text)
        number, title = numbered if numbered else (None, text)
        starts.append(ItemStart(i, i + 1, number, strip_markup(title), None))
    return starts


def _after_section(lines: list[Line], index: int) -> bool:
    """Whether the line at ``index`` comes right after a section heading ("BESLUT")."""
    before = next((i for i in range(index - 1, -1, -1) if not lines[i].blank), None)
    return before is not None and _is_section(lines, before)


def _numbered_items(lines: list[Line], first: int) -> list[ItemStart]:
    top: list[tuple[int, str, str]] = []
    nested: list[tuple[int, str, str]] = []
    for index in range(first, len(lines)):
        line = lines[index]
        found = None if line.blank or line.bullet else _numbered(line.text)
        if found:
            depth = len(number_key(found[0]))
            (top if depth == 1 else nested).append((index, found[0], found[1]))
    run = _longest_run(top)
    if len(run) < 2 and nested:
        # Notes that number only "3.1", "3.2": the items are the sub-numbers.
        run = _longest_run(nested, level=-1)
    # One numbered line alone is an item when written as one: "§ 12", or under "BESLUT".
    single = len(run) == 1 and ("§" in run[0][1] or _after_section(lines, run[0][0]))
    if len(run) < 2 and not single:
        return []
    starts = []
    for index, number, title in run:
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
        starts.append(ItemStart(index, end, number, heading, None, lead))
    return starts


def _first_sentence(title: str, number: str) -> tuple[str, str]:
    """A § paragraph without a heading is titled by its first sentence; the rest is text."""
    if "§" not in number and len(title) < 100:
        return title, ""
    match = _SENTENCE_BREAK.search(title)
    return (title[: match.start()], title[match.end() :]) if match else (title, "")


def _bullet_items(lines: list[Line], first: int) -> list[ItemStart]:
    """Top-level bullets as items, when the whole body is a bullet list of topics."""
    body = [i for i in range(first, len(lines)) if not lines[i].blank]
    top = [i for i in body if lines[i].bullet and lines[i].indent <= 1]
    if len(top) < 2 or any(not lines[i].bullet for i in body):
        return []
    return [ItemStart(i, i + 1, None, lines[i].text, None) for i in top]


def _width(lines: list[Line]) -> int:
    """The width the body was wrapped at: the length most long lines reach."""
    lengths = sorted(len(line.text) for line in lines if len(line.text) > 20)
    return lengths[int(len(lengths) * 0.9)] if lengths else 80


def _is_plain_heading(lines: list[Line], index: int, width: int, last_text: int) -> bool:
    """A short unpunctuated line that opens a block of text: a heading whose style was lost."""
    line = lines[index]
    last = index == last_text
    if line.blank or line.bullet or (not last and lines[index + 1].blank):
        return False
    if last and (len(line.text.split()) > 4 or any(c.isdigit() for c in line.text)):
        return False
    if index > 0 and not lines[index - 1].blank:
        return False
    text = line.text
    words = text.split()
    if len(text) > min(80, 0.8 * width) or len(words) > 12 or text[-1] in ".!?:;,":
        return False
    if not (text[0].isupper() or text[0].isdigit()) or words[-1].casefold() in v.CONTINUING_WORDS:
        return False
    return read_label(text) is None and not is_label_line(text)


def _plain_items(lines: list[Line], sections: list[int]) -> list[ItemStart]:
    people = _first_people_label(lines)
    first = people + 1 if people is not None else 0
    width = _width(lines)
    last_text = max((i for i, line in enumerate(lines) if not line.blank), default=-1)
    excluded = set(sections)
    starts = [
        ItemStart(i, i + 1, None, lines[i].text, None)
        for i in range(first, len(lines))
        if i not in excluded and _is_plain_heading(lines, i, width, last_text)
    ]
    return starts if len(starts) >= 2 else []


def find_layout(lines: list[Line]) -> Layout:
    """The items of the notes, the sections they stand in, and where the header ends."""
    headings = [(i, *h) for i in range(len(lines)) if (h := _heading(lines, i))]
    sections = [i for i in range(len(lines)) if not lines[i].blank and _is_section(lines, i)]
    known = set(sections)
    proper = [h for h in headings if h[1] < 9 and h[0] not in known]
    starts = _heading_items(lines, proper)
    if not starts:
        starts = _numbered_items(lines, 0)
    if not starts:
        starts = _heading_items(lines, [h for h in headings if h[1] == 9])
    if not starts:
        people = _first_people_label(lines)
        starts = _bullet_items(lines, (people or 0) + 1) if people is not None else []
    if not starts:
        starts = _plain_items(lines, sections)
    first_item = starts[0].index if starts else len(lines)
    early = [i for i in range(first_item) if _is_styled_section(lines, i) and i not in known]
    sections = sorted(sections + early)
    placed = []
    for start in starts:
        before = bisect_left(sections, start.index)  # how many sections come before the item
        section = section_of(lines[sections[before - 1]].text) if before else None
        placed.append(replace(start, section=section))
    header_end = min([s.index for s in placed] + [i for i in sections], default=len(lines))
    return Layout(tuple(placed), header_end, tuple(sections))
