"""CAMEO conventions applied once an event's roles are known: who clashes with whom decides
between fighting, rioting and repression; police arrests are domestic; a phone call is one event.

These are properties of the coded event, not of how its roles were found (events.py), so they live
apart and are tested through the coder.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from dyadwatch import reference
from dyadwatch.coding.mentions import Mention
from dyadwatch.coding.modality import INTENT_NOUNS
from dyadwatch.coding.verbforms import CLAUSE_MARKS, by_in_clause, passive_aux

if TYPE_CHECKING:
    from dyadwatch.coding.events import CodedEvent

# People who are no armed force: when they clash, CAMEO calls it a riot (145), and when police or
# troops clash with them, violent repression (175).
_CROWDS = {"CVL", "OPP", "EDU", "LAB", "AGR", "REL", "REF", "RAD"}


def by_phone(events: list[CodedEvent]) -> list[CodedEvent]:
    """"held a phone conversation to discuss...": the discussion is the call, not a second meeting."""
    called = {(e.source.code, e.target.code) for e in events if e.code == "041"}
    return [e for e in events if not (e.code == "040" and (e.source.code, e.target.code) in called)]


def domestic(code: str, source: Mention, target: Mention) -> Mention:
    """"Belarusian authorities detained opposition activists": whom a state's police arrest, ban or
    repress (CAMEO 17) without saying whose they are are that state's own."""
    if code[:2] != "17" or not target.code.startswith("---") or source.code.startswith("---") \
            or source.country not in reference.countries():
        return target
    return replace(target, code=source.country + target.code[3:])


def expelled_officials(code: str, source: Mention, target: Mention) -> str:
    """An expulsion of another state's officials ("ordered 12 Algerian diplomats to leave") is
    diplomatic (161), not the expulsion of individuals (174)."""
    if code == "174" and target.agent == "GOV" and source.country != target.country:
        return "161"
    if code == "174" and target.agent == "MIL" and source.country != target.country:
        return "166"  # "ordered French troops to leave": another state's forces sent away
    if code == "174" and target.code.startswith("NGO"):
        return "1663"  # "expelled the representative of the International Committee of the Red Cross": an aid agency
    return code


_ENVOY_WORDS = {"ambassador", "envoy", "commissioner", "chargé", "charge", "affaires", "consul"}
_CONCERN = {"012", "110", "111"}


def to_an_envoy(code: str, target: Mention, tokens) -> str:
    """"expressed the deep concern of the Government of Bangladesh to the High Commissioner of India":
    concern or displeasure delivered to another state's envoy is an official complaint (114), not a
    remark to the press."""
    if code not in _CONCERN or target.start < 1:
        return code
    k = target.start - 1
    while k > 0 and tokens[k].lower in ("the", "his", "her", "its", "their"):
        k -= 1
    words = {t.lower for t in tokens[target.start:target.end]}
    return "114" if tokens[k].lower == "to" and words & _ENVOY_WORDS else code


def visited_state(e: CodedEvent) -> CodedEvent:
    """"Mahama paid Tinubu a courtesy visit": a visit is to a state, whoever receives it (CAMEO's 042
    target is where the visitor went)."""
    t = e.target
    if e.code != "042" or t.code == t.country or t.country not in reference.countries():
        return e
    return replace(e, target=replace(t, code=t.country, kind="state"))


def invited_to(e: CodedEvent, mentions: list[Mention], tokens) -> CodedEvent:
    """"Putin invited Modi to Russia": an invitation to a state is to visit it (036, as PETRARCH's INVITE ... VISIT),
    not an appeal (020); "Chinese police will be invited to the Solomon Islands": the state one is invited to is the
    host who invites, when the sentence names no other ("by Putin")."""
    if e.code != "020" or not e.verb.lower().startswith("invit"):
        return e
    i = next((t.i for t in tokens if t.start == e.verb_start), None)
    if i is None:
        return e
    j = next((k for k in range(i + 1, min(len(tokens), i + 8)) if tokens[k].lower == "to"), None)
    place = next((m for m in mentions if j is not None and m.start in (j + 1, j + 2) and m.kind == "state"
                  and all(t.lower == "the" for t in tokens[j + 1:m.start])), None)
    if place is None or any(t.text in CLAUSE_MARKS for t in tokens[i + 1:j]):
        return e
    if passive_aux(tokens, i) is not None and not by_in_clause(tokens, i) and e.source is not place:
        return replace(e, source=place, target=e.source, code="036")
    return replace(e, code="036")


