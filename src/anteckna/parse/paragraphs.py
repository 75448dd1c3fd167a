"""An item's body as paragraphs and sentences, each with the physical lines it came from.

Inside a paragraph every line break is a wrap (body text is re-flowed, so re-wrapping the
document at another width changes nothing); a bullet, a label line ("Beslut:", "Föredragande:")
or a sub-heading starts a paragraph of its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import NamedTuple

from anteckna.parse.labels import strip_markup
from anteckna.parse.normalise import Line
from anteckna.parse.vocabulary import PRESENTER_LABELS

_LINK = re.compile(r"\[([^\]]+)\]\((?:https?://|/)[^)]*\)")
_URL_IN_PARENS = re.compile(r"\s*\((?:https?://|www\.)[^)\s]*\)")
# Where a sentence ends: a full stop, maybe a closing quote, space, and what a sentence starts
# with. The match starts at the stop (a look-behind for it would be slow to scan with).
_SENTENCE_END = re.compile(r"[.!?][\"”']?\s+(?=\(|[\"“”]?[A-ZÅÄÖÉ0-9])")
_ABBREVIATIONS = frozenset(
    [
        "bl.a",
        "t.ex",
        "ca",
        "ordf",
        "kl",
        "nr",
        "resp",
        "m.m",
        "s.k",
        "d.v.s",
        "dvs",
        "etc",
        "i.e",
        "e.g",
        "vs",
        "jfr",
        "fr.o.m",
        "t.o.m",
        "o.s.v",
        "osv",
        "st",
        "mr",
        "mrs",
        "dr",
        "prof",
        "tel",
        "fig",
        "sek",
        "ang",
        "mom",
        "p",
    ]
)
_LABEL_LINE = re.compile(r"^([A-Za-zÅÄÖåäö][\wÅÄÖåäö/ ]{1,30}?)\s*:(?:\s|$)")
_RULER_MARKS = ("=", "-", "~", "^", "*", "#", "\\")
_RULER = re.compile(r"[=\-~^*#\\]{2,}")
_BOLD = re.compile(r"(\*\*|__).+(\*\*|__):?")
_FENCES = ("```", "~~~")


class Paragraph(NamedTuple):
    """Text of one paragraph with its span; ``kind`` is "text", "bullet", "label" or "heading".

    A tuple, like ``Line``, because it is built for every paragraph of every item."""

    text: str
    first: int
    last: int
    kind: str = "text"
    indent: int = 0


@dataclass(frozen=True, slots=True)
class Sentence:
    text: str
    first: int
    last: int


def clean(text: str) -> str:
    """Markdown links reduced to their text; addresses in brackets dropped."""
    if "](" in text:  # what every link holds
        text = _LINK.sub(r"\1", text)
    if "(" in text:
        text = _URL_IN_PARENS.sub("", text)
    return text.strip()


def is_label_line(text: str) -> bool:
    """ "Beslut:", "Föredragande: A, B", "_Actionpunkt_:" — a short head and a colon."""
    if ":" not in text:
        return False
    match = _LABEL_LINE.match(strip_markup(text) + " ")
    return match is not None and len(match.group(1).split()) <= 3


def paragraphs(lines: list[Line]) -> list[Paragraph]:
    """The body's paragraphs in order. Code blocks and underlines are left out."""
    found: list[Paragraph] = []
    current: list[Line] = []
    in_code = False

    def flush() -> None:
        if current:
            text = clean(" ".join(strip_markup(line.text) for line in current))
            kind = "bullet" if current[0].bullet else "text"
            if kind == "text" and is_label_line(current[0].text):
                kind = "label"
            if text:
                found.append(
                    Paragraph(text, current[0].first, current[-1].last, kind, current[0].indent)
                )
            current.clear()

    for line in lines:
        if line.text.startswith(_FENCES):
            flush()
            in_code = not in_code
            continue
        if in_code or (line.text.startswith(_RULER_MARKS) and _RULER.fullmatch(line.text)):
            continue
        if line.blank or line.text == "\\":
            flush()
            continue
        stripped = strip_markup(line.text)
        bold = line.text.startswith(("**", "__")) and _BOLD.fullmatch(line.text)
        if line.text.startswith("#") or bold:
            flush()
            found.append(Paragraph(stripped, line.first, line.last, "heading", line.indent))
            continue
        if not line.bullet and is_label_line(line.text):
            flush()
            current.append(line)
            head = stripped.split(":", 1)[0].strip().casefold()
            open_bracket = stripped.count("(") > stripped.count(")")  # "(ansvarig:" wrapped
            if (stripped.endswith(":") and not open_bracket) or head in PRESENTER_LABELS:
                flush()
            continue
        if line.bullet or (current and current[-1].bullet and line.indent < current[-1].indent):
            flush()
        current.append(line)
    flush()
    return found


def sentences(paragraph: Paragraph) -> list[Sentence]:
    """The paragraph's sentences; abbreviations ("bl.a.", "kl.") do not end one."""
    texts = sentence_texts(paragraph.text)
    return [Sentence(text, paragraph.first, paragraph.last) for text in texts]


def sentence_texts(text: str) -> list[str]:
    """The texts of the sentences of a paragraph's ``text`` (see ``sentences``)."""
    parts: list[str] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        stop = match.start() + 1  # just after the full stop
        # The word the stop ends ("bl.a."): it starts after the last space, or after other
        # white space within what follows it; only that much of the text is looked at.
        tail = text[max(start, text.rfind(" ", start, stop) + 1) : stop]
        word = tail.rsplit(None, 1)[-1].rstrip(".!?\"”'").casefold()
        if word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha()):
            continue
        parts.append(text[start:stop].strip())
        start = match.end()
    parts.append(text[start:].strip())
    return [p for p in parts if p]
