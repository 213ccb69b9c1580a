"""Is this verb form an act?  Reading a dictionary verb in context before any roles are found.

A verb form may be a noun ("a surprise visit", "Sweden's request"), a name ("which Tokyo calls the
Senkaku"), a month ("March 12"), the purpose of another act ("met to discuss"), a passive question
("when asked"), or support for a text rather than an actor ("approved a draft law").  ``find_pattern``
picks the dictionary pattern the following words satisfy.
"""

from __future__ import annotations

import re
from functools import cache

from dyadwatch.coding.actors import adjectives
from dyadwatch.coding.dates import MONTHS
from dyadwatch.coding.mentions import HONORIFIC_WORDS, Mention, conjoined
from dyadwatch.coding.modality import TRAVEL_WORDS
from dyadwatch.coding.text import QUOTE_MARKS, Token
from dyadwatch.coding.verbs import Pattern, VerbDictionary, bare_participle, bundled, meeting_nouns

# A verb form right after these is a noun ("a surprise visit", "further talks", "its support").
NOMINAL_BEFORE = {"a", "an", "the", "his", "her", "its", "their", "our", "my", "your", "this", "that", "these",
                  "those", "such", "further", "surprise", "any", "every", "each", "new", "of", "planned", "proposed",
                  "scheduled", "official", "recent", "upcoming", "previous", "historic", "rare", "first", "state",
                  "imminent", "forthcoming", "impending", "working",  # "a six-day working visit"
                  "humanitarian", "military", "economic", "financial", "foreign", "more", "additional", "emergency",
                  "diplomatic", "political", "direct", "joint", "bilateral", "for", "air", "drone", "missile", "rocket",
                  "artillery", "in", "'s", "'",  # "in exchange for", "Sweden's request"
                  "from",  # "exempting it from sanctions on Venezuela's oil sector"
                  "blanket", "total", "complete", "partial", "travel", "import", "export",  # "a blanket ban"
                  "lead", "leads", "led", "leading",  # "will lead talks with Iran"
                  "armed",  # "armed attacks on Taiwan"
                  "border", "deadly", "fierce", "heavy", "bloody", "violent", "sporadic",  # "deadly border clashes"
                  "phone", "telephone", "video",  # "a phone call with Putin": the nominal coder's
                  "news", "press",  # "at a joint news briefing with", "a press briefing"
                  # "troops ... provide help with humanitarian aid": what is provided is a thing
                  "provide", "provides", "provided", "providing", "offer", "offers", "offered", "offering"}

WINDOW = 7
# "pledged nearly $639 million in humanitarian assistance": an amount does not use up the window.
_AMOUNT = re.compile(r"^(?:[\d.,$€£%]+|million|billion|trillion|thousand|hundred|about|nearly|almost|some|around|"
                     r"roughly|approximately|than)$")  # currencies stay: PETRARCH patterns name them


def passive_aux(tokens: list[Token], i: int) -> int | None:
    """The auxiliary of a passive participle at ``i`` ("was attacked", "was formally welcomed": one "-ly" adverb
    may stand between), or None."""
    k = i - 2 if i > 1 and tokens[i - 1].lower.endswith("ly") else i - 1
    return k if k >= 0 and tokens[k].lower in PASSIVE_AUX and not tokens[i].lower.endswith("ing") else None


# The nouns of a journey: "Magufuli's first foreign State visit", "on a visit to Ireland", "his trip"
TRIP_NOUNS = frozenset({"visit", "trip", "tour"})
# and a stay, whose words speak of a trip under way: "During his stay in Vientiane", "Masisi's visits"
TRIPS_AND_STAYS = TRIP_NOUNS | {"visits", "stay", "journey"}
# nouns that name ties between states: "India-Uganda relations", "enjoy a 'traditional friendship'"
TIE_NOUNS = frozenset({"relationship", "relations", "ties", "partnership", "friendship", "cooperation", "bond",
                       "bonds"})
CLAUSE_MARKS = {",", ";", ":", "—", "–"}  # the end of a verb's clause (the role rules read it too)
PASSIVE_AUX = {"was", "were", "been", "being", "is", "are", "be"}
# Nouns of a charge someone makes: "a claim denied by", "allegations that", "denied these accusations"
CLAIMS = frozenset({"claim", "claims", "accusation", "accusations", "allegation", "allegations", "charge", "charges"})


def flown_from(tokens: list[Token], m: Mention) -> bool:
    """"would fly in from Angola": the place a traveller comes from, not the one he goes to."""
    return m.start >= 2 and tokens[m.start - 1].lower == "from" and tokens[m.start - 2].lower in ("in", "out", "over")


