"""Judgements as events: "Ukraine's decision to recall its ambassador is unjustified and
unacceptable, Kobakhidze said" and "Georgia's ruling party calls Kiev's recall unjustified" are
criticisms (CAMEO 111) of the one whose act is judged, by the one who judges it; "the incidents are
an 'aggression' by the U.S., Maduro said" names an offence, an accusation (112).

Diplomatic news reports most criticism this way, with no verb of criticising at all.  A judgement
is a condemning adjective ("unacceptable", "provocative", "illegal", or "not acceptable") said of
something through a copula ("is unjustified"), "as" ("described the drills as provocative") or a
naming verb ("calls the recall unjustified").  Who judges is the subject of the naming verb, else
the speaker of the sentence ("X said", ", X said"); what is judged belongs to the first actor
named in the judged phrase.  Both must be of different countries, and a pair the verb or noun
coders already coded keeps their reading.  Praise comes the same way ("Zarif called Oman's relations
with Iran 'exemplary'": 051), from a few words that praise whatever they are said of.

The reverse also comes without its parties: "These accusations have been denied by the UAE" denies
(CAMEO 016) charges the document reported before, so the accuser is the one it last reported
accusing the denier's state.
"""

from __future__ import annotations

from dyadwatch.coding.events import CodedEvent
from dyadwatch.coding.mentions import (PEOPLE_KINDS, POSSESSIVES, Mention, actor_before, codable, conjoined,
                                       country_of, prepositional, speaker_of)
from dyadwatch.coding.modality import EMPHASIS
from dyadwatch.coding.text import QUOTE_MARKS, Token
from dyadwatch.coding.verbforms import CLAIMS, TIE_NOUNS
from dyadwatch.coding.verbs import inflections

CONDEMNING = {"unjustified", "unjustifiable", "unacceptable", "illegal", "illegitimate", "unlawful", "provocative",
              "condemnable", "irresponsible", "destabilizing", "destabilising", "dangerous", "hostile", "unfriendly",
              "aggressive", "outrageous", "reckless", "inadmissible", "deplorable", "counterproductive",
              "counter-productive", "reprehensible", "unprovoked", "shameful", "intolerable", "regrettable",
              "incomprehensible", "unwarranted", "baseless", "groundless", "absurd", "preposterous", "unfounded",
              "ridiculous", "unreasonable", "inappropriate", "disgraceful", "insulting", "offensive", "unjust",
              "arbitrary", "discriminatory", "disparaging", "abhorrent", "heinous", "barbaric", "cowardly",
              "hypocritical", "malicious", "slanderous", "defamatory", "biased", "unlawful", "irrational",
              "deceitful", "treacherous", "despicable", "appalling", "outrageous", "brazen", "hostile",
              # "the Chinese act is inconsistent with international law"
              "inconsistent", "contrary"}
# Nouns that name a judged act as an offence: "the incidents are an “aggression” by the U.S." (an accusation, 112)
CONDEMNING_NOUNS = {"aggression", "provocation", "provocations", "violation", "violations", "intimidation",
                    "interference", "blackmail", "terrorism", "crime", "crimes", "piracy", "occupation"}
_NOUN_FILLERS = {"a", "an", "the", "“", "”", '"', "'", "‘", "act", "of", "flagrant", "blatant", "gross", "clear",
                 "direct", "military", "open", "outright", "serious", "dangerous", "new", "further", "unprecedented"}
_NEGATIONS = {"not", "no", "never", "n't"}
_NEGATABLE = {"acceptable", "justified", "legitimate", "legal", "constructive", "helpful", "appropriate"}
_COPULAS = {"is", "was", "are", "were", "be", "been", "being", "remains", "remain", "seems",
            # "Erdogan's visit represents an unprecedented provocation"
            "represents", "represented", "constitutes", "constituted", "amounts"}
