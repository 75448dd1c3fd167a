"""Text → lowercase words, with å, ä and ö kept as letters of their own.

Swedish sorts å, ä and ö as separate letters after z, and "får" (sheep) is not "far"
(father), so they must never lose their marks. Other accents are spelling variants in
Swedish text: "idé" is also written "ide", "entré" "entre", "Müller" "Muller". Those are
folded to the bare letter so that either spelling finds the other. The Danish and
Norwegian æ and ø are the same letters as ä and ö and are folded to them.
"""

import re
import unicodedata

# A word is a run of letters and digits; "_" and all punctuation separate words, so
# "barn-" in "barn- och utbildningsnämnden" is the word "barn".
WORD = re.compile(r"[^\W_]+")

KEEP = frozenset("åäö")
EXTRA = {"æ": "ä", "ø": "ö", "œ": "oe", "ß": "ss", "ı": "i"}


def _fold_table() -> dict[int, str | None]:
    """Map each accented lowercase Latin letter to its bare letter, except å ä ö.

    Combining marks left over after composition ("i̇" from a casefolded "İ") are dropped.
    """
    table: dict[int, str | None] = {ord(k): v for k, v in EXTRA.items()}
    table.update(dict.fromkeys(range(0x300, 0x370)))
    for code in range(0xC0, 0x250):
        char = chr(code)
        if char in KEEP or not char.islower():
            continue
        base = unicodedata.normalize("NFD", char)
        if len(base) > 1 and base[0].isascii() and base[0].isalpha():
            table[code] = base[0]
    return table


FOLD = _fold_table()


def fold(word: str) -> str:
    """Lowercase one word and fold accents other than å ä ö: "Idén" → "iden"."""
    word = word.casefold()
    if word.isascii():
        return word
    return unicodedata.normalize("NFC", word).translate(FOLD)


def words(text: str) -> list[str]:
    """The words of a text in order, as written: fold() each one before comparing."""
    if not text.isascii():
        text = unicodedata.normalize("NFC", text)
    return WORD.findall(text)
