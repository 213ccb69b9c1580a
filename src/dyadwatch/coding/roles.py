"""Who is the source and who the target of the verb at a token: by word order, or by the parse.

``pattern_roles`` needs no model: the source is the nearest actor before the verb, the target the
nearest after it, a passive's "by" swaps them, and conjoined actors are distributed.
``parse_roles`` reads spaCy's dependency parse: the source sits in the verb's subject subtree, the
target in its object or prepositional subtrees.  ``events.py`` decides which to trust for a verb.
"""

from __future__ import annotations

from dyadwatch.coding import dates
from dyadwatch.coding.conventions import AIRCRAFT
from dyadwatch.coding.dashed import dashed_object, these_ties
from dyadwatch.coding.mentions import (FRAMING, POSSESSIVES, RANKS, SPEECH, TITLE_LINKS, Mention, conjoined, distinct,
                                       each_other, is_place, nobodys, owned_first, past_apposed_name, prepositional,
                                       speaker, trip_destination, word_before)
from dyadwatch.coding.modality import EMPHASIS, INTENT_NOUNS
from dyadwatch.coding.tenses import MODAL_ADVERBS
from dyadwatch.coding.text import Token
from dyadwatch.coding.verbforms import CLAUSE_MARKS, PASSIVE_AUX, TRIPS_AND_STAYS, passive_aux


_SUBORDINATORS = {"as", "after", "before", "while", "when", "because", "since", "following", "amid"}
_GERUND_OPENERS = {"before", "after", "while", "since", "upon", "when", "besides"}


def _own_agent(m: Mention, tokens: list[Token]) -> bool:
    """"withdrew its peacekeepers": an agent the subject owns is not the act's target."""
    return m.kind == "possessed" or (m.kind == "unowned" and m.start > 0
                                     and tokens[m.start - 1].lower in POSSESSIVES)


# Openings of a parenthesis that names who watched an act, not who did it.
_WITNESS = (["in", "the", "presence", "of"], ["with", "the", "participation", "of"], ["in", "the", "company", "of"],
            ["accompanied", "by"], ["flanked", "by"], ["witnessed", "by"], ["alongside"],
            ["with", "the", "support", "of"], ["with", "the", "backing", "of"])


def witnessed(tokens: list[Token], i: int) -> set[int]:
    """Tokens, before the verb at ``i``, of a parenthesis naming witnesses: "Aliyev and Pashinyan, in the
    presence of Donald Trump, signed"."""
    out: set[int] = set()
    commas = [k for k in range(i) if tokens[k].text == ","]
    for a, b in zip(commas, commas[1:] + [i]):
        words = [t.lower for t in tokens[a + 1:a + 5]]
        if any(words[:len(w)] == w for w in _WITNESS):
            out |= set(range(a, b + 1))
    return out


BROKERING = frozenset({"brokered", "mediated", "facilitated"})
_LIST_WORDS = {"and", ",", "the"}


def brokered_by(m: Mention, tokens: list[Token]) -> int:
    """Where "brokered", "mediated" or "facilitated" stands when ``m`` is among its by-phrase's actors ("a deal
    brokered by the United States and Russia"), else -1: a broker is no party to the act brokered."""
    k = m.start - 1
    while k > 1 and (tokens[k].lower in _LIST_WORDS or tokens[k].text[:1].isupper()) and tokens[k].lower != "by":
        k -= 1
    return k - 1 if k >= 1 and tokens[k].lower == "by" and tokens[k - 1].lower in BROKERING else -1