_DEGREE = {"completely", "totally", "absolutely", "utterly", "entirely", "clearly", "deeply", "highly", "extremely",
           "very", "so", "simply", "wholly", "both", "also", "equally", "particularly", "most", "quite", "incredibly",
           "hugely", "vitally", "critically", "really", "enormously", "immensely", "tremendously", "especially",
           "significantly", "extraordinarily", "truly"}
_NAMING = {"call", "calls", "called", "calling", "describe", "describes", "described", "describing", "brand",
           "brands", "branded", "branding", "label", "labels", "labelled", "labeled", "labelling", "deem", "deems",
           "deemed", "consider", "considers", "considered", "termed", "terms", "term",
           "referred", "refers", "referring"}  # "referred to the government ... as a dictatorship"
_BREAKS = {".", ";", ":", "but", "while", "although", "whereas"}
_AS_REACH = 20
_REACH = 12  # words from a naming verb to its adjective: "calls Kiev's recall of ambassador from Tbilisi unjustified"


# "saying Moscow was behind the turmoil", "X is responsible for the attack", "the ambassador has been interfering in
# our internal affairs": an accusation (112) of the subject
ACCUSING = {"behind", "responsible", "interfering", "meddling"}  # "has been interfering in its internal affairs"
# Praise the same way (CAMEO 051): "Zarif called Oman's relations with Iran 'exemplary'"; only words that
# praise whatever they are said of ("good" and "positive" also grade, "historic" also warns)
PRAISING = {"exemplary", "excellent", "commendable", "laudable", "praiseworthy", "admirable", "outstanding",
            "exceptional", "invaluable"}
# Names that insult whom they name: "referred to the government of Daniel Ortega as a dictatorship" (111); "Russia
# is a threat to the security of NATO" (naming a state a danger criticises it)
INSULTS = {"dictatorship", "dictatorships", "dictator", "tyranny", "tyrant", "tyrants", "threat", "risk"}


def _judging(tokens: list[Token], k: int) -> bool:
    """A word that judges what it is said of: it condemns, insults, accuses or praises."""
    word = tokens[k].lower
    return word in PRAISING or word in CONDEMNING or word in CONDEMNING_NOUNS or word in INSULTS or (
        word in ACCUSING and _link(tokens, k) is not None) or (
        word in _NEGATABLE and k > 0 and tokens[k - 1].lower in ("not", "un"))


_KEEP = {"fulfil", "fulfill", "fulfils", "fulfills", "fulfilled", "fulfilling", "honour", "honor", "honoured",
         "honored", "honouring", "honoring", "meet", "met", "meeting", "keep", "kept", "keeping"}
_DUTIES = {"obligations", "obligation", "commitments", "commitment", "promises", "promise", "pledges", "duties"}


def _unfulfilled(tokens: list[Token], k: int) -> bool:
    """"the CSTO had not fulfilled its obligations", "failed to honour its commitments": a charge of
    failing a duty, which is a criticism of the one who failed."""
    if tokens[k].lower not in _KEEP or not any(t.lower in _DUTIES for t in tokens[k + 1:k + 4]):
        return False
    before = [t.lower for t in tokens[max(0, k - 3):k]]
    return any(w in ("not", "n't", "never", "failed", "fails", "failing") or w.endswith("n't") for w in before)


def _by_whom(tokens: list[Token], mentions: list[Mention], k: int) -> Mention | None:
    """The offender named right after a condemning noun: "an aggression by the U.S."."""
    for j in range(k + 1, min(len(tokens), k + 3)):
        if tokens[j].lower == "by":
            return next((m for m in mentions if j < m.start <= j + 2), None)
    return None


