"""Swedish noun and adjective inflection as data: endings, the stems they may leave, and
the few forms no ending explains.

Every ending is written once with the test its stem must pass. The tests are about the
shape of the stem, never about particular words, so the rules reach compounds and words
that no list names ("verksamhetsplanernas", "elevhälsoteamets").
"""

from collections.abc import Callable

VOWELS = frozenset("aeiouyåäö")
SONORANTS = frozenset("lmnr")


def syllables(stem: str) -> int:
    """Count vowel groups: "hållbar" has two, "stor" one."""
    count = 0
    previous = False
    for char in stem:
        vowel = char in VOWELS
        if vowel and not previous:
            count += 1
        previous = vowel
    return count


def any_stem(stem: str) -> bool:
    return True


def definite_n(stem: str) -> bool:
    """-n of the definite form: after a vowel (ekonomi-n, idé-n, frånvaro-n) or after an
    unstressed -or, -er, -el (rektor-n, politiker-n, nyckel-n). After -a and -e the
    endings -an and -en do the work, so "plan" and "kommun" keep their n."""
    if stem[-1] in VOWELS:
        return stem[-1] not in "ae" and len(stem) >= 3
    return stem[-2:] in ("or", "er", "el") and len(stem) >= 4


def neuter_t(stem: str) -> bool:
    """-t of the neuter adjective (hållbar-t, viktig-t, hög-t).

    One-syllable stems end in -t of their own too often (svar/svart, vik/vikt, tak/takt,
    kor/kort, sal/salt), so there the -t goes only after g, b, v and p, where a stem
    almost never ends in -t (hög-t, snabb-t, grov-t, djup-t)."""
    last = stem[-1]
    if last in VOWELS or last == "t":
        return False
    return last in "gbvp" or syllables(stem) >= 2


def participle_d(stem: str) -> bool:
    """-d of a participle whose neuter ends in -t (genomför-d/genomför-t, fastställ-d)."""
    last = stem[-1]
    if last in VOWELS or last in "dt":
        return False
    return last in "gbv" or syllables(stem) >= 2


def unstressed_el(stem: str) -> bool:
    """-el that drops its e before an ending (nyckel/nycklar, exempel/exemplet)."""
    return stem[-1] not in VOWELS


Condition = Callable[[str], bool]

# Endings of the definite and plural forms, of the comparison of adjectives, and their
# genitives in -s. Longer endings are tried first.
_PLAIN = "orna arna erna ena aren are or ar er en et an a e"
_WITHOUT_GENITIVE = "aste ast"

ENDINGS: dict[str, Condition] = {}
for _ending in _PLAIN.split():
    ENDINGS[_ending] = any_stem
    ENDINGS[_ending + "s"] = any_stem
for _ending in _WITHOUT_GENITIVE.split():
    ENDINGS[_ending] = any_stem
ENDINGS.update(
    {
        "n": definite_n,
        "ns": definite_n,
        "t": neuter_t,
        "d": participle_d,
        "el": unstressed_el,
        "els": unstressed_el,
    }
)

# A bare genitive -s leaves a stem of four letters or more: "kurs" is not the genitive
# of "kur", nor "hals" of "hal", "kors" of "kor". Three letters are enough after letters
# that rarely end a stem before an s of its own (dag-s, tid-s, kök-s, rum-s); "års",
# "måls" and "dels" keep their s.
GENITIVE_MIN_STEM = 4
SHORT_GENITIVE_AFTER = frozenset("bdfgkmpv")
NO_GENITIVE_AFTER = frozenset("sxz")

# Whole words whose stem changes its vowel: comparison of adjectives and a few nouns.
IRREGULAR: dict[str, str] = {
    **dict.fromkeys(("större", "störst", "största", "störste"), "stor"),
    **dict.fromkeys(("högre", "högst", "högsta", "högste"), "hög"),
    **dict.fromkeys(("lägre", "lägst", "lägsta", "lägste"), "låg"),
    **dict.fromkeys(("längre", "längst", "längsta", "längste"), "lång"),
    **dict.fromkeys(("yngre", "yngst", "yngsta", "yngste"), "ung"),
    **dict.fromkeys(("tyngre", "tyngst", "tyngsta", "tyngste"), "tung"),
    **dict.fromkeys(("trängre", "trängst", "trängsta"), "trång"),
    **dict.fromkeys(("fader", "fadern", "faderns", "fäder", "fäderna", "fäders"), "far"),
    **dict.fromkeys(("fädernas",), "far"),
    **dict.fromkeys(("broder", "brodern", "bröder", "bröderna", "brödernas"), "bror"),
    **dict.fromkeys(("mödrar", "mödrarna", "mödrarnas"), "mor"),
    "rött": "röd",
    "gott": "god",
}

# Word endings, also at the end of compounds, whose stem changes in the plural or neuter.
# Each is followed by the forms it may take: plural "-städer", "-städerna", "-städers",
# "-städernas". "händer" and "tänder" are left out: they are as often the verbs "hända"
# and "tända" as the plurals of "hand" and "tand".
CHANGED_STEMS: dict[str, str] = {
    "städer": "stad",
    "länder": "land",
    "stränder": "strand",
    "böcker": "bok",
    "fötter": "fot",
    "rötter": "rot",
    "nätter": "natt",
    "söner": "son",
    "ledamöter": "ledamot",
    "bönder": "bonde",
    "döttrar": "dotter",
    "män": "man",
    "männen": "man",
    "möss": "mus",
    "gäss": "gås",
    "nytt": "ny",
    "fritt": "fri",
    "blått": "blå",
    "grått": "grå",
    "glatt": "glad",
    "brett": "bred",
}
CHANGED_TAILS = ("", "na", "s", "nas")
# "allmän" (general) is not a plural of "man".
NOT_CHANGED = ("allmän",)
