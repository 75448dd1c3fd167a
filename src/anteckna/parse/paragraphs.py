"""An item's body as paragraphs and sentences, each with the physical lines it came from.

Inside a paragraph every line break is a wrap (body text is re-flowed, so re-wrapping the
document at another width changes nothing); a bullet, a label line ("Beslut:", "Föredragande:")
or a sub-heading starts a paragraph of its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from anteckna.parse.labels import strip_markup
from anteckna.parse.normalise import Line
from anteckna.parse.vocabulary import PRESENTER_LABELS

_LINK = re.compile(r"\[([^\]]+)\]\((?:https?://|/)[^)]*\)")
_URL_IN_PARENS = re.compile(r"\s*\((?:https?://|www\.)[^)\s]*\)")
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”']?\s+(?=\(|[\"“”]?[A-ZÅÄÖÉ0-9])")
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
_RULER = re.compile(r"[=\-~^*#\\]{2,}")
_BOLD = re.compile(r"(\*\*|__).+(\*\*|__):?")
_FENCE = re.compile(r"^(```|~~~)")


@dataclass(frozen=True, slots=True)
class Paragraph:
    """Text of one paragraph with its span; ``kind`` is "text", "bullet", "label" or "heading"."""

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
    text = _LINK.sub(r"\1", text)
    return _URL_IN_PARENS.sub("", text).strip()


def is_label_line(text: str) -> bool:
    """ "Beslut:", "Föredragande: A, B", "_Actionpunkt_:" — a short head and a colon."""
    match = _LABEL_LINE.match(strip_markup(text) + " ")
    return bool(match) and len(match.group(1).split()) <= 3


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
        if _FENCE.match(line.text):
            flush()
            in_code = not in_code
            continue
        if in_code or _RULER.fullmatch(line.text):
            continue
        if line.blank or line.text == "\\":
            flush()
            continue
        stripped = strip_markup(line.text)
        if line.text.startswith("#") or _BOLD.fullmatch(line.text):
            flush()
            found.append(Paragraph(stripped, line.first, line.last, "heading", line.indent))
            continue
        if not line.bullet and is_label_line(line.text):
            flush()
            current.append(line)
            head = stripped.split(":", 1)[0].strip().casefold()
            if stripped.endswith(":") or head in PRESENTER_LABELS:
                flush()
            continue
        if line.bullet or (current and current[-1].bullet and line.indent < current[-1].indent):
            flush()
        current.append(line)
    flush()
    return found


def sentences(paragraph: Paragraph) -> list[Sentence]:
    """The paragraph's sentences; abbreviations ("bl.a.", "kl.") do not end one."""
    parts: list[str] = []
    start = 0
    text = paragraph.text
    for match in _SENTENCE_END.finditer(text):
        before = text[start : match.start()].split()
        word = before[-1].rstrip(".!?\"”'").casefold() if before else ""
        if word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha()):
            continue
        parts.append(text[start : match.start()].strip())
        start = match.end()
    parts.append(text[start:].strip())
    return [Sentence(p, paragraph.first, paragraph.last) for p in parts if p]