def by_in_clause(tokens: list[Token], i: int, reach: int = 11) -> bool:
    """"was received in Caracas by Venezuela's deputy minister", "was met at the airport by Aliyev": a "by"
    after the verb at ``i``, before its clause ends, names who did it."""
    for t in tokens[i + 1:i + 1 + reach]:
        if t.text in CLAUSE_MARKS:
            return False
        if t.lower == "by":
            return True
    return False


def following(tokens: list[Token], i: int, mentions: list[Mention] = ()) -> list[str]:
    """The words after token ``i`` that a pattern may need: amounts and all but the last word of a
    named actor skipped ("granted former Vice President Jorge Glas political asylum")."""
    inside = {k for m in mentions if m.kind in ("person", "combined") for k in range(m.start, m.end - 1)
              if tokens[k + 1].lower != "of"}  # but the head of "the Embassy of Iceland" is what was suspended
    # the word a pattern needs is in the verb's own clause: "agreed to an immediate ceasefire, following
    # talks mediated by Qatar" is a ceasefire, not an agreement to talk
    span = tokens[i:i + 4 * WINDOW]
    listed = _listed(tokens, mentions)
    inside |= listed
    # a comma before an amount is inside the phrase: "reached a ten-year, A$500m agreement"
    # and so is one before "persona non grata": "declared Serbian Ambassador Vladimir Bozovic, persona non grata"
    # and so is an apposition before it: "declared Oleg Zykov, a diplomat at the Russian embassy, persona non grata"
    persona = next((k for k, t in enumerate(span) if _persona([t]) and k and span[k - 1].text == ","), 0)
    end = next((k for k, t in enumerate(span) if t.text in CLAUSE_MARKS and t.i not in listed
                and not (t.text == "," and (_money(span[k + 1:k + 3]) or k < persona))), len(span))
    # "hold a scaled-down version of their regular exercises": a container and its "of" say nothing
    inside |= {t.i for k, t in enumerate(span[:end - 1]) if t.lower in _CONTAINERS and span[k + 1].lower == "of"}
    inside |= {t.i + 1 for t in span[:end - 1] if t.lower in _CONTAINERS and t.i + 1 < len(tokens)
               and tokens[t.i + 1].lower == "of"}
    words = [t.lower for k, t in enumerate(span[:end]) if not _AMOUNT.match(t.lower) and t.i not in inside
             and not _money_part(span, k) and not _dated_month(span, k)]
    return words[:WINDOW]


_GRACES = {"courtesy", "kindness", "generosity", "graciousness"}
_LIGHT_VERBS = {"hold", "holds", "held", "holding", "have", "has", "had", "having", "conduct", "conducts", "conducted",
                "conducting"}


def _dated_month(span: list[Token], k: int) -> bool:
    """"will be held ... on March 14": a month by its day is a date, no march."""
    t = span[k]
    return t.text[:1].isupper() and t.lower in MONTHS and (
        (k + 1 < len(span) and span[k + 1].text.isdigit()) or (k > 0 and span[k - 1].text.isdigit()))


def _listed(tokens: list[Token], mentions) -> set[int]:
    """The tokens of a list of three or more actors but its last word ("invited the counterparts of Rwanda Paul
    Kagame, DR Congo Félix Tshisekedi, and Burundi Évariste Ndayishimiye, for a new summit"): its commas, its "and"
    and the comma closing it are no clause's end, and the words a pattern needs come after it."""
    out: set[int] = set()
    mentions, k = list(mentions), 0
    while k < len(mentions):
        group = conjoined(mentions, k, tokens, 1)
        last = group[-1]
        if len(group) >= 3:
            out |= set(range(group[0].start, last.end - 1))
            if last.end < len(tokens) and tokens[last.end].text == ",":
                out.add(last.end)
        k += len(group)
    return out


_CURRENCY = {"$", "€", "£", "¥"}


def _persona(after: list[Token]) -> bool:
    return bool(after) and after[0].lower in ("persona", "personae")


def _money(after: list[Token]) -> bool:
    """Whether the tokens after a comma open an amount: "A $ 500 m", "$ 328 m", "500"."""
    return bool(after) and (after[0].text[:1].isdigit() or after[0].text in _CURRENCY
                            or (len(after) > 1 and after[1].text in _CURRENCY))


def _money_part(span: list[Token], k: int) -> bool:
    """A piece of a written amount: the comma before it, "A" of "A$", "m" of "500m", its brackets."""
    t, nxt = span[k].text, span[k + 1].text if k + 1 < len(span) else ""
    prev = span[k - 1].text if k > 0 else ""
    return ((t == "," and _money(span[k + 1:k + 3])) or (t.isupper() and len(t) <= 2 and nxt in _CURRENCY)
            or (t in ("m", "bn", "mn", "k") and prev[:1].isdigit()) or (t in ("(", ")") and (nxt in _CURRENCY or prev in ("m", "bn"))))


_CONTAINERS = {"version", "series", "round", "number", "wave", "string", "set", "batch", "raft", "slew", "range", "text",
               "pair", "couple", "kind", "type", "form", "part", "array", "host"}