def pattern_roles(tokens: list[Token], i: int, mentions: list[Mention], places: bool = False,
                  joint: bool = False, reciprocal: bool = True) -> list[tuple[Mention, Mention]]:
    """(source, target) pairs for the verb at token ``i``; conjoined actors are distributed.

    ``places``: a protest's place may be its target ("demonstrated outside the embassy"); then
    a joint subject does not act on itself ("US and British activists staged a protest").
    ``joint``: a joint subject acts on each other whoever is named after ("held joint drills in
    Manila's waters").  ``reciprocal``: with no one named after, a joint subject acts on each other
    ("X and Y signed a treaty"); not so for "NATO and the EU condemned the attack".
    """
    if thing_relative(tokens, i, mentions):
        return []
    if needed := _needed_of(tokens, i, mentions):  # "emphasize the need for both countries to reinforce": who
        # stresses the need means it, towards the others it names
        stresser = next((m for m in reversed(mentions) if m.end < needed[0].start - 2 and not is_place(m, tokens)),
                        None)
        return [(stresser, m) for m in needed if distinct(stresser, m)] if stresser is not None else []
    if _subjectless_gerund(tokens, i, mentions):
        return []  # "a decision linked to the number of vehicles loaded with fuel arriving in Tunisia"
    antecedent = _who(tokens, i, mentions)
    if antecedent is not None and nobodys(antecedent):
        return []  # "a safe destination for asylum seekers who arrive in Britain": no state arrives
    said = max((k for k in range(i) if tokens[k].lower in SPEECH), default=-1)
    watched = witnessed(tokens, i)
    # "said on Tuesday it fired water cannon at Philippine ships, accusing Manila of": the main subject accuses
    clause = participle(tokens, i)
    before = owned_first([m for m in mentions if m.end <= i and not is_place(m, tokens)
                          and not trip_destination(m, tokens) and not dashed_object(m, mentions, tokens)
                          and not _in_fronted_clause(m, tokens, i) and not _in_relative(m, tokens, i)
                          and (not prepositional(m, tokens) or _with_subject(m, tokens, i))
                          and m.start not in watched and not addressee(m, tokens) and not _an_agent_before(m, tokens, i)
                          and (m.start > said or clause or not _reported(mentions, said, i, tokens))])
    if antecedent is not None and antecedent not in before:  # "on the invitation of Prime Minister Nawaz Sharif,
        before = before + [antecedent]  # who will receive the distinguished guest": a relative's antecedent acts
    if not before and (opening := _opening_participle(tokens, i, mentions)):
        return opening
    if (caller := _caller(tokens, i, before)) is not None:
        before = [caller]  # "Khan called up the Bahrain King to complain about India's moves": Khan complains
    if _thing_subject(tokens, i, before) or trip_subject(tokens, i):
        return []
    # "A and B took steps towards peace by agreeing to a ceasefire": the means is the main subject's act
    means = i > 0 and tokens[i - 1].lower == "by" and tokens[i].lower.endswith("ing")
    # "visited Zimbabwe before travelling to South Africa": a gerund a subordinator opens is the main subject's act
    # (all of it: "Mali, Niger and Burkina Faso withdrew their ambassadors ... after accusing Algerian forces")
    means = means or (i > 0 and tokens[i - 1].lower in _GERUND_OPENERS and tokens[i].lower.endswith("ing"))
    # "Kishida and Yoon, meeting in Phnom Penh, reaffirmed": a participle right after a joint subject is theirs
    # (not "expelled Russian diplomats, accusing Russia of spying.": no comma closes that clause)
    appositive = clause and bool(before) and before[-1].end == i - 1 and any(t.text == "," for t in tokens[i + 1:])
    if before and (clause or means) and not appositive:  # "Erdogan delayed the vote, accusing Stockholm of...": Erdogan accuses
        before = conjoined(before, 0, tokens, +1) if means else before[:1]
    elif before and (first := _coordinated_subject(tokens, i, before)) is not None:
        before = conjoined(before, before.index(first), tokens, +1)
    elif before and i >= 2 and tokens[i - 1].lower == "it" and tokens[i - 2].lower in _SUBORDINATORS:
        before = before[:1]  # "The Cook Islands caught New Zealand off guard when it signed": it is the subject
    # "it targeted an Iranian group and clarified that no Pakistani nationals were harmed": whom a verb acts on
    # is named before a new clause that another verb's "that" opens
    # (or "when", "while": "were conducting a routine patrol along the border when the Thai side opened fire")
    # (or ", which": "imposed restrictions on women's education, which Qatar called disturbing")
    bound = next((k for k in range(i + 1, len(tokens)) if tokens[k].text == ";" or k >= i + 2 and (
                  tokens[k].lower in _NEW_CLAUSE
                  or (tokens[k].lower in _SAYING and tokens[k - 1].text == ",")  # "condemned the decision, saying"
                  or (tokens[k].lower == "that" and _opens_that_clause(tokens[k - 1]))
                  or (tokens[k].lower == "which" and tokens[k - 1].text == ",")
                  # "will meet with Vice-President Teuea Toatu to discuss ... priorities between the two countries"
                  or (tokens[k].lower == "to" and k + 1 < len(tokens) and tokens[k + 1].lower in _DISCUSSING))),
                 len(tokens))
    after = owned_first([m for m in mentions if i < m.start < bound and (places or not is_place(m, tokens))
                          and not speaker(m, tokens) and not _own_agent(m, tokens) and brokered_by(m, tokens) <= i])
    # "was attacked" is passive; "is investigating" is not
    passive = passive_aux(tokens, i) is not None
    # a reduced relative: "talks mediated by Qatar and Turkey"
    passive = passive or (tokens[i].lower.endswith("ed") and i + 1 < len(tokens) and tokens[i + 1].lower == "by") \
        or by_past_adjunct(tokens, i)
    # "deployed to Kursk, the region controlled by Ukrainian troops": a "by" past a comma is another verb's
    # (nor "are alleged to be backed by the UAE": the "by" of the verb the infinitive opens)
    by_agent = next((k for k, m in enumerate(after) if _after_by(m, tokens)
                     and not any(t.text in (",", ";") or t.lower == "be"
                                 for t in tokens[i + 1:_host_apposed(tokens, m.start) or m.start])),
                    None)
    # the passive's subject may be "negotiations between A and B": then A and B are what was acted on
    # (within the passive's own "that" clause: "shows that Ireland is the 10th largest investor in Canada, and that
    # 22,000 jobs in Ireland are backed by Canadian companies": jobs, not Ireland, are backed)
    that = max((k for k in range(i) if tokens[k].lower == "that" and k > 0 and tokens[k - 1].lower == "and"),
               default=-1)
    undergoers = [m for m in mentions if that < m.start and m.end <= i and not is_place(m, tokens)
                  and not speaker(m, tokens) and not posting(m, mentions, tokens) and not _in_relative(m, tokens, i)] \
        if passive else []
    if reciprocal and not places:
        # "the agreement on the Uzbek-Kyrgyz state border was signed by A and B": what it is about is no party
        undergoers = [m for m in undergoers if not _about(m, mentions, tokens)]
    if passive and by_agent is None and reciprocal and not places and _pair_hopes(tokens, before, i):
        return each_other(before)
    if passive and by_agent is not None and _reduced_relative(tokens, i, mentions):
        return _by_agents(tokens, after, by_agent, reciprocal and not places)
    if passive and by_agent is not None and not undergoers and reciprocal and not places:
        # "the agreement was inked by X of Rwanda and his Congolese counterpart": the agents did it together
        agents = conjoined(after, by_agent, tokens, +1)
        if len(agents) == 2:  # a longer list is more often the guests than the parties
            return each_other(agents)
    if passive and by_agent is not None and not undergoers and that >= 0:
        return []  # the "that" clause's passive names no one it was done to
    if passive and by_agent is None and any(t.lower == "by" for t in tokens[i + 1:i + 3]):
        return []  # "were received by Federal President Ueli Maurer in Sargans": a doer unknown, not the place after
    if passive and by_agent is not None and undergoers:
        sources = conjoined(after, by_agent, tokens, +1)
        targets = _owner_undergoer(undergoers, tokens) or conjoined(undergoers, len(undergoers) - 1, tokens, -1)
    else:
        sources = conjoined(before, len(before) - 1, tokens, -1) if before else []
        if (joint or their_shared(tokens, i, mentions)) and len(sources) >= 2:
            # "pledged to deepen their cooperation to deal with North Korea": with each other
            return each_other(sources)
        first = next((k for k, m in enumerate(after) if all(distinct(m, x) for x in sources)), None)
        if first is None and len(sources) >= 2:
            # "UAE's Minister ... and Pakistani diplomatic officials welcomed the Prime Minister": one of a joint
            # subject may be of the object's state; the others still act on it
            first = next((k for k, m in enumerate(after) if m.kind in ("person", "combined") and m.start <= i + 3
                          and all(t.lower in ("the", "a", "an", "his", "her", "its") for t in tokens[i + 1:m.start])
                          and (m.end == len(tokens) or tokens[m.end].lower not in ("'s", "’s", "'", "’"))
                          and any(distinct(m, x) for x in sources)), None)
        targets = conjoined(after, first, tokens, +1) if first is not None else []
        if len(sources) >= 2 and reciprocal and targets and any(t.text in CLAUSE_MARKS or t.lower in _SUBORDINATORS
                                                                for t in tokens[i:targets[0].start]):
            targets = []  # "X and Y agreed to a ceasefire, following talks mediated by Qatar": not with Qatar
        if len(sources) >= 2 and reciprocal and not places and targets and all(nobodys(t) for t in targets):
            targets = []  # "Saudi Arabia and Iran agreed to reopen embassies": whose embassies? each other's
        if not targets and reciprocal and not places and len(sources) >= 2 and (
                means or _next_to_verb(tokens, sources[-1].end, i, watched)):
            # "X and Y delayed their meeting": a joint subject acts on each other
            return each_other(sources)
        if not targets and len(sources) == 1:
            targets = these_ties(tokens, mentions, sources[0], i)
    return [(a, b) for a in sources for b in targets if distinct(a, b)]


