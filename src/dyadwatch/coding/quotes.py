"""Who "we" are in a quotation: the speaker it is attributed to.

"“We have frozen our membership of the CSTO,” Pashinyan told Armenpress" — the act is Pashinyan's
(ARMGOV), but the verb's subject is "we", which no dictionary can code.  News quotes officials far
more often than it paraphrases them, so this component gives the first-person pronouns inside a
quotation ("we", "I", "us") the code of the speaker named next to it: after the closing quote
(", X said", ", said X", "X told ...") or before the opening one ("X said: “...").
"""

from __future__ import annotations

from dyadwatch.coding.mentions import SPEECH, Mention
from dyadwatch.coding.text import Token

_QUOTES = {"“", "”", '"'}
_FIRST_PERSON = {"we", "i", "us", "my"}
_SAYING = SPEECH | {"saying", "quoted", "tells", "posted", "wrote", "writes", "tweeted", "tweets"}
_REACH = 6  # tokens between a quote mark and its speaker: '”, the White House quoted President X'


def quoted_spans(tokens: list[Token]) -> list[tuple[int, int]]:
    """Token ranges inside quotation marks; a closing mark with no opening one closes a quotation
    begun in an earlier sentence."""
    spans, start = [], None
    for t in tokens:
        if t.text not in _QUOTES:
            continue
        opening = t.text == "“" or (t.text == '"' and start is None)
        if opening and start is None:
            start = t.i + 1
        elif not opening or start is not None:
            spans.append((0 if start is None else start, t.i))
            start = None
    return spans


def speaker_of(tokens: list[Token], mentions: list[Mention], a: int, b: int) -> Mention | None:
    """The actor a quotation spanning tokens [a, b) is attributed to."""
    after = [m for m in mentions if b < m.start <= b + _REACH and not m.code.startswith("---")]
    # "..., the White House quoted President Joe Biden as saying": the one quoted, not the one quoting
    after.sort(key=lambda m: m.kind not in ("person", "combined"))
    for m in after:
        near = tokens[max(b, m.start - 3):m.start] + tokens[m.end:m.end + 3]
        if any(t.lower in _SAYING for t in near):
            return m
    before = [m for m in mentions if m.end <= a - 1 and a - 1 - m.end <= _REACH and not m.code.startswith("---")]
    if before and any(t.lower in _SAYING for t in tokens[before[-1].end:a]):
        return before[-1]
    return None


class QuoteSpeakers:
    """Component: tokens + mentions → mentions, with first-person pronouns in quotations coded as
    their speaker."""

    name, requires, provides = "quotes", ("tokens", "mentions"), ("mentions",)

    def __call__(self, s) -> None:
        added = []
        taken = {k for m in s.mentions for k in range(m.start, m.end)}
        for a, b in quoted_spans(s.tokens):
            who = speaker_of(s.tokens, s.mentions, a, b)
            if who is None:
                continue
            added += [Mention(t.i, t.i + 1, t.start, t.end, who.code, "anaphor", t.text) for t in s.tokens[a:b]
                      if t.lower in _FIRST_PERSON and t.i not in taken and (t.text != "US")]
        if added:
            s.mentions = sorted(s.mentions + added, key=lambda m: m.start)