# Phrasal verbs whose particle must come next: "called on Iran" appeals, "called Erdogan on Monday" phones.
_PHRASAL = {"call", "appeal"}
_PARTICLES = {"on", "upon", "for", "to", "in"}
_WHEN = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday",
         "again", "also", "publicly", "repeatedly", "once", "twice", "late", "early", "last", "week", "month"}


def find_pattern(verbs: VerbDictionary, lemma: str, after_words: list[str], joint: bool = True,
                 objects: bool = True) -> Pattern | None:
    if lemma == "call" and _summons(after_words):
        return next((p for p in verbs.patterns.get(lemma, ()) if p.after == {"in"}), None)
    for p in verbs.patterns.get(lemma, ()):
        if (p.joint and not joint) or (p.object and not objects):
            continue
        if lemma in _PHRASAL and p.after and p.after <= _PARTICLES:
            rest = [w for w in after_words if w not in _WHEN]  # "called Thursday on Arabs to unite"
            if rest and rest[0] in p.after:
                return p
        elif not p.after or p.after.intersection(after_words) or p.after.intersection(_bigrams(after_words)):
            if not _another_act(p, after_words) and not _nouns_partner(p, after_words):
                return p
    return None


# "will call in the US ambassador for talks": a summons, though "for talks" would read as a call for talks
_ENVOY_HEADS = {"ambassador", "envoy", "chargé", "charge", "diplomat", "consul", "attaché", "attache"}


def _summons(after_words: list[str]) -> bool:
    rest = [w for w in after_words if w not in _WHEN]
    return bool(rest) and rest[0] == "in" and bool(_ENVOY_HEADS.intersection(rest[1:5]))


def _another_act(p: Pattern, after_words: list[str]) -> bool:
    """"will launch a joint working group": what follows the pattern's word makes it no joint operation."""
    hits = [k for k, w in enumerate(after_words) if w in p.after]
    return bool(p.unless) and bool(hits) and all(set(after_words[k + 1:k + 3]) & p.unless for k in hits)


def meeting_or_trip(word: str) -> bool:
    """A noun that names a meeting or talks ("summit", "talks") or a trip ("visit")."""
    return word in TRIP_NOUNS or word in meeting_nouns()


def _nouns_partner(p: Pattern, after_words: list[str]) -> bool:
    """"spoke to reporters ahead of talks with Ghanaian President Nana Akufo-Addo": the "with" a meeting noun opens
    names the talks' partner, not one the speaker spoke with."""
    if p.after != {"with"}:
        return False
    k = after_words.index("with")
    return k > 0 and meeting_or_trip(after_words[k - 1])


def _bigrams(words: list[str]) -> set[str]:
    """"to leave": a pattern word may be two words in a row ("told the ambassador to leave", not
    "told reporters that troops would leave")."""
    pairs = {f"{a} {b}" for a, b in zip(words, words[1:])}
    # "defence and security cooperation": the first of two joined modifiers with the head ("defence cooperation")
    return pairs | {f"{a} {d}" for a, b, d in zip(words, words[1:], words[3:]) if b == "and"}


_HAVE = {"has", "have", "had", "having"}


_COMPOUND_HEADS = {"level", "day", "days", "hour", "week", "way", "round", "party", "track", "term", "month", "year",
                   "scale", "style", "time", "related", "led", "backed", "sponsored", "brokered", "mediated"}
_DETERMINERS_ING = {"a", "an", "the", "this", "that", "its", "their", "his", "her"}
# reasons and charges ("jailed for helping", "accused X of attacking"); not "after meeting", which happened, nor
# "by agreeing to a ceasefire", the means the subject took (roles.py gives it the main subject)
# "including working together": after "including", a gerund is what a deal or a list holds
_GERUND_AFTER = {"for", "of", "without", "against", "about", "including"}


# verbs whose "on" introduces a topic: "touched on developing ties", "focused on expanding trade"
_TOPIC_VERBS = {"touched", "touch", "touches", "focused", "focus", "focuses", "focusing", "centred", "centered",
                "concentrated"}
_ATTRIBUTIVE = {"alleged", "suspected", "purported", "reported", "claimed"}
_BEFORE_ATTRIBUTIVE = {"over", "of", "for", "about", "on", "against", "the", "a", "an", "his", "her", "its", "their",
                       "and", "or", "with", "after", "amid", "under", "by", "in", "to"}


_PRESS_NOUNS = {"statement", "statements", "release", "releases", "conference", "conferences", "briefing",
                "briefings", "secretary", "service", "office", "officer", "note", "communique", "communiqué", "freedom",
                "agency", "corps", "team", "wing", "event", "interaction", "meet"}


