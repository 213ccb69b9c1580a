"""Who an act is done with or to: the actor a verb takes as its object ("received the ambassador") and the partner
of a meeting or a joint act ("held talks with Russia"), as opposed to what the act is about ("discussed the
situation in Syria")."""
from __future__ import annotations

from typing import TYPE_CHECKING

from dyadwatch.coding.mentions import (NAME_PARTICLES, OFFICE_HEADS, Mention, conjoined, distinct, is_place, modifier,
                                       side, word_before)
from dyadwatch.coding.modality import WEIGHED
from dyadwatch.coding.referents import SUBORDINATORS
from dyadwatch.coding.text import Token
from dyadwatch.coding.verbforms import CLAUSE_MARKS, WINDOW, passive_aux

if TYPE_CHECKING:
    from dyadwatch.coding.events import _SentenceState as SentenceState


def actor_object(st: "SentenceState", i: int, strict: bool = False) -> bool:
    """An actor, not a place, close after the verb: "received today in Baku the Russian ambassador"; not
    whence something came ("received a letter from Netanyahu" receives the letter). ``strict`` (a welcome) also
    takes a passive's actor subject ("Pezeshkian was formally welcomed in Yerevan by Pashinyan"), and no state
    that only modifies what is welcomed ("welcomed Japan's decision", "welcomed the US statement")."""
    if strict and _passive_subject(st, i):
        return True
    return any(_received(st.tokens, i, m, strict) for m in st.mentions)


def _received(tokens: list[Token], i: int, m: Mention, strict: bool) -> bool:
    """``m`` as what the verb at ``i`` takes, not a place, not whence something came, nor the subject of a clause after
    it ("received a red carpet treatment as he arrived")."""
    # ("received the Chairman of Majlis Ash'shura": the office of the body named)
    titled = _titled_after_name(tokens, i, m) if not i < m.start <= i + 6 else \
        all(t.lower in _TITLE_WORDS for t in tokens[i + 1:m.start])
    return (i < m.start <= i + 6 or titled) and not is_place(m, tokens) \
        and tokens[word_before(tokens, m.start)].lower != "from" \
        and not (strict and (_possessed(m, tokens) or (m.kind == "state" and modifier(m, tokens))
                             or (not titled and any(t.lower in _OF_A_THING for t in tokens[i + 1:m.start])))) \
        and not any(t.lower in SUBORDINATORS for t in tokens[i + 1:m.start])


def _titled_after_name(tokens: list[Token], i: int, m: Mention) -> bool:
    """"received at his palace on Wednesday Shaikh Khalid bin Hilal al Maawali, Chairman of Majlis Ash'shura": the
    office set off after a name the dictionary does not know, close after the verb, is the one received."""
    comma = m.start - 1
    while comma > i and tokens[comma].lower in _TITLE_WORDS:
        comma -= 1
    if tokens[comma].text != "," or m.start - comma > 4:
        return False
    k = comma
    while k - 1 > i and (tokens[k - 1].text[:1].isupper() or tokens[k - 1].lower in NAME_PARTICLES):
        k -= 1
    return comma - k >= 2 and k <= i + 6


_TITLE_WORDS = OFFICE_HEADS | {"the", "of", "deputy", "vice"}


# "welcomed the agreement between Armenia and Azerbaijan": an actor after one of these belongs to what is welcomed
_OF_A_THING = {"between", "of", "on", "with", "from", "for", "about", "over", "against", "among", "by", "to"}


def _possessed(m: Mention, tokens: list[Token]) -> bool:
    return m.end < len(tokens) and tokens[m.end].lower in ("'s", "'")


def _passive_subject(st: "SentenceState", i: int) -> bool:
    """"X was (formally) welcomed": an actor, not a place, before the auxiliary in the verb's clause."""
    k = passive_aux(st.tokens, i)
    if k is None:
        return False
    return any(m.end <= k and not is_place(m, st.tokens)
               and not any(t.text in CLAUSE_MARKS for t in _outside_relatives(st.tokens[m.end:k])) for m in st.mentions)


def _outside_relatives(span: list[Token]) -> list[Token]:
    """The words of ``span`` outside a comma-set relative clause: "Bhutan King Jigme Khesar Namgyal Wangchuk, who
    is on an official visit to India, arrived in New Delhi and was warmly received by ...": the clause is the
    subject's, and the subject is still the passive's."""
    out, k = [], 0
    while k < len(span):
        if span[k].text == "," and k + 1 < len(span) and span[k + 1].lower in ("who", "which"):
            close = next((j for j in range(k + 2, len(span)) if span[j].text == ","), None)
            if close is not None:
                k = close + 1
                continue
        out.append(span[k])
        k += 1
    return out


_PARTNER_DETERMINERS = {"the", "a", "an", "his", "her", "their"}


def partner_named(st: "SentenceState", i: int) -> bool:
    """Whom a meeting or talk was with is named: right after the verb ("met Blinken") or after
    "with" ("held talks with Russia"), as opposed to a topic ("discussed the situation in Syria").  Actors of
    no state are no partner: "talked with reporters about Germany" names a topic."""
    for m in st.mentions:
        if i < m.start <= i + WINDOW and m.kind != "unowned" and not _with_in_topic(st.tokens, m, i):
            between = [t.lower for t in st.tokens[i + 1:m.start]]
            # "held talks with the EU", "with EU foreign policy chief Josep Borrell" (a modifier after "with")
            bare = [w for w in between if w not in _PARTNER_DETERMINERS]
            if bare and bare[-1] == "with" or (not modifier(m, st.tokens) and not bare):
                return True
    return False