# verbs whose object is no subject of the infinitive after it, which says what the call or meeting was for
_CALLING = {"called", "phoned", "telephoned", "rang", "summoned"}


def _caller(tokens: list[Token], i: int, before: list[Mention]) -> Mention | None:
    """The one who called, when the verb at ``i`` is the purpose of a call: "called up X to complain"."""
    if len(before) < 2 or i < 3 or tokens[i - 1].lower != "to" or before[-1].end != i - 1:
        return None
    k = before[-1].start - 1
    while k > 0 and tokens[k].lower in ("the", "a", "an", "up", "his", "her", "its", "their"):
        k -= 1
    if tokens[k].lower not in _CALLING:
        return None
    return next((m for m in reversed(before[:-1]) if m.end <= k), None)


_DISCUSSING = {"discuss", "address", "review", "examine", "explore"}
_CLAUSE_MODALS = {"will", "would", "may", "might", "could", "can", "should", "must"}
_NO_SUBJECT_END = {"to", "will", "would", "can", "could", "may", "might", "must", "should", "shall", "not", "and", "or",
                   ","}


def _thing_subject(tokens: list[Token], i: int, before: list[Mention]) -> bool:
    """"has flared again, after a military incident forced villagers to flee": a clause that a subordinator opens
    has its own subject right before the verb; an incident is no actor, and the states before the clause did not
    act in it ("military" only describes the incident)."""
    k = next((k for k in range(i - 1, max(-1, i - 7), -1) if tokens[k].lower in _SUBORDINATORS), None)
    # "The UN fears that a further 100,000 refugees may head for Chad": a "that" clause's modal follows its subject
    that = next((k for k in range(i - 2, max(-1, i - 9), -1) if tokens[k].lower == "that"), None) \
        if tokens[i - 1].lower in _CLAUSE_MODALS else None
    k = that if k is None else k
    if k is None or k + 2 >= i or tokens[k + 1].lower not in ("a", "an", "the") or tokens[i - 1].text[:1].isupper() \
            or (tokens[i - 1].lower in _NO_SUBJECT_END and k != that):  # "as an opportunity to deepen": no clause
        return False
    inside = [m for m in before if m.start > k]
    return all(m.kind == "unowned" and m.end < i - 1 for m in inside) \
        and not any(m.start <= i - 1 < m.end for m in before)


_FRONTING = {"after", "before", "while", "following", "upon", "despite", "when"}


def _in_fronted_clause(m: Mention, tokens: list[Token], i: int) -> bool:
    """"After rejecting the opposing criticism against the credits given by the Asian nation, the President denied":
    what a fronted clause names is no subject of the main verb after its comma."""
    if not tokens or tokens[0].lower not in _FRONTING or not tokens[1:2] or not tokens[1].lower.endswith("ing"):
        return False
    comma = next((k for k, t in enumerate(tokens) if t.text == ","), None)
    return comma is not None and m.end <= comma < i and any(x for x in tokens[comma + 1:i] if x.text[:1].isalpha())


