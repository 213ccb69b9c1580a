"""Who a meeting named by a noun was between, when the noun names no pair of its own: "a meeting with German
President Steinmeier" (its partner after "with"), "during an October meeting in Rome" (the two whose act it frames),
"hosted ... Tebboune for bilateral talks" (the host and the guest).  The nominal coder (nominal.py) asks these."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dyadwatch.coding import dates
from dyadwatch.coding.mentions import Mention, both_ways, conjoined, name_token
from dyadwatch.coding.text import Token

if TYPE_CHECKING:
    from dyadwatch.coding.events import CodedEvent


def mention_at(mentions: list[Mention], start: int, reach: int) -> int | None:
    """The first mention starting in tokens [start, start + reach]."""
    return next((k for k, m in enumerate(mentions) if start <= m.start <= start + reach), None)


def of_party(tokens: list[Token], mentions: list[Mention], i: int) -> Mention | None:
    """"the second meeting of a Czech head of state with a Chinese opposite number": who met, named after "of"
    right before the "with" of the partner."""
    if i + 2 >= len(tokens) or tokens[i + 1].lower != "of":
        return None
    j = i + 3 if tokens[i + 2].lower in ("a", "an", "the") else i + 2
    of = next((m for m in mentions if m.start == j), None)
    return of if of is not None and of.end < len(tokens) and tokens[of.end].lower == "with" else None


def meeting_with(tokens: list[Token], mentions: list[Mention], i: int) -> list[Mention]:
    """Whom the meeting was with: "a meeting with German President Steinmeier" (or past how and when: "a discussion
    on the phone last week with Greek Prime Minister Samaras"; past a gloss: "a tête-à-tête (face-to-face) with")."""
    if i + 1 < len(tokens) and tokens[i + 1].text == "(":
        i = next((k for k in range(i + 2, min(len(tokens), i + 7)) if tokens[k].text == ")"), i)
    if (of := of_party(tokens, mentions, i)) is not None:  # "the meeting of Putin with Xi": past who met
        i = of.end - 1
    for k in range(i + 1, min(len(tokens), i + 9)):
        if tokens[k].text == "," and [t.lower for t in tokens[k + 1:k + 3]] == ["including", "with"]:
            continue  # "one-on-one meetings, including with Tunisian Prime Minister Youssef Chahed"
        if tokens[k].lower in (",", ";", "and", "that", "which", "who") \
                or (k >= i + 4 and not _how_or_when(tokens, i, k)):
            break
        if tokens[k].lower in ("with", "alongside"):  # "a press conference alongside Iraqi PM al-Sudani"
            first = mention_at(mentions, k + 1, 4)
            if first is None:
                return _described_partner(tokens, mentions, k + 1)
            partners = conjoined(mentions, first, tokens, +1)
            # "alongside Iran's president, Qatar's emir hailed": a comma with no "and" after it ends the phrase
            if len(partners) > 1 and not any(t.lower == "and" for t in tokens[partners[0].end:partners[-1].start]):
                partners = partners[:1]
            # "during a conversation with journalists": talking to the press is no meeting between actors
            return [m for m in partners if m.agent != "MED"]
    return []


_HOW_WHEN = {"on", "by", "the", "phone", "telephone", "video", "last", "this", "week", "month", "earlier", "today",
             "yesterday"} | dates.WEEKDAYS.keys()


def _how_or_when(tokens: list[Token], i: int, k: int) -> bool:
    """The words between a meeting noun and its "with" say only how or when: "on the phone last week"."""
    return all(t.lower in _HOW_WHEN for t in tokens[i + 1:k])


def _described_partner(tokens: list[Token], mentions: list[Mention], k: int) -> list[Mention]:
    """"talks with Maj Gen Abbas Ibrahim, a senior official from Lebanon's Interior Ministry, Nouris said": a name the
    dictionary does not know, then an appositive naming whose official he is."""
    j = k
    while j < len(tokens) and j - k < 6 and name_token(tokens[j]):
        j += 1
    if j == k or j + 1 >= len(tokens) or tokens[j].text != "," or tokens[j + 1].lower not in ("a", "an"):
        return []
    owner = next((m for m in mentions if j + 2 < m.start <= j + 8 and tokens[m.start - 1].lower in ("from", "of", "at")
                  and not m.code.startswith("---") and not any(t.text == "," for t in tokens[j + 1:m.start])), None)
    return [owner] if owner is not None else []


def framed_pair(tokens: list[Token], events: list[CodedEvent], i: int) -> list[tuple[Mention, Mention]]:
    """"Biden urged his Turkish counterpart Recep Tayyip Erdogan to open Turkey's border with Armenia during an
    October meeting in Rome": a meeting that frames a cooperative act between two people, and names no parties of
    its own, is between them."""
    after = _after_their(tokens, i)
    if _hosted_for(tokens, i):
        # "hosted visiting Algerian President, Abdelmadjid Tebboune, for bilateral talks in Beijing": the host and
        # the guest received hold them
        hosts = [e for e in events if e.code == "043" and e.verb_start < tokens[i].start]
        return both_ways([(e.source, e.target) for e in hosts[-1:]])
    if not at_a(tokens, i, ("during", "at")) and not after:
        return []
    # (after talks, an act other than a meeting: "Albanese met Prabowo again after their talks" met once)
    acts = [e for e in events if e.verb_start < tokens[i].start and e.code[:1] == "0" and e.code[:2] != "01"
            and e.target.kind in ("person", "combined") and e.source.kind in ("person", "combined")
            and e.source.country != e.target.country and not (after and e.code[:2] == "04")]
    return both_ways([(e.source, e.target) for e in acts if e.verb_start == acts[-1].verb_start]) if acts else []


def _hosted_for(tokens: list[Token], i: int) -> bool:
    """"for bilateral talks", "for a meeting": what a host received his guest for."""
    k = i - 1
    while k > 0 and tokens[k].lower in _FOR_WHAT:
        k -= 1
    return k >= 0 and tokens[k].lower == "for" and i - k <= 3


_FOR_WHAT = {"a", "an", "bilateral", "official", "formal", "closed-door", "private"}


def _after_their(tokens: list[Token], i: int) -> bool:
    """"attended a signing ceremony ..., following bilateral talks": talks of the pair, after which it acted."""
    return i >= 2 and tokens[i - 1].lower in ("bilateral", "their") and tokens[i - 2].lower in ("following", "after")


def at_a(tokens: list[Token], i: int, prepositions: tuple[str, ...] = ("at",)) -> bool:
    """"at a rare meeting", "at their first meeting", "during an October meeting": the noun is where its subject
    was."""
    k = i - 1
    while k > 0 and tokens[k].lower not in ("a", "an", "the", "their"):
        k -= 1
    return k > 0 and i - k <= 3 and tokens[k - 1].lower in prepositions
