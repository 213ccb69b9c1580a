"""Who did what to whom: verbs between actor mentions become CAMEO-coded events.

Two modes with one interface.  ``patterns`` needs no model: the source is the nearest
actor before the verb, the target the nearest after it (passives with "by" swap them).
``parser`` uses spaCy's dependency parse when the English pipeline is installed: the
source sits in the verb's subject subtree, the target in its object or prepositional
subtrees; where the parse finds no actor, the pattern rule fills in, unless the parse shows
a subject that is no actor ("the report alleged...").  How a verb is governed ("will",
"refused to", "must") is ``modality``'s business.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from dyadwatch.coding import dates, modality
from dyadwatch.coding.conventions import by_phone, clash_code, domestic, trade_ban
from dyadwatch.coding.actors import Mention
from dyadwatch.coding.text import Token
from dyadwatch.coding.verbforms import (CLAUSE_MARKS, WINDOW, asked_passively, backs_a_document, find_pattern,
                                         following, noun_use, purpose)
from dyadwatch.coding.verbs import Pattern, VerbDictionary, meeting_nouns

NEGATION = {"not", "n't", "never", "no", "refused", "declined", "failed", "denied", "cannot",
            # the tokenizer keeps contractions whole
            "didn't", "doesn't", "don't", "won't", "wouldn't", "can't", "couldn't", "hasn't", "haven't",
            "hadn't", "isn't", "aren't", "wasn't", "weren't", "shouldn't", "didn’t", "won’t", "doesn’t"}
HYPOTHETICAL = {"could", "might", "if", "unless", "whether"}  # not "may": PETRARCH codes "may spur"
LOCATIVE = {"in", "at", "near", "outside", "inside", "from", "through", "via"}
# Dependency labels of a verb acting as a verb; a verb form as subject or object is a noun.
VERBAL_DEPS = {"ROOT", "conj", "xcomp", "ccomp", "advcl", "relcl", "acl", "pcomp", "parataxis", "csubj", "dep",
               "acomp"}  # "he was skeptical": our mood adjectives
# "agreed to release", "plans to visit": the embedded verb is coded (modality.py makes it an intent).
CONTROL = {"agree", "plan", "pledge", "promise", "vow", "intend", "decide", "offer", "threaten", "want", "seek",
           "try", "attempt", "begin", "continue", "order", "ask", "urge", "call", "invite", "refuse", "prepare"}
PASSIVE_AUX = {"was", "were", "been", "being", "is", "are", "be"}
@dataclass
class CodedEvent:
    source: Mention
    target: Mention
    code: str
    verb_start: int  # char offsets in the document
    verb_end: int
    verb: str


def _actor_object(st: "_SentenceState", i: int) -> bool:
    """An actor, not a place, close after the verb: "received today in Baku the Russian ambassador"."""
    return any(i < m.start <= i + 6 and not is_place(m, st.tokens) for m in st.mentions)


def _partner_named(st: "_SentenceState", i: int) -> bool:
    """Whom a meeting or talk was with is named: right after the verb ("met Blinken") or after
    "with" ("held talks with Russia"), as opposed to a topic ("discussed the situation in Syria")."""
    for m in st.mentions:
        if i < m.start <= i + WINDOW and not _modifier(m, st.tokens):
            between = [t.lower for t in st.tokens[i + 1:m.start]]
            if between and between[-1] == "with" or all(w in ("the", "a", "an", "his", "her", "their") for w in between):
                return True
    return False


_AFTER_ACTOR = {"on", "in", "at", "and", "or", "to", "for", "with", "after", "before", "during", "over", "about",
                "yesterday", "today", "tonight", "last", "this", "late", "early", "by", "from", "who", "which", "that"}


def _modifier(m: Mention, tokens: list[Token]) -> bool:
    """"discussing Syrian settlement": a state's adjective before a common noun names no party."""
    nxt = tokens[m.end] if m.end < len(tokens) else None
    return nxt is not None and nxt.text[:1].islower() and nxt.text.isalpha() and nxt.lower not in _AFTER_ACTOR


def _inside(i: int, mentions: list[Mention]) -> bool:
    return any(m.start <= i < m.end for m in mentions)