def _link(tokens: list[Token], k: int) -> int | None:
    """The copula or "as" that links the adjective or noun at ``k`` to what it judges, skipping degree
    words (and, before a noun, articles, quote marks and a few adjectives: 'is a “flagrant violation”')."""
    skip = _NOUN_FILLERS if tokens[k].lower in CONDEMNING_NOUNS | INSULTS else QUOTE_MARKS
    j = k - 1
    while j >= 0 and (tokens[j].lower in _DEGREE or tokens[j].lower == "not" or tokens[j].lower in skip
                      or (tokens[j].text == "," and j > 0 and tokens[j - 1].lower in _DEGREE)):  # "very, very good"
        j -= 1
    return j if j >= 0 and (tokens[j].lower in _COPULAS or tokens[j].lower == "as") else None


def _namer(tokens: list[Token], k: int) -> int | None:
    """A naming verb before the adjective in the same clause: "calls Kiev's recall ... unjustified";
    with "as" it may reach further ("described Algeria's decision to expel 12 French officials as
    'very regrettable'")."""
    link = _link(tokens, k)
    reach = _AS_REACH if link is not None and tokens[link].lower == "as" else _REACH
    for j in range(k - 1, max(-1, k - reach), -1):
        if tokens[j].lower in _BREAKS:
            return None
        if tokens[j].lower in _NAMING:
            return j
    return None


def _owner(mentions: list[Mention], tokens: list[Token], start: int, end: int, judge: Mention) -> Mention | None:
    return next((m for m in mentions if start <= m.start and m.end <= end and m is not judge
                 and not prepositional(m, tokens)), None)


# "Algeria expelled 12 French officials. Macron's office called the move unjustified": a phrase that
# names an act already reported, with no actor of its own, judges whoever did the latest act.
_ACT_ANAPHORS = {"move", "decision", "step", "steps", "measure", "measures", "action", "actions", "expulsion",
                 "expulsions", "recall", "ban", "announcement"}


def _latest_actor(tokens: list[Token], start: int, k: int, judge: Mention, recent: list[CodedEvent]) -> Mention | None:
    words = [t.lower for t in tokens[start:k]]
    if not any(a in ("the", "this", "that", "these") and b in _ACT_ANAPHORS for a, b in zip(words, words[1:])):
        return None
    return next((e.source for e in reversed(recent) if country_of(e.source.code) != country_of(judge.code)
                 and not e.source.code.startswith("---")), None)


def judgement(tokens: list[Token], mentions: list[Mention], k: int,
              recent: list[CodedEvent] = ()) -> tuple[Mention, Mention] | None:
    """(judge, judged) for a condemning adjective at ``k``, or None; ``recent`` are the acts reported
    before it in the document, for "the move" and "the decision"."""
    if _unfulfilled(tokens, k):
        judge, start = speaker_of(tokens, mentions, k)
        judged = _owner(mentions, tokens, start, k, judge) if judge is not None else None
        return _different(judge, judged)
    if not _judging(tokens, k) or _second(tokens, k):
        return None  # "unjustified and unacceptable" is one judgement
    if tokens[k].lower in INSULTS and any(t.lower in _NEGATIONS for t in tokens[max(0, k - 4):k]):
        return None  # "China is not a threat to Europe": a name denied insults no one
    namer = _namer(tokens, k)
    if namer is not None:
        judge, start = actor_before(mentions, tokens, namer), namer + 1
        if tokens[namer - 1].text == "," and tokens[namer].lower.endswith("ing"):
            # "Taipei said it was deploying forces, calling it Beijing's intimidation": the main subject
            judge = next((m for m in mentions if m.end <= namer and not m.code.startswith("---")
                          and not prepositional(m, tokens)), None)
    elif _link(tokens, k) is not None:
        judge, start = speaker_of(tokens, mentions, k)
    else:
        return None
    if judge is None:
        return None
    judged = _by_whom(tokens, mentions, k) if tokens[k].lower in CONDEMNING_NOUNS else None
    judged = judged or _act_in_phrase(tokens, start, k, judge, recent) or _owner(mentions, tokens, start, k, judge) \
        or _latest_actor(tokens, start, k, judge, recent) or _its_target(tokens, start, judge, recent)
    return _different(judge, judged)