_SITES = {"shrine", "shrines", "tomb", "tombs", "mausoleum", "mosque", "temple", "church", "monastery", "cathedral",
          "memorial", "grave", "graves"}


def visited_site(e: CodedEvent, tokens) -> CodedEvent:
    """"plans to visit the holy shrines of Imam Ali ... in Najaf": a visit to a holy site or a memorial of someone is
    a visit to the state it stands in, not an act toward the clergy its name holds (IRQ, not IRQREL)."""
    if e.code not in ("042", "036") or not e.verb.lower().startswith(("visit", "tour")):
        return e
    for side in ("source", "target"):
        m = getattr(e, side)
        if m.code != m.country and m.country in reference.countries() and m.start >= 1 \
                and any(t.lower in _SITES for t in tokens[max(0, m.start - 10):m.start]):
            e = replace(e, **{side: replace(m, code=m.country, kind="state")})
    return e


def summit_host(e: CodedEvent, mentions: list[Mention], tokens) -> CodedEvent:
    """"attending a summit of the Shanghai Cooperation Organisation in Uzbekistan": going to an organisation's
    summit is a visit to the state it meets in, when the sentence names it right after (CAMEO's 042 target is
    where the visitor went)."""
    t = e.target
    if e.code != "042" or t.kind != "org":
        return e
    place = next((m for m in mentions if m.kind == "state" and m.code == m.country and t.end < m.start <= t.end + 3
                  and tokens[m.start - 1].lower == "in"), None)
    if place is None or place.country == e.source.country:
        return e
    return replace(e, target=place)


def voiced_will(e: CodedEvent, mentions: list[Mention], tokens) -> CodedEvent:
    """"Minister for Defence Khawaja Asif reiterated Pakistan's desire to strengthen its partnership with
    Azerbaijan": the state's will, voiced by the office that opens the sentence, is that office's act (as
    PETRARCH codes the main clause's subject), when the office is the state's own."""
    s = e.source
    if s.kind != "state" or s.end + 2 >= len(tokens) or tokens[s.end].lower not in ("'s", "’s") or not mentions:
        return e
    voice = mentions[0]
    words = {t.lower for t in tokens[s.end + 1:s.end + 4]}
    if voice.end <= s.start and voice.country == s.country and voice.agent and words & INTENT_NOUNS:
        return replace(e, source=voice)
    return e


def others_deal(code: str, lemma: str, tokens, i: int) -> str:
    """"The EU approved the agreement between Serbia and Kosovo": approving a deal between others endorses it (051);
    "approved a deal with Kuwait" ratifies one's own (057)."""
    if code != "057" or lemma != "approve":
        return code
    words = [t.lower for t in tokens[i + 1:i + 8]]
    between = words.index("between") if "between" in words else None
    return "051" if between is not None and "with" not in words[:between] else code


_MEETING_HEADS = {"meeting", "meetings", "summit", "talks", "visit", "session", "consultations", "round"}


def meeting_agreed(code: str, lemma: str, tokens, i: int) -> str:
    """"we agreed with Prime Minister Rama that the joint meeting of our two governments ... be held on October 2": an
    agreement whose "that" clause opens with a meeting is the meeting agreed, still to come (036)."""
    if code != "030" or lemma != "agree":
        return code
    that = next((k for k in range(i + 1, min(len(tokens), i + 10)) if tokens[k].lower == "that"), None)
    return "036" if that is not None and {t.lower for t in tokens[that + 1:that + 5]} & _MEETING_HEADS else code