def distinct(a: Mention, b: Mention) -> bool:
    """Two different actors; a state and its own government ("Canadian government" → Canada) are not."""
    if a.code == b.code:
        return False
    return not (a.country == b.country and (a.code == a.country or b.code == b.country))


_WHERE_IN = {"the", "center", "centre", "heart", "capital", "city", "outskirts", "streets", "suburbs", "north",
             "south", "east", "west", "northern", "southern", "eastern", "western", "central", "downtown", "of"}


def is_place(m: Mention, tokens: list[Token]) -> bool:
    """A mention after "in", "at"... ("in Baku", "at the White House", "in the center of Tbilisi") is
    a place, not a target."""
    prev = [t.lower for t in tokens[max(0, m.start - 2):m.start]]
    if m.kind == "org" and "in" in prev:
        return False  # "its participation in the CSTO", "membership in NATO": an organisation is no place to be in
    if bool(prev) and (prev[-1] in LOCATIVE or (len(prev) == 2 and prev[0] in LOCATIVE and prev[1] == "the")):
        return True
    if m.start < 2 or tokens[m.start - 1].lower != "of":  # "in the center of Tbilisi"
        return False
    back = [t.lower for t in tokens[max(0, m.start - 5):m.start - 1]]
    k = max((j for j, w in enumerate(back) if w in LOCATIVE), default=None)
    return k is not None and all(w in _WHERE_IN for w in back[k + 1:])


_JOINERS = (["and"], [","], [",", "and"], ["or"], [")", "and"], [")", ","], [")", ",", "and"])  # "Congo (DRC) and Rwanda"
_DETERMINERS = {"the", "his", "her", "its", "their"}


def conjoined(mentions: list[Mention], k: int, tokens: list[Token], step: int) -> list[Mention]:
    """The mentions conjoined with mentions[k] ("Arnor, Osgiliath and Gondor"), walking by ``step``."""
    group = [mentions[k]]
    j = k
    while 0 <= j + step < len(mentions):
        a, b = (mentions[j + step], mentions[j]) if step < 0 else (mentions[j], mentions[j + step])
        anaphor = a.kind == b.kind == "anaphor" and a.end == b.start  # "the two countries" stands for a pair
        # "Putin and his Angolan counterpart": determiners do not break a list
        if not anaphor and [t.lower for t in tokens[a.end:b.start] if t.lower not in _DETERMINERS] not in _JOINERS:
            break
        j += step
        group.append(mentions[j])
    return group if step > 0 else group[::-1]


# Words of speech: they mark the speaker of a report (", officials said") and the one who demands
# ("Turkey said Armenia must withdraw").
SPEECH = {"said", "says", "say", "told", "reported", "reports", "added", "announced", "stated", "confirmed", "noted",
           "quoted", "according", "insisted", "insists", "demanded", "demands", "declared", "stressed", "warned",
           "reiterated", "argued", "maintained", "reminded", "reminder", "wrote"}


def speaker(m: Mention, tokens: list[Token]) -> bool:
    """", Defense Secretary William Perry said." names the source of the report, not a target."""
    before = [t.lower for t in tokens[max(0, m.start - 3):m.start]]
    words = [w for w in before if w not in ("a", "an", "the")]
    if words[-2:] == ["according", "to"]:
        return True  # "..., according to (a) Foreign Ministry press release"
    if len(words) >= 2 and words[-2] == "," and words[-1] in SPEECH:
        return True  # "..., said the Ministry of External Affairs"
    after = []
    for tok in tokens[m.end:m.end + 5]:  # ", officials from both sides said."
        if tok.lower in {",", ".", ";", ":"}:
            break
        after.append(tok.lower)
    return "," in before and any(w in SPEECH for w in after)


def codable(mentions: list[Mention]) -> bool:
    """Two different actors, at least one of a known country: an event between "officials" and
    "police" belongs to no dyad, so it is not worth a parse."""
    return len({m.code for m in mentions}) >= 2 and any(m.kind != "unowned" for m in mentions)


_OBJECT_PREPOSITIONS = {"toward", "towards", "with", "to", "against", "for", "about", "on", "between", "over",
                        "into", "upon", "than"}


def prepositional(m: Mention, tokens: list[Token]) -> bool:
    """"while taking a stance toward Azerbaijan, he insisted": an object of a preposition is seldom
    the subject of a later verb."""
    return m.start > 0 and tokens[m.start - 1].lower in _OBJECT_PREPOSITIONS