def _act_in_phrase(tokens: list[Token], start: int, k: int, judge: Mention,
                   recent: list[CodedEvent]) -> Mention | None:
    """"described the expulsion of the country's ambassador from the US as 'regrettable'": the judged phrase
    names an act coded in it, so the one who did that act is judged, not the first actor the phrase names."""
    if start >= k:
        return None
    lo, hi = tokens[start].start, tokens[k - 1].end
    return next((e.source for e in recent if lo <= e.verb_start < hi and not e.source.code.startswith("---")
                 and country_of(e.source.code) != country_of(judge.code)), None)


def _its_target(tokens: list[Token], start: int, judge: Mention, recent: list[CodedEvent]) -> Mention | None:
    """"rejected a port deal between Ethiopia and Somaliland, calling it an act of aggression": "it" is what
    the judge just acted on, so the judged is that act's target."""
    if start >= len(tokens) or tokens[start].lower not in ("it", "them"):
        return None
    own = next((e.target for e in reversed(recent) if country_of(e.source.code) == country_of(judge.code)), None)
    # "demanded an explanation for Israeli airstrikes ..., while the Syrian and Iranian foreign ministers called it
    # an act of aggression": with no act of the judge's own, "it" is the use of force just reported
    return own or next((e.source for e in reversed(recent) if e.code[:2] in _FORCE
                        and country_of(e.source.code) != country_of(judge.code)
                        and not e.source.code.startswith("---")), None)


_FORCE = {"15", "17", "18", "19", "20"}


def _second(tokens: list[Token], k: int) -> bool:
    """The second of two joined judgements: "unjustified and unacceptable", '"regrettable" and "unjustifiable"'."""
    j = k - 1
    while j >= 0 and tokens[j].lower in QUOTE_MARKS:
        j -= 1
    return j >= 0 and tokens[j].lower == "and"


def _different(judge: Mention | None, judged: Mention | None) -> tuple[Mention, Mention] | None:
    """Judge and judged, if both are known and of different countries."""
    if judge is None or judged is None or country_of(judged.code) == country_of(judge.code) \
            or "---" in (judge.code[:3], judged.code[:3]):
        return None
    return judge, judged


# "These accusations have been denied by the UAE": a denial of charges the document reported before
_DENY = {"deny", "denies", "denied", "denying", "reject", "rejects", "rejected", "rejecting", "dismiss", "dismisses",
         "dismissed", "dismissing", "refute", "refutes", "refuted", "refuting"}
_THESE = {"these", "those", "the", "such", "this", "that"}


def rebuttal(tokens: list[Token], mentions: list[Mention], earlier: list[CodedEvent]) -> tuple[Mention, Mention] | None:
    """(denier, accuser) when the sentence denies "these accusations" without naming who made them: the
    accuser is whoever the document last reported accusing the denier's state (CAMEO 016 towards them)."""
    k = next((t.i for t in tokens if t.lower in _DENY), None)
    if k is None:
        return None
    near = [t.lower for t in tokens[max(0, k - 8):k + 4]]
    if not any(a in _THESE and b in CLAIMS for a, b in zip(near, near[1:])):
        return None
    by = next((j for j in range(k + 1, min(k + 3, len(tokens))) if tokens[j].lower == "by"), None)
    denier = next((m for m in mentions if m.start > by), None) if by is not None else \
        next((m for m in reversed(mentions) if m.end <= k and not prepositional(m, tokens)), None)
    if denier is None or denier.code.startswith("---"):
        return None
    accuser = next((e.source for e in reversed(earlier)
                    if e.code[:2] == "11" and country_of(e.target.code) == country_of(denier.code)), None)
    return _different(denier, accuser)


