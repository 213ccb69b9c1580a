"""Future, promised, demanded and refused acts: CAMEO codes what is said about an act, not the act.

"Azerbaijan announced it would free 20 prisoners" is not a release (084) but an expressed
intent to release (0353); "Baku vowed to attack" is not an attack (190) but a threat of
military force (138); "refused to meet" is a rejection (125); "X said Y must withdraw" a
demand (1056).  The codebook files promised cooperation under 03, announced hostility
under 13, demands under 10 and refusals under 12; this module maps a verb's code by the
modal, commissive or refusing verb that governs it.

PETRARCH's gold records code "agreed to release" as the release itself; we follow the
codebook, since an analyst reading "released" would be told something that has not
happened.  The mapping belongs to our verb dictionary's conventions: a user's PETRARCH
dictionary codes "will" and "agree to" with its own patterns and is left alone.
"""

from __future__ import annotations

from dyadwatch.coding import dates
from dyadwatch.coding.text import QUOTE_MARKS, Token
from dyadwatch.coding.verbs import inflections, irregular_pasts

MODALS = {"will", "would", "'ll", "shall"}
# Verbs that commit their subject to the act in their "to" clause.
COMMISSIVE = {"agree", "plan", "pledge", "promise", "vow", "intend", "offer", "seek", "threaten", "want", "swear",
              "commit", "hope", "eye", "aim"}  # "expressed hope to visit Iran"; "China and Vanuatu aim to strengthen"
# "eager to sign bilateral deals with Ukraine", "keen to deepen ties": an adjective of intent
COMMISSIVE_FORMS = {form for lemma in COMMISSIVE for form in inflections(lemma)} | {"sworn", "eager", "keen",
                                                                                   "determined", "eyeing"}
INTENT_NOUNS = {"intention", "intentions", "intent", "readiness", "willingness", "determination", "pledge", "vow",
                 "promise", "threat", "plans", "desire", "wish", "resolve", "commitment", "aspiration",
                 "threats", "pledges", "vows", "promises", "plan", "keenness", "eagerness"}
READY = {"willing", "ready", "prepared", "available"}  # "was available to support Guinea-Bissau"
LOOKS = {"look", "looks", "looking", "looked"}  # "I look forward to hosting the President of Azerbaijan"
# what is weighed, not meant: "consider the possibility to hold", "discuss ways to boost bilateral ties"
WEIGHED = frozenset({"possibility", "possibilities", "feasibility", "ways", "means", "options"})
_DAYS = set(dates.WEEKDAYS) | {"today", "yesterday"}
_HOW_AFTER = {"on", "about", "over", "discussed", "discuss", "discusses", "discussing", "explored", "explore",
              "explores", "exploring", "considered", "consider", "considering", "examined", "examine", "debated"}


def _how_weighed(tokens: list[Token], i: int) -> bool:
    """A verb in a "how" clause that a talk is about: "how X can help Y", "how to boost trade"."""
    k = next((k for k in range(i - 1, max(0, i - 8), -1) if tokens[k].lower == "how"), None)
    return k is not None and k >= 1 and tokens[k - 1].lower in _HOW_AFTER \
        and any(t.lower in ("can", "could", "might", "would", "to") for t in tokens[k + 1:i])


_GLAD = {"honored", "honoured", "delighted", "pleased", "happy", "glad", "proud", "privileged"}
_SCHEDULED = {"scheduled", "set", "due", "expected", "slated", "preparing"}  # "are preparing to sign an agreement"
_BE = {"is", "are", "was", "were", "be", "been", "stands", "stood", "remains", "remained"}
_REFUSE_FORMS = inflections("refuse") | inflections("decline")
# "is facing pressure to impose sanctions", "faces calls to expel", "was urged to release": others want the
# act of the one named; it has not happened, and the subject is not the one asking
_PRESSED_BY = {"urged", "asked", "pressed", "pressured", "pushed", "encouraged", "called"}
_CALLS_OPENERS = {"face", "faces", "faced", "facing", "amid", "growing", "mounting", "renewed", "new", "rising"}