def noun_use(tokens: list[Token], i: int, lemma: str, mentions: list[Mention] = ()) -> bool:
    """A verb form not used as an act: naming ("which Tokyo calls"), a month ("March 12"), or a
    noun: after a determiner or adjective ("a surprise visit", "humanitarian aid"), a bare form
    after "have" ("had support": a verb would be "had supported"), or a gerund
    after a preposition, which reports the background of another act ("jailed for helping militants",
    "accused X of attacking Y")."""
    if i == 0:
        return False
    if lemma == "call" and (any(t.lower in ("which", "what") for t in tokens[max(0, i - 3):i])
                            or (_naming(tokens, i, mentions) and not insulting(tokens, i))):
        return True  # "the islands, which Tokyo calls the Senkaku": naming, not phoning
    if tokens[i].lower == "close" and i + 1 < len(tokens) and tokens[i + 1].lower in _CLOSE_KIN:
        return True  # "Egypt has cultivated close ties with Sudan": an adjective, not closing anything
    if tokens[i].lower == "press" and i + 1 < len(tokens) and tokens[i + 1].lower in _PRESS_NOUNS:
        return True  # "the Ministry of External Affairs (MEA) press statement": the press's, no one pressed
    if tokens[i].lower == "closed" and i + 1 < len(tokens) and tokens[i + 1].lower in ("door", "doors"):
        return True  # "after closed door bilateral meetings": an adjective, no border or embassy closed
    if tokens[i].text in ("March", "May") and any(t.text[:1].isdigit() for t in tokens[max(0, i - 1):i + 2]):
        return True  # "on March 12": a month
    if tokens[i].lower.endswith("ing") and i >= 2 and tokens[i - 2].lower in _DETERMINERS_ING \
            and tokens[i - 1].text[:1].isupper() and not any(m.start <= i - 1 < m.end and m.kind in ("person", "combined")
                                                             for m in mentions):
        return True  # "at a Cabinet meeting", "the NATO meeting" (but "the president meeting Erdogan")
    prev = tokens[i - 1].lower
    if tokens[i].text[:1].isupper() and tokens[i - 1].text[:1].isupper() and tokens[i - 1].text.isalpha() \
            and not any(m.end == i for m in mentions) and tokens[i - 1].lower not in _NOT_NAME_WORDS:
        return True  # "at Brussels South Railway Station": a word of a name, no one stations anything
    if i >= 2 and tokens[i - 2].lower in ("a", "an", "his", "her", "its", "their") \
            and tokens[i - 1].text[:1].isupper() and tokens[i - 1].lower not in HONORIFIC_WORDS:
        # "reciprocating a Tokyo visit by the South Korean leader", "After his Kuwait visit": a noun (not "His
        # Majesty expressed", a royal style and its verb)
        return True
    if i >= 2 and tokens[i].text[:1].isupper() and tokens[i - 1].lower in (",", "and", "or") \
            and tokens[i - 2].text[:1].isupper():
        return True  # "Chevron, BP, Eni, Shell and Repsol": a name in a list of names, no shelling
    if tokens[i].lower.endswith("ing") and i >= 2 and tokens[i - 2].lower in ("a", "an") and prev.isalpha() \
            and i + 1 < len(tokens) and tokens[i + 1].lower in _AFTER_A_NOUN \
            and not any(m.start <= i - 1 < m.end for m in mentions):
        # "provided a comprehensive briefing on": a noun (not "a statement condemning the attack", whose
        # participle takes an object)
        return True
    if tokens[i].lower == lemma and i >= 2 and tokens[i - 2].lower in ("a", "an") and prev.isalpha() \
            and tokens[i - 1].text.islower():
        return True  # "following a devastating assault by Hamas": a bare form after "a" and an adjective is a noun
    if tokens[i].lower.endswith("ing") and prev.endswith("al") and prev.isalpha() and prev.islower() \
            and tokens[i - 1].text.islower():
        return True  # "a Syrian-Israeli ministerial meeting", "their annual meeting": a noun
    if lemma == "target" and prev in _MEASURES:
        return True  # "sanctions targeting 64 Georgian citizens": whom the sanctions hit, no attack
    if tokens[i].lower in _MEASURES and prev in ("and", "or", ",") and i >= 2 and tokens[i - 2].lower in _MEASURES:
        return True  # "had proposed tariffs and sanctions on Colombia": a list of measures, no one sanctions
    if _adjective_plural(tokens, i, lemma, mentions):
        return True  # "Russian attacks on Ukrainian energy facilities": a plural noun after a nationality
    if tokens[i].lower == lemma and any(m.end == i and m.start >= 1 and m.text.lower() in adjectives()
                                        and tokens[m.start - 1].lower in _DETERMINERS_ING for m in mentions):
        return True  # "made this statement to the Cape Verdean press": a bare form after "the" and an adjective
    if tokens[i].lower != lemma and any(m.end == i for m in mentions):
        return False  # "Turkey's military began": an actor before an inflected verb; not "US military aid"
    if prev == "in" and lemma == "protest":
        return False  # "a hunger strike in protest of the refusal": the subject protests
    if prev == "of" and i >= 2 and tokens[i - 2].lower == "importance" and tokens[i].lower.endswith("ing"):
        return False  # "stressed the importance of strengthening cooperation": meant (modality._importance_of)
    if prev == "of" and i >= 2 and tokens[i - 2].lower in _GRACES and tokens[i].lower.endswith("ing"):
        return False  # "has had the enormous courtesy of inviting us on a state visit": the subject's act
    if tokens[i].lower.endswith("ing") and any(tokens[k].lower == "interested" and tokens[k + 1].lower == "in"
                                                and (k + 2 == i or tokens[k + 2].lower == "further")
                                                for k in range(max(0, i - 3), i - 1)):
        # "was interested in further developing bilateral relations", "are interested in deepening these relations":
        # an intent (modality), not a noun
        return False
    owned = tokens[i - 2].lower in ("'s", "’s") or (i >= 3 and tokens[i - 2].lower == "s"
                                                    and tokens[i - 3].text in ("'", "’")) if i >= 2 else False
    if owned and prev in ("possible", "potential", "proposed", "likely", "rumoured", "rumored", "hypothetical") \
            and tokens[i].lower == lemma:
        return True  # "President Ferdinand Marcos Jr.'s possible visit to Canada": an owned noun
    if prev == "further" and i >= 2 and tokens[i - 2].lower == "to":
        return False  # "are eyeing to further strengthen their partnership": an adverb in an infinitive
    if prev in NOMINAL_BEFORE or (prev in _GERUND_AFTER and tokens[i].lower.endswith("ing")):
        return True
    if prev in _LIGHT_VERBS and tokens[i].lower != lemma and tokens[i].lower.endswith("s"):
        return True  # "a state visit to hold talks with Chinese leadership": the light verb's object, no talking
    if prev == "on" and tokens[i].lower.endswith("ing") and i >= 2 and (
            tokens[i - 2].lower in _TOPIC_VERBS
            or any(t.lower in meeting_nouns() for t in tokens[max(0, i - 12):i - 1])):
        return True  # "talks ... touched on developing bilateral relations", "discussions with ... on cementing"
    if tokens[i].lower in _ATTRIBUTIVE and _unquoted_before(tokens, i) in _BEFORE_ATTRIBUTIVE:
        return True  # "over alleged Chinese influence", 'under "alleged" sovereignty': an adjective
    if _compound_head(tokens, i, lemma, mentions):
        return True  # "Morocco's autonomy plan": the head of an owned noun compound
    if any(t.lower in _IDIOMS.get(lemma, ()) for t in tokens[i + 1:i + 4]):
        return True  # "relations hit an all-time low": no one was hit
    if i + 1 < len(tokens) and tokens[i + 1].lower in _COMPOUND_TAILS:
        return True  # "an international arrest warrant issued by the ICC", "attack helicopters"
    if _plural_of(tokens, i, lemma, mentions):
        return True  # "to encourage visits of official delegations" (not "Russia warns of")
    if prev.endswith("ing") and len(prev) > 5 and tokens[i].lower.endswith("s") and tokens[i].lower != lemma:
        return True  # "citing clashes between Mexican cartels": the object of a gerund is a noun
    if "-" in prev.strip("-") and prev.split("-")[-1] in _COMPOUND_HEADS:
        return True  # "Commander-level talks", "two-day visit", "high-level meeting"
    return prev in _HAVE and tokens[i].lower in (lemma, lemma + "s", lemma + "es") and not (
        tokens[i].lower == lemma and bare_participle(lemma))