_SET_TO = {"set", "expected", "aimed", "meant", "intended", "likely"}


def trip_subject(tokens: list[Token], i: int) -> bool:
    """"Danilo Medina's first state visit to China is set to enhance mutual understanding, deepen friendship": what
    a trip is set to do has the trip, no actor, for its subject."""
    if _trip_will(tokens, i):
        return True
    be = next((k for k in range(i - 1, max(-1, i - 12), -1) if tokens[k].lower in ("is", "are", "was", "were")), None)
    if be is None or be + 3 > i or tokens[be + 1].lower not in _SET_TO or tokens[be + 2].lower != "to":
        return False
    # (the infinitive's own verbs only: not "The trip is expected in July and follows ... meeting her counterpart")
    finite = any(a.lower == "and" and (b.lower.endswith("s") or b.lower.endswith("ed"))
                 for a, b in zip(tokens[be + 3:i], tokens[be + 4:i + 1]))
    return not finite and any(t.lower in TRIPS_AND_STAYS for t in tokens[max(0, be - 5):be])


def _trip_will(tokens: list[Token], i: int) -> bool:
    """"Bolivian President Evo Morales' state visit to China will bolster strategic bilateral ties": what a trip will
    do is its effect; the trip, no actor, is the subject."""
    k = i - 1
    while k > 0 and tokens[k].lower in MODAL_ADVERBS:
        k -= 1
    if k < 1 or tokens[k].lower not in ("will", "would"):
        return False
    # (or a trip and its traveller: "the visit by the Indian Head of State will enhance bilateral relations")
    trip = next((j for j in range(k - 1, max(-1, k - 9), -1) if tokens[j].lower in TRIPS_AND_STAYS
                 and (j >= k - 3 or tokens[j + 1].lower in ("by", "of"))), None)
    # (not "during the visit President Nazarbayev will make a State Call": a framed trip, another subject)
    return trip is not None and not any(t.text in CLAUSE_MARKS for t in tokens[trip:k]) \
        and not any(t.lower in FRAMING for t in tokens[max(0, trip - 3):trip])


def _pair_hopes(tokens: list[Token], sources: list[Mention], i: int) -> bool:
    """"Both sides expressed hope that the document would be agreed upon and signed": a pair the sentence describes
    as one ("both sides", "the two leaders") hopes or agrees that a deal be done with no other party: with each
    other."""
    if len(sources) != 2 or len({m.text for m in sources}) != 1 or any(m.kind != "anaphor" for m in sources):
        return False  # the pair's two mentions share the description's words
    that = next((k for k in range(sources[-1].end, i) if tokens[k].lower == "that"), None)
    return that is not None and that - sources[-1].end <= 3


def _with_subject(m: Mention, tokens: list[Token], i: int) -> bool:
    """"tensions rose, with Khartoum accusing the UAE of...": after "with", the actor right before an
    -ing verb is that verb's subject."""
    return m.end == i and m.start > 0 and tokens[m.start - 1].lower == "with" and tokens[i].lower.endswith("ing")


def _opening_participle(tokens: list[Token], i: int, mentions: list[Mention]) -> list[tuple[Mention, Mention]]:
    """"Welcoming his Uzbek counterpart at the presidential residence, Kazakh President Tokayev noted": a
    participle opening the sentence is the act of the subject after its comma, on whom it names before it."""
    if i > 1 or not tokens[i].lower.endswith("ing"):
        return []
    comma = next((k for k in range(i + 1, len(tokens)) if tokens[k].text == ","), None)
    if comma is None:
        return []
    subject = next((m for m in mentions if comma < m.start <= comma + 4), None)
    objects = [m for m in mentions if i < m.start and m.end <= comma and not is_place(m, tokens)]
    if subject is None or not objects:
        return []
    return [(subject, t) for t in conjoined(objects, 0, tokens, +1) if distinct(subject, t)]


_NEW_CLAUSE = {"when", "while", "whereas", "although"}
# what one says while acting names no one the act is on: "condemned the decision, saying it ... will harm the
# region's business"
_SAYING = {"saying", "adding", "noting", "stressing", "arguing", "insisting", "explaining", "claiming", "stating"}


def fired_upon(tokens: list[Token], i: int, mentions: list[Mention]) -> list[tuple[Mention, Mention]]:
    """"the Cambodian troops were conducting a routine patrol when the Thai side opened fire": an attack in a
    "when" clause with no target named is on the main clause's subject."""
    k = next((k for k in range(i - 1, max(-1, i - 8), -1) if tokens[k].lower == "when"), None)
    if k is None or any(t.text in CLAUSE_MARKS for t in tokens[k:i]):
        return []
    source = next((m for m in mentions if k < m.start and m.end <= i), None)
    targets = [m for m in mentions if m.end <= k and not is_place(m, tokens) and not prepositional(m, tokens)]
    if source is None or not targets or not distinct(source, targets[-1]):
        return []
    return [(source, targets[-1])]


def _about(m: Mention, mentions: list[Mention], tokens: list[Token]) -> bool:
    """An actor naming what a thing is about ("the agreement on the Uzbek-Kyrgyz border", "a deal over Syria"),
    itself or as the head of a list ("on the Uzbek-Kyrgyz": Kyrgyz is joined to Uzbek)."""
    first = conjoined(mentions, mentions.index(m), tokens, -1)[0] if m in mentions else m
    k = word_before(tokens, first.start)
    return k >= 0 and tokens[k].lower in _ABOUT