_INTENT = {
    "061": "0311", "062": "0312", "063": "0313", "064": "0314",
    "071": "0331", "072": "0332", "073": "0333", "074": "0334",
    "081": "0351", "084": "0353", "0841": "0353", "0842": "0353", "085": "0354", "086": "0355", "087": "0356",
    "045": "039", "04": "036", "05": "032", "06": "031", "07": "033", "08": "035",
    # "are set to sign an agreement", "is in Armenia to sign agreements": a deal to come is an intent to cooperate
    # (030), as every gold sentence from fresh133 on codes it, not one of diplomatic cooperation (032)
    "057": "030",
}
_THREAT = {
    "161": "1313", "162": "1311", "163": "1312", "164": "134", "165": "135", "166": "136", "172": "132",
    "1721": "1321", "1722": "1322", "1723": "1323", "1724": "1324", "191": "1381", "192": "1382",
    "14": "133", "16": "131", "17": "137", "18": "1383", "19": "138", "20": "1385",
}
_DEMAND = {
    "061": "1011", "062": "1012", "063": "1013", "064": "1014", "071": "1031", "072": "1032", "073": "1033",
    "074": "1034", "081": "1051", "0831": "1041", "084": "1053", "0841": "1053", "0842": "1053", "085": "1054", "086": "1055",
    "087": "1056", "04": "106", "05": "102", "06": "101", "07": "103", "08": "105",
}
_APPEAL = {
    "061": "0211", "062": "0212", "063": "0213", "064": "0214", "071": "0231", "072": "0232", "073": "0233",
    "074": "0234", "081": "0251", "082": "0252", "0831": "0241", "084": "0253", "0841": "0253", "0842": "0253", "085": "0254",
    "086": "0255", "087": "0256", "045": "028", "037": "027",
    "042": "036",  # "asked President Xi to visit": an invitation, as "invited him to visit"
    "04": "026", "05": "022", "06": "021", "07": "023",
    "08": "025",
}
# (GDELT's CAMEO table, which ours follows, has no 1213: a refused extradition is 121.)
_REJECT = {
    "061": "1211", "062": "1212", "063": "121", "071": "1221", "072": "1222", "073": "1223", "074": "1224",
    "081": "1241", "0831": "1231", "084": "1243", "0841": "1243", "0842": "1243", "085": "1244", "086": "1245", "087": "1246",
    "04": "125", "05": "120", "06": "121", "07": "122", "08": "124",
}


# "will no longer supply weapons to Ukraine": aid that stops is a reduction of aid (CAMEO 162), talks that
# stop a halt of negotiations (164)
_HALT = {"070": "162", "071": "1621", "072": "1622", "073": "1623", "07": "162", "046": "164"}


# A signing's verbs, as the lemma (or the bare form after "to") reads them
SIGNING = frozenset({"sign", "ink", "conclude", "seal"})
# Words of a journey: one whose purpose an infinitive after them states ("arrived ... to meet"), or the talks "for"
# after them (tenses.py); a trip verb's event does not govern the talks it is for (nominal.py)
TRAVEL_WORDS = frozenset({"arrived", "arrives", "arriving", "landed", "lands", "travelled", "traveled", "travels",
                          "travelling", "traveling", "travel", "flew", "flies", "flying", "headed", "heads", "heading",
                          "left", "leaves", "leaving", "departed", "departs", "trip", "visit", "journey", "tour",
                          "touched"})  # ("touched down in Accra")


