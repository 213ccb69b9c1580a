"""A pair of states joined by a dash before a noun of ties: "the special nature of India-Uganda relations".

Such a pair only qualifies its noun: neither state is a subject of the verb after it ("... and expressed his desire
to"), and "these relations" later in the sentence are the ties with the other state of the pair.
"""

from __future__ import annotations

from dyadwatch.coding.mentions import Mention
from dyadwatch.coding.text import Token
from dyadwatch.coding.verbforms import TIE_NOUNS


def dashed_object(m: Mention, mentions: list[Mention], tokens: list[Token]) -> bool:
    """"emphasized the special nature of India-Uganda relations and expressed his desire to": a dashed pair before a
    noun of ties only qualifies the noun; neither state is a subject."""
    dashed = (m.start >= 2 and tokens[m.start - 1].text in _DASHES) or (
        m.end < len(tokens) and tokens[m.end].text in _DASHES)
    if not dashed:
        return False
    last = m
    while last.end + 1 < len(tokens) and tokens[last.end].text in _DASHES:
        last = next((x for x in mentions if x.start == last.end + 1), None)
        if last is None:
            return False
    return last.end < len(tokens) and tokens[last.end].lower in TIE_NOUNS


_DASHES = {"-", "–"}


def these_ties(tokens: list[Token], mentions: list[Mention], source: Mention, i: int) -> list[Mention]:
    """"emphasized the special nature of India-Uganda relations and expressed his desire to further strengthen these
    relations": the ties "these" points back to are with the other state of the dashed pair named before."""
    words = [t.lower for t in tokens[i + 1:i + 4]]
    if not any(a in ("these", "those") and b in ("relations", "ties") for a, b in zip(words, words[1:])):
        return []
    for a, b in zip(mentions, mentions[1:]):
        if b.end <= i and [t.text for t in tokens[a.end:b.start]] in (["-"], ["–"]) and source.country in (
                a.country, b.country) and a.country != b.country:
            return [b if a.country == source.country else a]
    return []
