"""The labels Word draws in front of list paragraphs ("1.", "2.1", "a)", "•"), computed.

Automatic numbers are not in a paragraph's text: Word computes them from ``numbering.xml`` while
it lays the document out, and so must we, because notes number their items ("3. Ekonomi") and
the parser keys on those numbers. A paragraph's ``w:numPr`` (its own, or its style's, following
``w:basedOn``) names a numbering instance ``w:num`` and a level ``w:ilvl``; the instance points
to an ``w:abstractNum`` whose ``w:lvl`` gives the start value, the format (``decimal``,
``lowerLetter``, ``upperRoman``, ``bullet`` …) and the text, "%1." or "%1.%2" with one
placeholder per level.

Counting follows Word: counters belong to the abstract definition, so two instances of it
continue one list, unless an instance has ``w:lvlOverride/w:startOverride``, which restarts that
level the first time the instance uses it ("Restart at 1" in Word makes such an instance). When a
level counts up, the deeper levels start again (``w:lvlRestart`` can narrow that, or with 0 stop
it). Anything this module does not understand gives no label rather than an error.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
VAL = f"{W}val"
BULLET = "•"
_PLACEHOLDER = re.compile(r"%([1-9])")
_ROMAN = (
    (1000, "m"),
    (900, "cm"),
    (500, "d"),
    (400, "cd"),
    (100, "c"),
    (90, "xc"),
    (50, "l"),
    (40, "xl"),
    (10, "x"),
    (9, "ix"),
    (5, "v"),
    (4, "iv"),
    (1, "i"),
)
_MAX_CHAIN = 32  # basedOn and numStyleLink chains are short; a cycle must not hang us


@dataclass(frozen=True, slots=True)
class Level:
    """One ``w:lvl``: how a list level starts, counts and prints."""

    start: int = 0
    fmt: str = "decimal"
    text: str = ""
    restart: int | None = None
    legal: bool = False
    suffix: str = " "
    style: str | None = None


@dataclass(slots=True)
class Instance:
    """One ``w:num``: its abstract definition and the levels it overrides."""

    abstract: str
    starts: dict[int, int] = field(default_factory=dict)
    levels: dict[int, Level] = field(default_factory=dict)


class Numbering:
    """Counts list paragraphs in document order; ``label()`` must see every paragraph once."""

    def __init__(self, numbering: Any | None, styles: Any | None) -> None:
        """Read ``w:numbering`` and ``w:styles`` root elements (either may be ``None``)."""
        self._abstracts: dict[str, dict[int, Level]] = {}
        self._links: dict[str, str] = {}  # abstractNumId → style id of w:numStyleLink
        self._instances: dict[str, Instance] = {}
        self._styles: dict[str, tuple[str | None, str | None, int | None]] = {}
        self._default_style: str | None = None
        self._counters: dict[str, dict[int, int]] = {}
        self._used: set[tuple[str, int]] = set()
        if numbering is not None:
            self._read_numbering(numbering)
        if styles is not None:
            self._read_styles(styles)

    def label(self, paragraph: Any) -> str:
        """Count ``paragraph`` if it is in a list and return its label with separator, or ""."""
        found = self._list_of(paragraph)
        if found is None:
            return ""
        num_id, ilvl = found
        instance = self._instances.get(num_id)
        abstract = self._resolve(instance.abstract) if instance else None
        if instance is None or abstract is None:
            return ""
        levels = {**self._abstracts.get(abstract, {}), **instance.levels}
        level = levels.get(ilvl)
        if level is None:
            return ""
        counters = self._counters.setdefault(abstract, {})
        if (num_id, ilvl) not in self._used:
            self._used.add((num_id, ilvl))
            if ilvl in instance.starts:
                counters.pop(ilvl, None)  # the instance restarts this level where it begins
        current = counters.get(ilvl)
        counters[ilvl] = self._start(instance, levels, ilvl) if current is None else current + 1
        for deeper in [other for other in counters if other > ilvl]:
            restart = levels[deeper].restart if deeper in levels else None
            if ilvl < (deeper if restart is None else restart):
                del counters[deeper]
        if level.fmt == "bullet":
            return BULLET + level.suffix
        if level.fmt == "none":
            text = _PLACEHOLDER.sub("", level.text)
        else:

            def number(match: re.Match[str]) -> str:
                shown = int(match.group(1)) - 1
                value = counters.get(shown, self._start(instance, levels, shown))
                fmt = levels[shown].fmt if shown in levels else "decimal"
                return format_number(value, "decimal" if level.legal and shown != ilvl else fmt)

            text = _PLACEHOLDER.sub(number, level.text)
        return text + level.suffix if text else ""

    def _list_of(self, paragraph: Any) -> tuple[str, int] | None:
        """The ``(numId, ilvl)`` a paragraph is numbered with, from itself or its styles."""
        ppr = paragraph.find(f"{W}pPr")
        num_id = ilvl = None
        style = None
        if ppr is not None:
            num_id = _val(ppr, f"{W}numPr/{W}numId")
            ilvl = _int(_val(ppr, f"{W}numPr/{W}ilvl"))
            style = _val(ppr, f"{W}pStyle")
        style = style or self._default_style
        current = style
        for _ in range(_MAX_CHAIN):
            if current is None or (num_id is not None and ilvl is not None):
                break
            based_on, style_num, style_ilvl = self._styles.get(current, (None, None, None))
            num_id = num_id if num_id is not None else style_num
            ilvl = ilvl if ilvl is not None else style_ilvl
            current = based_on
        if num_id is None or num_id == "0":
            return None
        if ilvl is None:
            ilvl = self._level_for_style(num_id, style)
        return num_id, ilvl

    def _level_for_style(self, num_id: str, style: str | None) -> int:
        """The level whose ``w:pStyle`` is the paragraph's style (outline headings), else 0."""
        instance = self._instances.get(num_id)
        abstract = self._resolve(instance.abstract) if instance else None
        for ilvl, level in self._abstracts.get(abstract or "", {}).items():
            if style is not None and level.style == style:
                return ilvl
        return 0

    def _resolve(self, abstract: str) -> str | None:
        """Follow ``w:numStyleLink`` (a list style) to the abstract that holds the levels."""
        for _ in range(_MAX_CHAIN):
            style = self._links.get(abstract)
            if style is None:
                return abstract
            num_id = self._styles.get(style, (None, None, None))[1]
            instance = self._instances.get(num_id or "")
            if instance is None:
                return abstract
            abstract = instance.abstract
        return None

    @staticmethod
    def _start(instance: Instance, levels: dict[int, Level], ilvl: int) -> int:
        if ilvl in instance.starts:
            return instance.starts[ilvl]
        return levels[ilvl].start if ilvl in levels else 0

    def _read_numbering(self, root: Any) -> None:
        for abstract in root.iterchildren(f"{W}abstractNum"):
            key = abstract.get(f"{W}abstractNumId")
            self._abstracts[key] = _levels(abstract)
            link = _val(abstract, f"{W}numStyleLink")
            if link is not None:
                self._links[key] = link
        for num in root.iterchildren(f"{W}num"):
            abstract_id = _val(num, f"{W}abstractNumId")
            if abstract_id is None:
                continue
            instance = Instance(abstract_id)
            for override in num.iterchildren(f"{W}lvlOverride"):
                ilvl = _int(override.get(f"{W}ilvl")) or 0
                start = _int(_val(override, f"{W}startOverride"))
                if start is not None:
                    instance.starts[ilvl] = start
                instance.levels.update(_levels(override))
            self._instances[num.get(f"{W}numId")] = instance

    def _read_styles(self, root: Any) -> None:
        for style in root.iterchildren(f"{W}style"):
            if style.get(f"{W}type") != "paragraph":
                continue
            style_id = style.get(f"{W}styleId")
            if style.get(f"{W}default") in ("1", "true", "on"):
                self._default_style = style_id
            self._styles[style_id] = (
                _val(style, f"{W}basedOn"),
                _val(style, f"{W}pPr/{W}numPr/{W}numId"),
                _int(_val(style, f"{W}pPr/{W}numPr/{W}ilvl")),
            )


