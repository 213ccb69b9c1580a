"""Meeting nouns joined by "and" under one verb: "Both leaders held wide ranging one-to-one meetings and
delegation-level talks" names two acts (040 and 046), though the verb's pattern reads only one of its objects; the
other noun takes the verb's parties.  Only a verb that holds meetings lends its parties so ("met Murmu for talks and
a lunch" is one meeting, what it was for beside it).  And a meeting noun that a pair description owns ("The two
leaders' talks") is the pair's."""

from __future__ import annotations

from dyadwatch.coding.events import CodedEvent
from dyadwatch.coding.mentions import Mention
from dyadwatch.coding.text import Token
from dyadwatch.coding.verbs import meeting_nouns

_HOLDING = {"hold", "holds", "held", "holding", "have", "has", "had", "having", "conduct", "conducts", "conducted"}


def paired_meeting(tokens: list[Token], i: int) -> bool:
    """A meeting noun joined by "and" to another close by: "one-to-one meetings and delegation-level talks"."""
    near = range(max(0, i - 5), min(len(tokens), i + 6))
    return any(k != i and tokens[k].lower in meeting_nouns()
               and any(t.lower == "and" for t in tokens[min(i, k) + 1:max(i, k)]) for k in near)


def coordinated_pairs(events: list[CodedEvent], tokens: list[Token], noun: Token, code: str) -> list:
    """The parties of a holding verb just before a meeting noun joined to another, when the verb coded the other
    (another meeting code than ``code``)."""
    if not paired_meeting(tokens, noun.i):
        return []
    window = {t.start for t in tokens[max(0, noun.i - 6):noun.i]}
    return [(e.source, e.target) for e in events if e.verb_start in window and e.code[:2] == "04" and e.code != code
            and e.verb.lower() in _HOLDING]


def pair_owned(tokens: list[Token], mentions: list[Mention], i: int) -> list[Mention]:
    """"The two leaders' talks focused on ...": a pair description owning the meeting noun at ``i`` is its parties."""
    if i < 2 or tokens[i - 1].lower not in ("'", "'s"):
        return []
    owners = [m for m in mentions if m.kind == "anaphor" and m.end in (i - 2, i - 1)]
    return owners if len(owners) == 2 and owners[0].country != owners[1].country else []