def _judges(judge: Mention, mentions: list[Mention], tokens: list[Token]) -> list[Mention]:
    """The judge and those listed with it before: "the Syrian and Iranian foreign ministers"."""
    k = next((n for n, m in enumerate(mentions) if m is judge), None)
    if k is None or k == 0 or [t.lower for t in tokens[mentions[k - 1].end:judge.start]] not in (["and"], [",", "and"]):
        return [judge]  # not "... its commitments to Armenia, Pashinyan said": a comma alone lists no judges
    return [m for m in conjoined(mentions, k, tokens, -1) if not m.code.startswith("---")]


class JudgementCoder:
    """Component: coded events + judgements → criticisms (111), accusations (112) and praise (051)."""

    name = "judgements"
    requires = ("tokens", "mentions", "events")
    provides = ("events",)

    def __call__(self, tokens: list[Token], mentions: list[Mention], events: list[CodedEvent],
                 earlier: list[CodedEvent] = ()) -> list[CodedEvent]:
        """``earlier``: the document's events before this sentence."""
        if not mentions or (not codable(mentions) and not earlier):
            return events
        out = list(events)
        # a dyad the verb or noun coders already coded with a disapproval keeps their reading; another act
        # ("recalled its ambassador, saying Moscow was behind the turmoil") does not make the charge one
        # ("rejected the deal, calling it an act of aggression": a rejection leaves room for the charge, 112)
        coded = {(country_of(e.source.code), country_of(e.target.code)): e.code[:2] for e in events
                 if e.code[:2] in ("11", "12")}
        for tok in tokens:
            pair = judgement(tokens, mentions, tok.i, [*earlier, *events])
            if pair is None:
                continue
            dyad = (country_of(pair[0].code), country_of(pair[1].code))
            if tok.lower in PRAISING:
                if not any(dyad == (country_of(e.source.code), country_of(e.target.code)) for e in out):
                    out.append(CodedEvent(pair[0], pair[1], "051", tok.start, tok.end, tok.text))
                continue
            code = "112" if tok.lower in CONDEMNING_NOUNS or tok.lower in ACCUSING else "111"
            for judge in _judges(pair[0], mentions, tokens):  # "the Syrian and Iranian foreign ministers called it"
                key = (country_of(judge.code), dyad[1])
                if key[0] != key[1] and (key not in coded or (coded[key] == "12" and code == "112")):
                    coded[key] = "11"
                    out.append(CodedEvent(judge, pair[1], code, tok.start, tok.end, tok.text))
        dyads = {(country_of(o.source.code), country_of(o.target.code)) for o in out}
        out += [e for e in priority_support(tokens, mentions)
                if (country_of(e.source.code), country_of(e.target.code)) not in dyads]
        # (ties praised beside another act on the pair: "emphasized the special nature of India-Uganda relations and
        # expressed his desire to further strengthen these relations" hails them and means to widen them)
        praised = {(country_of(o.source.code), country_of(o.target.code)) for o in out if o.code == "051"}
        out += [e for e in [*valued_ties(tokens, mentions), *hailed_ties(tokens, mentions)]
                if (country_of(e.source.code), country_of(e.target.code)) not in praised]
        if earlier and not any(e.code == "016" for e in out) and (pair := rebuttal(tokens, mentions, earlier)):
            k = next(t for t in tokens if t.lower in _DENY)
            out.append(CodedEvent(pair[0], pair[1], "016", k.start, k.end, k.text))
        return out


def priority_support(tokens: list[Token], mentions: list[Mention]) -> list[CodedEvent]:
    """"Supporting Ukraine until victory will remain Estonia's priority", "support for Kyiv is a priority for
    Tallinn": support its owner calls a priority is support declared (051)."""
    out = []
    for k in (t.i for t in tokens if t.lower in ("priority", "priorities")):
        owner = next((m for m in mentions if (k - 2 <= m.end < k and tokens[m.end].lower in ("'s", "’s"))
                      or (m.start == k + 2 and tokens[k + 1].lower == "for")), None)
        backed = next((m for m in mentions for j in range(max(0, k - 12), k) if tokens[j].lower in _SUPPORTING
                       and m.start in (j + 1, j + 2) and tokens[m.start - 1].lower in (tokens[j].lower, "for")
                       and m.end <= k), None)
        if owner is not None and backed is not None and country_of(owner.code) != country_of(backed.code):
            out.append(CodedEvent(owner, backed, "051", tokens[k].start, tokens[k].end, tokens[k].text))
    return out


