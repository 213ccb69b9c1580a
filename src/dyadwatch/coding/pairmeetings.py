"""A meeting a sentence names without naming its parties is the meeting of the document's pair.

News names the two sides of a visit or a summit once and then speaks of "the meeting" or "their
talks": "The meeting, held at the premier's residence, comes two days before ...", "Following their
discussions, Mulino indicated ...", "This ... included a long, unplanned one-on-one discussion".
Such a noun is a meeting (040; talks 046; 036 while still to come) of the two states the document
named last, coded both ways, with the noun as the span of the verb and of both parties.

It codes only when nothing says otherwise:
- the sentence has no meeting coded already;
- the noun is read as a meeting by the noun table, and a determiner or a framing preposition comes
  before it ("the", "their", "during", "into"), not a plural alone ("Meetings of world leaders are ...");
- no other party follows it ("the meeting of the G7", "talks with Iran", "talks mediated by Qatar");
- no state other than the pair is named before it in the sentence;
- the act has happened or is planned ("ahead of talks", "called for talks" are neither);
- the pair was named in one of the last three sentences.
"""

from __future__ import annotations

from dyadwatch import reference
from dyadwatch.coding.events import CodedEvent
from dyadwatch.coding.mentions import Mention
from dyadwatch.coding.epithets import Epithets
from dyadwatch.coding.nominal import readings
from dyadwatch.coding.tenses import not_happened, still_to_come
from dyadwatch.coding.text import Token

# Whose meeting it is: "their talks", "our discussions"; or one not named before ("included a long discussion",
# "delved into extensive discussions").  Not "the meeting" or "during the talks", which older news in our gold
# leaves to the sentence that named the meeting (development data: 4 right to 30 wrong).
_OPENERS = {"their", "our", "a", "an", "into"}
# A press conference or briefing is no meeting of the pair ("In a joint press conference, Erdogan described")
_NOUNS = {"meeting", "meetings", "summit", "talks", "discussions", "discussion", "consultations", "conversation",
          "negotiations", "lunch", "dinner", "breakfast"}
_NAMES_PARTIES = {"of", "with", "between", "among", "by", "involving"}
# Words between opener and noun that make it someone else's meeting or no qualifier at all ("a source familiar
# with the negotiations", "their first trilateral summit")
_NOT_THE_PAIRS = {"trilateral", "multilateral", "regional", "international", "three-way", "quadrilateral", "the",
                  "this", "that", "with", "of", "for", "to", "on", "at", "by", "from", "and", "or", "is", "was"}
_REACH = 3  # sentences back in which the pair must have been named
_MAX_BEFORE = 5  # words between the opener and the noun: "a long, unplanned one-on-one discussion"


class PairMeetings:
    """Component: events + the document's pairs (kept by ``Epithets``) → the events, with an unowned
    meeting coded for the last pair of states named."""

    name, requires, provides = "pair_meetings", ("events",), ("events",)

    def __init__(self, memory: Epithets):
        self.memory = memory  # the document's states and offices, sentence by sentence

    def __call__(self, s, k: int) -> None:
        """``s`` is the document's sentence ``k``."""
        pair = self.memory.pair_before(k, _REACH)
        # (a meeting to come is a meeting coded: "is scheduled to hold a meeting with his Japanese counterpart Fumio
        # Kishida, their first face-to-face meeting since ...")
        if pair is not None and not any(e.code[:2] == "04" or (e.code == "036" and _meeting_word(e.verb))
                                        for e in s.events):
            s.events = s.events + self._meeting(s.tokens, s.mentions, pair)

    @staticmethod
    def _meeting(tokens: list[Token], mentions: list[Mention], pair: tuple[str, str]) -> list[CodedEvent]:
        countries = {c[:3] for c in pair}
        for i, tok in enumerate(tokens):
            rows = [n for n in readings(tokens, i) if n.frame == "meet" and n.code[:2] == "04" and tok.lower in _NOUNS]
            if not rows or not _own(tokens, mentions, i) or not_happened(tokens, i):
                continue
            if any(m.start < i and m.country not in countries for m in mentions if m.country in reference.countries()):
                return []
            # (the clause's own "will", not a quotation's earlier in the sentence)
            code = "036" if still_to_come(tokens, i, reach=6) else rows[0].code
            a, b = (Mention(i, i + 1, tok.start, tok.end, c, "anaphor", tok.text) for c in pair)
            return [CodedEvent(a, b, code, tok.start, tok.end, tok.text),
                    CodedEvent(b, a, code, tok.start, tok.end, tok.text)]
        return []


def _meeting_word(verb: str) -> bool:
    """A meeting's own word ("hold a meeting", "will meet"), not another act to come ("agreed to continue")."""
    return verb.lower() in _NOUNS or verb.lower() in ("hold", "holds", "meet", "meets")


def _own(tokens: list[Token], mentions: list[Mention], i: int) -> bool:
    """The noun stands alone: opened by a determiner or preposition, no mention inside, no party after."""
    if (i + 1 < len(tokens) and tokens[i + 1].lower in _NAMES_PARTIES) \
            or any(t.lower in ("with", "between") for t in tokens[i + 1:i + 5]):
        return False  # "a meeting at the Pentagon with Ukrainian Defense Minister ...": the nominal coder's
    if any(m.start <= i < m.end for m in mentions):
        return False
    for k in range(i - 1, max(-1, i - 2 - _MAX_BEFORE), -1):
        if tokens[k].lower in _OPENERS:
            return not any(k < m.start < i for m in mentions)
        if not (tokens[k].text.islower() or tokens[k].text == ",") or tokens[k].lower in _NOT_THE_PAIRS:
            return False
    return False