_NOT_NAME_WORDS = {"i", "the", "a", "an"}
_MEASURES = {"sanctions", "measures", "restrictions", "tariffs", "ban", "bans", "penalties", "curbs", "duties"}
_COMPOUND_TAILS = {"warrant", "warrants", "helicopter", "helicopters", "submarine", "submarines"}
_AFTER_A_NOUN = {"on", "of", "with", "in", "at", "about", "for", "between", "by", ",", ".", ";"}
# Objects that make a verb of force a figure of speech
_IDIOMS = {"hit": {"low", "lows", "high", "highs", "record", "snag", "snags", "roadblock", "bottom", "wall", "peak",
                   "headlines", "stride", "streets", "shelves", "markets"},
           "strike": {"balance", "chord", "tone", "note"}}


def _plural_of(tokens: list[Token], i: int, lemma: str, mentions: list[Mention]) -> bool:
    """A plural noun that looks like a verb's -s form, with "of" after it and no subject before it."""
    if i + 1 >= len(tokens) or tokens[i + 1].lower != "of" or tokens[i].lower not in (lemma + "s", lemma + "es"):
        return False
    return not any(m.end == i for m in mentions) and tokens[i - 1].lower not in ("he", "she", "it", "who", "which",
                                                                                 "that", "also")


def _unquoted_before(tokens: list[Token], i: int) -> str:
    """The word before ``i``, past any quotation marks ('under "alleged" sovereignty')."""
    k = i - 1
    while k > 0 and tokens[k].text in QUOTE_MARKS:
        k -= 1
    return tokens[k].lower