_ABOUT = {"on", "about", "over", "regarding", "concerning"}


def _reduced_relative(tokens: list[Token], i: int, mentions: list[Mention]) -> bool:
    """"the agreements signed by the Cook Islands and China", "restrictions imposed by the two countries": a
    participle right after a noun that is no actor acts on that noun, not on an actor further back.  A
    mediator's act ("talks mediated by Qatar") is done for the parties named before, so it is not one."""
    prev = tokens[i - 1]
    return prev.lower not in PASSIVE_AUX and prev.text not in CLAUSE_MARKS and not prev.lower.endswith("ly") \
        and not any(m.end == i for m in mentions) and not tokens[i].lower.startswith(_FOR_OTHERS)


_ADJUNCT_OPENERS = {"in", "on", "at", "last", "earlier", "yesterday", "today"}


def by_past_adjunct(tokens: list[Token], i: int) -> bool:
    """"an accord signed in Rome on Monday by premier Giorgia Meloni and her Albanian counterpart": a participle
    after a noun, with a "by" past a short phrase of where or when, is passive."""
    if not tokens[i].lower.endswith("ed") or i + 2 >= len(tokens) or tokens[i + 1].lower not in _ADJUNCT_OPENERS \
            or not _reduced_relative(tokens, i, []):
        return False
    k = next((k for k in range(i + 2, min(len(tokens), i + 8)) if tokens[k].lower == "by"), None)
    return k is not None and not any(t.text in CLAUSE_MARKS or t.lower in ("and", "to", "that", "with")
                                     for t in tokens[i + 1:k])


_FOR_OTHERS = ("mediat", "broker", "facilitat", "sponsor", "host")


def _by_agents(tokens: list[Token], after: list[Mention], by_agent: int, reciprocal: bool) -> list:
    """The agents after "by" act on whom is named after them ("measures introduced by the European Union against
    Belarus"), or, for an act of two sides, on each other ("agreements signed by the Cook Islands and China")."""
    agents = conjoined(after, by_agent, tokens, +1)
    targets = [m for m in after[by_agent + len(agents):] if all(distinct(m, a) for a in agents)
               and tokens[m.start - 1].lower in ("against", "on", "to", "with")
               and not any(t.text in CLAUSE_MARKS for t in tokens[agents[-1].end:m.start])][:1]
    if targets:
        return [(a, t) for a in agents for t in conjoined(after, after.index(targets[0]), tokens, +1)]
    if reciprocal and len(agents) == 2:  # a longer list is more often the guests than the parties
        return each_other(agents)
    return []


def _owner_undergoer(undergoers: list[Mention], tokens: list[Token]) -> list[Mention]:
    """"Morocco's plan for the Western Sahara, backed by Spain": what is backed is Morocco's, not the place
    its plan is for."""
    first = undergoers[0]
    if first.end >= len(tokens) or tokens[first.end].lower not in ("'s", "’s"):
        return []
    rest = undergoers[1:]
    if rest and all(tokens[m.start - 1].lower in _COMPLEMENTS or tokens[m.start - 2].lower in _COMPLEMENTS
                    for m in rest if m.start >= 2):
        return [first]
    return []


_COMPLEMENTS = {"for", "on", "over", "of", "in", "to"}


_TIME_WORDS = {"on", "last", "this", "week", "month", "year", "today", "yesterday", "have", "has", "had", "also",
               "jointly", "both", "finally", "formally", "officially", "early", "late", "earlier", "later"}


_RELATIVES = {"that", "which"}


def thing_relative(tokens: list[Token], i: int, mentions: list[Mention]) -> bool:
    """"a three-year dispute that went to the WTO and helped relations between Beijing and Canberra to
    fall": a verb whose subject is a relative pronoun standing for a thing has no actor for a source."""
    k = next((k for k in range(i - 1, max(-1, i - 12), -1) if tokens[k].lower in _RELATIVES
              or tokens[k].text in (";", ":")), None)
    if k is None or k == 0 or tokens[k].text in (";", ":"):
        return False
    if any(k < m.start < i and not prepositional(m, tokens) for m in mentions):
        return False  # "the sanctions that Washington imposed": the actor after the pronoun is the subject
    before = tokens[k - 1]
    if tokens[k].lower == "that" and _opens_that_clause(before):
        return False  # "said that they shot down": a complementizer, not a relative pronoun
    if before.lower in VOICES and k >= 2 and tokens[k - 2].lower in ("'s", "'"):
        return False  # "Jordan's stance that rejects and condemns the Israeli war": the stance is Jordan speaking
    return before.text[:1].islower() and before.text.isalpha() and not any(m.start <= k - 1 < m.end for m in mentions)


VOICES = {"stance", "position"}  # "Iran's stance, which ...": a view, not its holder


def _subjectless_gerund(tokens: list[Token], i: int, mentions: list[Mention]) -> bool:
    """An "-ing" form with no "be" before it, in a clause (from the last comma) that names no actor before
    it, modifies a noun of that clause ("vehicles ... arriving in Tunisia"): no actor does it."""
    word = tokens[i].lower
    if not word.endswith("ing") or i < 2 or tokens[i - 1].lower in PASSIVE_AUX or tokens[i - 1].text in CLAUSE_MARKS:
        return False
    start = max((j for j in range(i) if tokens[j].text in CLAUSE_MARKS), default=-1)
    if start < 0:
        return False
    return not any(start < m.start < i for m in mentions) and tokens[start + 1].lower in ("a", "an", "the")