def _own_agent(m: Mention, tokens: list[Token]) -> bool:
    """"withdrew its peacekeepers": an agent the subject owns is not the act's target."""
    return m.kind == "unowned" and m.start > 0 and tokens[m.start - 1].lower in ("its", "their", "his", "her")


def owned_first(mentions: list[Mention]) -> list[Mention]:
    """Actors of a known country if there are any; "insurgents" (---REB) only when nobody else is there."""
    owned = [m for m in mentions if m.kind != "unowned"]
    return owned or mentions


def pattern_roles(tokens: list[Token], i: int, mentions: list[Mention], places: bool = False,
                  joint: bool = False, reciprocal: bool = True) -> list[tuple[Mention, Mention]]:
    """(source, target) pairs for the verb at token ``i``; conjoined actors are distributed.

    ``places``: a protest's place may be its target ("demonstrated outside the embassy"); then
    a joint subject does not act on itself ("US and British activists staged a protest").
    ``joint``: a joint subject acts on each other whoever is named after ("held joint drills in
    Manila's waters").  ``reciprocal``: with no one named after, a joint subject acts on each other
    ("X and Y signed a treaty"); not so for "NATO and the EU condemned the attack".
    """
    said = max((k for k in range(i) if tokens[k].lower in SPEECH), default=-1)
    participle = _participle(tokens, i)
    # "said on Tuesday it fired water cannon at Philippine ships, accusing Manila of": the main subject accuses
    before = owned_first([m for m in mentions if m.end <= i and not is_place(m, tokens) and not prepositional(m, tokens)
                          and (m.start > said or participle or not _reported(mentions, said, i))])
    if before and participle:  # "Erdogan delayed the vote, accusing Stockholm of...": Erdogan accuses
        before = before[:1]
    after = owned_first([m for m in mentions if m.start > i and (places or not is_place(m, tokens))
                          and not speaker(m, tokens) and not _own_agent(m, tokens)])
    # "was attacked" is passive; "is investigating" is not
    passive = i > 0 and tokens[i - 1].lower in PASSIVE_AUX and not tokens[i].lower.endswith("ing")
    # a reduced relative: "talks mediated by Qatar and Turkey"
    passive = passive or (tokens[i].lower.endswith("ed") and i + 1 < len(tokens) and tokens[i + 1].lower == "by")
    # "deployed to Kursk, the region controlled by Ukrainian troops": a "by" past a comma is another verb's
    by_agent = next((k for k, m in enumerate(after) if _after_by(m, tokens)
                     and not any(t.text in (",", ";") for t in tokens[i + 1:m.start])), None)
    # the passive's subject may be "negotiations between A and B": then A and B are what was acted on
    undergoers = [m for m in mentions if m.end <= i and not is_place(m, tokens)] if passive else []
    if passive and by_agent is not None and undergoers:
        sources = conjoined(after, by_agent, tokens, +1)
        targets = conjoined(undergoers, len(undergoers) - 1, tokens, -1)
    else:
        sources = conjoined(before, len(before) - 1, tokens, -1) if before else []
        if (joint or _their(tokens, i, mentions)) and len(sources) >= 2:
            # "pledged to deepen their cooperation to deal with North Korea": with each other
            return [(a, b) for a in sources for b in sources if distinct(a, b)]
        first = next((k for k, m in enumerate(after) if all(distinct(m, x) for x in sources)), None)
        targets = conjoined(after, first, tokens, +1) if first is not None else []
        if len(sources) >= 2 and reciprocal and targets and any(t.text in CLAUSE_MARKS or t.lower in _SUBORDINATORS
                                                                for t in tokens[i:targets[0].start]):
            targets = []  # "X and Y agreed to a ceasefire, following talks mediated by Qatar": not with Qatar
        if len(sources) >= 2 and reciprocal and not places and targets and all(t.kind == "unowned" for t in targets):
            targets = []  # "Saudi Arabia and Iran agreed to reopen embassies": whose embassies? each other's
        if not targets and reciprocal and not places and len(sources) >= 2 and _next_to_verb(tokens, sources[-1].end, i):
            # "X and Y delayed their meeting": a joint subject acts on each other
            return [(a, b) for a in sources for b in sources if distinct(a, b)]
    return [(a, b) for a in sources for b in targets if distinct(a, b)]