_SUPPORTING = {"support", "supporting"}


# "Our relationship with Solomon Islands is incredibly important," X said; "described India as a country of 'huge
# importance'": ties, or a state, its speaker calls important are praised (051), as "exemplary" ties are.
_VALUED = {"important", "crucial", "vital", "critical", "essential", "indispensable"}
# "our relations with X are excellent", "relations between Italy and Algeria are very, very good"
_GOOD = {"good", "excellent", "strong", "warm", "friendly", "exemplary", "outstanding"}
_WEIGHTY = {"huge", "great", "utmost", "vital", "paramount", "particular", "special", "strategic", "immense",
            "enormous", "tremendous", "critical", "crucial", "major", "key"}
_PARTNER_NOUNS = {"country", "nation", "partner", "state", "ally", "neighbour", "neighbor"}


def valued_ties(tokens: list[Token], mentions: list[Mention]) -> list[CodedEvent]:
    """Praise (051) of ties "with X" called important, or of a state named "as a country of huge importance"."""
    out = []
    for tok in tokens:
        pair = _valued_ties(tokens, mentions, tok.i) if tok.lower in _VALUED or tok.lower in _GOOD else \
            _of_importance(tokens, mentions, tok.i) if tok.lower == "importance" else None
        if pair is not None:
            out.append(CodedEvent(pair[0], pair[1], "051", tok.start, tok.end, tok.text))
    return out


def _valued_ties(tokens: list[Token], mentions: list[Mention], k: int) -> tuple[Mention, Mention] | None:
    link = _link(tokens, k)
    if link is None or tokens[link].lower == "as":
        return None
    ties = next((j for j in range(link - 1, max(-1, link - 9), -1) if tokens[j].lower in TIE_NOUNS
                 and j + 1 < link and tokens[j + 1].lower in ("with", "between")), None)
    if ties is None:
        return None
    speaker = speaker_of(tokens, mentions, k)[0]
    if tokens[ties + 1].lower == "between":  # "the relationship between the two countries is important": the
        # speaker's state is one of the pair, and he praises the other (not "Iran's relations between ...")
        pair = [m for m in mentions if ties + 1 < m.start and m.end <= link]
        owned = ties > 0 and (tokens[ties - 1].lower in POSSESSIVES or any(m.end == ties for m in mentions))
        return None if owned else _between_pair(speaker, pair)
    if ties == 0 or tokens[ties - 1].lower not in ("our", "my"):
        return None  # the speaker's own ties, not a third party's ("Iran's ties with Russia are vital")
    partner = next((m for m in mentions if ties + 2 <= m.start <= ties + 3 and m.end <= link), None)
    return _different(speaker, partner)


def _between_pair(speaker: Mention | None, pair: list[Mention]) -> tuple[Mention, Mention] | None:
    others = [m for m in pair if speaker is not None and country_of(m.code) != country_of(speaker.code)]
    if len(pair) != 2 or len(others) != 1:
        return None
    return _different(speaker, others[0])


def _of_importance(tokens: list[Token], mentions: list[Mention], k: int) -> tuple[Mention, Mention] | None:
    before = [t for t in tokens[max(0, k - 8):k] if t.lower not in QUOTE_MARKS][::-1]
    if len(before) < 4 or before[0].lower not in _WEIGHTY or before[1].lower != "of" \
            or before[2].lower not in _PARTNER_NOUNS:
        return None
    j = before[2].i
    as_ = next((i for i in range(j - 1, max(-1, j - 4), -1) if tokens[i].lower == "as"), None)
    namer = _namer(tokens, as_ + 1) if as_ is not None else None
    if namer is None:
        return None
    named = next((m for m in mentions if namer < m.start and m.end <= as_), None)
    return _different(actor_before(mentions, tokens, namer), named)