def on_a_trip(tokens: list[Token], i: int) -> bool:
    """"arrived in Riyadh on Wednesday to meet", "a two-day trip to discuss": a meeting that is the journey's
    purpose is still to come (036), beside the journey itself."""
    before = [t.lower for t in tokens[max(0, i - 12):i - 1]]
    # "is in Armenia to sign key agreements": being in a place for a purpose is a trip too
    # (only for a signing: "is in Greece to participate in the meeting" takes part now)
    # (or for strengthening ties: "was in Tunisia on Wednesday to reinforce cooperation")
    signing = tokens[i].lower in SIGNING or tokens[i].lower in _STRENGTHENING
    if tokens[i].lower in _BEGINNING and not MODALS & set(before):
        return False  # "arrived in Accra to begin a two-day official visit to Ghana": the arrival begins it
    travel = max((k for k, w in enumerate(before) if w in TRAVEL_WORDS
                  or (signing and w in ("is", "are", "was", "were") and before[k + 1:k + 2] == ["in"])), default=None)
    return travel is not None and not _TRIP_BREAKS & set(before[travel:])


_BEGINNING = {"begin", "start", "commence", "kick"}  # "to begin a visit", "to kick off a tour"
_STRENGTHENING = {"strengthen", "reinforce", "deepen", "boost", "bolster", "enhance", "expand", "consolidate", "cement"}
# What ends the trip's clause before the infinitive: "arrived in Baku, and went on to meet" is another act
_TRIP_BREAKS = {",", ";", "and", "but", "who", "which"}


_NOW = {"has", "have", "is", "are", "'s"}
_PAID = {"paid", "given", "devoted"}
_HEED = {"attention", "emphasis", "priority", "consideration"}


def _next_leg(tokens: list[Token], i: int) -> bool:
    """"has arrived in Zimbabwe for a two day State visit before heading for the African Summit in South Africa":
    the trip after one reported as now is still to come."""
    if i < 2 or tokens[i - 1].lower != "before" or tokens[i].lower not in TRAVEL_WORDS \
            or not tokens[i].lower.endswith("ing"):
        return False
    start = max((k for k in range(i - 1) if tokens[k].text in (".", ";")), default=-1) + 1
    return any(t.lower in _NOW for t in tokens[start:i - 1])


def _lookup(table: dict[str, str], code: str) -> str | None:
    return table.get(code) or table.get(code[:2])


def announced_code(code: str, how: str) -> str | None:
    """The code of an act that is promised, threatened, demanded or refused rather than done.

    None when the act is refused but CAMEO has no refusal for it ("refused to attack"):
    that is no event at all.
    """
    threat = _lookup(_THREAT, code)
    if how in ("decided", "resolved") and code in _DECIDED or how == "resolved" and code not in _RESOLVED:
        return code
    if how in ("modal", "commissive", "decided", "resolved"):
        return _lookup(_INTENT, code) or threat or code
    if how == "demand":
        return _lookup(_DEMAND, code) or ("100" if code[:2] in ("12", "16", "17", "18", "19", "20") else code)
    if how == "refusal":
        return _lookup(_REJECT, code)
    if how in ("pressed", "forecast", "allowed"):
        return None
    if how == "halt":
        return _lookup(_HALT, code)
    return code


_BETWEEN_MODAL_AND_VERB = {"soon", "also", "then", "now", "directly", "be", "reportedly", "likely", "probably",
                           "formally", "officially"}
_NOT_ADVERBS = {"only", "supply", "apply", "rely", "reply", "comply", "imply", "ally", "rally", "fly"}


def _its_will(before: list[str]) -> bool:
    """"expressed its will to officially recognize": "will" after a possessive is a noun of intent."""
    return len(before) >= 3 and before[-2] == "will" and before[-3] in ("its", "their", "his", "her", "our")