def format_number(value: int, fmt: str) -> str:
    """Write ``value`` in a ``w:numFmt``; formats not listed here fall back to decimal."""
    if value > 0 and fmt in ("lowerLetter", "upperLetter"):
        letters = chr(ord("a") + (value - 1) % 26) * ((value - 1) // 26 + 1)  # y, z, aa, bb
        return letters if fmt == "lowerLetter" else letters.upper()
    if 0 < value < 4000 and fmt in ("lowerRoman", "upperRoman"):
        roman = ""
        for amount, digits in _ROMAN:
            count, value = divmod(value, amount)
            roman += digits * count
        return roman if fmt == "lowerRoman" else roman.upper()
    if fmt == "decimalZero":
        return f"{value:02d}"
    return str(value)


def _levels(parent: Any) -> dict[int, Level]:
    levels = {}
    for lvl in parent.iterchildren(f"{W}lvl"):
        legal = lvl.find(f"{W}isLgl")
        levels[_int(lvl.get(f"{W}ilvl")) or 0] = Level(
            start=_int(_val(lvl, f"{W}start")) or 0,
            fmt=_val(lvl, f"{W}numFmt") or "decimal",
            text=_val(lvl, f"{W}lvlText") or "",
            restart=_int(_val(lvl, f"{W}lvlRestart")),
            legal=legal is not None and legal.get(VAL) not in ("0", "false", "off"),
            suffix="" if _val(lvl, f"{W}suff") == "nothing" else " ",
            style=_val(lvl, f"{W}pStyle"),
        )
    return levels


def _val(element: Any, path: str) -> str | None:
    child = element.find(path)
    return None if child is None else child.get(VAL)


def _int(value: str | None) -> int | None:
    try:
        return None if value is None else int(value)
    except ValueError:
        return None