# "emphasized the special nature of India-Uganda relations", "expressed the excellence of the relations between
# Portugal and Mozambique"; "the two countries enjoy a 'traditional friendship'", a spokesperson said: ties hailed
# (051), towards the other state of the pair.
_FINE = {"special", "excellent", "unique", "privileged", "exemplary", "close", "friendly", "warm", "good", "strong",
         "cordial", "brotherly", "fraternal", "historic", "traditional", "time-honoured", "time-honored", "deep",
         "long-standing", "longstanding", "solid", "high", "fruitful"}
_QUALITIES = {"nature", "level", "state", "quality", "character"}


def hailed_ties(tokens: list[Token], mentions: list[Mention]) -> list[CodedEvent]:
    out = []
    for tok in tokens:
        pair, judge = None, None
        if tok.lower in _QUALITIES and tok.i and tokens[tok.i - 1].lower in _FINE or tok.lower == "excellence":
            pair = _pair_of_ties(tokens, mentions, tok.i + 1)
            judge = next((m for m in mentions if m.end <= tok.i and m.kind in ("person", "combined")), None)
        elif (tok.lower in _HAVING and _fine_ties(tokens, tok.i)) or _called_friends(tokens, tok.i):
            pair = _subject_of(tokens, mentions, tok.i)
            judge = speaker_of(tokens, mentions, tok.i)[0]
            if judge is not None and len(pair) == 1 and _called_friends(tokens, tok.i):
                pair = [judge, *pair]  # "Japan has been a constant and generous partner", said Kenya's spokesman
        elif tok.lower in _STRESSING and _fine_ties(tokens, tok.i) and tok.i and tokens[tok.i - 1].lower == "both":
            out += _both_hail(tokens, mentions, tok)
            continue
        elif (tok.lower in _STRESSING or tok.lower in _CHERISHING) and _fine_ties(tokens, tok.i):
            # "Lungu says he has cherished the long and cordial relationship ... between Zambia and India"
            pair = _pair_between(tokens, mentions, tok.i)
            judge = next((m for m in reversed(mentions) if m.end <= tok.i and m.kind in PEOPLE_KINDS), None)
        if judge is None or not pair or len({m.country for m in pair}) != 2:
            continue
        out += [CodedEvent(judge, m, "051", tok.start, tok.end, tok.text) for m in pair
                if _different(judge, m) is not None][:1]
    return out


_AUXILIARIES = {"have", "has", "had", "always", "long", "also", "still", "continue", "continued", "to"}
# "enjoy a 'traditional friendship'", "have always maintained a strong bond", "have built a fruitful relationship"
_HAVING = {"enjoy", "enjoys", "enjoyed", "maintain", "maintains", "maintained", "share", "shares", "shared",
           "built", "forged"}


def _subject_of(tokens: list[Token], mentions: list[Mention], i: int) -> list[Mention]:
    """The actors the verb at ``i`` is said of, with those conjoined before them: "China and Mauritius have
    enjoyed"."""
    last = next((k for k in range(len(mentions) - 1, -1, -1) if i - 3 <= mentions[k].end <= i
                 and all(t.lower in _AUXILIARIES for t in tokens[mentions[k].end:i])), None)
    if last is None:
        return []
    subject = conjoined(mentions, last, tokens, -1)
    return [m for m in mentions if any(m is x or (m.kind == "anaphor" and x.text == m.text) for x in subject)]