def announced(tokens: list[Token], i: int) -> str | None:
    """How the verb at ``i`` is governed: "modal" ("will free"), "commissive" ("vowed to attack"), "decided"
    ("announced that it would close"), "resolved" ("decided to intensify"),
    "demand" ("must withdraw"), "refusal" ("refused to meet", "will not accept"), "halt" ("will no
    longer supply"), "pressed" ("under pressure to impose", "was urged to expel"), "forecast" ("are
    expected to sign"), "allowed" ("would allow Trinidad and Tobago to negotiate"), or None."""
    if i > 1 and (tokens[i - 1].lower.endswith("ly") or tokens[i - 1].lower in ("then", "also", "later", "further")) \
            and tokens[i - 2].lower == "to" and tokens[i - 1].lower not in _NOT_ADVERBS:
        i -= 1  # "expressed its will to officially recognize", "is expected to then visit Iran": a split
        # infinitive is governed as the plain one
    if i > 2 and tokens[i - 1].lower.endswith("ly") and tokens[i - 2].lower in ("be", "been") \
            and tokens[i - 1].lower not in _NOT_ADVERBS:
        i -= 1  # "he will be officially received by his host": an adverb after the passive's "be"
    if (k := _past_time_phrase(tokens, i)) is not None:
        i = k  # "Ouattara will on Monday, October 16 begin a 2-day official visit": the modal before the time
    if i > 1 and tokens[i - 1].lower == "be" and tokens[i - 2].lower == "to":
        i -= 1  # "a deal ... is expected to be signed": a passive infinitive is governed as the active one
    # "he will “soon” visit Skopje": quotation marks around a word are no word between the modal and its verb
    # ("both sides will inter alia discuss": a Latin "among other things" is no word between either)
    before = [t.lower for t in tokens[max(0, i - 7):i] if t.lower not in _NO_WORDS]
    before = _without_asides(before)[-3:]
    last = before[-1] if before else ""
    if _how_weighed(tokens, i):
        return "forecast"  # "focused on how Sweden can help India", "discussed how to boost trade": weighed, no act
    if _first_to_recognise(tokens, i):
        return "forecast"  # "Sweden is the first western country to establish diplomatic relations with China"
    if before[-2:] in (["must", "be"], ["should", "be"]) and any(t.lower == "by" for t in tokens[i + 1:i + 3]):
        # "The package must be approved by the U.S. Congress": what others have yet to do, no act (not "has decided
        # that all border crossings ... should be closed", a decision)
        return "forecast"
    if "interested" in before and before[before.index("interested") + 1:][:1] == ["in"] \
            and tokens[i].lower.endswith("ing"):
        return "commissive"  # "Croatia was interested in further developing bilateral relations with Montenegro"
    # ("will meet or hold talks with", "is expected to take part in a forum as well as meet")
    joined = last in ("and", "or") or before[-3:] == ["as", "well", "as"]
    if joined and (first := _first_conjunct(tokens, i)) is not None:
        return announced(tokens, first)  # "are expected to hold talks and attend a signing ceremony"
    if last == "besides" and (first := _besides(tokens, i)) is not None:
        return announced(tokens, first)  # "was scheduled to meet Murmu, besides interacting with business leaders"
    if before[-2:] == ["no", "longer"]:
        return "halt"
    if last in ("won't", "wouldn't", "shan't") or (
            last in ("not", "n't") and len(before) >= 2 and before[-2] in MODALS | {"wo"}):
        return "refusal"
    # "would formally reopen its embassy": an adverb between the modal and its verb (not "will completely close its
    # border", which docs/annotation.md codes as the closure announced)
    if last in MODALS or (len(before) >= 2 and before[-2] in MODALS and last in _BETWEEN_MODAL_AND_VERB):
        return "decided" if _announced_decision(tokens, i) else "modal"
    if last in ("must", "should"):  # "Israel should apologize, Poland's prime minister said"
        return "demand"
    if _first_to_come(tokens, i) or _next_leg(tokens, i):
        return "modal"  # "Richard Marles will become the first minister to visit Kiribati in almost two years"
    if _importance_of(tokens, i) or _need_for(tokens, i):
        return "commissive"  # "stressed the importance of expanding cooperation": what they mean to do
    if last == "to" and len(before) >= 2:
        governor = before[-2]
        if governor in ("like", "love") and before[-3:-2] in (["would"], ["'d"]):
            return "commissive"  # "he would like 'to visit India in the future'": a wish, meant
        if _pressed(before):
            return "pressed"
        if _allowed(tokens, i):
            return "allowed"
        if governor in WEIGHED:
            return "forecast"
        if governor in ("serve", "serves") and before[0] in MODALS:
            return "forecast"  # "the upcoming visit will serve to deepen cooperation": the visit's effect, no one's act
        if governor in _PAID and any(t.lower in _HEED for t in tokens[max(0, i - 8):i - 2]):
            return "forecast"  # "comprehensive attention will be paid to further strengthen the ties": a topic
        if governor in ("likely", "unlikely") and before[0] in _BE:  # "Hasina is likely to visit Japan"
            return "forecast"
        if governor in ("occasion", "opportunity", "chance") and _an_occasion(tokens, i):
            return "forecast"  # "will constitute a renewed occasion to further strengthen the historical ties"
        if governor in ("need", "needs") and before[0] not in ("the", "a", "an", "no"):
            # "The two sides need to strengthen communication", "our two countries need to be more vigilant": what
            # ought to be done, no act (docs/annotation.md codes none; not "the need to strengthen", a noun)
            return "forecast"
        if governor in _REFUSE_FORMS:
            return "refusal"
        if governor in ("decided", "decide", "decides", "deciding"):
            return "resolved"  # "Cameroon and China have decided to intensify cooperation": what they resolve to do
        if governor in ("aim", "view", "objective", "goal") and i >= 4 and tokens[i - 4].lower == "with":
            return "forecast"  # "a five-day visit to India with an aim to intensify bilateral ties": what it is for
        if governor in COMMISSIVE_FORMS or governor in INTENT_NOUNS or _its_will(before) \
                or intent_of(tokens, i):  # "its intention to impose"
            # "does not plan to resume consultations", "has no intention to meet": a refusal
            return "refusal" if len(before) == 3 and before[0] in ("not", "n't", "no", "never") else "commissive"
        if governor == "forward" and before[0] in LOOKS:
            return "commissive"  # "I look forward to hosting the President of Azerbaijan"
        if governor in _BE:  # "a delegation is to visit Iran"
            return "modal"
        if on_a_trip(tokens, i):  # "arrived in Nakhchivan on Monday to meet with his counterpart": not met yet
            return "modal"
        if governor in READY and len(before) == 3 and before[0] in _BE:  # "is prepared to", not "prepared to"
            return "modal"
        if governor in _GLAD and before[0] == "be" and i >= 4 and tokens[i - 4].lower in MODALS:
            return "modal"  # "Papua New Guinea will be honored to host Indonesian President Widodo next month"
        if governor in _SCHEDULED and before[0] in _SEEM:
            return "forecast"  # "the two countries look set to step up cooperation": the writer's guess, no plan
        if governor in _SCHEDULED and (before[0] in _BE or _be_adverb(tokens, i - 3)):  # "are (also) scheduled to meet"
            # "are expected to hold discussions" forecasts what others plan (docs/annotation.md: no event)
            return "forecast" if governor == "expected" else "modal"
    return None


