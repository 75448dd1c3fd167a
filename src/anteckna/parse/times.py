"""Clock times and time ranges: "kl. 13.00–15.00", "deltog 10-11", "anslöt 10.30".

Bare numbers are often something else (versions, amounts, days of a month), so a time needs a
cue, a colon or a plausible hour; see ``parse_time_range``.
"""

from __future__ import annotations

import re

from anteckna.parse.date_words import MONTH, fold

_CLOCK = r"(?P<h{n}>[01]?\d|2[0-4])(?:[.:](?P<m{n}>[0-5]\d))?"
_TIME_RE = re.compile(
    r"(?:\b(?P<cue>kl|klockan)\b\.?\s*|(?<![\d.:,/\-–]))"
    + _CLOCK.format(n=1)
    + r"(?:\s*(?:-|–|—|till|to)\s*"
    + _CLOCK.format(n=2)
    + rf")?(?!\d|[.:,]\d|\s\d|\s*/|\s+{MONTH})"  # "18–19 april", "17-18/1", "08-12 10 05"
    + r"(?!\s*(?:%|(?:kr|sek|tkr|mkr|mnkr|procent)\b))"  # "12.50 kr"
)
# Bare hours after these are days, weeks or paragraphs: "April 18-19", "v. 12-14", "§ 12-14".
_NOT_TIME_BEFORE_RE = re.compile(rf"(?:\b(?:{MONTH}|vecka|veckorna|weeks?|v\.?)|§)\s*$")


def parse_time_range(text: str) -> tuple[str, str | None] | None:
    """The first clock time or time range in ``text``, as ("HH:MM", "HH:MM" or None).

    A single time needs "kl.", a colon ("12:30") or minutes after an hour from 06 ("anslöt
    10.30"): "2.37" is more often a version than a time. A range of bare hours ("10-11") must
    also start at 06 or later and must not follow a month, week or "§". Every range must end
    after it starts (meetings don't run past midnight); amounts ("12.50 kr") are not times.
    """
    folded = fold(text)
    for match in _TIME_RE.finditer(folded):
        g = match.groupdict()
        h1, m1 = int(g["h1"]), int(g["m1"] or 0)
        if g["h2"] is None:
            if (g["cue"] or ":" in match[0] or (g["m1"] and h1 >= 6)) and h1 * 60 + m1 <= 1440:
                return f"{h1:02d}:{m1:02d}", None
            continue
        h2, m2 = int(g["h2"]), int(g["m2"] or 0)
        if not (g["cue"] or g["m1"] or g["m2"]) and (
            h1 < 6 or _NOT_TIME_BEFORE_RE.search(folded, max(0, match.start() - 12), match.start())
        ):
            continue
        if h1 * 60 + m1 < h2 * 60 + m2 <= 1440:
            return f"{h1:02d}:{m1:02d}", f"{h2:02d}:{m2:02d}"
    return None