def _compound_head(tokens: list[Token], i: int, lemma: str, mentions: list[Mention]) -> bool:
    """"Morocco's autonomy plan", "the Moroccan autonomy plan": a plan after an owner and a singular
    common noun is a thing, not an intent stated here (a verb would agree: "Morocco's government plans";
    a plural or an actor before it may be its subject: "Moroccan officials plan").  Other nouns of acts
    ("Muizzu's formal call to India", "Tokayev's working visit") are events the verb rules code."""
    if i < 2 or lemma != "plan" or tokens[i].lower != lemma:
        return False
    noun = tokens[i - 1]
    if not noun.text.isalpha() or not noun.text.islower() or noun.lower.endswith(("s", "ly", "ed", "ing")) \
            or noun.lower in _NOT_NOUNS or any(m.start <= i - 1 < m.end for m in mentions):
        return False
    owner = tokens[i - 2]
    return owner.lower in ("'s", "’s") or any(m.end == i - 1 and m.kind == "state" for m in mentions)


# Words that may stand between a subject and its bare verb ("they also plan", "we must protest")
_NOT_NOUNS = {"also", "to", "not", "will", "would", "could", "should", "must", "may", "might", "can", "shall", "do",
              "did", "never", "still", "jointly", "then", "now", "often", "again", "together", "already", "i", "we",
              "you", "they", "and", "or", "but", "who", "that", "which", "soon", "further", "first", "have", "had",
              "be", "been", "is", "are", "was", "were", "now"}


_CLOSE_KIN = {"ties", "relations", "relationship", "cooperation", "coordination", "partnership", "partner",
              "partners", "ally", "allies", "friend", "friends", "friendship", "contact", "contacts", "links", "bonds",
              "neighbour", "neighbours", "neighbor", "neighbors", "consultation", "consultations", "dialogue"}


def _adjective_plural(tokens: list[Token], i: int, lemma: str, mentions) -> bool:
    """"Russian attacks", "a fresh Azerbaijani attack": a state's adjective, then a bare or -s form of the
    verb, is a noun ("Iran attacks Israel" is a verb: "Iran" is a name, not an adjective)."""
    before = next((m for m in mentions if m.end == i), None)
    return (before is not None and before.kind == "state" and before.end - before.start == 1
            and tokens[i - 1].lower in adjectives() and tokens[i].lower in (lemma, lemma + "s"))


def insulting(tokens: list[Token], i: int) -> bool:
    """"Milei called Petro a “terrorist”": what follows "called" says something against him (111), so
    the call is no naming."""
    return any(t.lower in _insults() for t in tokens[i + 1:i + 8])


@cache
def _insults() -> frozenset[str]:
    """The words the verb dictionary's 111 pattern for "call" needs ("terrorist", "usurper"...)."""
    return frozenset().union(*(p.after for p in bundled().patterns.get("call", ()) if p.code == "111"))


_PRONOUNS = {"it", "them", "him", "her", "this", "that", "these", "those"}
_NAME_STARTS = {"a", "an", "the", "‘", "“", '"', "'"}


def _naming(tokens: list[Token], i: int, mentions) -> bool:
    """"calls 'a stern warning'", "calling it Beijing's intimidation", "called Lai a parasite": a call
    followed by what something is called names it."""
    k = i + 1
    named = next((m for m in mentions if m.start == k), None)
    if named is not None:
        k = named.end
    elif k < len(tokens) and tokens[k].lower in _PRONOUNS:
        k += 1
    if k >= len(tokens):
        return False
    if tokens[k].lower in _NAME_STARTS:
        return True
    if named is not None and tokens[k].lower == "'s":
        return True  # "calls Kiev's recall of its ambassador unjustified"
    owner = next((m for m in mentions if m.start == k), None)  # "calling it Beijing's intimidation"
    # the possessive may sit inside the owner: "Beijing's military" is one mention (CHNMIL)
    return named is None and owner is not None and any(t.lower == "'s" for t in tokens[owner.start:owner.end + 1])


def asked_passively(lemma: str, tokens: list[Token], i: int) -> bool:
    return lemma == "ask" and i > 0 and tokens[i - 1].lower in ("when", "if", "was", "were", "being", "been", "is", "are")


_LIST_WORDS = {",", "and", "the"}