_SEEM = LOOKS | {"seem", "seems", "seemed", "appear", "appears", "appeared"}


_TIME_WORDS = {"on", "this", "next", "coming", ",", "tomorrow", "today", "tonight", "morning", "afternoon", "evening"}


def _past_time_phrase(tokens: list[Token], i: int) -> int | None:
    """Where the verb at ``i`` would stand without the time phrase between it and a modal before it ("will on
    Monday, October 16 begin", "will this week travel"), or None."""
    k = i - 1
    while k >= 0 and (tokens[k].lower in _TIME_WORDS or tokens[k].lower in dates.WEEKDAYS
                      or tokens[k].lower in dates.MONTHS or tokens[k].text.isdigit() or tokens[k].lower == "week"):
        k -= 1
    timed = k < i - 1 and any(t.lower in dates.WEEKDAYS or t.lower in ("tomorrow", "week") for t in tokens[k + 1:i])
    return k + 1 if timed and k >= 0 and tokens[k].lower in MODALS else None


def intent_of(tokens: list[Token], i: int) -> bool:
    """"expressed the readiness of the Kazakh side to develop cooperation", "the keenness of the leaderships of the two
    countries to enhance bilateral relations": an intent noun whose owner, after "of", stands between it and the
    infinitive."""
    if i < 2 or tokens[i - 1].lower != "to":
        return False
    of = next((j for j in range(i - 3, max(0, i - 10), -1) if tokens[j].lower == "of"
               and tokens[j - 1].lower in INTENT_NOUNS), None)
    return of is not None and all(t.text not in (",", ";") for t in tokens[of:i])