_FROM_TARGETS = {"161", "166", "087", "163", "172"}  # and "banned all seafood imports from Japan"


def _from_place(pattern: Pattern, st: "_SentenceState", i: int) -> bool:
    """A recall, withdrawal or ban "from" a state names that state, though "from" usually marks a place."""
    return pattern.code in _FROM_TARGETS and any(t.lower == "from" for t in st.tokens[i + 1:i + WINDOW])


def _summoned_to(st: "_SentenceState", i: int) -> list | None:
    """"The EU envoy was summoned to the Belarusian Foreign Ministry": the ministry summoned him."""
    tokens = st.tokens
    if not (tokens[i].lower.startswith("summon") and i > 0 and tokens[i - 1].lower in PASSIVE_AUX
            and i + 1 < len(tokens) and tokens[i + 1].lower == "to"):
        return None
    source = next((m for m in st.mentions if i + 2 <= m.start <= i + 3), None)
    summoned = [m for m in st.mentions if m.end <= i - 1 and not is_place(m, tokens) and not prepositional(m, tokens)]
    if source is None or not summoned:
        return None
    return [(source, t) for t in conjoined(summoned, len(summoned) - 1, tokens, -1) if distinct(source, t)]


def _joint_subject(st: "_SentenceState", i: int) -> bool:
    """"Russia and China held joint drills": two or more actors conjoined before the verb."""
    before = [m for m in st.mentions if m.end <= i and not is_place(m, st.tokens)]
    return bool(before) and len(conjoined(before, len(before) - 1, st.tokens, -1)) >= 2


def _to_meet(st: "_SentenceState", pairs: list) -> bool:
    """"arrived in Alaska for a summit with Putin": the trip is for a meeting, which the nominal coder
    codes with whom; Putin was not visited."""
    return any(any(t.lower == "with" for t in st.tokens[max(0, tgt.start - 2):tgt.start])
               and any(t.lower in meeting_nouns() for t in st.tokens[max(0, tgt.start - 5):tgt.start])
               for _, tgt in pairs)


def _going_home(st: "_SentenceState", i: int, pairs: list) -> bool:
    """"110 Russian citizens returned to Russia": travel to one's own country is no visit, whoever
    is named after it."""
    first = next((m for m in st.mentions if m.start > i), None)
    return first is not None and any(s.country == first.country for s, _ in pairs)


_SUBORDINATORS = {"as", "after", "before", "while", "when", "because", "since", "following", "amid"}
_LINK_ADVERBS = {"also", "then", "immediately", "later"}  # "and then closed"
_CLAUSE_BREAKS = {"that", "after", "before", "when", "while", "as", "following", "because", "since", "but", "which",
                  "who", "if", "until", "amid", ";", ":"}


def _coordinated(st: "_SentenceState", i: int, code: str) -> bool:
    """A hostile measure with no parties of its own, joined by "and" to the one before it, shares
    that one's parties.  Only measures (16-20) inherit from measures or accusations (11-20),
    so "condemned the attack on Armenia and called for calm" gives Armenia no appeal."""
    if st.last is None or st.last[0] != st.recent or not code[:2].isdigit() or int(code[:2]) < 16 \
            or int(st.last[1][:2]) < 11:
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


def _no_partner(m: Mention, tokens: list[Token], i: int) -> bool:
    """A parsed object a joint subject does not act with: nobody's ("agreed to reopen embassies"), or
    past the verb's clause ("agreed to a truce, after talks mediated by Qatar"): they act on each other."""
    return m.kind == "unowned" or (m.start > i and any(t.text in CLAUSE_MARKS for t in tokens[i:m.start]))


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
    other = next((m for m in st.mentions if subject.end <= m.start and m.end <= i and m.kind != "unowned"
                  and distinct(subject, m) and not is_place(m, st.tokens)), None)
    return [(subject, other)] if other is not None else []


_TIME_WORDS = {"on", "last", "this", "week", "month", "year", "today", "yesterday", "have", "has", "had", "also",
               "jointly", "both", "finally", "formally", "officially", "early", "late", "earlier", "later"}


