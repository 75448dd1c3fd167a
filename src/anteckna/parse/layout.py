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
from dataclasses import dataclass

from anteckna.parse import vocabulary as v
from anteckna.parse.labels import read_label, strip_markup
from anteckna.parse.normalise import Line

_NUMBERED = re.compile(
    r"^(?P<number>§\s*\d+[a-z]?|\d+\s*§|AU\s*\d+|\d{1,2}(?:\.\d{1,2})+|\d{1,2}[.)]|\d{1,2})"
    r"(?:[.:)]|\s*[-–]\s)?\s+(?P<title>[\"“”'(A-Za-zÅÄÖåäöÉé].*)$"
)
_UNDERLINE = re.compile(r"^(=+|-+|~+|\^+|\*+|#+)$")
_MD_HEADING = re.compile(r"^(#{1,6})\s+(.+?)\s*#*$")
_BOLD_LINE = re.compile(r"^(?:\*\*|__)(.+?)(?:\*\*|__):?$")


@dataclass(frozen=True, slots=True)
class ItemStart:
    """The first line of an item, its number as written and its title (wrapped lines joined)."""

    index: int
    end: int
    number: str | None
    title: str
    section: str | None


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
    match = _MD_HEADING.match(line.text)
    if match:
        return len(match.group(1)), match.group(2).strip()
    following = lines[index + 1].text if index + 1 < len(lines) else ""
    underline = _UNDERLINE.match(following)
    if underline and len(following) >= 3 and not _UNDERLINE.match(line.text):
        return {"=": 1, "-": 2}.get(following[0], 3), line.text
    bold = _BOLD_LINE.match(line.text)
    if bold:
        return 9, bold.group(1).strip()
    return None


def _numbered(text: str) -> tuple[str, str] | None:
    """(number as written, rest of the line) for an item-numbered line."""
    match = _NUMBERED.match(text)
    if not match:
        return None
    number = re.sub(r"\s+", " ", match.group("number")).rstrip(".)")
    plain = re.fullmatch(r"\d{1,2}", number) and not re.match(r"^\d{1,2}[.):]", text)
    if plain and len(text) > 120:
        return None
    return number, match.group("title").strip()


def number_key(number: str) -> tuple[int, ...]:
    """The number's value for checking that numbers follow on: "§ 12" → (12,), "3.2" → (3, 2)."""
    return tuple(int(n) for n in re.findall(r"\d+", number))


def _longest_run(candidates: list[tuple[int, str, str]]) -> list[tuple[int, str, str]]:
    """The longest chain of top-level numbers that each follow the previous one by one.

    Of two equally long chains the later wins: an agenda list at the top repeats the numbers
    of the items that follow it."""
    best: list[tuple[int, str, str]] = []
    for start, candidate in enumerate(candidates):
        chain = [candidate]
        for other in candidates[start + 1 :]:
            if number_key(other[1])[0] == number_key(chain[-1][1])[0] + 1:
                chain.append(other)
        if len(chain) >= len(best):
            best = chain
    return best


def _continues(title: str, following: Line) -> bool:
    """Whether a title goes on on the next line.

    Titles are set in larger type than the body, so the page width says little about where
    they wrap; the words do: a title does not end on "för" or "till", nor inside quotes or
    brackets, and a line that begins in lower case continues the one before it.
    """
    if following.blank or following.bullet or _numbered(following.text):
        return False
    if read_label(following.text) is not None:
        return False
    last = title.split()[-1].casefold() if title.split() else ""
    unbalanced = title.count('"') % 2 == 1 or title.count("(") > title.count(")")
    return following.text[0].islower() or last in v.CONTINUING_WORDS or unbalanced


def _section_word(text: str) -> str | None:
    word = strip_markup(text).rstrip(":").strip().casefold()
    return v.SECTION_WORDS.get(word)


def _next_text(lines: list[Line], index: int) -> str:
    for line in lines[index + 1 :]:
        if not line.blank:
            return line.text
    return ""


def _is_section(lines: list[Line], index: int) -> bool:
    """"BESLUT" / "INFORMATION" before the items it heads (or before "Inga beslutspunkter")."""
    text = lines[index].text
    if _section_word(text) is None:
        return False
    following = _next_text(lines, index)
    styled = strip_markup(text).rstrip(":").isupper() or _heading(lines, index) is not None
    leads_items = _numbered(following) is not None
    says_none = following.casefold().startswith(v.NO_DECISION_PHRASES)
    return (styled and (leads_items or says_none)) or (leads_items and len(text) < 30)


def _first_people_label(lines: list[Line]) -> int | None:
    for index, line in enumerate(lines):
        label = None if line.blank else read_label(line.text)
        if label and label.kind in ("present", "absent", "ignored", "guest"):
            return index
    return None


def _heading_items(lines: list[Line], headings: list[tuple[int, int, str]]) -> list[ItemStart]:
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


def _numbered_items(lines: list[Line], first: int) -> list[ItemStart]:
    candidates = []
    for index in range(first, len(lines)):
        line = lines[index]
        found = None if line.blank or line.bullet else _numbered(line.text)
        if found and len(number_key(found[0])) == 1:
            candidates.append((index, found[0], found[1]))
    run = _longest_run(candidates)
    if len(run) < 2 and not (len(run) == 1 and "§" in run[0][1]):
        return []
    starts = []
    for index, number, title in run:
        end = index + 1
        while end < len(lines) and _continues(title, lines[end]):
            title = f"{title} {lines[end].text}"
            end += 1
        starts.append(ItemStart(index, end, number, _first_sentence(title, number), None))
    return starts


def _first_sentence(title: str, number: str) -> str:
    """A § paragraph without a heading is titled by its first sentence."""
    if "§" not in number and len(title) < 100:
        return title
    match = re.search(r"(?<=[a-zåäö0-9][.!?])\s+(?=[A-ZÅÄÖ])", title)
    return title[: match.start()] if match else title


def _bullet_items(lines: list[Line], first: int) -> list[ItemStart]:
    """Top-level bullets as items, when the whole body is a bullet list of topics."""
    body = [i for i in range(first, len(lines)) if not lines[i].blank]
    top = [i for i in body if lines[i].bullet and lines[i].indent <= 1]
    if len(top) < 2 or any(not lines[i].bullet for i in body):
        return []
    return [ItemStart(i, i + 1, None, lines[i].text, None) for i in top]


def find_layout(lines: list[Line]) -> Layout:
    """The items of the notes, the sections they stand in, and where the header ends."""
    headings = [(i, *h) for i in range(len(lines)) if (h := _heading(lines, i))]
    sections = [i for i in range(len(lines)) if not lines[i].blank and _is_section(lines, i)]
    proper = [h for h in headings if h[1] < 9 and h[0] not in sections]
    starts = _heading_items(lines, proper)
    if not starts:
        starts = _numbered_items(lines, 0)
    if not starts:
        starts = _heading_items(lines, [h for h in headings if h[1] == 9])
    if not starts:
        people = _first_people_label(lines)
        starts = _bullet_items(lines, (people or 0) + 1) if people is not None else []
    placed = []
    for start in starts:
        before = [s for s in sections if s < start.index]
        section = _section_word(lines[before[-1]].text) if before else None
        placed.append(ItemStart(start.index, start.end, start.number, start.title, section))
    header_end = min([s.index for s in placed] + [i for i in sections], default=len(lines))
    return Layout(tuple(placed), header_end, tuple(sections))