_NO_WORDS = QUOTE_MARKS | {"inter", "alia", "again", "soon", "once"}  # "will again visit", "will soon meet"
_TIMES = {"several", "many", "repeatedly"}


def _without_asides(before: list[str]) -> list[str]:
    """"expressed its intent several times to respectfully host Yoon", "agreed on Monday to expand cooperation": how
    often, when, and an adverb splitting the infinitive, stand between the governor and its verb."""
    if len(before) >= 2 and before[-2] == "to" and before[-1].endswith("ly"):
        before = before[:-1]
    if len(before) >= 3 and before[-1] == "to" and before[-2] == "times" and before[-3] in _TIMES:
        before = before[:-3] + ["to"]
    elif len(before) >= 2 and before[-1] == "to" and before[-2] in _TIMES:
        before = before[:-2] + ["to"]
    elif len(before) >= 3 and before[-1] == "to" and before[-2] in _DAYS:
        # "agreed on Monday to expand cooperation", "agreed Sunday to establish": the day between is no governor
        before = before[:-3 if before[-3] == "on" else -2] + ["to"]
    return before


_BARE_ED = {"need", "proceed", "exceed", "succeed", "feed", "heed", "speed", "breed", "bleed", "embed"}


def _past_form(word: str) -> bool:
    return (word.endswith("ed") and word not in _BARE_ED) or word in irregular_pasts()


_NOT_VERBS = {"a", "an", "the", "this", "that", "these", "those", "its", "their", "his", "her", "our", "my"}


def _first_conjunct(tokens: list[Token], i: int) -> int | None:
    """The verb of an infinitive that the verb at ``i`` is joined to by "and" ("to hold talks and attend"), so both
    are governed alike; not past a comma, and not a preposition's "to" ("agreed to a ceasefire and signed")."""
    if _past_form(tokens[i].lower):  # "will meet on Monday and signed a deal last year": a past act of its own
        return None
    for k in range(i - 2, max(-1, i - 18), -1):
        if tokens[k].text == "," and k == i - 2:
            continue  # "will discuss friendly relations between Turkey and Bulgaria, and exchange opinions"
        if tokens[k].text in (",", ";", ":"):
            return None
        if (tokens[k].lower == "to" or tokens[k].lower in MODALS) and k + 1 < i - 1:
            # ("Oli will visit China from June 19-24 and hold talks with Xi": a modal's verb, as an infinitive's)
            nxt = tokens[k + 1]
            return None if nxt.lower in _NOT_VERBS or nxt.text[:1].isupper() else k + 1
    return None


def _besides(tokens: list[Token], i: int) -> int | None:
    """The infinitive's or modal's verb that a gerund after "besides" is added to, governed alike."""
    if not tokens[i].lower.endswith("ing"):
        return None
    return next((k + 1 for k in range(i - 3, max(-1, i - 16), -1)
                 if (tokens[k].lower == "to" or tokens[k].lower in MODALS) and tokens[k + 1].lower not in _NOT_VERBS
                 and not tokens[k + 1].text[:1].isupper()), None)


# Ties reduced by a decision announced: "announced on Sunday that it will close its embassy in Dublin" is the
# closure (161), "announced that Georgia would suspend accession talks" the halt (164), not a threat to do
# them (1313, 134); a visit announced stays a plan (036), and tariffs announced for later a threat (1312), as
# docs/annotation.md has them
_DECIDED = {"161", "164", "166", "191"}  # "announced Thursday that he would close all borders with neighboring Haiti"
# What one "decided to" do is done ("decided to pause relations", "decided to switch diplomatic recognition to China",
# "decided to accept all of President Trump's terms"), but for ties one decides to widen: "Cameroon and China have
# decided to intensify cooperation" is an intent (032), as "agreed to intensify cooperation" is.
_RESOLVED = {"050", "061", "062"}
_ANNOUNCING = {"announced", "announces", "announcing", "decided", "decides", "confirmed", "confirms"}


