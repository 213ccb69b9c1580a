"""Envoys called home: whose ambassador is recalled, and from where.

A recall is the act of the envoy's own state against the state it is posted to (161). News puts the
two parties around the envoy, not around the verb: "The recall of Thailand's Ambassador to Cambodia",
"Turkey's ambassador has been recalled from Israel", "decided to recall our Ambassador to Tel Aviv ...
to Ankara", "to summon Algeria's ambassador in Rabat for consultation".  Read around the verb, the
last two came out reversed (Israel, named earlier, as the recaller) or as a protest summons (114).

A summons is a recall only when the envoy is the summoner's own ("summoned its ambassador") or is
called "for consultations" or "home"; "summoned the Russian ambassador" stays a protest.
"""
from __future__ import annotations

from dyadwatch.coding.conventions import ENVOYS, RECALL_NOUNS
from dyadwatch.coding.mentions import Mention, conjoined
from dyadwatch.coding.text import Token
from dyadwatch.coding.verbforms import PASSIVE_AUX

RECALLS = frozenset({"recall", "withdraw", "summon"})
_POSTED = frozenset({"to", "in", "at", "from"})  # "its ambassador to Cambodia / in Rabat / from Georgia"
_CALLED_HOME = frozenset({"consultation", "consultations", "home"})
_OWN = frozenset({"its", "their", "our", "his", "her"})
# One owner, unlike "their" after a joint subject ("our Ambassador to Tel Aviv ... to Ankara": owned by
# where it goes home)
ONE_OWNER = frozenset({"our", "its", "his", "her"})
_REACH = 5  # words between the verb and the envoy: "decided to recall immediately its ambassador"


def recall(tokens: list[Token], mentions: list[Mention], i: int, lemma: str,
           pronouns: frozenset[str] = frozenset()) -> list | None:
    """(envoy's state, where it is posted) pairs for the recall at ``i``; ``lemma`` is the verb's, or the
    noun itself ("recall", "withdrawal").  None when no envoy is recalled there, or when a pronoun other
    than ``pronouns`` owns it ("Mali and its allies recalled their ambassadors" is all three's, which the
    verb coder reads); no pairs (the act is still a recall, 161) when the two are not both named."""
    if lemma not in RECALLS and tokens[i].lower not in RECALL_NOUNS:
        return None
    passive = i > 0 and tokens[i - 1].lower in PASSIVE_AUX
    envoy = _envoy(tokens, mentions, range(max(0, i - 8), i) if passive else range(i + 1, i + 1 + _REACH))
    if lemma == "summon":  # "summoned its ambassador": only the own-envoy reading makes it a recall
        pronouns = _OWN
    if envoy is None or _pronoun_owner(envoy, tokens) not in pronouns | {None}:
        return None
    subject = _subject(tokens, mentions, i, envoy)
    if lemma == "summon" and not (subject is not None and subject.country == envoy.country or _called_home(tokens, i)):
        return None  # "summoned the Russian ambassador": a protest, not a recall
    postings = _postings(tokens, mentions, envoy, envoy.end) or (_postings(tokens, mentions, envoy, i) if passive else [])
    owner = _owner(envoy, subject, postings, tokens, mentions)
    if owner is None:
        return []
    return [(owner, t) for t in postings if t.country != owner.country]


def _envoy(tokens: list[Token], mentions: list[Mention], span: range) -> Mention | None:
    return next((m for m in mentions if m.start in span
                 and any(t.lower in ENVOYS for t in tokens[m.start:m.end])), None)


def _subject(tokens: list[Token], mentions: list[Mention], i: int, envoy: Mention) -> Mention | None:
    """The nearest actor before the verb that is not the envoy and is a state's own ("Thailand has recalled")."""
    before = [m for m in mentions if m.end <= min(i, envoy.start)
              and not m.code.startswith("---") and (m.start == 0 or tokens[m.start - 1].lower not in _POSTED)]
    return before[-1] if before else None


def _called_home(tokens: list[Token], i: int) -> bool:
    return any(t.lower in _CALLED_HOME for t in tokens[i + 1:i + 16])


def _postings(tokens: list[Token], mentions: list[Mention], envoy: Mention, after: int) -> list[Mention]:
    """Where the envoy serves: a state named right after "to", "in", "at" or "from" (and those conjoined)."""
    for n, m in enumerate(mentions):
        if after < m.start <= after + 3 and tokens[m.start - 1].lower in _POSTED and m is not envoy \
                and not m.code.startswith("---"):
            return conjoined(mentions, n, tokens, +1)
    return []


def _owner(envoy: Mention, subject: Mention | None, postings: list[Mention], tokens: list[Token],
           mentions: list[Mention]) -> Mention | None:
    """Who recalls: the subject when it is the envoy's state, else the envoy's state itself; "our
    ambassador" is owned by where it is called home to ("to Ankara")."""
    if not envoy.code.startswith("---"):
        if subject is not None and subject.country == envoy.country:
            return subject
        return envoy.recoded(envoy.country)
    if _pronoun_owner(envoy, tokens) is None:
        return None
    last = postings[-1].end if postings else envoy.end
    return next((m for m in mentions if last < m.start <= last + 8 and tokens[m.start - 1].lower == "to"
                 and not m.code.startswith("---")), None)


def _pronoun_owner(envoy: Mention, tokens: list[Token]) -> str | None:
    """"its", "their", "our" before or at the start of the envoy's words."""
    words = [tokens[envoy.start].lower] + ([tokens[envoy.start - 1].lower] if envoy.start else [])
    return next((w for w in words if w in _OWN), None)
