"""Who did what to whom: verbs between actor mentions become CAMEO-coded events.

Two modes with one interface.  ``patterns`` needs no model; ``parser`` uses spaCy's dependency
parse when the English pipeline is installed.  How roles are read off word order or the parse is
``roles.py``'s business; this module decides, verb by verb, which reading to trust and applies the
rules that belong to kinds of act (meetings with no partner named, summonses, withdrawals "from",
measures that share the parties of the one before).  Where the parse finds no actor, the pattern
rule fills in, unless the parse shows a subject that is no actor ("the report alleged...").  How a
verb is governed ("will", "refused to", "must") is ``modality``'s business.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from dyadwatch.coding import dates, modality
from dyadwatch.coding.conventions import (ENVOYS, aerial, by_phone, clash_code, courtesy_call, cut_ties, domestic,
                                          expelled_officials, fire_exchanged, lifted_code, meeting_agreed, others_deal,
                                          to_a_frontier, to_an_envoy, trade_ban)
from dyadwatch.coding.envoys import ONE_OWNER, recall
from dyadwatch.coding.guards import SWITCHES, guarded, switched_from
from dyadwatch.coding.mentions import (SPEECH, Mention, both_ways, codable, conjoined, distinct, each_other, is_place,
                                       nobodys, people, prepositional)
from dyadwatch.coding.partners import (TOPIC_WORDS, actor_object, each_to_the_other, joined_by, partner_named,
                                       passive_conjunct, topic, with_partners)
from dyadwatch.coding.passives import (attended_passive, border_closed, border_reopened, nobody_undergoes,
                                        passive_agent, signed_passive)
from dyadwatch.coding.referents import SUBORDINATORS
from dyadwatch.coding.parsed import distribute, parse_roles
from dyadwatch.coding.roles import (PASSIVE_AUX, brokered_by, by_past_adjunct, demand_roles, fired_upon, participle,
                                    pattern_roles, relative_speaker, their_shared, trip_subject)
from dyadwatch.coding.text import Token
from dyadwatch.coding.verbforms import (CLAIMS, CLAUSE_MARKS, WINDOW, asked_passively, backs_a_document, borders_meet,
                                        by_in_clause, find_pattern, flown_from, following, noun_use, passive_aux,
                                        purpose)
from dyadwatch.coding.verbs import Pattern, VerbDictionary
from dyadwatch.coding.visits import (deployed, destination, discussed_at_reception, followed_by, fronted_visit,
                                      gathering_place, going_home, guest_visits, met_on_arrival, migrating,
                                      returns_someone, signed_on_a_trip, to_meet, ties_as_purpose, toured_place,
                                      trip_purpose, troops_visited, visiting_guest, visitor)

NEGATION = {"not", "n't", "never", "no", "refused", "declined", "failed", "denied", "cannot",
            # the tokenizer keeps contractions whole
            "didn't", "doesn't", "don't", "won't", "wouldn't", "can't", "couldn't", "hasn't", "haven't",
            "hadn't", "isn't", "aren't", "wasn't", "weren't", "shouldn't"}  # Token.lower makes ’ an apostrophe
HYPOTHETICAL = {"could", "might", "if", "unless", "whether"}  # not "may": PETRARCH codes "may spur"
# Dependency labels of a verb acting as a verb; a verb form as subject or object is a noun.
VERBAL_DEPS = {"ROOT", "conj", "xcomp", "ccomp", "advcl", "relcl", "acl", "pcomp", "parataxis", "csubj", "dep",
               "acomp"}  # "he was skeptical": our mood adjectives
# "agreed to release", "plans to visit": the embedded verb is coded (modality.py makes it an intent).
CONTROL = {"agree", "plan", "pledge", "promise", "vow", "intend", "decide", "offer", "threaten", "want", "seek",
           "commit", "try", "attempt", "begin", "continue", "order", "ask", "urge", "call", "invite", "refuse",
           "prepare"}


@dataclass
class CodedEvent:
    source: Mention
    target: Mention
    code: str
    verb_start: int  # char offsets in the document
    verb_end: int
    verb: str
    confidence: float | None = None  # set by confidence.EventFilter when a model is in use


_PLANS = {"plans", "planned", "planning", "plan", "intends", "intend", "intended", "intending"}
_RECEPTIONS = {"welcome", "receive"}  # whom they take is a guest, not a state's act ("welcomed its decision")


def _planned(tokens: list[Token], i: int) -> bool:
    """"plans to visit Indonesia in November": a planned visit is on the schedule, as "will visit" is (and so is
    the meeting or visit one "looks forward to": "looks forward to exchanging views with the Mauritius Prime
    Minister", "I look forward to welcoming President Ramos-Horta to Australia")."""
    return i >= 2 and tokens[i - 1].lower == "to" and (tokens[i - 2].lower in _PLANS or (
        tokens[i - 2].lower == "forward" and i >= 3 and tokens[i - 3].lower in modality.LOOKS))


def _inside(i: int, mentions: list[Mention]) -> bool:
    return any(m.start <= i < m.end for m in mentions)


_MEETINGS = {"040", "042", "043", "046"}
_RECALL_CODES = {"160", "161", "114"}  # "recalled", "withdrew its ambassador", "summoned its ambassador home"
_FROM_TARGETS = {"161", "166", "087", "163", "172"}  # and "banned all seafood imports from Japan"
_BUYING = {"buy", "purchase", "acquire", "procure", "import"}  # "bought weapons from India": the seller


def _from_place(pattern: Pattern, st: "_SentenceState", i: int) -> bool:
    """A recall, withdrawal or ban "from" a state names that state, though "from" usually marks a place."""
    return (pattern.code in _FROM_TARGETS or pattern.lemma in _BUYING) \
        and any(t.lower == "from" for t in st.tokens[i + 1:i + WINDOW])


def _addressed(events: list[CodedEvent]) -> list[CodedEvent]:
    """"sent a note verbale to India seeking the extradition of Sheikh Hasina": an appeal made by a
    participle of the act that carried it is addressed to that act's target, not to whom it asks for."""
    out = []
    for e in events:
        # the parse may hang the participle on the target ("to India seeking"): either way it is the carrier's
        carrier = next((c for c in out if c.verb_start < e.verb_start and c.target.country != c.source.country
                        and e.source.country in (c.source.country, c.target.country)), None)
        # (but "asking the court to order...": whom the participle names right after it is asked)
        asked = 0 <= e.target.char_start - e.verb_end <= 5
        if e.code[:2] == "02" and e.verb.lower().endswith("ing") and carrier is not None and not asked:
            e = replace(e, source=carrier.source, target=carrier.target)
        out.append(e)
    return out


def _denied_claim(st: "_SentenceState", i: int) -> list | None:
    """"Ndayishimiye accused Rwanda of backing the rebels — a claim denied by the Rwandan government": the
    one after "by" denies it to the accuser, the sentence's first actor."""
    tokens = st.tokens
    if not (0 < i < len(tokens) - 1 and tokens[i - 1].lower in CLAIMS and tokens[i + 1].lower == "by"):
        return None
    source = next((m for m in st.mentions if i + 2 <= m.start <= i + 4), None)
    accuser = next((m for m in st.mentions if m.end <= i - 1 and not is_place(m, tokens)), None)
    if source is None or accuser is None or not distinct(source, accuser):
        return None
    return [(source, accuser)]


_CLAUSE_SUBJECTS = {"that", "i", "we", "he", "she", "they", "it", "you"}


def _clause_modal(tokens: list[Token], i: int) -> int | None:
    """Where the modal of a clause a commissive verb takes stands ("agreed [that] I would invite him"), or None."""
    k = i + 1
    while k < min(len(tokens) - 1, i + 4) and tokens[k].lower in _CLAUSE_SUBJECTS:
        k += 1
    return k if k > i + 1 and tokens[k - 1].lower != "that" and tokens[k].lower in modality.MODALS else None


def _pattern_words(tokens: list[Token], i: int, mentions: list[Mention]) -> list[str]:
    """The words a verb's pattern may need: those after it, and for a passive with "by" or "from" those
    of its subject, where the object stands ("The peace treaty was signed by Armenia and Azerbaijan",
    "Two diplomats are expelled from France")."""
    after = following(tokens, i + 1, mentions)
    signed = signed_passive(tokens, i)
    if border_reopened(tokens, i):  # "the border ... will be reopened": the border stands before
        return after + [t.lower for t in tokens[max(0, i - 10):i]]
    if attended_passive(tokens, i):  # "The ceremony at Ream Naval Base, located off ..., was attended by"
        return after + [t.lower for t in tokens[:i]]
    adjunct = by_past_adjunct(tokens, i)  # "an accord signed in Rome on Monday by"
    if i < 1 or i + 1 >= len(tokens) or (tokens[i + 1].lower not in ("by", "from", "between") and not signed
                                         and not adjunct):
        return after
    if signed or (i >= 2 and tokens[i - 1].lower in PASSIVE_AUX):
        k = i - 1 if tokens[i - 1].lower in PASSIVE_AUX else i - 2  # "were also signed": the auxiliary past the adverb
    elif tokens[i].lower.endswith("ed") and (tokens[i + 1].lower in ("by", "between") or adjunct):
        # a reduced relative: "the agreements signed by the Cook Islands and China" ("signed between Turkey and
        # Libya"), or one set off by a comma:
        # "the agreement, signed by Azerbaijan's Economy Minister and Israeli Energy Minister, designates"
        k = i - 1 if tokens[i - 1].text == "," else i
    else:
        return after
    subject = []
    # the subject's head may stand behind what it is about: "the agreement on the Uzbek-Kyrgyz state border";
    # a signing's subject may list with commas ("the agreement on scientific, technical cooperation were signed")
    while k > 0 and len(subject) < 8 and (tokens[k - 1].text not in CLAUSE_MARKS
                                          or (signed and tokens[k - 1].text == ",")):
        k -= 1
        subject.append(tokens[k].lower)
    return after + subject[::-1]


def _joint_subject(st: "_SentenceState", i: int) -> bool:
    """"Russia and China held joint drills": two or more actors conjoined before the verb."""
    before = [m for m in st.mentions if m.end <= i and not is_place(m, st.tokens)]
    return bool(before) and len(conjoined(before, len(before) - 1, st.tokens, -1)) >= 2


_ABOUT = TOPIC_WORDS - {"of"}  # "will host a meeting on Haiti" (not "hosted the President of Iceland")
# "announcing a suspension of the agreement": nouns that undo what a pattern word names
_UNDOING = {"suspension", "termination", "cancellation", "end", "collapse", "abrogation", "annulment", "revocation"}
# "and then closed", "and is demanding"
_LINK_ADVERBS = {"also", "then", "immediately", "later", "is", "are", "was", "were", "has", "have", "had"}
_CLAUSE_BREAKS = {"that", "after", "before", "when", "while", "as", "following", "because", "since", "but", "which",
                  "who", "if", "until", "amid", ";", ":"}


def _coordinated(st: "_SentenceState", i: int, code: str) -> bool:
    """A hostile measure with no parties of its own, joined by "and" to the one before it, shares
    that one's parties.  Only measures (16-20) and demands inherit from measures or accusations (11-20),
    so "condemned the attack on Armenia and called for calm" gives Armenia no appeal, but "lodged a
    protest with China ... and is demanding the immediate removal" makes the demand of China."""
    if st.last is None or st.last[0] != st.recent or not (_hostile_after_hostile(code, st.last[1])
                                                            or _deal_after_meeting(code, st.last[1])):
        return False
    j, tokens = st.last[0], st.tokens
    k = i - 1
    while k > j and tokens[k].lower in _LINK_ADVERBS:
        k -= 1
    if k <= j or tokens[k].lower != "and":  # ", suspending parts of the constitution" adds the subject's act, not the parties
        return False
    between = tokens[j + 1:k]
    end = next((n for n in range(i + 1, len(tokens)) if tokens[n].lower in _CLAUSE_BREAKS), len(tokens))
    # "...and ousted the affected Ithilen villages": an actor of its own, even one read as a place, is its own party
    own = any(i < m.start < end for m in st.mentions)
    return not own and not any(t.lower in _CLAUSE_BREAKS or t.lower in SPEECH for t in between)


def _where_place(st: "_SentenceState", i: int) -> list:
    """A place named before ", where" is where the act in the "where" clause struck, done by the actor that
    clause opens with."""
    k = next((k for k in range(i - 1, max(1, i - 6), -1) if st.tokens[k].lower == "where"), None)
    if k is None or st.tokens[k - 1].text != ",":
        return []
    place = next((m for m in st.mentions if m.end == k - 1 and m.kind == "state"), None)
    actor = next((m for m in st.mentions if k < m.start < i and not nobodys(m)), None)
    # rebels seizing their own state's towns act on it (CODREB -> COD), unlike its government
    return [(actor, place)] if place is not None and actor is not None \
        and (distinct(actor, place) or actor.agent == "REB") else []


def _hostile_after_hostile(code: str, last: str) -> bool:
    return (_measure(code) or code[:2] == "10") and int(last[:2]) >= 11


def _deal_after_meeting(code: str, last: str) -> bool:
    """"Sharif met with Crown Prince Mohammed bin Salman and signed the Strategic Mutual Defense Agreement": a deal
    signed or promised with no party of its own is made with the one just met or visited."""
    return _deal(code) and last[:2] == "04"


def _deal(code: str) -> bool:
    return code == "057" or code[:2] == "03"


# Acts of words (praise, demands, criticism, rejection, threats): said of a passive subject by nobody named
_SAID_OF = {"05", "10", "11", "12", "13"}
_FINITE = {"has", "have", "had", "is", "are", "was", "were", "will", "would"}


def _clause_subject(verbs: VerbDictionary, tokens: list[Token], i: int, m: Mention) -> bool:
    """"commended the progress made over the past year, since Rwanda Security Forces deployed": an actor that
    opens a subordinate clause after the verb is that clause's subject, not the verb's object."""
    k = m.start - 2 if m.start >= 2 and tokens[m.start - 1].lower == "the" else m.start - 1
    return i < k and tokens[k].lower in SUBORDINATORS and m.end < len(tokens) \
        and (tokens[m.end].lower in _FINITE or verbs.lemma(tokens[m.end].text) is not None)


def _in_relative(pairs: list, tokens: list[Token], i: int) -> bool:
    """Every target sits in a relative clause after the verb: what the object says, not whom the act is with."""
    return all(b.start > i and any(t.lower in ("that", "which") for t in tokens[i + 1:b.start]) for _, b in pairs)


# "signed a deal brokered by the United States": the broker signed nothing; "signed a defense agreement during
# Prime Minister Shehbaz Sharif's visit to Riyadh": one signer's visit frames the act, it names no third party
_FRAMES = {"during", "amid", "following", "ahead"}


def _no_partner(m: Mention, tokens: list[Token], i: int) -> bool:
    """A parsed object a joint subject does not act with: nobody's ("agreed to reopen embassies"), or
    past the verb's clause ("agreed to a truce, after talks mediated by Qatar"): they act on each other."""
    return nobodys(m) or (m.start > i and any(t.text in CLAUSE_MARKS for t in tokens[i:m.start])) \
        or brokered_by(m, tokens) > i \
        or (m.start > i and any(t.lower in _FRAMES for t in tokens[i + 1:m.start]))


def _measure(code: str) -> bool:
    return code[:2].isdigit() and int(code[:2]) >= 16


def _participle_parties(st: "_SentenceState", i: int) -> list:
    """"India escalated tensions with Pakistan, suspending the treaty and shutting the border": a
    measure in a participle clause, with no party of its own, is the main subject's against the
    other actor of the main clause."""
    before = [m for m in st.mentions if m.end <= i and not is_place(m, st.tokens) and not prepositional(m, st.tokens)]
    if not before:
        return []
    subject = before[0]
    if subject.code.startswith("---"):
        return []  # "the military government declared a state of siege, suspending parts of the constitution"
    other = next((m for m in st.mentions if subject.end <= m.start and m.end <= i and not nobodys(m)
                  and distinct(subject, m) and not is_place(m, st.tokens)), None)
    return [(subject, other)] if other is not None else []


def _pronoun_object(tokens: list[Token], i: int) -> bool:
    return i + 1 < len(tokens) and tokens[i + 1].lower in ("it", "them")


def _reciprocal(pattern: Pattern, tokens: list[Token], i: int) -> bool:
    """Acts that a joint subject does to each other: meeting, agreeing, signing, cooperating,
    exchanging, or anything done to "their" shared thing ("delayed their meeting")."""
    if pattern.code == "045":  # mediators do not mediate between themselves ("a proposal brokered by Egypt and Qatar")
        return False
    return (pattern.mutual or pattern.code[:2] in ("03", "04", "05", "06") or pattern.code == "0871"  # "declared a truce"
            or pattern.lemma in ("exchange", "swap", "trade")
            # "Taiwan and Kiribati severed ties on Friday after ... China": ties cut are the pair's own
            or (pattern.code == "161" and "ties" in pattern.after)
            or any(t.lower in ("their", "each", "one", "mutual", "reciprocal") for t in tokens[i + 1:i + 4])
            # "carried out missile strikes on each other's territories"
            or any(a.lower in ("each", "one") and b.lower in ("other", "another") for a, b in zip(tokens[i + 1:i + 8],
                                                                                            tokens[i + 2:i + 9])))


# Acts whose target is a place: protests at, withdrawals from, blockades and occupations of, refuge in.
# Also an embassy opened in a capital, an envoy recalled from one, a visit's destination.
_PLACE_TARGETS = {"087", "0874", "166", "1661", "1662", "1663", "191", "192", "0233", "054", "161", "042",
                  "114"}  # "called in the Chinese ambassador"


def official_protest(code: str, pairs: list) -> str:
    """"Greece protested Turkish violations": a state or its government protesting complains officially
    (114); "Georgians protested", "students protested" demonstrate (141)."""
    if pairs and all(a.agent == "GOV" or (a.kind == "state" and len(a.code) == 3 and not people(a)) for a, _ in pairs):
        return "114"
    return code


# not "in": drills held in Belarus are no show of force at Belarus; nor "to": troops sent to an ally
_NEAR = {"near", "off", "around", "outside", "towards", "toward"}


def _aimed_at(pattern: Pattern, tokens: list[Token], m: Mention) -> bool:
    """"fired warning shots at North Korean soldiers": whom a shot is fired at is the one it warns."""
    return pattern.lemma in ("fire", "shoot") and tokens[m.start - 1].lower == "at"


def _earlier_intent(tokens: list[Token], i: int) -> bool:
    """"Trump's previous threats to seize control of the canal": an old threat is background, not the news."""
    return i >= 3 and tokens[i - 1].lower == "to" and tokens[i - 2].lower in modality.INTENT_NOUNS \
        and tokens[i - 3].lower in ("previous", "past", "earlier")


def _counterfactual(tokens: list[Token], i: int) -> bool:
    """"Mongolia should have arrested the Russian president": what should or could have been done was not."""
    return i >= 2 and tokens[i - 1].lower == "have" and tokens[i - 2].lower in ("should", "could", "might", "ought")


def _standing(tokens: list[Token], i: int) -> bool:
    """"have been expanding their relations in the gas field for many years": what has gone on for years is
    the relationship's state, not this news's act."""
    if i < 2 or not tokens[i].lower.endswith("ing") or tokens[i - 1].lower != "been" \
            or tokens[i - 2].lower not in ("have", "has", "had"):
        return False
    for k in range(i + 1, min(len(tokens) - 2, i + 15)):
        if tokens[k].text in CLAUSE_MARKS and tokens[k].text != ",":
            return False
        if tokens[k].lower == "for" and (tokens[k + 1].lower in dates.LONG_SPANS
                                         or tokens[k + 2].lower in dates.LONG_SPANS):
            return True
    return False


_OBLIGES = {"requires", "require", "required", "requiring", "obliges", "oblige", "obliged", "obliging",
            "obligates", "obligate", "obligated", "commits"}


def _obliged(tokens: list[Token], i: int, mentions: list[Mention]) -> bool:
    """"The deal requires Rwanda to withdraw troops", "the accord obliges both sides to respect the border":
    an act someone is bound to do is not done (and the binding is the document's, no party's act)."""
    if i < 3 or tokens[i - 1].lower != "to":
        return False
    bound = next((m for m in mentions if m.end == i - 1), None)
    k = bound.start - 1 if bound is not None else i - 2
    while k > 0 and tokens[k].lower in ("the", "both", "all", "its", "their"):
        k -= 1
    return tokens[k].lower in _OBLIGES


def _envoy_posted(tokens: list[Token], i: int, code: str) -> bool:
    """"where Jerusalem still has an ambassador stationed": an envoy posted is no force deployed (150)."""
    return code == "150" and any(t.lower in ENVOYS for t in tokens[max(0, i - 2):i + 3])


def _deal_terms(tokens: list[Token], i: int) -> bool:
    """"signed an agreement on Tuesday as per which the Lebanese authorities will take back migrants": what the deal
    provides for, in a clause "as per which", "under which" or "whereby" opens, is its terms, no party's act."""
    for k in range(i - 1, max(0, i - 10), -1):
        word = tokens[k].lower
        if word == "whereby" or (word == "which" and tokens[k - 1].lower in ("per", "under")):
            return True
        if word in (";", ":", "and", "but") or tokens[k].text in ("“", '"'):
            return False
    return False


_ALLEGATIONS = CLAIMS | {"rumours", "rumors"}


def _alleged(tokens: list[Token], i: int) -> bool:
    """"citing allegations that the UAE has been providing military support to the RSF": what is alleged is
    not reported as done (the accusation is the allegers' act, not this verb's)."""
    for k in range(i - 1, max(0, i - 9), -1):
        if tokens[k].text in CLAUSE_MARKS:
            return False
        if tokens[k].lower == "that" and tokens[k - 1].lower in _ALLEGATIONS:
            return True
    return False


_PAUSES = {"pause", "delay", "suspension", "moratorium", "halt", "postponement", "freeze"}


def _paused(tokens: list[Token], i: int) -> bool:
    """"a month-long “pause” on imposing a 25-percent tariff": an act put off is not done."""
    return tokens[i].lower.endswith("ing") and i >= 2 and tokens[i - 1].lower in ("on", "of", "in") and \
        any(t.lower.strip("“”\"'") in _PAUSES for t in tokens[max(0, i - 4):i - 1])


_GOODS = {"goods", "imports", "products", "exports", "shipments", "imported", "produced", "made", "originating"}


def _goods_from(tokens: list[Token], m: Mention) -> bool:
    """"on goods imported from Colombia": whence the goods come is whom a tariff or a ban is on."""
    return m.start >= 2 and tokens[m.start - 1].lower == "from" and \
        any(t.lower in _GOODS for t in tokens[max(0, m.start - 4):m.start - 1])


def _new_clause(tokens: list[Token], directive: int, i: int, mentions: list[Mention]) -> bool:
    """"urged Mongolia to hand Putin over ..., and the European Union expressed concern": a clause with a subject
    of its own after ", and" is no longer what the appeal asks for."""
    k = next((k for k in range(directive + 1, i - 1) if tokens[k].text in (",", ";")
              and tokens[k + 1].lower in ("and", "but")), None)
    return k is not None and any(k + 1 < m.start and m.end <= i for m in mentions)


def _court(m: Mention) -> bool:
    return m.agent == "JUD" or (m.code.startswith("IGO") and "JUD" in m.code)  # "IGOUNOJUDICJ": the ICJ


def _plea_against(st: "_SentenceState", i: int, pairs: list) -> list:
    """"asked judges at the ICJ to reject Gabon's claim": a plea to a court is against the state whose claim or case
    it names after the court, not against the judges."""
    if pairs and not all(_court(b) or b.kind == "unowned" for _, b in pairs):
        return pairs
    court = max((b.end for _, b in pairs), default=i + 1)
    against = next((m for m in st.mentions if m.start >= court and not _court(m) and not m.code.startswith("---")
                    and not m.code.startswith("IGO") and not is_place(m, st.tokens)), None)
    subject = [a for a, _ in pairs] or [m for m in st.mentions if m.end <= i and not is_place(m, st.tokens)][-1:]
    return [(a, against) for a in subject if against is not None and distinct(a, against)]


def _asked_for(tokens: list[Token], directive: int | None, i: int, bare: bool = False,
               mentions: list[Mention] = ()) -> bool:
    """"urged the EU to support the PLO", "demanded that the US cancel the sale", "demanded the
    Lithuanian government recall its ambassador": the support, the cancellation and the recall are
    what the appeal or demand asks for, coded by the appeal itself.  Without "to" or "that", only a
    bare verb form close after the demand is asked for ("demanded X recall"), not "demanded X and recalled"."""
    if directive is None or _new_clause(tokens, directive, i, mentions):
        return False
    between = tokens[directive + 1:i]
    return any(t.lower in ("to", "that") for t in between) or (
        bare and len(between) <= 6 and not any(t.lower in ("and", ",", ";") for t in between))


@dataclass
class _SentenceState:
    """What coding one sentence remembers from verb to verb."""

    tokens: list[Token]
    mentions: list[Mention]
    roles: dict = field(default_factory=dict)  # verb token → (source, target) from the parse
    nominal: set = field(default_factory=set)  # verb forms the parse shows to be nouns
    objects: set = field(default_factory=set)  # words a pattern consumed as its object
    directive: int | None = None  # the token of an appeal or demand: what it asks for is not an act
    directive_events: list = field(default_factory=list)  # the events that appeal or demand made
    last: tuple | None = None  # (token, code, pairs) of the last verb that found its parties
    recent: int = -1  # the token of the last verb that matched a pattern


def unique(events: list[CodedEvent]) -> list[CodedEvent]:
    seen, out = set(), []
    for e in events:
        key = (e.source.code, e.target.code, e.code)
        if key not in seen:
            seen.add(key)
            out.append(e)
    return out


class EventCoder:
    """Component: sentence tokens + mentions → coded events."""

    name = "events"
    requires = ("tokens", "mentions")
    provides = ("events",)

    def __init__(self, verbs: VerbDictionary, nlp=None):
        self.verbs = verbs
        self.nlp = nlp

    @property
    def mode(self) -> str:
        return "parser" if self.nlp is not None else "patterns"

    def needs_parse(self, tokens: list[Token], mentions: list[Mention]) -> bool:
        """Only sentences with two actors and a dictionary verb can yield an event: parse just those."""
        return codable(mentions) and any(self._candidate(tokens, t.i, mentions) for t in tokens)

    def _candidate(self, tokens: list[Token], i: int, mentions: list[Mention]) -> bool:
        """A dictionary verb, used as a verb, whose pattern the following words satisfy."""
        lemma = self.verbs.lemma(tokens[i].text)
        if lemma is None or _inside(i, mentions) or noun_use(tokens, i, lemma, mentions):
            return False
        return find_pattern(self.verbs, lemma, _pattern_words(tokens, i, mentions)) is not None

    def __call__(self, text: str, offset: int, tokens: list[Token], mentions: list[Mention],
                 parsed=None) -> list[CodedEvent]:
        if not codable(mentions):
            return []
        state = _SentenceState(tokens, mentions)
        if self.nlp is not None:
            doc = parsed if parsed is not None else self.nlp(text)
            state.roles = parse_roles(doc, offset, tokens, mentions)
            by_char = {t.start - offset: t.i for t in tokens}
            # "Trump hosted Aliyev and Pashinyan at the White House": when the parse roots the sentence
            # in a name it found no verb at all, and its verdict that a verb form is a noun is no verdict
            if not any(t.dep_ == "ROOT" and _inside(by_char.get(t.idx, -1), mentions) for t in doc):
                state.nominal = {by_char[t.idx] for t in doc if t.idx in by_char and t.dep_ not in VERBAL_DEPS}
        events, reporting = [], []
        for tok in tokens:
            coded = self._code_verb(tok, state)
            if coded is None:
                continue
            pattern, code, pairs = coded
            # "refused to meet" is one side's act; a meeting agreed (conventions.meeting_agreed) is both sides'
            if pattern.mutual and (code == pattern.code or (pattern.code, code) == ("030", "036")):
                pairs = both_ways(pairs)
                made = [CodedEvent(s, t, clash_code(code, s, t), tok.start, tok.end, tok.text) for s, t in pairs]
            else:
                made = [CodedEvent(source, domestic(code, source, target),
                                   to_an_envoy(expelled_officials(aerial(code, source), source, target), target,
                                               tokens),
                                   tok.start, tok.end, tok.text) for source, target in pairs]
            if code == "043":
                made += [CodedEvent(s, t, "042", tok.start, tok.end, tok.text)
                         for s, t in guest_visits(tokens, tok.i, pairs, mentions)]
            if code == "054" and pattern.lemma in SWITCHES:  # "switching recognition from Taiwan to China"
                made += [CodedEvent(s, t, "161", tok.start, tok.end, tok.text)
                         for s, t in switched_from(state, tok.i, pairs)]
            (reporting if pattern.reporting else events).extend(made)
            if state.directive == tok.i:
                state.directive_events = made
        chosen = events or [e for e in reporting if e.verb_start == reporting[0].verb_start]
        return unique(by_phone(_addressed(chosen)))

    def _code_verb(self, tok: Token, st: _SentenceState) -> tuple[Pattern, str, list] | None:
        """The pattern, code and (source, target) pairs of one verb, or None if it codes nothing."""
        tokens, mentions, i = st.tokens, st.mentions, tok.i
        lemma = self.verbs.lemma(tok.text)
        if lemma is None or _inside(i, mentions):
            return None
        how = modality.announced(tokens, i) if self.verbs.modality else None
        if (how not in ("refusal", "halt") and self._negated(tokens, i)) or i in st.nominal or i in st.objects \
                or noun_use(tokens, i, lemma, mentions):
            return None
        if (denied := _denied_claim(st, i)) is not None:  # "— a claim denied by the Rwandan government"
            pattern = find_pattern(self.verbs, lemma, ["accusations"])
            if pattern is not None:
                return pattern, pattern.code, denied
        after = _pattern_words(tokens, i, mentions)
        pattern = find_pattern(self.verbs, lemma, after)
        if pattern is not None and pattern.joint and "with" not in after and not _joint_subject(st, i) \
                and joined_by(st, i) is None:
            # "launched joint air and sea patrols around Taiwan": joint services, no partner: a show of force
            pattern = find_pattern(self.verbs, lemma, after, joint=False)
        if pattern is not None and pattern.object and not actor_object(st, i, strict=lemma in _RECEPTIONS):
            # "welcomed Japan's decision": no actor welcomed, so the next reading (an endorsement)
            pattern = find_pattern(self.verbs, lemma, after, objects=False)
        if pattern is None or self._controls(lemma, tokens, i) or modality.stands_ready(lemma, tokens, i):
            return None
        if how is None and pattern.code[:3] in _MEETINGS and self.verbs.modality \
                and modality.future_time_clause(tokens, i):
            how = "modal"  # "the tour will reflect ... when President Kenyatta meets with Abe"
        if pattern.code == "042" and returns_someone(st, i, lemma):
            return None
        if asked_passively(lemma, tokens, i) or backs_a_document(self.verbs, lemma, tokens, i) \
                or borders_meet(lemma, tokens, i, mentions):
            return None  # "when asked about his call with Putin"; "the government backed a bill"; "where A and B meet"
        if trip := ties_as_purpose(st, i, pattern.code):
            return pattern, "032", trip  # "met with his colleague ..., to deepen bilateral ties"
        # the trip's traveller, before this verb's own parties become the last ones
        traveller = st.last[2][0][0] if trip_purpose(st, i, pattern.code) else None
        if (received := discussed_at_reception(st, i, pattern)) is not None:
            reception = modality.announced(tokens, st.last[0]) if self.verbs.modality else None
            code = modality.announced_code("040", reception) if reception else "040"
            return (pattern, code, received) if code is not None else None
        if purpose(self.verbs, tokens, i):
            return None  # "would meet to discuss confidence-building measures": the meeting is the act
        if _asked_for(tokens, st.directive, i, bare=tok.lower == lemma, mentions=mentions):
            # What the appeal or demand asks for says which one it is: "urged Uganda to repatriate..."
            for e in st.directive_events:  # only the first act asked for: "cancel plans to sell arms" asks to cancel
                e.code = modality.asked_code(e.code, pattern.code) if e.code != "115" else e.code
            st.directive_events = []
            return None
        if _obliged(tokens, i, mentions) or _deal_terms(tokens, i) or _envoy_posted(tokens, i, pattern.code):
            return None
        # "impose sanctions": the word the pattern needed is its object, not a verb; a passive's object
        # stands before it ("the treaty was signed by"), with nothing after to consume
        needed = next((k for k in range(i + 1, len(tokens)) if tokens[k].lower in pattern.after), None)
        if needed is not None:
            if any(tokens[k].lower == "longer" and tokens[k - 1].lower == "no" for k in range(i + 1, needed)):
                return None  # "announced that it will no longer supply weapons": the halted verb's act
            if pattern.code[:2] == "03" and any(tokens[k].lower in _UNDOING for k in range(i + 1, needed)):
                return None  # "announcing a suspension of the Simla Agreement": the agreement is undone, not made
            if any(tokens[k].lower == "to" and tokens[k - 1].lower in modality.INTENT_NOUNS
                   and self.verbs.lemma(tokens[k + 1].text) for k in range(i + 1, needed - 1)):
                return None  # "announced its intention to impose tariffs": the tariffs are the embedded act's
            st.objects.add(needed)
        pairs = [(a, b) for a, b in guarded(pattern, st, i, self._pairs(i, pattern, how, st))
                 if not _clause_subject(self.verbs, tokens, i, b)]
        pairs = toured_place(pattern, st, i, pairs)
        if how == "modal":  # "is in Armenia to sign key agreements": with the host
            pairs = signed_on_a_trip(st, i, pattern.lemma, pairs)
        recalled = recall(tokens, mentions, i, pattern.lemma, ONE_OWNER) if pattern.code in _RECALL_CODES else None
        if recalled:
            pairs = recalled  # "recall our Ambassador to Tel Aviv ... to Ankara": the envoy's state recalls
        if pattern.lemma == "host":  # "will host a high-level meeting on Haiti": what is met about is no guest
            pairs = [(a, b) for a, b in pairs if tokens[b.start - 1].lower not in _ABOUT]
        if pattern.mutual and pattern.code[:2] == "04":
            if not partner_named(st, i):  # "would discuss the purchase of Greenland": what is discussed is no one met
                pairs = [(a, b) for a, b in pairs if not (topic(st.tokens, a, i) or topic(st.tokens, b, i))]
            pairs = with_partners(st, i, pairs)
        code = "161" if recalled is not None else cut_ties(trade_ban(pattern.code, tokens, i), tokens, i)
        code = others_deal(to_a_frontier(code, tokens, i), pattern.lemma, tokens, i)
        code = meeting_agreed(code, pattern.lemma, tokens, i)
        if traveller is not None:  # "visited Chile to strengthen ties with Bolivia": his intent, not Chile's
            code, pairs = "032", [(traveller, b) for _, b in pairs if distinct(traveller, b)]
        if needed is not None:
            code = lifted_code(code, tokens, needed)  # "announced the lifting of sanctions on Syria": eased
        if code == "141" and pattern.lemma == "protest" and tokens[i - 1].lower not in ("in", "a", "an", "the", "of"):
            code = official_protest(code, pairs)  # not "handed the ambassador a demarche in protest at"
        if code[:2] == "05" and pattern.lemma == "welcome" and visitor(st, i):
            code = "043"  # "Lula welcomed Uruguay's President-elect Yamandú Orsi": a reception, not praise
        if code == "160" and border_closed(tokens, i):
            code = "191"  # "all border crossings between Poland and Belarus should be closed"
        if courtesy_call(code, pattern.lemma, tokens, i) or troops_visited(code, pattern.lemma, tokens, i, pairs):
            code, pairs = "040", both_ways(pairs)
        if code == "040" and met_on_arrival(tokens, i):
            code = "043"  # "arrived at the White House and was met by US President Donald Trump": a reception
        if fire_exchanged(code, tokens, i):
            pairs = both_ways(pairs)
        if code == "042" and pairs and all((b, a) in pairs for a, b in pairs):
            code = "040"  # "Pashinyan and Aliyev attended the summit": no one hosted the other, they met
        code = modality.announced_code(code, how) if how else code
        if code is None:
            return None
        if code == "036" and pattern.code == "042" and pairs and all(flown_from(tokens, b) for _, b in pairs):
            code = "042"  # "would fly in from Angola": where the traveller comes from is a stop made, not one to come
        # "is scheduled to meet Yoon", "will pay a visit to Vietnam": a schedule is both sides' plan (CAMEO's
        # 036 example codes "Fischer will visit Albania" both ways); an invitation ("asked Xi to visit") is not modal
        if (how in ("modal", "decided", "resolved") or how == "commissive" and _planned(tokens, i)) and code == "036" \
                and (pattern.mutual or pattern.code[:3] in ("042", "043")):
            pairs = both_ways(pairs)
        # "signed two MoUs with their Guinean counterparts", "signed the agreement alongside Prabowo": both signed
        # (ratifying is one side's act)
        if code == "057" and {"with", "alongside"} & set(after) \
                and pattern.lemma in ("sign", "ink", "initial", "conclude", "forge"):
            pairs = both_ways(pairs)
        # "Iran launched a joint military drill ... with Azerbaijan": the partner in a joint operation takes part too
        if code == "062" and pattern.joint and (partner := joined_by(st, i)) is not None \
                and any(b == partner for _, b in pairs):
            pairs = both_ways(pairs)
        if code == "115":
            pairs = _plea_against(st, i, pairs)
        if (code[:2] in ("02", "10") or code == "115") and pairs:
            st.directive = i
        return pattern, code, pairs

    @staticmethod
    def _pairs(i: int, pattern: Pattern, how: str | None, st: _SentenceState) -> list:
        if pattern.code == "042" and (guest := visiting_guest(st, i)) is not None:
            return guest  # "talks led by Kenyatta and visiting Tanzania Head of State Samia Suluhu Hassan"
        if (agents := passive_agent(st.tokens, st.mentions, i)) is not None:
            return agents
        # (and "was accorded a ceremonial reception at ... in New Delhi": a welcome whose host is not named)
        if (pattern.code[:2] in _SAID_OF or pattern.code == "043") and passive_aux(st.tokens, i) is not None \
                and st.tokens[i].lower.endswith("ed") and not by_in_clause(st.tokens, i):
            return []  # "The Turkey-Libya deal was widely criticized as ...": its subject underwent it, by nobody named
        if how == "demand":
            return demand_roles(st.tokens, i, st.mentions)
        if pattern.inverse:  # "troops came under fire from Azerbaijani positions"
            return [(b, a) for a, b in pattern_roles(st.tokens, i, st.mentions, places=True)]
        if (pattern.joint or (pattern.mutual and not partner_named(st, i)) or their_shared(st.tokens, i, st.mentions)) and \
                (together := pattern_roles(st.tokens, i, st.mentions, joint=True)):
            # "X and Y discussed the situation in Syria": a joint subject meets each other, not Syria
            if len({a.start for a, _ in together}) >= 2:
                return together
        # ("the keenness of Egypt and Kuwait to coordinate": the parse hangs the infinitive on the noun, no subject)
        parsed = () if modality.intent_of(st.tokens, i) else st.roles.get(i, ())
        if parsed and (parsed[0] is relative_speaker(st.tokens, i, st.mentions) or trip_subject(st.tokens, i)):
            parsed = None  # "which India says provide help": the subject is "which", no actor (nor a trip)
        if parsed and destination(pattern, st.tokens, i):
            # "arrived in Jakarta for the Annual Consultation with Prabowo": where one arrives is the visit's
            # target, not whom the parse hangs under the trip's purpose
            parsed = ()
        if parsed and pattern.code[:2] in ("01", "04", "05", "06") and is_place(parsed[1], st.tokens):
            # "held talks in Almaty", "signed a peace agreement in Washington": where is no party to it
            # (nor "told a news conference in the Ethiopian capital" whom it was told)
            parsed = ()
        if parsed and nobodys(parsed[1]) and (_from_place(pattern, st, i) or pattern.code == "074"):
            # "withdrew its troops from Syria": whence, not the troops, is the target; "deploy 1,000 police
            # officers to help Haitian police": whom they are sent to help
            parsed = ()
        if parsed and _no_partner(parsed[1], st.tokens, i) and _reciprocal(pattern, st.tokens, i) and \
                len(joint := conjoined(st.mentions, st.mentions.index(parsed[0]), st.tokens, +1)) >= 2:
            pairs = each_other(joint)
        elif parsed:
            pairs = distribute(parsed, st.mentions, st.tokens, i)
        elif parsed is None:  # the parse shows a subject that is no actor
            pairs = []
        else:  # a protest's target may be where it is held ("staged a protest in Beijing")
            # "recalled its ambassador from Georgia": whence an envoy is recalled is the target
            pairs = pattern_roles(st.tokens, i, st.mentions, places=pattern.code[:2] == "14" or _from_place(pattern, st, i)
                                  or destination(pattern, st.tokens, i), reciprocal=_reciprocal(pattern, st.tokens, i))
        pairs = each_to_the_other(st, i, pairs) or passive_conjunct(st, i)
        if not pairs and (pattern.code in _PLACE_TARGETS or pattern.code[:2] in ("18", "19", "20")):
            # "a drone bombed a convoy in Yemen": with no one else named, an attack's target is where it struck, or
            # the place a "where" clause hangs from ("in eastern DRC, where M23 rebels have seized control")
            pairs = pattern_roles(st.tokens, i, st.mentions, places=True) or _where_place(st, i)
        if not pairs and pattern.code[:2] == "19":
            pairs = fired_upon(st.tokens, i, st.mentions)
        if not pairs and pattern.code[:2] == "16":  # "a 30% tariff on goods imported from Colombia"
            pairs = [(a, b) for a, b in pattern_roles(st.tokens, i, st.mentions, places=True) if _goods_from(st.tokens, b)]
        if not pairs and pattern.code == "150":  # "conducted military drills near Taiwan": a show of force at it
            pairs = [(a, b) for a, b in pattern_roles(st.tokens, i, st.mentions, places=True)
                     if b.start > 0 and (st.tokens[b.start - 1].lower in _NEAR or _aimed_at(pattern, st.tokens, b))]
        if pairs and _deal(pattern.code) and _in_relative(pairs, st.tokens, i) and _coordinated(st, i, pattern.code):
            # "met with X and signed the agreement that reaffirms the ties between Islamabad and the Kingdom"
            pairs = []
        if not pairs and _coordinated(st, i, pattern.code):
            # "suspended the treaty with Pakistan and closed the border crossing": the same parties; a deal is
            # both sides' ("visited Baku and signed agreements")
            pairs = both_ways(st.last[2]) if _deal_after_meeting(pattern.code, st.last[1]) else st.last[2]
        if not pairs and participle(st.tokens, i) and _measure(pattern.code):
            pairs = _participle_parties(st, i)
        if not pairs and pattern.code == "042":
            pairs = fronted_visit(st, i)
        if pattern.code == "042":
            pairs = gathering_place(st, i, pairs)
        if pattern.code == "042":  # "arrived at ..., followed shortly after by Cambodian leader Hun Manet"
            pairs = pairs + followed_by(st, i, pairs)
        if not pairs and st.last is not None and pattern.code[:2] in ("10", "11", "12", "13") \
                and participle(st.tokens, i) and _pronoun_object(st.tokens, i):
            # "severed diplomatic ties with Kenya, accusing it of interfering": "it" is whom the main act was on
            pairs = st.last[2]
        if pairs:
            st.last = (i, pattern.code, pairs)
        st.recent = i
        if pattern.code == "042" and (going_home(st, i, pairs) or to_meet(st, pairs) or deployed(st, pairs)
                                      or migrating(pattern.lemma, pairs)):
            return []
        if pattern.reporting:  # "told Anadolu Agency that two Pakistani troops...": the troops were not told
            clause = next((k for k in range(i + 1, len(st.tokens)) if st.tokens[k].lower == "that"), len(st.tokens))
            # "told reporters", "told Japan's parliament": speaking to the press or to one's own is no event
            pairs = [(s, t) for s, t in pairs if t.start < clause and t.agent != "MED" and t.country != s.country]
        return pairs

    def _controls(self, lemma: str, tokens: list[Token], i: int) -> bool:
        """True when this verb only introduces another coded verb ("agreed to release")."""
        if lemma not in CONTROL:
            return False
        adverb = i + 3 < len(tokens) and (tokens[i + 2].lower.endswith("ly") or tokens[i + 2].lower == "further") \
            and self.verbs.lemma(tokens[i + 2].text) is None
        k = i + 2 if adverb else i + 1  # "vowed to swiftly retaliate", "vowed to further enhance"
        nxt = [tokens[i + 1], tokens[k + 1]] if k + 1 < len(tokens) else []
        if len(nxt) >= 2 and nxt[0].lower != "to" and (modal := _clause_modal(tokens, i)) is not None:
            k, nxt = modal - 1, [tokens[modal], tokens[modal + 1]]  # "We also agreed I would invite him"
        if len(nxt) < 2 or nxt[0].lower not in ("to", *modality.MODALS):
            return False
        embedded = self.verbs.lemma(nxt[1].text)
        # "threatened to cut off electricity": "cut" codes nothing here, so the threat stands.
        after = following(tokens, k + 2)
        return embedded is not None and find_pattern(self.verbs, embedded, after) is not None

    @staticmethod
    def _negated(tokens: list[Token], i: int) -> bool:
        # "could warrant sending troops", "if war starts": a hypothetical act is no act either
        return (any(t.lower in NEGATION for t in tokens[max(0, i - 3):i])
                or any(t.lower in HYPOTHETICAL or t.text == "may" for t in tokens[max(0, i - 6):i])
                # ("whether the move will lead to cutting"; "the leaders may also discuss", not the month "May")
                or nobody_undergoes(tokens, i) or _paused(tokens, i) or _counterfactual(tokens, i)
                or _earlier_intent(tokens, i) or _alleged(tokens, i) or _standing(tokens, i))