def borders_meet(lemma: str, tokens: list[Token], i: int, mentions: list[Mention]) -> bool:
    """"the jungle where Thailand, Cambodia, and Laos meet": states whose borders meet hold no meeting."""
    if lemma != "meet" or (i + 1 < len(tokens) and tokens[i + 1].text not in (".", ",", ";", ")")):
        return False
    # states only: "the summit is where Modi and Sharif meet" is a meeting
    inside = {k for m in mentions if m.kind == "state" for k in range(m.start, m.end)}
    k = i - 1
    while k >= 0 and (k in inside or tokens[k].lower in _LIST_WORDS):
        k -= 1
    return k >= 0 and tokens[k].lower == "where" and k < i - 1


_DOCUMENTS = {"bill", "bills", "law", "laws", "draft", "resolution", "budget", "decree", "amendment", "amendments",
              "legislation", "measure", "measures", "motion", "plan", "proposal"}


def backs_a_document(verbs: VerbDictionary, lemma: str, tokens: list[Token], i: int) -> bool:
    """"approved a draft law to bid for EU membership": support for a text is no support for an actor, but
    backing "Morocco's plan for Western Sahara" is backing Morocco."""
    pattern = find_pattern(verbs, lemma, following(tokens, i + 1))
    window = tokens[i + 1:i + 4]
    return (pattern is not None and pattern.code in ("050", "051", "052")
            and any(t.lower in _DOCUMENTS for t in window) and not any(t.lower in ("'s", "’s") for t in window))


_MOVES = {"meet", "visit", "travel", "arrive", "gather", "convene", "come", "go", "fly", "return"}


def purpose(verbs: VerbDictionary, tokens: list[Token], i: int) -> bool:
    """A verb that says what a meeting, trip or deployment was for: "met to discuss", "travelled to
    sign", "deploy 1,000 police officers to help train and assist Haitian police", or what the main act
    meant ("In a move aimed at signaling Washington's commitment to defending democratic norms, ...")."""
    if _aim_opening(tokens, i):
        return True
    if tokens[i].lower.endswith("ing") and i >= 2 and tokens[i - 1].lower == "at" \
            and tokens[i - 2].lower in ("aimed", "aiming", "aims", "targeted"):
        return True  # "a two-day state visit aimed at boosting economic and security relations": what it is for
    if _aim_phrase(tokens, i):
        return True  # "is in Senegal ... as part of a drive to strengthen friendly relations": what the trip is for
    if tokens[i].lower.endswith("ing") and i >= 1 and tokens[i - 1].lower in ("towards", "toward"):
        return True  # "traded prisoners in a step towards normalising their relations": the goal, not yet done
    if i >= 2 and tokens[i - 1].lower == "to" and verbs.lemma(tokens[i - 2].text) in _MOVES \
            and not _trip_noun(tokens, i - 2):
        return True
    if i >= 2 and tokens[i - 1].lower == "to" and _meeting_for(verbs, tokens, i - 1, verbs.lemma(tokens[i].text)):
        return True
    if i >= 2 and tokens[i - 1].lower == "to" and verbs.lemma(tokens[i].text) in _RESTORING \
            and _met_before(verbs, tokens, i - 1):
        return True  # "held talks in Tehran with Iran's acting foreign minister ... to restore relations": not yet done
    if i >= 2 and tokens[i - 1].lower == "to" and _trip_for(tokens, i - 1):
        return True  # "The visit of His Highness the Amir ... to Egypt to meet President Abdulfattah Al-Sisi": its aim
    if verbs.lemma(tokens[i].text) not in _AIDS:
        return False
    to = next((k for k in range(i - 1, max(0, i - 6), -1) if tokens[k].lower == "to"), None)
    if to is None or any(t.text in CLAUSE_MARKS for t in tokens[to:i]):
        return False
    if any(t.lower in _MONEY for t in tokens[max(0, to - 3):to]):
        return True  # "to freeze 30 million euros to support Georgia": what the money was for
    for k in range(to - 1, max(0, to - 9), -1):
        if tokens[k].text in CLAUSE_MARKS:
            return False
        if verbs.lemma(tokens[k].text) in _SENDS:
            # "troops have been sent to help Russia": with no sender named, the help is the act
            return tokens[k - 1].lower not in PASSIVE_AUX
    return False


_AIMS = {"move", "bid", "effort", "efforts", "attempt", "push", "step", "drive"}


def _aim_opening(tokens: list[Token], i: int) -> bool:
    """Whether token ``i`` is inside an opening "In a move / bid / effort ...," that states the main act's aim."""
    if len(tokens) < 4 or tokens[0].lower != "in" or tokens[1].lower not in ("a", "an") or tokens[2].lower not in _AIMS:
        return False
    comma = next((k for k, t in enumerate(tokens) if t.text == ","), len(tokens))
    return i < comma < len(tokens)


