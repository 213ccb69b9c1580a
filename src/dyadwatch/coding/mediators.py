"""A third party named as the broker of an agreement or of talks mediates between their parties (CAMEO 045).

News names a mediator beside the act it helped: "Rwanda and Congo signed a US-brokered peace deal",
"the truce, mediated by Qatar and Egypt, ...", "under the mediation of Angola, the DRC and Rwanda
reached an agreement".  The event coder codes the agreement between its parties; the broker is in a
compound adjective (one word, "US-brokered"), a passive's by-phrase or a prepositional phrase, none of
which is a verb's subject.  This component reads those three forms and codes 045 from the broker to
each party of a mutual agreement, negotiation or meeting the sentence codes.

It adds nothing when the sentence codes no such mutual act ("a Qatari-brokered deal collapsed" names
no parties), and a broker never mediates with itself ("the US-brokered talks between the US and Iran").
"""

from __future__ import annotations

import re
from datetime import date

from dyadwatch.coding.actors import ActorDictionary
from dyadwatch.coding.events import CodedEvent, unique
from dyadwatch.coding.mentions import Mention, conjoined
from dyadwatch.coding.roles import BROKERING
from dyadwatch.coding.text import Token, tokenize

_COMPOUND = re.compile(r"^(.+?)-(" + "|".join(sorted(BROKERING)) + r")$", re.IGNORECASE)
_MEDIATION = {"mediation", "auspices"}  # "under the mediation of Angola", "under Qatar's auspices"
_BROKERS = {"state", "org"}
_OFFICES = {"combined", "person"}  # a named office or holder brokers for its state (not in a compound adjective)
# the acts a broker brings about: agreements and intents to settle (03), talks and meetings (04), pacts (05)
_BROKERED_ROOTS = {"03", "04", "05"}


class Mediators:
    """Component: tokens + mentions + events → the events, with 045 from each named broker to each party."""

    name, requires, provides = "mediators", ("mentions", "events"), ("events",)

    def __init__(self, dictionary: ActorDictionary):
        self.dictionary = dictionary

    def __call__(self, tokens: list[Token], mentions: list[Mention], events: list[CodedEvent],
                 when: date | None = None) -> list[CodedEvent]:
        parties = _parties(events)
        if len(parties) < 2:
            return events
        named = _by_phrase(tokens, mentions, parties) + _under(tokens, mentions, parties)
        # "the US-brokered talks between the US and Iran": a party brokers nothing
        compound = [(b, t) for b, t in self._compound(tokens, when) if b.country not in {p.country for p in parties}]
        brokers = {b.country for b, _ in named + compound}
        # "under the mediation of Angola, the DRC and Rwanda reached ...": the broker is no party to the agreement
        kept = [e for e in events
                if not (e.code[:2] in _BROKERED_ROOTS and {e.source.country, e.target.country} & brokers)]
        parties = [p for p in parties if p.country not in brokers]
        made = [CodedEvent(b, p, "045", t.start, t.end, t.text) for b, t in named + compound for p in parties]
        return unique(kept + made)

    def _compound(self, tokens: list[Token], when: date | None) -> list[tuple[Mention, Token]]:
        """"US-brokered", "Qatari-mediated": the state or organisation before the hyphen."""
        out = []
        for t in tokens:
            m = _COMPOUND.match(t.text) if "-" in t.text else None
            found = self.dictionary.find(tokenize(m.group(1)), when) if m else []
            if len(found) == 1 and found[0].kind in _BROKERS and found[0].char_end == len(m.group(1)):
                out.append((Mention(t.i, t.i + 1, t.start, t.start + len(m.group(1)), found[0].code, found[0].kind,
                                    m.group(1)), t))
        return out


def _parties(events: list[CodedEvent]) -> list[Mention]:
    """The parties of the sentence's mutual brokered acts (each side coded acting on the other), in order."""
    coded = {(e.source.code, e.target.code, e.code) for e in events}
    out: dict[str, Mention] = {}
    for e in events:
        if e.code[:2] in _BROKERED_ROOTS and (e.target.code, e.source.code, e.code) in coded:
            out.setdefault(e.source.code, e.source)
    return list(out.values())


def _by_phrase(tokens: list[Token], mentions: list[Mention], parties: list[Mention]) -> list[tuple[Mention, Token]]:
    """"mediated by the United States and Qatar", "talks brokered by Egypt"."""
    out = []
    for t in tokens:
        if t.lower in BROKERING and t.i + 1 < len(tokens) and tokens[t.i + 1].lower == "by":
            out += [(m, t) for m in _named_from(tokens, mentions, t.i + 2, parties)]
    return out


def _under(tokens: list[Token], mentions: list[Mention], parties: list[Mention]) -> list[tuple[Mention, Token]]:
    """"under the mediation of Angola", "through the mediation of Russia", "under Qatar's auspices"."""
    out = []
    for t in tokens:
        if t.lower not in _MEDIATION:
            continue
        if t.i + 1 < len(tokens) and tokens[t.i + 1].lower == "of":
            out += [(m, t) for m in _named_from(tokens, mentions, t.i + 2, parties)]
        owner = next((m for m in mentions if m.end in (t.i - 1, t.i - 2) and tokens[m.end].lower in ("'s", "’s")),
                     None)
        if owner is not None and owner.kind in _BROKERS:
            out.append((owner, t))
    return out


def _named_from(tokens: list[Token], mentions: list[Mention], i: int, parties: list[Mention]) -> list[Mention]:
    """The states or organisations named from token ``i`` on ("the United States and Qatar"): the first,
    and those conjoined with it that are no party ("of Angola, the DRC and Rwanda reached" names one broker)."""
    i += tokens[i].lower == "the" if i < len(tokens) else 0
    k = next((k for k, m in enumerate(mentions) if m.start == i), None)
    # "with the mediation of the Ministry of Foreign Affairs of Kazakhstan", "brokered by Qatar's prime minister"
    if k is None or mentions[k].kind not in _BROKERS | _OFFICES or mentions[k].code.startswith("---"):
        return []
    sides = {p.country for p in parties}
    rest = conjoined(mentions, k, tokens, 1)[1:]
    return [mentions[k]] + [m for m in rest if m.kind in _BROKERS and m.country not in sides]
