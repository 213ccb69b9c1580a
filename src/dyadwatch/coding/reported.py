"""Whose office a reported clause names: the state of the one who reports it.

"Georgian Prime Minister Irakli Kobakhidze said that the government is suspending talks" — "the
government" has no country of its own, and the dictionary codes it ---GOV.  A reporter who lets an
official speak about "the government", "the ministry" or "Vice Minister Sun" means that official's
own state, or the clause would have named another.  This component gives an office without a
country, standing first in a clause reported by a state's actor, that state's code.
"""

from __future__ import annotations

from dyadwatch import reference
from dyadwatch.coding.dates import MONTHS, WEEKDAYS
from dyadwatch.coding.mentions import Mention, country_of
from dyadwatch.coding.text import Token

# Verbs that introduce a reported clause ("said that ..."), not "told" or "according to", whose
# next actor is the one spoken to or a source.
_REPORTING = {"said", "says", "say", "announced", "stated", "confirmed", "added", "noted", "stressed", "insisted",
              "declared", "reiterated", "warned", "explained", "argued", "claimed", "maintained", "reported"}
# What may stand between a speaker, the verb and the clause: when it was said, and "that".
_BRIDGE = {"that", "on", "late", "early", "earlier", "last", "this", "today", "yesterday", "the", "a", ",", ".", "also",
           "has", "had", "have", "in", "statement",
           "vice", "deputy", "first", "acting"}  # "said that Vice Minister Sun": the title the dictionary did not take


def _bridge(tokens: list[Token]) -> bool:
    return all(t.lower in _BRIDGE or t.lower.rstrip(".") in MONTHS or t.lower in WEEKDAYS or t.text[:1].isdigit()
               for t in tokens)


def _reporting_verb(tokens: list[Token], start: int) -> int | None:
    """The reporting verb whose clause begins at ``start``: "said (on Friday) (that) [the government]"."""
    k = start - 1
    while k >= 0 and tokens[k].lower not in _REPORTING:
        k -= 1
    return k if k >= 0 and _bridge(tokens[k + 1:start]) else None


def _reporter(mentions: list[Mention], tokens: list[Token], verb: int) -> Mention | None:
    """The subject of the reporting verb: the actor right before it ("The Chinese Foreign Ministry on Friday said")."""
    before = [m for m in mentions if m.end <= verb]
    if not before or not _bridge(tokens[before[-1].end:verb]):
        return None
    m = before[-1]
    return m if m.kind != "unowned" and country_of(m.code) == m.code[:3] else None


class ReportedOffices:
    """Component: tokens + mentions → mentions, with a country-less office opening a reported clause
    coded as the reporter's state."""

    name, requires, provides = "reported", ("tokens", "mentions"), ("mentions",)

    def __call__(self, s) -> None:
        s.mentions = [self._owned(m, s.mentions, s.tokens) for m in s.mentions]
        s.mentions = [self._speaking_for(m, s.mentions, s.tokens) for m in s.mentions]

    @staticmethod
    def _speaking_for(m: Mention, mentions: list[Mention], tokens: list[Token]) -> Mention:
        """"Algeria is cutting diplomatic relations with Morocco, Foreign Minister Ramdane Lamamra said": an
        office of no country that speaks after a clause whose subject is a state speaks for that state."""
        if m.kind != "unowned" or len(m.code) <= 3 or m.start == 0 or tokens[m.start - 1].text != ",":
            return m
        if not any(t.lower in _REPORTING for t in tokens[m.end:m.end + 3]):
            return m
        subject = mentions[0] if mentions else None
        if subject is None or subject is m or subject.start > 3 or subject.kind == "unowned" \
                or subject.code[:3] not in reference.countries():
            return m
        return m.owned_by(subject, "combined")

    @staticmethod
    def _owned(m: Mention, mentions: list[Mention], tokens: list[Token]) -> Mention:
        if m.kind != "unowned" or len(m.code) <= 3:
            return m
        verb = _reporting_verb(tokens, m.start)
        reporter = _reporter(mentions, tokens, verb) if verb is not None else None
        if reporter is None:
            return m
        return m.owned_by(reporter, "combined")