def _aim_phrase(tokens: list[Token], i: int) -> bool:
    """"as part of a drive to strengthen", "in an effort to promote": the aim a phrase after the act gives it."""
    if i < 3 or tokens[i - 1].lower != "to" or tokens[i - 2].lower not in _AIMS:
        return False
    k = i - 3 if tokens[i - 3].lower in ("a", "an", "its", "their", "his", "her", "the") else i - 2
    return tokens[k - 1].lower == "in" or (k >= 2 and tokens[k - 1].lower == "of" and tokens[k - 2].lower == "part")


def _meeting_for(verbs: VerbDictionary, tokens: list[Token], to: int, aim: str | None = None) -> bool:
    """"a ministerial meeting is set to take place Thursday in Baku to discuss security matters": the "to"
    clause says what a meeting named before it in the clause is for."""
    for k in range(to - 1, max(0, to - 10), -1):
        word = tokens[k].lower
        if tokens[k].text in CLAUSE_MARKS:
            return False
        if word in _MEETINGS:
            return True
        if (lemma := verbs.lemma(tokens[k].text)) is not None and word not in _TAKING_PLACE:
            # "will host Israeli and US officials on Sunday to discuss": the visit's aim; "will meet in Paris on
            # Monday to discuss": the meeting's (not "met with Pinera to strengthen ties", an intent toward him)
            return lemma in _HOSTS or (lemma == "meet" and aim in _TALKS)
    return False


_TRIP_WORDS = HONORIFIC_WORDS | {"of", "the", "to", "-"}


def _trip_noun(tokens: list[Token], k: int) -> bool:
    """"a five-day state visit": a trip word after a determiner or a trip's adjective is a noun, not a move."""
    before = tokens[k - 1].lower if k >= 1 else ""
    return tokens[k].lower in TRIP_NOUNS and (before in NOMINAL_BEFORE or before.endswith("-day")
                                              or before in ("working", "official", "state", "private"))


def _trip_for(tokens: list[Token], to: int) -> bool:
    """Whether a trip noun heads the phrase the "to" of an aim closes: "The visit of His Highness the Amir ... to
    Egypt" (names and their "of" and "to" only, not "the visit reflects the keenness of Egypt and Kuwait")."""
    for k in range(to - 1, max(0, to - 22), -1):
        if tokens[k].lower in TRIP_NOUNS:
            # (not one a travel verb is on: "arrived in Beijing on Tuesday on a five-day state visit to hold talks"
            # arrived for talks still to come, modality.on_a_trip)
            travelled = any(t.lower in TRAVEL_WORDS and t.lower not in TRIP_NOUNS for t in tokens[max(0, k - 12):k])
            return k >= 1 and tokens[k - 1].lower in ("the", "his", "her", "their", "a", "an", "official", "state") \
                and not travelled
        if not (tokens[k].text[:1].isupper() or tokens[k].lower in _TRIP_WORDS):
            return False
    return False


_RESTORING = {"restore", "resume", "normalize", "normalise", "re-establish", "reestablish"}


def _met_before(verbs: VerbDictionary, tokens: list[Token], to: int) -> bool:
    """A meeting or a trip earlier in the clause, however far: what a "to" clause after it restores is its aim."""
    for k in range(to - 1, -1, -1):
        lemma = verbs.lemma(tokens[k].text)
        if tokens[k].text in (",", ";", ":") or tokens[k].lower in ("that", "which", "and") \
                or tokens[k].lower in _GOVERNING:
            return False  # "During the meeting, the sides decided to resume diplomatic relations": decided
        if tokens[k].lower in _MEETINGS and any(t.lower in ("after", "following", "during", "before", "at")
                                                for t in tokens[max(0, k - 3):k]):
            continue  # "decided after their talks to resume relations": the talks are when, not what the "to" is for
        if tokens[k].lower in _MEETINGS or lemma in _MOVES:
            return True
        if lemma is not None and lemma != "hold" and not tokens[k].lower.endswith("ing"):
            return False  # another verb the "to" may hang on
    return False


_GOVERNING = {form for lemma in ("decide", "agree", "hope", "aim", "seek", "want", "plan", "try", "vow", "pledge")
              for form in (lemma, lemma + "s", lemma + "d", lemma + "ed")} | {"sought", "tried"}


_HOSTS = {"host", "receive"}
_TALKS = {"discuss", "review", "exchange", "talk", "consider", "examine", "address"}


_MEETINGS = {"meeting", "meetings", "talks", "summit", "conference", "session"}
_TAKING_PLACE = {"place", "set", "scheduled", "due", "take", "takes", "took", "taking", "held", "convened"}
_SENDS = {"deploy", "send", "dispatch"}
_MONEY = {"euros", "dollars", "pounds", "yuan", "rubles", "roubles", "million", "billion", "funds", "funding"}
# what troops or police are sent for is the sending's sense (074), no act of its own
_AIDS = {"help", "assist", "train", "support", "protect", "secure", "restore", "bolster", "reinforce"}