def _an_agent_before(m: Mention, tokens: list[Token], i: int) -> bool:
    """"An aircraft carrying vaccine donated by China arrived": the agent of an earlier participle, with
    no comma or "and" between it and the verb at ``i``, does not do what the verb says."""
    k = word_before(tokens, m.start)
    if k < 1 or tokens[k].lower != "by" or not tokens[k - 1].lower.endswith("ed"):
        return False
    return not any(t.text in CLAUSE_MARKS or t.lower in ("and", "but", "who", "which", "that") for t in tokens[m.end:i])


def _coordinated_subject(tokens: list[Token], i: int, before: list[Mention]) -> Mention | None:
    """"Putin showed Kim around Russia's launch site and discussed ...": a verb right after "and" shares
    the subject of its clause, not the last actor the first verb's object names."""
    k = i - 1
    if k >= 1 and tokens[k].lower in ("also", "then", "later", "subsequently"):
        k -= 1
    if k < 1 or tokens[k].lower != "and" or not tokens[i].text.islower():
        return None
    # "spoke with Iraq's prime minister on the sidelines of the Assembly, and urged him": the comma before
    # "and" closes the first verb's phrase, not a clause
    end = k - 1 if tokens[k - 1].text == "," else k
    # (nor does an apposition's comma: "met Liu Yandong, Vice-Premier of the People's Republic of China yesterday
    # in Parliament in Budapest and held talks")
    apposed = {m.end for m in before
               if any(m.end < n.start <= m.end + 3 and n.code[:3] == m.code[:3] for n in before)}
    apposed |= {j for m in before for j in range(m.start, m.end)}  # "his Guinean counterpart, Umaro Sissoco Embaló"
    start = max((j for j in range(end) if (tokens[j].text in CLAUSE_MARKS and j not in apposed)
                 or tokens[j].lower in _CLAUSE_WORDS), default=-1)
    return next((m for m in before if m.start > start), None)


_CLAUSE_WORDS = {"that", "which", "who", "while", "when", "after", "before", "as", "because", "since", "but"}


def _in_relative(m: Mention, tokens: list[Token], i: int) -> bool:
    """"King Mswati III, who is leading a delegation, will be greeted by Tsai": what a relative clause
    names is not who the main verb at ``i`` acts on."""
    opened = next((k for k in range(m.start - 1, max(-1, m.start - 12), -1)
                   if tokens[k].lower in ("who", "which") and k > 0 and tokens[k - 1].text == ","), None)
    return opened is not None and any(t.text == "," for t in tokens[m.end:i])


def _who(tokens: list[Token], i: int, mentions: list[Mention]) -> Mention | None:
    """The actor a "who" right before the verb at ``i`` stands for ("asylum seekers who arrive", "Erdogan,
    who visited Baku")."""
    j = i - 1  # ("Nawaz Sharif, who will receive the distinguished guest": past the modal)
    while j > 1 and tokens[j].lower in ("will", "would", "shall", "also", "later", "then"):
        j -= 1
    if j < 1 or tokens[j].lower != "who":
        return None
    end = j - 1 if tokens[j - 1].text == "," else j
    return next((m for m in mentions if m.end == end), None)


def _opens_that_clause(t: Token) -> bool:
    """A word after which "that" opens a clause ("said that", "clarified that", "adding that"), not a relative."""
    return t.lower in SPEECH or t.lower in _TAKES_THAT or t.lower.endswith("ing") \
        or (t.lower.endswith("ed") and t.lower not in _NOT_SAYING)


_NOT_SAYING = {"based", "aimed", "designed", "concerned", "worried", "linked", "related", "used", "so-called"}


_TAKES_THAT = {"say", "says", "believe", "believes", "hope", "hopes", "means", "mean", "shows", "show", "so", "now",
               "also", "such", "ensure", "insist", "insists", "think", "thinks", "know", "knows", "argue", "argues",
               "claim", "claims", "warn", "warns", "note", "notes", "add", "adds", "announce", "announces",
               "confirm", "confirms", "state", "states", "clarify", "clarifies", "assert", "asserts", "fact"}


_TELLING = {"told", "tells", "tell", "telling", "briefed", "assured", "informed"}


def addressee(m: Mention, tokens: list[Token]) -> bool:
    """"Babis told reporters that the decision to expel the Russians...": whom a speaker tells is no
    agent of what is told."""
    k = m.start - 1
    while k >= 0 and tokens[k].lower in ("the", "a", "an", "his", "her", "their", "its"):
        k -= 1
    return k >= 0 and tokens[k].lower in _TELLING and m.end < len(tokens) and tokens[m.end].lower != "to"


def _needed_of(tokens: list[Token], i: int, mentions: list[Mention]) -> list[Mention]:
    """The actors of "the need for <actors> to <verb>" before the verb at ``i``."""
    if i < 4 or tokens[i - 1].lower != "to":
        return []
    k = next((k for k in range(i - 2, max(0, i - 8), -1) if tokens[k].lower == "for"), None)
    if k is None or tokens[k - 1].lower != "need":
        return []
    return [m for m in mentions if k < m.start and m.end <= i - 1]


