"""Undo what PDF extraction and word processors do to text, line by line.

The result keeps one ``Line`` per logical line with the span of physical lines it came from, so
everything later can point back at the file. Joining of *wrapped* lines is not done here: whether
a line break is a wrap depends on what the line is (a title, a list of names, a paragraph), which
only the later stages know. What is done here is what holds whatever the line is: line ends,
Unicode forms, hyphenation at a line break, bullets, page numbers, list numbers that lost their
space.
"""

from __future__ import annotations

import re
import unicodedata
from typing import NamedTuple

_SPACE_CHARS = "\u00a0\u2007\u202f\u2009\u200a\t"
_INVISIBLE_CHARS = "\u200b\u200c\u200d\u2060\ufeff\x00"
_PRIVATE_BULLET_CHARS = "\uf0b7\uf0a7\uf0d8\uf076\uf0fc\uf0a8\uf0e0"
_SPACES = re.compile(f"[{_SPACE_CHARS}]")
_INVISIBLE = re.compile(f"[{_INVISIBLE_CHARS}]")
_PRIVATE_BULLETS = re.compile(f"[{_PRIVATE_BULLET_CHARS}]")
# Most texts hold none of the characters above: one scan for all of them saves three.
_ANY_ODD = re.compile(f"[{_SPACE_CHARS}{_INVISIBLE_CHARS}{_PRIVATE_BULLET_CHARS}]")
_BULLET_MARKS = "•-*–·▪◦○■►✓➢"
_BULLET = re.compile(f"^([{re.escape(_BULLET_MARKS)}])\\s+")
_GLUED_NUMBER = re.compile(r"^(\d{1,2}\.)(?=[A-ZÅÄÖÉ])")
_PAGE_NUMBER = re.compile(
    r"^(?:(?:sida|page|s\.)\s*)?\d{1,3}(?:\s*(?:\(|av|of|/)\s*\d{1,3}\)?)?$|^-\s*\d{1,3}\s*-$",
    re.IGNORECASE,
)
_HYPHEN_END = re.compile(r"([A-Za-zÅÄÖåäöÉé]+)-$")
_WORD_END = re.compile(r"[\s,.;:]")
_RUNS_OF_SPACES = re.compile(r" {2,}")
_KEEP_HYPHEN_WORDS = frozenset({"och", "eller", "samt", "respektive", "som", "till", "resp"})


class Line(NamedTuple):
    """One logical line: its text (stripped) and the 1-based physical lines it spans.

    ``indent`` is the number of leading spaces before normalisation, which tells nested bullets
    from top-level ones. ``bullet`` says the line began with a bullet marker (removed from text).
    An immutable tuple rather than a frozen dataclass: every line of every document is one, and
    a tuple is built in less than half the time.
    """

    first: int
    last: int
    text: str
    indent: int = 0
    bullet: bool = False

    @property
    def blank(self) -> bool:
        return not self.text


def clean_characters(text: str) -> str:
    """Line ends, Unicode composition and invisible or private-use characters."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n")
    text = unicodedata.normalize("NFC", text)
    if not _ANY_ODD.search(text):
        return text
    text = _INVISIBLE.sub("", text)
    text = _SPACES.sub(" ", text)
    return _PRIVATE_BULLETS.sub("•", text)


def _join_hyphenated(current: str, following: str) -> str | None:
    """The two lines joined when ``current`` ends in a word broken by a hyphen, else None.

    A soft break (U+FFFE or a soft hyphen left by an extractor) always joins. A plain hyphen
    joins without the hyphen when a lower-case word was split ("skriv-" + "arbete"), keeps the
    hyphen for abbreviations ("SBS-" + "arbetet") and keeps the break before a conjunction
    ("Barn-" + "och utbildning").
    """
    stripped = current.rstrip()
    if not stripped.endswith(("-", "\ufffe", "\u00ad")):
        return None
    if stripped.endswith(("\ufffe", "\u00ad")):
        return stripped[:-1].rstrip("-") + following.lstrip()
    match = _HYPHEN_END.search(stripped)
    nxt = following.lstrip()
    if not match or not nxt or not nxt[0].islower():
        return None
    first_word = _WORD_END.split(nxt, maxsplit=1)[0]
    if first_word in _KEEP_HYPHEN_WORDS:
        return None
    part = match.group(1)
    if part.islower() and len(part) >= 3:
        return stripped[:-1] + nxt
    return stripped + nxt


def normalise(text: str) -> list[Line]:
    """The text as logical lines, ready for the structural stages.

    Idempotent on its own output: ``normalise(logical_text(lines))`` gives the same lines'
    texts and bullets again (the property tests check this).
    """
    physical = [_without_hard_break(line) for line in clean_characters(text).split("\n")]
    lines: list[Line] = []
    index = 0
    while index < len(physical):
        first = index + 1
        raw = physical[index]
        while index + 1 < len(physical):
            joined = _join_hyphenated(raw, physical[index + 1])
            if joined is None:
                break
            raw = joined
            index += 1
        if index + 1 > first:  # joined lines may end in a hard break again
            raw = _without_hard_break(raw)
        lines.append(_make_line(raw, first, index + 1))
        index += 1
    return lines


def _without_hard_break(raw: str) -> str:
    """A physical line without the backslashes Markdown ends a hard line break with.

    Done before hyphenated lines are joined, so that "Vera \\u00ad \\" still joins the next line.
    """
    stripped = raw.rstrip()
    if not stripped.endswith("\\"):
        return raw
    return stripped.rstrip("\\ ")


def _is_page_number(text: str) -> bool:
    # Tried only where the pattern's last character is there: most lines end otherwise.
    return (text[-1].isdigit() or text[-1] in ")-") and _PAGE_NUMBER.match(text) is not None


def _make_line(raw: str, first: int, last: int) -> Line:
    text = raw.strip()
    if not text:
        return Line(first, last, "")
    indent = len(raw) - len(raw.lstrip(" "))
    if _is_page_number(text):
        return Line(first, last, "", indent)
    if "  " in text:
        text = _RUNS_OF_SPACES.sub(" ", text)
    bullet = False
    while text and text[0] in _BULLET_MARKS and (match := _BULLET.match(text)):
        bullet = True
        text = text[match.end() :].strip()
    if not text or (bullet and _is_page_number(text)):
        return Line(first, last, "", indent)
    if text[:1].isdigit() and (glued := _GLUED_NUMBER.match(text)):
        text = f"{glued[1]} {text[glued.end() :]}"
    return Line(first, last, text, indent, bullet)


def logical_text(lines: list[Line]) -> str:
    """The lines' texts joined back into one string (bullets as "• ")."""
    return "\n".join(("• " + line.text) if line.bullet else line.text for line in lines)