def _next_to_verb(tokens: list[Token], end: int, i: int) -> bool:
    """A joint subject right before its verb, or separated only by when: "Rwanda and DR Congo, on
    Friday, June 27, signed"."""
    gap = tokens[end:i]
    return len(gap) <= 3 or all(t.text in ",()" or t.text[:1].isdigit() or t.lower in _TIME_WORDS
                                or t.lower in dates.MONTHS or t.lower in dates.WEEKDAYS or t.lower.endswith("ly")
                                for t in gap)


def _participle(tokens: list[Token], i: int) -> bool:
    """A clause that adds what the subject did too: "..., accusing X of ...", "..., calling on Y to ..."."""
    return i > 0 and tokens[i - 1].text == "," and tokens[i].lower.endswith("ing") and tokens[i].text.islower()


def _reported(mentions: list[Mention], said: int, i: int) -> bool:
    """"Poland said that migrants are trying to storm the border": the clause after the speech verb
    has its own subject, so the speaker is no source of its act."""
    return said >= 0 and any(said < m.start and m.end <= i for m in mentions)


_SHARED = {"cooperation", "ties", "relations", "relationship", "partnership", "coordination", "friendship",
           "alliance", "dialogue", "bilateral"}


def _their(tokens: list[Token], i: int, mentions: list[Mention]) -> bool:
    """"deepen their cooperation", "improve their ties": the act is on what the subjects share (not
    "presented their credentials to...")."""
    k = next((k for k in range(i + 1, min(len(tokens), i + 3)) if tokens[k].lower == "their"), None)
    return (k is not None and not any(i < m.start < k for m in mentions)
            and any(t.lower in _SHARED for t in tokens[k + 1:k + 3]))


def _after_by(m: Mention, tokens: list[Token]) -> bool:
    """The agent of a passive: "by Azerbaijan", "by the Russian Foreign Ministry"."""
    prev = [t.lower for t in tokens[max(0, m.start - 2):m.start]]
    return bool(prev) and (prev[-1] == "by" or (prev[-1] in ("the", "a", "an") and prev[:1] == ["by"]))


def _reciprocal(pattern: Pattern, tokens: list[Token], i: int) -> bool:
    """Acts that a joint subject does to each other: meeting, agreeing, signing, cooperating,
    exchanging, or anything done to "their" shared thing ("delayed their meeting")."""
    return (pattern.mutual or pattern.code[:2] in ("03", "04", "05", "06") or pattern.code == "0871"  # "agreed to a ceasefire"
            or pattern.lemma in ("exchange", "swap")
            or any(t.lower in ("their", "each", "one") for t in tokens[i + 1:i + 4]))


# Prepositions of place in a parse ("met in Abu Dhabi"); "at" and "from" also mark targets ("fired at").
_WHERE = {"in", "near", "outside", "inside", "across", "around", "within", "through", "via"}
# Acts whose target is a place: protests at, withdrawals from, blockades and occupations of, refuge in.
# Also an embassy opened in a capital, an envoy recalled from one, a visit's destination.
_PLACE_TARGETS = {"087", "0874", "166", "1661", "1662", "1663", "191", "192", "0233", "054", "161", "042",
                  "114"}  # "called in the Chinese ambassador"


def _asked_for(tokens: list[Token], directive: int | None, i: int) -> bool:
    """"urged the EU to support the PLO", "demanded that the US cancel the sale": the support and
    the cancellation are what the appeal or demand asks for, coded by the appeal itself."""
    return directive is not None and any(t.lower in ("to", "that") for t in tokens[directive + 1:i])


