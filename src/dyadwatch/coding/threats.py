"""Conditional warnings as threats (CAMEO 130): "“If Zelensky will not let our gas in, a serious conflict may
arise,” Fico wrote" warns Zelensky, though no verb of threatening is used.

A warning is a clause opening with "if" (or "unless") whose subject is an actor, followed by a main clause
that names a harm to come: a conflict, consequences, a response, retaliation or measures. Who warns is the
speaker of the sentence; whom is the subject of the "if" clause, when the two are of different countries.
"If we do not act, war may come" names no one to warn; neither does "If the talks fail, ...".
"""

from __future__ import annotations

from dyadwatch.coding.events import CodedEvent
from dyadwatch.coding.mentions import Mention, country_of, nobodys, speaker_of
from dyadwatch.coding.modality import MODALS
from dyadwatch.coding.text import QUOTE_MARKS, Token

_IF = {"if", "unless"}
# what the main clause promises: "a serious conflict may arise", "there will be consequences", "we will respond"
_HARMS = {"conflict", "consequences", "consequence", "retaliation", "retaliate", "respond", "response",
          "countermeasures", "measures", "reciprocity", "reciprocal", "war", "punish", "punishment", "price"}
_MODALS = MODALS | {"may", "might", "could"}  # a warning may only say what might happen
_REACH = 20  # words from "if" to the end of its clause (an aside in brackets may sit in it)


def _condition(tokens: list[Token], mentions: list[Mention]) -> tuple[int, int, Mention] | None:
    """(index of "if", index of the comma closing its clause, the clause's subject), or None."""
    k = next((t.i for t in tokens[:4] if t.lower in _IF and all(x.text in QUOTE_MARKS for x in tokens[:t.i])), None)
    if k is None:
        return None
    comma = next((t.i for t in tokens[k + 1:k + _REACH] if t.text == ","), None)
    subject = next((m for m in mentions if m.start == k + 1), None)
    if comma is None or subject is None or nobodys(subject):
        return None
    return k, comma, subject


def conditional_threat(tokens: list[Token], mentions: list[Mention]) -> tuple[Mention, Mention, Token] | None:
    """(speaker, warned, the harm's word) of a sentence that is a conditional warning, else None."""
    found = _condition(tokens, mentions)
    if found is None:
        return None
    _, comma, warned = found
    end = next((t.i for t in tokens[comma + 1:] if t.text in (",", ";", ".")), len(tokens))
    main = tokens[comma + 1:end]  # "a serious conflict may arise": the harm and its modal, in either order
    harm = next((t for t in main if t.lower in _HARMS), None)
    if harm is None or not any(t.lower in _MODALS for t in main):
        return None
    who, _ = speaker_of(tokens, mentions, comma + 1)
    if who is None or who.start <= comma or country_of(who.code) == country_of(warned.code):
        return None
    return who, warned, harm


class ThreatCoder:
    """Component: coded events + conditional warnings → threats (130)."""

    name = "threats"
    requires = ("tokens", "mentions", "events")
    provides = ("events",)

    def __call__(self, tokens: list[Token], mentions: list[Mention], events: list[CodedEvent]) -> list[CodedEvent]:
        found = conditional_threat(tokens, mentions)
        if found is None:
            return events
        who, warned, harm = found
        dyad = (country_of(who.code), country_of(warned.code))
        if any((country_of(e.source.code), country_of(e.target.code)) == dyad for e in events):
            return events  # the verb coder read the warning already ("warned Kyiv that if ...")
        return [*events, CodedEvent(who, warned, "130", harm.start, harm.end, harm.text)]