def _announced_decision(tokens: list[Token], i: int) -> bool:
    """A "will" or "would" at or before ``i`` in a clause that an announcing verb opens, a few words back."""
    for j in range(i - 2, max(-1, i - 12), -1):
        word = tokens[j].lower
        if word in _ANNOUNCING:
            return True
        if word in (";", ":", "but", "if", "unless") or (word in MODALS and j < i - 2):
            return False
    return False


# "the license would allow Trinidad and Tobago to negotiate with Venezuela": an act made possible is not done
_ALLOWING = {form for lemma in ("allow", "enable", "permit") for form in inflections(lemma)}
_ALLOWED_BREAKS = {",", ";", ":", "that", "which", "who", "to"}


def _allowed(tokens: list[Token], i: int) -> bool:
    """The "to" before ``i`` closes "allow X to", a few words back in the same clause."""
    for k in range(i - 2, max(-1, i - 9), -1):
        if tokens[k].lower in _ALLOWING:
            return k < i - 2  # "allowed to visit" (no one between) is the subject's own leave, not another's
        if tokens[k].lower in _ALLOWED_BREAKS:
            return False
    return False


def _pressed(before: list[str]) -> bool:
    """"under pressure to", "faces calls to", "was urged to": the act is wanted of the subject by others."""
    governor = before[-2]
    if governor == "pressure" or (governor == "calls" and len(before) == 3 and before[0] in _CALLS_OPENERS):
        return True
    return governor in _PRESSED_BY and len(before) == 3 and before[0] in _BE | {"being"}


# verbs that stress what their subject means to do: "stressed the need to deepen ties", "stressed on strengthening"
EMPHASIS = frozenset(form for lemma in ("stress", "emphasise", "emphasize", "underline", "underscore", "highlight",
                                        "reiterate") for form in inflections(lemma))


def _importance_of(tokens: list[Token], i: int) -> bool:
    """"the importance of strengthening", "the importance of expanding and strengthening", and a gerund stressed
    itself: "he stressed on strengthening the historic friendship"."""
    k = i - 1
    if k >= 2 and tokens[k].lower == "and" and tokens[k - 1].lower.endswith("ing"):
        k -= 2
    if not tokens[i].lower.endswith("ing") or k < 1:
        return False
    stressed = tokens[k].lower in EMPHASIS or (tokens[k].lower == "on" and tokens[k - 1].lower in EMPHASIS)
    return stressed or (tokens[k].lower == "of" and tokens[k - 1].lower == "importance")


def _an_occasion(tokens: list[Token], i: int) -> bool:
    """"(will constitute) a renewed occasion to strengthen": what something may serve, not "used the opportunity to
    congratulate" (an act) nor "is honored to have the opportunity to pay tribute"."""
    head = next((k for k in range(i - 2, max(0, i - 8), -1)
                 if tokens[k].lower in ("occasion", "opportunity", "chance")), None)
    if head is None:
        return False
    article = next((k for k in range(head - 1, max(-1, head - 4), -1) if tokens[k].lower in ("a", "an")), None)
    return article is not None and article >= 1 and tokens[article - 1].lower in ("constitute", "constitutes", "be",
                                                                                 "is", "provide", "provides", "offer")


def stands_ready(lemma: str, tokens: list[Token], i: int) -> bool:
    """"China stands ready to work with Togo": readiness for the infinitive's act, not a stand with Togo."""
    return lemma == "stand" and i + 1 < len(tokens) and tokens[i + 1].lower in READY


_TIME_CLAUSES = {"when", "once", "after", "before", "until", "while"}