def demand_roles(tokens: list[Token], i: int, mentions: list[Mention]) -> list[tuple[Mention, Mention]]:
    """"Turkey said Armenia must withdraw": the speaker demands of the subject of "must".

    Without a speaker ("Armenia must withdraw") nobody is demanding anything: no event.
    """
    before = [m for m in mentions if m.end <= i and not is_place(m, tokens)]
    if len(before) < 2:
        return []
    subject = before[-1]
    for m in reversed(before[:-1]):
        if any(t.lower in SPEECH for t in tokens[m.end:subject.start]) and distinct(m, subject):
            return [(m, subject)]
    return []


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
        return find_pattern(self.verbs, lemma, following(tokens, i + 1, mentions)) is not None

    def __call__(self, text: str, offset: int, tokens: list[Token], mentions: list[Mention],
                 parsed=None) -> list[CodedEvent]:
        if not codable(mentions):
            return []
        state = _SentenceState(tokens, mentions)
        if self.nlp is not None:
            doc = parsed if parsed is not None else self.nlp(text)
            state.roles = self._parse_roles(doc, offset, tokens, mentions)
            by_char = {t.start - offset: t.i for t in tokens}
            state.nominal = {by_char[t.idx] for t in doc if t.idx in by_char and t.dep_ not in VERBAL_DEPS}
        events, reporting = [], []
        for tok in tokens:
            coded = self._code_verb(tok, state)
            if coded is None:
                continue
            pattern, code, pairs = coded
            if pattern.mutual and code == pattern.code:  # "refused to meet" is one side's act
                pairs = pairs + [(b, a) for a, b in pairs if (b, a) not in pairs]
                made = [CodedEvent(s, t, clash_code(code, s, t), tok.start, tok.end, tok.text) for s, t in pairs]
            else:
                made = [CodedEvent(source, domestic(code, source, target), code, tok.start, tok.end, tok.text)
                        for source, target in pairs]
            (reporting if pattern.reporting else events).extend(made)
            if state.directive == tok.i:
                state.directive_events = made
        chosen = events or [e for e in reporting if e.verb_start == reporting[0].verb_start]
        return unique(by_phone(chosen))

    def _code_verb(self, tok: Token, st: _SentenceState) -> tuple[Pattern, str, list] | None:
        """The pattern, code and (source, target) pairs of one verb, or None if it codes nothing."""
        tokens, mentions, i = st.tokens, st.mentions, tok.i
        lemma = self.verbs.lemma(tok.text)
        if lemma is None or _inside(i, mentions):
            return None
        how = modality.announced(tokens, i) if self.verbs.modality else None
        if (how != "refusal" and self._negated(tokens, i)) or i in st.nominal or i in st.objects \
                or noun_use(tokens, i, lemma, mentions):
            return None
        after = following(tokens, i + 1, mentions)
        pattern = find_pattern(self.verbs, lemma, after)
        if pattern is not None and pattern.joint and "with" not in after and not _joint_subject(st, i):
            # "launched joint air and sea patrols around Taiwan": joint services, no partner: a show of force
            pattern = find_pattern(self.verbs, lemma, after, joint=False)
        if pattern is None or self._controls(lemma, tokens, i) or (pattern.object and not _actor_object(st, i)):
            return None
        if asked_passively(lemma, tokens, i) or backs_a_document(self.verbs, lemma, tokens, i):
            return None  # "when asked about his call with Putin"; "the government backed a bill"
        if purpose(self.verbs, tokens, i):
            return None  # "would meet to discuss confidence-building measures": the meeting is the act
        if _asked_for(tokens, st.directive, i):
            # What the appeal or demand asks for says which one it is: "urged Uganda to repatriate..."
            for e in st.directive_events:  # only the first act asked for: "cancel plans to sell arms" asks to cancel
                e.code = modality.asked_code(e.code, pattern.code)
            st.directive_events = []
            return None
        if pattern.after:  # "impose sanctions": the word the pattern needed is its object, not a verb
            needed = next(k for k in range(i + 1, len(tokens)) if tokens[k].lower in pattern.after)
            if any(tokens[k].lower == "to" and tokens[k - 1].lower in modality.INTENT_NOUNS
                   and self.verbs.lemma(tokens[k + 1].text) for k in range(i + 1, needed - 1)):
                return None  # "announced its intention to impose tariffs": the tariffs are the embedded act's
            st.objects.add(needed)
        pairs = self._pairs(i, pattern, how, st)
        code = trade_ban(pattern.code, tokens, i)
        code = modality.announced_code(code, how) if how else code
        if code is None:
            return None
        if code[:2] in ("02", "10") and pairs:
            st.directive = i
        return pattern, code, pairs

    @staticmethod
    def _pairs(i: int, pattern: Pattern, how: str | None, st: _SentenceState) -> list:
        if (summoner := _summoned_to(st, i)) is not None:
            return summoner
        if how == "demand":
            return demand_roles(st.tokens, i, st.mentions)
        if pattern.inverse:  # "troops came under fire from Azerbaijani positions"
            return [(b, a) for a, b in pattern_roles(st.tokens, i, st.mentions, places=True)]
        if (pattern.joint or (pattern.mutual and not _partner_named(st, i)) or _their(st.tokens, i, st.mentions)) and \
                (together := pattern_roles(st.tokens, i, st.mentions, joint=True)):
            # "X and Y discussed the situation in Syria": a joint subject meets each other, not Syria
            if len({a.start for a, _ in together}) >= 2:
                return together
        parsed = st.roles.get(i, ())
        if parsed and pattern.code[:2] == "04" and is_place(parsed[1], st.tokens):
            parsed = ()  # "held talks in Almaty": where a meeting was held is no party to it
        if parsed and parsed[1].kind == "unowned" and _from_place(pattern, st, i):
            parsed = ()  # "withdrew its troops from Syria": whence, not the troops, is the target
        if parsed and _no_partner(parsed[1], st.tokens, i) and _reciprocal(pattern, st.tokens, i) and \
                len(joint := conjoined(st.mentions, st.mentions.index(parsed[0]), st.tokens, +1)) >= 2:
            pairs = [(a, b) for a in joint for b in joint if distinct(a, b)]
        elif parsed:
            pairs = _distribute(parsed, st.mentions, st.tokens, i)
        elif parsed is None:  # the parse shows a subject that is no actor
            pairs = []
        else:  # a protest's target may be where it is held ("staged a protest in Beijing")
            # "recalled its ambassador from Georgia": whence an envoy is recalled is the target
            pairs = pattern_roles(st.tokens, i, st.mentions, places=pattern.code[:2] == "14" or _from_place(pattern, st, i),
                                  reciprocal=_reciprocal(pattern, st.tokens, i))
        if not pairs and (pattern.code in _PLACE_TARGETS or pattern.code[:2] in ("18", "19", "20")):
            # "a drone bombed a convoy in Yemen": with no one else named, an attack's target is where it struck
            pairs = pattern_roles(st.tokens, i, st.mentions, places=True)
        if not pairs and _coordinated(st, i, pattern.code):
            # "suspended the treaty with Pakistan and closed the border crossing": the same parties
            pairs = st.last[2]
        if not pairs and _participle(st.tokens, i) and _measure(pattern.code):
            pairs = _participle_parties(st, i)
        if pairs:
            st.last = (i, pattern.code, pairs)
        st.recent = i
        if pattern.code == "042" and (_going_home(st, i, pairs) or _to_meet(st, pairs)):
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
        nxt = tokens[i + 1:i + 3]
        if len(nxt) < 2 or nxt[0].lower != "to":
            return False
        embedded = self.verbs.lemma(nxt[1].text)
        # "threatened to cut off electricity": "cut" codes nothing here, so the threat stands.
        after = following(tokens, i + 3)
        return embedded is not None and find_pattern(self.verbs, embedded, after) is not None

    @staticmethod
    def _negated(tokens: list[Token], i: int) -> bool:
        # "could warrant sending troops", "if war starts": a hypothetical act is no act either
        return (any(t.lower in NEGATION for t in tokens[max(0, i - 3):i])
                or any(t.lower in HYPOTHETICAL for t in tokens[max(0, i - 6):i]))  # "whether the move will lead to cutting"

    def _parse_roles(self, doc, offset, tokens, mentions) -> dict[int, tuple[Mention, Mention] | None]:
        """Token index of each verb → (source, target) from the dependency parse, or None when
        the parse shows a subject that is no actor (then no nearby actor may stand in for it)."""
        by_char = {t.start - offset: t.i for t in tokens}
        out = {}
        for tok in doc:
            i = by_char.get(tok.idx)
            if i is None:
                continue
            subj = _subjects(tok)
            objs = [c for c in tok.children if c.dep_ in ("dobj", "dative", "attr", "obj", "iobj")]
            # "met ... in Abu Dhabi": a place is where, not whom
            objs += [g for c in tok.children if c.dep_ in ("prep", "agent") and c.lower_ not in _WHERE
                     for g in c.children if g.dep_ == "pobj"]
            passive = any(c.dep_ == "nsubjpass" for c in tok.children)
            agent = [g for c in tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
            src = _first_mention(subj, mentions, offset)
            tgt = _first_mention([o for o in objs if o not in agent], mentions, offset)
            if passive and not agent:  # "killed in an air strike by government forces": the "by" sits lower
                agent = [t for t in tok.subtree if t.dep_ == "pobj" and t.head.lower_ == "by" and _own_by(t.head, tok)][:1]
                tgt = None
            if passive and agent:
                src, tgt = _first_mention(agent, mentions, offset), src
            elif subj and src is None:
                src = _antecedent(subj[0], doc, mentions, offset)
                if src is None:  # the subject is known and is no actor ("the report alleged", "he" of nobody)
                    out[i] = None
                    continue
            elif not subj and tok.dep_ == "acl":  # "the need to defend Ukraine": the noun is the doer
                src = _first_mention([tok.head], mentions, offset) if tok.head.i < tok.i else None
                if src is None:
                    out[i] = None
                    continue
            if src is not None and tgt is not None and distinct(src, tgt):
                out[i] = (src, tgt)
        return out


def _own_by(by, verb) -> bool:
    """A "by" below the verb that no other verb owns: not "deployed to Kursk, the region controlled by Ukrainian troops"."""
    h = by.head  # spaCy makes a new Token object on each access: compare indices, not identity
    while h.i != verb.i and h.head.i != h.i:
        if h.pos_ in ("VERB", "AUX"):
            return False
        h = h.head
    return h.i == verb.i


_PRONOUNS = {"he", "she", "it", "they", "we", "who", "which", "that"}


def _antecedent(subj, doc, mentions: list[Mention], offset: int) -> Mention | None:
    """A pronoun subject stands for the last actor before it that was itself a subject
    ("Israel announced it would free..."); any other subject without an actor stands for none."""
    if subj.lower_ not in _PRONOUNS:
        return None
    at = subj.idx + offset
    subjects = {t.idx + offset for t in doc if t.dep_ in ("nsubj", "nsubjpass")}
    earlier = [m for m in mentions if m.char_end <= at and any(m.char_start <= c < m.char_end for c in subjects)]
    return earlier[-1] if earlier else None


def _subjects(tok) -> list:
    """The verb's subjects, or those of the verb it is controlled by or conjoined with.

    "Bush was scheduled to give a speech and meet dissidents": "meet" has no subject of its
    own; it shares Bush with "give" (conj) and "scheduled" (xcomp).
    """
    for _ in range(3):
        subj = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass", "csubj")]
        if subj or tok.head is tok:
            return subj
        if tok.dep_ == "pcomp" and tok.head.dep_ == "prep":  # "praised Turkey after meeting Armenia"
            tok = tok.head.head
        elif tok.dep_ in ("xcomp", "conj") or _nonfinite_clause(tok):
            tok = tok.head
        else:
            return subj
    return []


def _nonfinite_clause(tok) -> bool:
    """"...confronting Russia while supporting the Armenians": an -ing or "to" clause shares
    the subject of the verb it hangs from."""
    return tok.dep_ == "advcl" and (tok.lower_.endswith("ing") or any(
        c.dep_ == "aux" and c.lower_ == "to" for c in tok.children))


def _distribute(pair: tuple[Mention, Mention], mentions: list[Mention], tokens, i: int) -> list[tuple[Mention, Mention]]:
    """Spread a parsed (source, target) over the actors conjoined with each."""
    src, tgt = pair
    # "..., the region controlled by Ukrainian troops, NATO chief Mark Rutte said": the speaker is no co-agent
    sources = [m for m in conjoined(mentions, mentions.index(src), tokens, +1)
               if m is src or m.start < i or not speaker(m, tokens)]
    # "...on Ukraine, Ukraine's air force said": the speaker after a comma is no list member
    targets = [m for m in conjoined(mentions, mentions.index(tgt), tokens, +1) if m is tgt or not speaker(m, tokens)]
    return [(a, b) for a in sources for b in targets if distinct(a, b)]


def _first_mention(heads, mentions: list[Mention], offset: int) -> Mention | None:
    for h in heads:
        lo = min(t.idx for t in h.subtree) + offset
        hi = max(t.idx + len(t.text) for t in h.subtree) + offset
        inside = owned_first([m for m in mentions if lo <= m.char_start and m.char_end <= hi])
        if inside:
            return inside[0]
    return None