def courtesy_call(code: str, lemma: str, tokens, i: int) -> bool:
    """"Valiyev, who called on him in Islamabad on Wednesday", "the envoy called on the Prime Minister": to call
    on someone with no act asked of them anywhere after ("to release", "for restraint", even past a relative
    clause) is a courtesy call, a meeting (040)."""
    if code == "020" and lemma in ("make", "pay"):  # "the UAE President made an official call on Ramkalawan"
        i = next((k for k in range(i + 1, min(len(tokens), i + 5)) if tokens[k].lower == "call"), len(tokens))
        lemma = "call"
    if code != "020" or lemma != "call" or i + 2 >= len(tokens) or tokens[i + 1].lower not in ("on", "upon"):
        return False
    rest = tokens[i + 2:]
    # (within the call's own clause: not "called on the President ... and said his country supported India's quest
    # for permanent membership", whose "for" is another verb's)
    end = next((k for k, t in enumerate(rest) if t.text == ";" or t.lower in _NEXT_CLAUSE
                or (t.lower == "and" and k > 0 and rest[k - 1].text == ",")), len(rest))
    return not any(t.lower in ("to", "for") and (k == 0 or rest[k - 1].lower != "according")
                   for k, t in enumerate(rest[:end]))


_NEXT_CLAUSE = {"said", "says", "saying", "added", "adding"}


def left_a_body(e: CodedEvent) -> CodedEvent:
    """"The United States withdrew from the WHO", "announced their withdrawal from ECOWAS": leaving an
    international organisation reduces relations with it (160, as freezing one's membership does), it is
    no military retreat (087)."""
    if e.code not in ("087", "0874") or e.target.kind != "org" or not e.target.code.startswith("IGO"):
        return e
    return replace(e, code="160")


RECALL_NOUNS = frozenset({"withdrawal", "recall", "pullout", "pull-out"})
ENVOYS = frozenset(_ENVOY_WORDS | {"ambassadors", "envoys", "diplomat", "diplomats", "commissioners"})


def envoys_withdrawn(e: CodedEvent, tokens) -> CodedEvent:
    """"India's withdrawal of its High Commissioner and other diplomats": envoys withdrawn are relations cut
    (161, as the verb "withdrew its ambassador"), no military retreat."""
    k = next((t.i for t in tokens if t.start == e.verb_start), None)
    if e.code != "087" or k is None or tokens[k].lower not in RECALL_NOUNS:
        return e
    after = [t.lower for t in tokens[k + 1:k + 6]]
    return replace(e, code="161") if after[:1] == ["of"] and set(after) & ENVOYS else e


# what flies: an attack by these is aerial (195); roles.py reads a reported clause's unowned weapon from them too
AIRCRAFT = {"aircraft", "plane", "planes", "warplane", "warplanes", "jet", "jets", "drone", "drones", "helicopter",
            "helicopters", "bomber", "bombers", "gunships"}


def clash_code(code: str, source: Mention, target: Mention) -> str:
    """The code of a clash ("clashed with") given who took part."""
    if code != "190":
        return code
    if source.agent in _CROWDS:
        return "145"
    return "175" if source.agent in ("COP", "MIL") and target.agent in _CROWDS else aerial(code, source)


def aerial(code: str, source: Mention) -> str:
    """"Israeli warplanes struck near Damascus", as "incoming Ukrainian drones": an attack by aircraft is 195."""
    return "195" if code == "190" and source.text.split()[-1].lower() in AIRCRAFT else code


_TRADE = {"import", "imports", "export", "exports", "goods", "products", "seafood", "trade", "shipments"}


_TRADE_ITSELF = {"trade", "exports", "imports", "export", "import", "shipments", "commerce"}