def future_time_clause(tokens: list[Token], i: int) -> bool:
    """"the tour will reflect how ... when President Kenyatta meets with Abe": English puts the future of a time
    clause in the present, so a present verb after "when" is to come when the clause it hangs on says "will".  The
    caller reads only meetings and visits so ("would respond when Israel attacks" is no threat of Israel's)."""
    verb = tokens[i].lower
    if verb.endswith(("ed", "ing")) or verb in irregular_pasts() or not verb.isalpha():
        return False
    k = next((k for k in range(i - 1, max(-1, i - 9), -1) if tokens[k].lower in _TIME_CLAUSES
              or tokens[k].text in (";", ".")), None)
    if k is None or tokens[k].lower not in _TIME_CLAUSES or any(t.lower in MODALS for t in tokens[k + 1:i]):
        return False
    if any(t.lower in ("today", "tonight") for t in tokens[k + 1:i + 10]):
        return False  # "ties will be strengthened when Najib commences his visit to China today": it starts now
    head = [t.lower for t in tokens[max(0, k - 16):k]]
    cut = max((j for j, w in enumerate(head) if w in (";", ".", "said", "says")), default=-1)
    return any(w in MODALS for w in head[cut + 1:])


def _first_to_come(tokens: list[Token], i: int) -> bool:
    """"will become the first minister to visit", "would be the first leader to meet": the first to act, still to
    come, acts later."""
    if i < 5 or tokens[i - 1].lower != "to":
        return False
    k = next((k for k in range(i - 2, max(0, i - 6), -1) if tokens[k].lower in ("first", "only", "second", "last")),
             None)
    if k is None or k < 3 or tokens[k - 1].lower != "the" or tokens[k - 2].lower not in ("be", "become"):
        return False
    return tokens[k - 3].lower in MODALS


_FIRST_STATES = {"country", "countries", "nation", "nations", "state", "states"}
_RECOGNISING = {"establish", "recognise", "recognize"}


def _first_to_recognise(tokens: list[Token], i: int) -> bool:
    """"is the first western country to establish diplomatic relations with China", "one of the first countries to
    recognize": a rank in a state's history, told as a standing fact (not "became the first country to recognise
    Palestine", an act)."""
    if i < 4 or tokens[i].lower not in _RECOGNISING or tokens[i - 1].lower != "to" \
            or tokens[i - 2].lower not in _FIRST_STATES:
        return False
    k = next((k for k in range(i - 3, max(0, i - 6), -1) if tokens[k].lower == "first"), None)
    if k is None or k < 2 or tokens[k - 1].lower != "the":
        return False
    return tokens[k - 2].lower in ("is", "was", "are", "were", "of")


def _need_for(tokens: list[Token], i: int) -> bool:
    """"emphasize the need for both countries to reinforce their existing strategic partnership", "stressed the need
    to deepen ties": a need one stresses is what one means to do."""
    if i < 3 or tokens[i - 1].lower != "to":
        return False
    k = next((k for k in range(i - 2, max(0, i - 7), -1) if tokens[k].lower == "need"), None)
    return k is not None and k >= 1 and tokens[k - 1].lower == "the" \
        and (k + 1 == i - 1 or tokens[k + 1].lower == "for")


def _be_adverb(tokens: list[Token], k: int) -> bool:
    """"are also expected to discuss": a form of "be" and an adverb before the governor at ``k + 1``."""
    return k >= 1 and tokens[k - 1].lower in _BE and (tokens[k].lower in ("also", "now", "still")
                                                      or tokens[k].lower.endswith("ly"))


def asked_code(directive: str, asked: str) -> str:
    """A generic appeal (020) or demand (100) made specific by what it asks for.

    "urged Uganda to repatriate criminals" asks for judicial cooperation (0213); "demanded that
    the government end curbs" asks to ease sanctions (1051).  A specific code stays as it is.
    """
    if directive == "020":
        return _lookup(_APPEAL, asked) or directive
    if directive == "100":
        return _lookup(_DEMAND, asked) or directive
    return directive