def _next_to_verb(tokens: list[Token], end: int, i: int, watched: set[int] = frozenset()) -> bool:
    """A joint subject right before its verb, or separated only by when or by who watched: "Rwanda and
    DR Congo, on Friday, June 27, signed"."""
    gap = [t for t in tokens[end:i] if t.i not in watched]
    # "China and Vietnam reset their diplomatic ties and signed agreements": a second verb of the subject
    coordinated = 2 <= len(gap) <= 8 and gap[-1].lower == "and" and gap[0].text[:1].islower() \
        and not any(t.text in ",;:" or t.lower in ("that", "which", "who", "to") for t in gap)  # not "agreed to X and"
    rest = [t for t in gap if not _when(t)]
    # "Qatar and Bahrain on Wednesday agreed to restore": when they acted does not part them from a verb they
    # agreed to (not "met on Monday to sign", whose signing is only planned), nor does a name in apposition
    # ("Lavrov and his Mongolian counterpart, Lundeg Purevsuren, signed")
    # (or a longer name between commas: "the President of Nauru, His Excellency David Waiau Ranibok Adeang, signed")
    apposed = len(gap) >= 4 and [t.text for t in past_apposed_name(gap)] == [","]
    return len(gap) <= 3 or coordinated or apposed or _second_control(gap) or _stressed_need(rest) \
        or (len(rest) <= 4 and all(t.lower in _CONTROL or t.text.istitle() for t in rest))


def _stressed_need(gap: list[Token]) -> bool:
    """"Meloni and Modi stressed the need to deepen ties", "... stressed the importance of expanding": what a joint
    subject stresses it means to do, with each other (as "agreed to")."""
    words = [t.lower for t in gap if t.lower not in ("also", "both")]
    return len(words) == 4 and words[0] in EMPHASIS and words[1:] in (["the", "need", "to"],
                                                                       ["the", "importance", "of"])


def _second_control(gap: list[Token]) -> bool:
    """"Both leaders held ... talks, agreeing to expand cooperation", "X and Y met and agreed to deepen ties": the
    subject's second verb, one that controls the infinitive, after its first verb phrase."""
    words = [t.lower for t in gap]
    for sep in ("and", ","):
        if sep not in words[1:]:
            continue
        k = len(words) - 1 - words[::-1].index(sep)
        head, tail = gap[:k], words[k + 1:]
        if tail and tail[-1] == "to" and all(w in _CONTROL or w in _CONTROLLING for w in tail) \
                and 1 <= len(head) <= 12 and head[0].text[:1].islower() \
                and not any(t.text in ",;:" or t.lower in ("that", "which", "who", "to") for t in head):
            return True
    return False


_CONTROLLING = {"agreeing", "deciding", "pledging", "vowing", "promising", "expressing", "reaffirming"}


# "X and Y (have) agreed to", "Both leaders expressed their desire to deepen cooperation"
_CONTROL = {"agreed", "agree", "agrees", "decided", "decide", "decides", "to", "will", "would", "have", "has", "had",
            "jointly", "both", "formally", "officially", "also", "then", "expressed", "express", "their", "desire",
            "wish", "readiness", "willingness", "intention", "pledged", "vowed", "promised", "reaffirmed",
            # "the two countries are eyeing to further strengthen their partnership"
            "are", "is", "eyeing", "keen", "eager", "looking", "further"}


def _when(t: Token) -> bool:
    return (t.text in ",()" or t.text[:1].isdigit() or t.lower in _TIME_WORDS or t.lower in dates.MONTHS
            or t.lower in dates.WEEKDAYS or t.lower.endswith("ly"))


_ENVOYS = {"ambassador", "envoy", "commissioner", "consul", "chargé", "charge", "affaires", "representative"}


def posting(m: Mention, mentions: list[Mention], tokens: list[Token]) -> bool:
    """"The Indian High Commissioner to Dhaka, Pranay Verma was summoned": where an envoy serves is
    no one who underwent what the envoy did."""
    return m.start >= 1 and tokens[m.start - 1].lower == "to" and any(
        p.end == m.start - 1 and any(t.lower in _ENVOYS for t in tokens[p.start:p.end]) for p in mentions)


def participle(tokens: list[Token], i: int) -> bool:
    """A clause that adds what the subject did too: "..., accusing X of ...", "..., calling on Y to ...",
    and a second one joined to it ("..., accusing Israel of genocide ... and asking the court to ...")."""
    if i < 1 or not (tokens[i].lower.endswith("ing") and tokens[i].text.islower()):
        return False
    if tokens[i - 1].text == ",":
        return True
    return tokens[i - 1].lower == "and" and any(
        tokens[k - 1].text == "," and tokens[k].lower.endswith("ing") and tokens[k].text.islower()
        for k in range(i - 2, max(0, i - 16), -1))


def _reported(mentions: list[Mention], said: int, i: int, tokens: list[Token]) -> bool:
    """"Poland said that migrants are trying to storm the border": the clause after the speech verb
    has its own subject, so the speaker is no source of its act."""
    # "told reporters after meeting his Greek counterpart": whom the speaker tells starts no clause
    if said >= 0 and any(said < m.start and m.end <= i and not addressee(m, tokens) for m in mentions):
        return True
    # "the Taliban said that an aircraft bombed a forested area": a weapon nobody owns is the clause's subject
    # (not "said its drones struck Russia": the speaker's own)
    if said >= 0 and any(tokens[k].lower in _INSTRUMENTS and tokens[k - 1].lower not in POSSESSIVES
                         for k in range(max(said + 1, i - 2), i)):
        return True
    return relative_speaker(tokens, i, mentions) is not None


_INSTRUMENTS = AIRCRAFT | {"missile", "missiles", "rocket", "rockets", "projectile", "projectiles", "shell", "shells"}