def trade_ban(code: str, tokens, i: int) -> str:
    """"announced a blanket ban on all Japanese seafood imports": a ban on trade is an embargo (163),
    not an administrative sanction (172)."""
    if code == "172" and any(t.lower in _TRADE for t in tokens[i + 1:i + 13]):
        return "163"
    if code == "160" and any(t.lower in _TRADE_ITSELF for t in tokens[i + 1:i + 5]):
        return "163"  # "suspended all trade with Israel": halting trade is an embargo, not a cut in relations
    return code


# "the conditional lifting of its two-year ban on seafood imports", "announced the easing of sanctions on Syria"
_LIFTING = {"lifting", "easing", "removal", "relaxation", "scrapping", "rollback", "loosening", "repeal"}
_LIFT_BREAKS = {",", ";", ":", ".", "that", "which", "who", "and", "but", "after", "before", "following"}


def lifted_code(code: str, tokens, i: int) -> str:
    """A sanction or ban at ``i`` named as what is lifted: the act is its easing (085), not its imposition."""
    if code[:2] not in ("16", "17"):
        return code
    before = [t.lower for t in tokens[max(0, i - 6):i]]
    k = max((j for j, w in enumerate(before) if w in _LIFTING), default=None)
    return "085" if k is not None and "of" in before[k + 1:] and not set(before[k + 1:]) & _LIFT_BREAKS else code


_FRONTIERS = {"border", "borders", "frontier", "frontiers"}


def to_a_frontier(code: str, tokens, i: int) -> str:
    """"is sending more troops to its border with neighboring Ethiopia": troops sent to a frontier are a show of
    force at the neighbour (150), not help to it (074)."""
    words = [t.lower for t in tokens[i + 1:i + 12]]
    words = words[:next((k for k, w in enumerate(words) if w in CLAUSE_MARKS), len(words))]
    if code == "074" and any(a in _FRONTIERS and b == "with" for a, b in zip(words, words[1:])):
        return "150"
    return code


def fire_exchanged(code: str, tokens, i: int) -> bool:
    """"came under heavy attack by the Taliban, prompting an exchange of fire": an attack answered, each side
    firing on the other."""
    words = [t.lower for t in tokens[i + 1:]]
    return code[:2] in ("19", "20") and any(
        (a, b, c) in (("exchange", "of", "fire"), ("exchange", "of", "gunfire"), ("exchanges", "of", "fire"))
        for a, b, c in zip(words, words[1:], words[2:]))


def cut_ties(code: str, tokens, i: int) -> str:
    """"announced the termination of diplomatic relations with the UAE": a reduction of relations that
    names diplomatic relations cuts ties (161)."""
    words = [t.lower for t in tokens[i + 1:i + 6]]
    if code == "160" and any(a == "diplomatic" and b in ("relations", "ties") for a, b in zip(words, words[1:])):
        return "161"
    return code


# A state's agents: "officials", "the ministry", "troops" of no known state name nobody in particular.
_STATE_AGENTS = {"", "GOV", "MIL", "COP", "LEG", "SPY", "JUD"}


def unattributed(e: CodedEvent) -> bool:
    """An event with a party that is some state's office or force, but no state we can name ("the
    ministry summoned the envoy" with no country in view): it cannot join any dyad's series, and as
    an event it says nothing about who acted on whom."""
    return any(unowned_office(m) for m in (e.source, e.target))


def unowned_office(m: Mention) -> bool:
    """"the ministry", "officials", "troops": a state's office or force, of no state we can name."""
    return m.code.startswith("---") and m.code[3:6] in _STATE_AGENTS


def internal(e: CodedEvent) -> bool:
    """Two organs of one state or organisation ("the Biden administration refused to provide details on
    U.S. troops", "the UN Security Council ... the UN"): no relation between actors the dyads watch."""
    a, b = e.source.code, e.target.code
    if a.startswith("IGO") or b.startswith("IGO"):
        return a[:6] == b[:6]
    return a[:3] == b[:3] and not a.startswith("---") and a[3:6] in _STATE_AGENTS and b[3:6] in _STATE_AGENTS
