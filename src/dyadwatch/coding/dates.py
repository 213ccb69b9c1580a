"""Event dates: explicit dates in the sentence, or relative ones resolved against the document date.

"on Monday" is the most recent Monday on or before the document date (news convention);
"yesterday", "last week", "last month" step back from it; "17 September 2023" and
"September 17" are read directly, a missing year taken from the document date.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"], start=1)}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
MONTHS["sept"] = 9
# a length of time: "more than a year of war" (nominal);
# "have been expanding ... for many years" (events, the long ones)
SPANS = {"day", "days", "week", "weeks", "month", "months", "year", "years", "decade", "decades", "century",
         "centuries"}
LONG_SPANS = {"years", "decades", "centuries"}
WEEKDAYS = {d: i for i, d in enumerate(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])}

_M = r"(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?"
DAY_MONTH = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_M}(?:,?\s+(\d{{4}}))?\b", re.I)
MONTH_DAY = re.compile(rf"\b{_M}\s+(\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(\d{{4}}))?\b", re.I)
MONTH_YEAR = re.compile(rf"\b(?:in\s+)?{_M}\s+(\d{{4}})\b", re.I)
ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
RELATIVE = re.compile(r"\b(yesterday|today|tonight|last week|last month|last year|earlier this week|"
                      r"(?:on|last|this)\s+(monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b", re.I)


def _safe(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


# "on September 26 the border between the two countries will be reopened": a date ahead in a sentence about the
# future is this year's (else a date without a year is taken from the past, as news reports the past)
_FUTURE = re.compile(r"\b(?:will|shall|to be held|scheduled|due to|set to|planned|upcoming|next)\b", re.I)
_AHEAD = timedelta(days=183)


def _year_for(month: int, day: int, ref: date, future: bool = False) -> int:
    """A date without a year is the latest such date not more than a week after the reference, or in a sentence
    about the future, the next such date within half a year."""
    candidate = _safe(ref.year, month, min(day, 28)) or ref
    if future and ref < candidate <= ref + _AHEAD:
        return ref.year
    return ref.year - 1 if candidate > ref + timedelta(days=7) else ref.year


def explicit_dates(text: str, ref: date | None) -> list[tuple[date, str, tuple[int, int]]]:
    """Dates written out in ``text``: (date, precision 'day'|'month', char span)."""
    found = []
    for m in ISO.finditer(text):
        d = _safe(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if d:
            found.append((d, "day", m.span()))
    for rx, day_first in ((DAY_MONTH, True), (MONTH_DAY, False)):
        for m in rx.finditer(text):
            day, month = (m.group(1), m.group(2)) if day_first else (m.group(2), m.group(1))
            month_n, day_n = MONTHS[month.lower().rstrip(".")], int(day)
            if not 1 <= day_n <= 31:
                continue
            year = int(m.group(3)) if m.group(3) else \
                (_year_for(month_n, day_n, ref, bool(_FUTURE.search(text))) if ref else None)
            d = _safe(year, month_n, day_n) if year else None
            if d:
                found.append((d, "day", m.span()))
    taken = [s for _, _, s in found]
    for m in MONTH_YEAR.finditer(text):
        if any(a <= m.start() < b or a < m.end() <= b for a, b in taken):
            continue
        found.append((date(int(m.group(2)), MONTHS[m.group(1).lower().rstrip(".")], 1), "month", m.span()))
    return sorted(found, key=lambda x: x[2])


# "called on India to withdraw its troops by March 15": a deadline is not when the event happened
_DEADLINE = re.compile(r"\b(?:by|until|till|before|no later than)\s+(?:the\s+)?$", re.I)


def resolve(text: str, ref: date | None) -> date | None:
    """The date an event in ``text`` happened, given the document date ``ref``."""
    explicit = [d for d, precision, (a, _) in explicit_dates(text, ref) if precision == "day"
                and not _DEADLINE.search(text[:a])]
    if explicit:
        return explicit[0]
    if ref is None:
        return None
    m = RELATIVE.search(text)
    if not m or _SINCE.search(text[max(0, m.start() - 60):m.start()]):
        # ("their first face-to-face meeting since they assumed office last year": a "since" clause dates a past
        # act, not the sentence's)
        return ref
    word = m.group(1).lower()
    if word in ("today", "tonight"):
        return ref
    if word == "yesterday":
        return ref - timedelta(days=1)
    if word == "last week":
        return ref - timedelta(days=7)
    if word == "earlier this week":
        return ref - timedelta(days=ref.weekday() and 1)
    if word == "last month":
        return (ref.replace(day=1) - timedelta(days=1)).replace(day=min(ref.day, 28))
    if word == "last year":
        return ref.replace(year=ref.year - 1, day=min(ref.day, 28))
    weekday = WEEKDAYS[m.group(2).lower()]
    back = (ref.weekday() - weekday) % 7
    if word.startswith("last") and back == 0:
        back = 7
    return ref - timedelta(days=back)


_SINCE = re.compile(r"\bsince\b[^,;.]*$", re.IGNORECASE)


# An act dated this many years before the story is history the story recalls ("after Turkey invaded the island in
# 1974", "Saddam Hussein's August 1990 invasion"), not news of the story's day (docs/annotation.md codes neither).
HISTORY_YEARS = 25  # (fresh532 codes an embassy opened 21 years before the story)


def long_ago(tokens, start: int, ref: date | None) -> bool:
    """True when the act whose word starts at character ``start`` is dated, in its own clause, to a year at least
    ``HISTORY_YEARS`` before ``ref``: "in [Month] YEAR" after it, "[Month] YEAR" right before it, "50 years ago"
    after it, or a sentence that opens with the date ("On December 2, 1960, Cuba became the first ...")."""
    k = next((t.i for t in tokens if t.start == start), None)
    if k is None or ref is None:
        return False
    before = [t.lower for t in tokens[max(0, k - 2):k]]
    if (before and _old_year(before[-1], ref)) or _opened_long_ago(tokens, k, ref) or _old_anniversary(tokens, k):
        return True
    for j in range(k + 1, min(len(tokens) - 1, k + 9)):
        if tokens[j].text in (",", ";", ":", "."):
            return False
        if tokens[j].lower == "in":
            nxt = tokens[j + 2] if tokens[j + 1].lower in MONTHS and j + 2 < len(tokens) else tokens[j + 1]
            if nxt.text.isdigit():
                return _old_year(nxt.lower, ref)
        if tokens[j].lower == "on" and tokens[j + 1].lower in MONTHS:
            # "reestablished bilateral relations on April 16, 1998": the year past the day's comma
            year = next((t for t in tokens[j + 2:j + 5] if t.text.isdigit() and len(t.text) == 4), None)
            return year is not None and _old_year(year.lower, ref)
        if tokens[j].lower == "ago":
            return _many_years(tokens[j - 2].lower, tokens[j - 1].lower)
    return False


def _old_anniversary(tokens, k: int) -> bool:
    """"comes on the 89th anniversary of the agreement that put an end to the Chaco War": what an anniversary
    marks is as many years back as its number."""
    for j in range(k - 1, max(0, k - 15), -1):
        if tokens[j].lower == "anniversary" and j + 1 < k and tokens[j + 1].lower == "of":
            # "89th" is read as "89", "th"
            k = j - 2 if j >= 2 and tokens[j - 1].lower in ("st", "nd", "rd", "th") else j - 1
            number = tokens[k].lower.rstrip("stndrh") if k >= 0 else ""
            return number.isdigit() and int(number) >= HISTORY_YEARS
    return False


def _opened_long_ago(tokens, k: int, ref: date) -> bool:
    """"On December 2, 1960, ..." / "In 1974, ...": a date phrase that opens the sentence, up to its comma, dates
    the act of the clause it leads (the act's word comes after that comma)."""
    if not tokens or tokens[0].lower not in ("on", "in"):
        return False
    for j in range(1, min(len(tokens), 7)):
        if _old_year(tokens[j].lower, ref):
            return j + 1 < len(tokens) and tokens[j + 1].text == "," and k > j + 1
        if tokens[j].text == ",":
            continue
        if not (tokens[j].lower in MONTHS or tokens[j].text.isdigit() or tokens[j].lower in ("of", "the")):
            return False
    return False


def _many_years(number: str, unit: str) -> bool:
    """"50 years ago", "decades ago", "half a century ago": history behind the story."""
    if unit in ("decades", "century", "centuries"):
        return True
    return unit == "years" and number.isdigit() and int(number) >= HISTORY_YEARS


def _old_year(word: str, ref: date) -> bool:
    return len(word) == 4 and word.isdigit() and 1000 <= int(word) <= ref.year - HISTORY_YEARS