def joined_by(st: "SentenceState", i: int) -> Mention | None:
    """"launched a joint military drill Sunday in northwestern Ardabil province with Azerbaijan", "are participating
    in the drill along with the special forces of the Azerbaijani Army": the partner after "with", in the verb's
    clause, past where and when."""
    for k in range(i + 1, min(len(st.tokens), i + 16)):
        if st.tokens[k].text in CLAUSE_MARKS:
            return None
        if st.tokens[k].lower == "with":
            return next((m for m in st.mentions if k < m.start <= k + 3 and m.kind != "unowned"), None)
    return None


def with_partners(st: "SentenceState", i: int, pairs: list) -> list:
    """"would discuss the response to Moscow's actions with Czech Prime Minister Andrei Babis": whom one meets
    or talks "with" is the partner, and what is talked about is none; a partner of one's own state leaves no one
    met abroad."""
    partner = joined_by(st, i)
    if partner is None:
        return pairs
    partners = conjoined(st.mentions, st.mentions.index(partner), st.tokens, +1)
    return [(a, b) for a, b in pairs if a in partners or b in partners]


TOPIC_WORDS = frozenset({"of", "about", "on", "over", "regarding", "concerning"})  # what an act is about follows them


def topic(tokens: list[Token], m: Mention, i: int) -> bool:
    return m.start > i and (tokens[m.start - 1].lower in TOPIC_WORDS or _with_in_topic(tokens, m, i)
                            or _between_in_topic(tokens, m, i))


def _between_in_topic(tokens: list[Token], m: Mention, i: int) -> bool:
    """"will discuss ways of expanding cooperation between China and the Southeast Asian nation": the states that
    ways weighed would bring together are part of what is discussed, no partner met (but "would discuss
    strengthening bilateral ties and cooperation between Iraq and Turkey during his official visit" is a meeting
    to come with Turkey, docs/annotation.md)."""
    k = next((k for k in range(m.start - 1, max(i + 1, m.start - 6), -1) if tokens[k].lower == "between"), None)
    return k is not None and not any(t.text in (",", ";") for t in tokens[k:m.start]) \
        and any(t.lower in WEIGHED for t in tokens[i + 1:min(k, i + 4)])


_WITH_NOUNS = frozenset({"border", "borders", "frontier", "ties", "relations", "crossing", "crossings"})


def _with_in_topic(tokens: list[Token], m: Mention, i: int) -> bool:
    """"are discussing the possibility of closing the borders with Belarus": a "with" that a noun of the topic
    takes names part of what is discussed, not whom with."""
    return m.start > i + 2 and tokens[m.start - 1].lower == "with" and tokens[m.start - 2].lower in _WITH_NOUNS \
        and any(t.lower in ("of", "about", "regarding", "concerning") for t in tokens[i + 1:m.start - 2])


def each_to_the_other(st: "SentenceState", i: int, pairs: list) -> list:
    """"Serbia and Croatia each have expelled a diplomat from the other country": each acts on the other's
    official, where the parse found only an official of no state."""
    tokens = st.tokens
    after = [t.lower for t in tokens[i + 1:i + 9]]
    if not pairs or not any(t.lower == "each" for t in tokens[max(0, i - 3):i]) \
            or not any((a, b) == ("the", "other") for a, b in zip(after, after[1:])):
        return pairs
    sources = side(pairs, 0)
    if len(sources) != 2 or not all(b.kind == "unowned" for _, b in pairs):
        return pairs
    b = pairs[0][1]
    return [(sources[0], b.owned_by(sources[1], "combined")), (sources[1], b.owned_by(sources[0], "combined"))]


_CONJUNCT_AUX = {"will", "would", "is", "are", "was", "were", "has", "have", "had", "later", "then", "also", "to", "be"}


def passive_conjunct(st: "SentenceState", i: int) -> list:
    """"Tebboune and his delegation were welcomed by Tunisian President Kais Saied and will meet with a number of
    their counterparts": a verb joined by "and" to a passive with a "by" shares the passive's subject (whom the
    passive acted on), not its agent; its partner is the first actor after it."""
    if st.last is None or not st.last[2] or passive_aux(st.tokens, st.last[0]) is None:
        return []
    k = i - 1
    while k > st.last[0] and st.tokens[k].lower in _CONJUNCT_AUX:
        k -= 1
    if st.tokens[k].lower != "and" or "by" not in [t.lower for t in st.tokens[st.last[0] + 1:k]]:
        return []
    subjects = side(st.last[2], 1)
    after = [m for m in st.mentions if m.start > i and not is_place(m, st.tokens)]
    if not after or any(t.text in CLAUSE_MARKS for t in st.tokens[i + 1:after[0].start]):
        return []
    partners = conjoined(after, 0, st.tokens, +1)
    return [(a, b) for a in subjects for b in partners if distinct(a, b) and a.country != b.country]