# "Japan and Kenya are 'old friends'", "have been good friends", "has been a constant and generous partner": ties or
# a state hailed in a speaker's words.  Friends are praise by the word; a partner or ally only with a word of praise
# (not "is Kenya's largest trading partner").
_FRIENDS = {"friends", "friend", "brothers", "brother"}
_PARTNERS = {"partner", "partners", "ally", "allies"}
_TRUSTED = _FINE | _VALUED | {"generous", "reliable", "trusted", "trustworthy", "true", "great", "old", "dear",
                              "loyal", "steadfast", "constant", "valued", "valuable", "fruitful"}


_FILLERS = {"a", "an", "and", "very", "always", "such"}


def _called_friends(tokens: list[Token], i: int) -> bool:
    if tokens[i].lower not in ("are", "is", "been", "remain", "remains"):
        return False
    words = [t.lower for t in tokens[i + 1:i + 7] if t.lower not in QUOTE_MARKS]
    noun = next((j for j, w in enumerate(words) if w in _FRIENDS or w in _PARTNERS), None)
    if noun is None or not all(w in _TRUSTED or w in _FILLERS for w in words[:noun]):
        return False
    return words[noun] in _FRIENDS or any(w in _TRUSTED for w in words[:noun])
_STRESSING = EMPHASIS | inflections("hail")


_CHERISHING = {form for lemma in ("cherish", "treasure", "laud", "praise", "commend", "welcome", "value")
               for form in inflections(lemma)}


def _pair_between(tokens: list[Token], mentions: list[Mention], i: int) -> list[Mention]:
    """The two states of the ties after the verb at ``i``: "... relationship which has existed between Zambia and
    India"."""
    between = next((j for j in range(i + 1, min(len(tokens), i + 14)) if tokens[j].lower == "between"
                    or tokens[j].text in (".", ";")), None)
    if between is None or tokens[between].lower != "between":
        return []
    first = next((k for k, m in enumerate(mentions) if between < m.start <= between + 3), None)
    return conjoined(mentions, first, tokens, +1)[:2] if first is not None else []


def _both_hail(tokens: list[Token], mentions: list[Mention], tok: Token) -> list[CodedEvent]:
    """"meeting with the Chinese vice president, with both emphasizing the longstanding ties between the two
    countries": each of the two people named before praises the ties, towards the other's state."""
    between = next((j for j in range(tok.i + 1, min(len(tokens), tok.i + 8)) if tokens[j].lower == "between"), None)
    pair = [m for m in mentions if between is not None and between < m.start <= between + 4]
    if tok.i < 1 or tokens[tok.i - 1].lower != "both" or len({m.country for m in pair}) != 2:
        return []
    people = [m for m in mentions if m.end < tok.i and m.kind in ("person", "combined")
              and not m.code.startswith("---")]
    judges = {m.country: m for m in people}
    if len(judges) != 2:
        return []
    return [CodedEvent(j, m, "051", tok.start, tok.end, tok.text) for j in judges.values() for m in pair
            if _different(j, m) is not None]


def _pair_of_ties(tokens: list[Token], mentions: list[Mention], k: int) -> list[Mention]:
    """The two states of "of (the) A-B relations" or "of the relations between A and B" from token ``k``."""
    if k >= len(tokens) or tokens[k].lower != "of":
        return []
    tail = [m for m in mentions if k < m.start <= k + 6]
    ties = next((j for j in range(k + 1, min(len(tokens), k + 9)) if tokens[j].lower in TIE_NOUNS), None)
    return tail[:2] if ties is not None and len(tail) >= 2 else []


def _fine_ties(tokens: list[Token], i: int) -> bool:
    """"enjoy a 'traditional friendship'", "enjoy excellent relations": ties the verb's object praises."""
    words = [t.lower for t in tokens[i + 1:i + 6] if t.lower not in QUOTE_MARKS]
    ties = next((j for j, w in enumerate(words) if w in TIE_NOUNS), None)
    return ties is not None and any(w in _FINE for w in words[:ties])