def relative_speaker(tokens: list[Token], i: int, mentions: list[Mention]) -> Mention | None:
    """"The troops, which India says provide help": the one saying, inside a relative clause whose
    subject is "which", right before the verb at ``i``."""
    if i < 2 or tokens[i - 1].lower not in SPEECH:
        return None
    m = next((m for m in mentions if m.end == i - 1), None)
    return m if m is not None and m.start > 0 and tokens[m.start - 1].lower in ("which", "who", "that") else None


_SHARED = {"cooperation", "ties", "relations", "relationship", "partnership", "coordination", "friendship",
           "alliance", "dialogue", "bilateral"}


def their_shared(tokens: list[Token], i: int, mentions: list[Mention]) -> bool:
    """"deepen their cooperation", "improve their ties": the act is on what the subjects share (not
    "presented their credentials to..."); "agreed to work together" is with each other."""
    if any(t.lower == "together" for t in tokens[i + 1:i + 4]) and not any(i < m.start < i + 4 for m in mentions):
        return True
    # "both stressed their commitment to strengthening collaboration": their one will, towards each other
    if i >= 3 and tokens[i - 1].lower == "to" and tokens[i - 2].lower in INTENT_NOUNS \
            and "their" in (tokens[i - 3].lower, tokens[i - 4].lower if i >= 4 else "") \
            and not any(i < m.start < i + 4 for m in mentions):
        return True
    k = next((k for k in range(i + 1, min(len(tokens), i + 3)) if tokens[k].lower == "their"), None)
    return (k is not None and not any(i < m.start < k for m in mentions)
            and any(t.lower in _SHARED for t in tokens[k + 1:k + 3]))


def _after_by(m: Mention, tokens: list[Token]) -> bool:
    """The agent of a passive: "by Azerbaijan", "by the Russian Foreign Ministry", "by his Ivorian counterpart"."""
    prev = [t.lower for t in tokens[max(0, m.start - 2):m.start]]
    if _host_apposed(tokens, m.start) is not None or _aide_of(tokens, m.start):
        return True
    # ("by senior Egyptian officials", "by top Chinese leaders": a rank before the office is no other word)
    return bool(prev) and (prev[-1] == "by" or (prev[-1] in _BEFORE_AGENT and prev[:1] == ["by"]))


def _host_apposed(tokens: list[Token], start: int) -> int | None:
    """"will be officially received by his host, President Samia Suluhu Hassan": the name set off after "by his
    host" is the agent.  Where the comma that sets it off stands, or None."""
    if start >= 4 and tokens[start - 1].text == "," and tokens[start - 2].lower in ("host", "hosts") \
            and tokens[start - 3].lower in ("his", "her", "their") and tokens[start - 4].lower == "by":
        return start - 1
    # "was received by Union Minister of State (MoS) for External Affairs, V Muraleedharan": an office's title
    # (or a name the dictionary lacks, then the office: "were welcomed by Giovanni Malaga, the president of ...")
    comma = start - 1 if tokens[start - 1].text == "," else \
        start - 2 if start >= 2 and tokens[start - 1].lower == "the" and tokens[start - 2].text == "," else \
        _office_of(tokens, start)
    by = next((k for k in range(start - 2, max(-1, start - 14), -1) if tokens[k].lower == "by"), None)
    return comma if by is not None and comma is not None and comma - by > 1 and all(
        t.text[:1].isupper() or t.lower in TITLE_LINKS for t in tokens[by + 1:comma]) else None


def _office_of(tokens: list[Token], start: int) -> int | None:
    """"by Mr. Michael Bogdanov, the special representative of President Putin": an office set off after the name,
    of the actor named; where its comma stands, or None."""
    of = start - 2 if start >= 2 and tokens[start - 1].lower == "the" else start - 1  # ("the head of the ...")
    if of < 2 or tokens[of].lower != "of":
        return None
    k = of - 1
    while k > 0 and of - k <= 4 and tokens[k].text.isalpha() and tokens[k].text.islower():
        k -= 1
    return k if tokens[k].text == "," and k < of - 1 else None


def _aide_of(tokens: list[Token], start: int) -> bool:
    """"was received by Special Assistant to the Foreign Minister of Japan Seiichi Otsuka": an aide, named by the
    office he serves, is that office's state's agent."""
    if start < 5 or [t.lower for t in tokens[start - 2:start]] != ["to", "the"]:
        return False
    by = next((k for k in range(start - 3, max(-1, start - 7), -1) if tokens[k].lower == "by"), None)
    return by is not None and by < start - 3 and all(t.text[:1].isupper() for t in tokens[by + 1:start - 2])


_BEFORE_AGENT = RANKS | {"the", "a", "an", "his", "her", "its", "their", "several", "other"}


def demand_roles(tokens: list[Token], i: int, mentions: list[Mention]) -> list[tuple[Mention, Mention]]:
    """"Turkey said Armenia must withdraw": the speaker demands of the subject of "must".

    Without a speaker ("Armenia must withdraw") nobody is demanding anything: no event.
    """
    before = [m for m in mentions if m.end <= i and not is_place(m, tokens)]
    if not before:
        return []
    # "Rabuka said ... Australia and Fiji should strengthen cooperation": a speaker among the subjects
    # demands nothing of the others
    subjects = conjoined(before, len(before) - 1, tokens, -1)
    first = subjects[0]
    talking = [m for m in before[:-len(subjects)] if any(t.lower in SPEECH for t in tokens[m.end:first.start])]
    if not talking:  # "Israel should apologize ..., Poland's prime minister said": the speaker comes after
        talking = [m for m in mentions if m.start > i and speaker(m, tokens)][:1]
    if not talking or not all(distinct(talking[-1], s) for s in subjects):
        return []
    return [(talking[-1], s) for s in subjects]
