"""The words dates are written in, and the pattern pieces built from them.

Month names and abbreviations, parts of a month, terms and seasons, and the prepositions that
make a bare month or season a date, in Swedish and English; shared by ``dates`` (dates in text),
``relative_dates`` ("om två veckor", "nästa vecka") and ``times`` (which must not read "18–19 april"
as a time).
"""

from __future__ import annotations

from anteckna.parse.cues import trie

_SV_MONTHS = "januari februari mars april maj juni juli augusti september oktober november december"
_EN_MONTHS = "january february march april may june july august september october november december"
FULL_MONTHS: dict[str, int] = {
    name: number
    for names in (_SV_MONTHS, _EN_MONTHS)
    for number, name in enumerate(names.split(), start=1)
}
MONTH_ABBREVIATIONS: dict[str, int] = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "okt": 10, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
MONTHS: dict[str, int] = FULL_MONTHS | MONTH_ABBREVIATIONS

# Parts of a month as (first day, last day); the last day is clipped to the month's length.
MONTH_PARTS: dict[str, tuple[int, int]] = {
    "början": (1, 10), "beginning": (1, 10), "early": (1, 10),
    "mitten": (11, 20), "middle": (11, 20), "mid": (11, 20),
    "slutet": (21, 31), "end": (21, 31), "late": (21, 31),
}  # fmt: skip

# Terms as the municipal year runs: the autumn term (ht, "hösten") is read as 1 August to
# 31 December, the spring term (vt, "våren") as 1 January to 30 June, summer as June to August.
AUTUMN = ((8, 1), (12, 31))
SPRING = ((1, 1), (6, 30))
SUMMER = ((6, 1), (8, 31))
SEASONS: dict[str, tuple[tuple[int, int], tuple[int, int]]] = {
    "ht": AUTUMN, "höstterminen": AUTUMN, "hösten": AUTUMN, "höst": AUTUMN,
    "autumn": AUTUMN, "fall": AUTUMN,
    "vt": SPRING, "vårterminen": SPRING, "våren": SPRING, "spring": SPRING,
    "sommaren": SUMMER, "sommar": SUMMER, "summer": SUMMER,
}  # fmt: skip
# Ordinary words that are a season only after a preposition or before a year ("i höst").
# "i vår" is left out on purpose: it usually means "in our".
NEEDS_CUE = frozenset({"höst", "sommar", "autumn", "fall", "spring", "summer"})
AFTER_WORDS = frozenset({"efter", "after"})  # "efter sommaren" is the autumn term
PREPOSITIONS = (
    "i", "in", "under", "during", "till", "until", "by", "efter", "after", "inför", "före",
    "before", "från", "from", "senast", "this",
)  # fmt: skip

NOT_DATES = frozenset({"24/7"})

# Pattern pieces, for text folded by ``fold``.
FULL_MONTH = rf"(?:{trie(FULL_MONTHS)})\b"
MONTH = rf"(?:{FULL_MONTH}|(?:{trie(MONTH_ABBREVIATIONS)})(?:\.|\b))"
PREPOSITION = trie(PREPOSITIONS)
PART = rf"(?:(?:i|in)\s+)?(?:the\s+)?(?P<part>{trie(MONTH_PARTS)})(?:\s+(?:av|på|of)\s+|[\s-]+)"
SEASON_WORDS = trie(SEASONS.keys() - {"ht", "vt"})


def fold(text: str) -> str:
    """Lower case of the same length, so that offsets found in it are offsets in ``text``."""
    folded = text.lower()
    if len(folded) == len(text):
        return folded
    return "".join(low if len(low := char.lower()) == 1 else char for char in text)
