"""What a guest thanks a host for is the host's act: "thanked Kazakh leader Nursultan Nazarbayev for the invitation to
Kazakhstan" names the host's invitation (036), "thank the King for his warm welcome" his reception (043), beside the
thanks themselves (051), as docs/annotation.md codes them.  Only the act named right after "for": "thanked Xi for
accepting the invitation" thanks the guest, and the invitation accepted is no act of his.
"""

from __future__ import annotations

from dyadwatch.coding.events import CodedEvent
from dyadwatch.coding.mentions import POSSESSIVES, Mention, conjoined, distinct
from dyadwatch.coding.text import Token

# the words whose 051 a thanks is ("thanked", "expressed gratitude to")
_THANKING = {"thank", "thanks", "thanked", "thanking", "gratitude", "appreciation"}
_ACTS = {"invitation": "036", "inviting": "036", "welcome": "043", "welcoming": "043", "reception": "043",
         "hospitality": "043"}
# what may stand between "for" and the act: "for his warm and cordial welcome"
_QUALIFIERS = POSSESSIVES | {"the", "this", "a", "warm", "warmest", "kind", "generous", "gracious", "cordial",
                             "friendly", "very", "and", "extended", "official"}


def thanked_for(tokens: list[Token], mentions: list[Mention], events: list[CodedEvent]) -> list[CodedEvent]:
    """``events`` and, for each thanks, the host's act it is for."""
    out = list(events)
    for e in events:
        code = _act_thanked_for(tokens, mentions, e)
        if code and distinct(e.target, e.source) and not any(
                o.source is e.target and o.target is e.source and o.code == code for o in out):
            out.append(CodedEvent(e.target, e.source, code, e.verb_start, e.verb_end, e.verb))
    return out


def _act_thanked_for(tokens: list[Token], mentions: list[Mention], e: CodedEvent) -> str | None:
    if e.code != "051" or e.target not in mentions:
        return None
    before = {t.lower for t in tokens[max(0, e.target.start - 4):e.target.start]}
    if e.verb.lower() not in _THANKING and not before & _THANKING:  # (nor "expressed gratitude to")
        return None
    # "thanked President Tsai, the Taiwan government and Ambassador Lewis for inviting him": after the whole list
    k = conjoined(mentions, mentions.index(e.target), tokens, +1)[-1].end
    if k >= len(tokens) or tokens[k].lower != "for":
        return None
    k += 1
    while k < len(tokens) and tokens[k].lower in _QUALIFIERS:
        k += 1
    return _ACTS.get(tokens[k].lower) if k < len(tokens) else None
