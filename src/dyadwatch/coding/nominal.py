"""Events named by nouns: "talks between Egypt, Ethiopia and Sudan", "the Putin-Kim summit",
"in a telephone conversation with his Portuguese counterpart", "Israeli strikes on Iranian sites".

News names many acts by a noun rather than a verb, and a verb-only coder misses them all.
This component codes those nouns (``data/event_nouns.csv``) in two frames:

- ``meet``: both sides act on each other ("talks between A and B", "the A-B summit",
  "A's meeting with B", or "a meeting with B" whose other party is the nearest actor before it,
  or for a preposed "In a conversation with B, A said", the first one after);
- ``directed``: the owner acts on the one named after ("Kishida's visit to Seoul", "Israeli
  strikes on Gaza").

A verb that governs the noun decides for its pair of countries ("agreed to hold talks with" is an
intent, "refused to meet" a rejection), a word the verb coder read as a verb is no noun, a noun
whose act has not happened ("ahead of talks", "called for negotiations", "delayed their meeting")
codes nothing, and a meeting still to come is an intent to meet (036).  Each noun may have
several readings in the table ("Russia's war on Ukraine", "the Israel-Hamas war"); the first
that finds its parties is used.
"""

from __future__ import annotations
from dataclasses import replace

from dyadwatch.coding import dates
from dyadwatch.coding.conventions import clash_code, fire_exchanged, lifted_code, trade_ban
from dyadwatch.coding.envoys import recall
from dyadwatch.coding.events import CodedEvent, unique
from dyadwatch.coding.invitations import invitations
from dyadwatch.coding.meeting_parties import at_a, framed_pair, meeting_with, mention_at, of_party
from dyadwatch.coding.mentions import (HONORIFIC_WORDS, SPEECH, Mention, both_ways, codable, conjoined, distinct,
                                       fronted_end, is_place, nobodys, owned_first, prepositional, speaker,
                                       word_before)
from dyadwatch.coding.coordination import coordinated_pairs, pair_owned, paired_meeting
from dyadwatch.coding.modality import TRAVEL_WORDS, announced_code
from dyadwatch.coding.tenses import not_happened, still_to_come
from dyadwatch.coding.text import QUOTE_MARKS, Token
from dyadwatch.coding.travellers import (by_agent, fronted_subject, left_for, received_on_a_trip, returned_after,
                                         subject_after, visit_from, visit_of)
from dyadwatch.coding.verbforms import PASSIVE_AUX
from dyadwatch.coding.verbs import Noun, nouns


_ARMS = {"military", "naval", "army", "security", "counter-terrorism", "counterterrorism"}
_DIRECTED_PREPOSITIONS = {"to", "on", "against", "in", "into", "at", "of"}
_DASHES = {"-", "–", "—"}
_DETERMINERS = {"a", "an", "the", "this", "that", "these", "those"}
_FRAMING = {"in", "during", "at", "after", "following", "amid"}  # a noun after these frames the verb's act
_MEET_SPAN = 12  # "discussions in the DRC's capital Kinshasa between Egypt, Ethiopia and Sudan"


def readings(tokens: list[Token], i: int) -> list[Noun]:
    """The rows that may read the noun at ``i``, in table order; the word a row needs comes right
    before it ("phone call") or just after ("exchange of prisoners", "closure of the border")."""
    rows = nouns().get(tokens[i].lower)
    if not rows:
        return []
    near = {t.lower for t in tokens[max(0, i - 1):i] + tokens[i + 1:i + 6]}  # "the closure of the country's border"
    if i >= 2 and tokens[i - 1].lower in _ARMS:
        near.add(tokens[i - 2].lower)  # "a joint military operation": the kind before the arm
    found = [n for n in rows if not n.before or near & n.before]
    named = tokens[i + 2].lower if i + 2 < len(tokens) and tokens[i + 1].lower == "of" else None
    # "a war of words", "an exchange of accusations": the word after "of" says what kind; no other reading
    return [n for n in found if named in n.before] or found


# (not "an agreement on the visit of ...", which agrees on a visit to come)
_DOCUMENTS = {"memorandum", "treaty", "protocol", "convention", "charter", "framework", "mechanism"}


def _document_topic(tokens: list[Token], i: int) -> bool:
    """"the Memorandum of Understanding on diplomatic consultations between the two countries": a meeting noun that
    says what a document is about names no meeting held."""
    for k in range(i - 1, max(0, i - 4), -1):
        if tokens[k].lower in ("on", "of", "for"):
            return k >= 1 and (tokens[k - 1].lower in _DOCUMENTS or k >= 3 and tokens[k - 1].lower == "understanding"
                                                                    and tokens[k - 3].lower == "memorandum")
        if not tokens[k].text.isalpha():
            return False
    return False


_DISCUSS = {"discuss", "discussed", "discusses", "discussing"}
_ABOUT = {"about", "regarding", "concerning"}
_TALKS = {"meeting", "meetings", "talks", "talk", "talked", "discussion", "discussions", "consultations",
          "conversation", "spoke", "speak"}


def _talked_about(tokens: list[Token], i: int) -> bool:
    """"will hold meetings with senior Czech politicians about the Russian invasion of Ukraine": an attack that is
    what talks are about is their topic, not the day's act (docs/annotation.md codes neither); but concern "about
    the increasingly harsh exchanges of statements" voices concern at an act."""
    for k in range(i - 1, max(-1, i - 6), -1):
        if tokens[k].lower in _DISCUSS:
            return True
        if tokens[k].lower in _ABOUT:
            return any(t.lower in _TALKS | _DISCUSS for t in tokens[max(0, k - 8):k])
        if tokens[k].text in (",", ";", ":") or tokens[k].lower in ("and", "but", "after", "since", "amid"):
            return False
    return False


_VERBAL = {"will", "would", "shall", "can", "could", "may", "might", "must", "has", "have", "had", "is", "are", "was",
           "were", "be", "been", "to", "did", "does", "do", "not"}


def _ordinal(tokens: list[Token], k: int) -> bool:
    """"18th", tokenized "18" "th"."""
    t = tokens[k].lower
    return t.isdigit() or (t in ("st", "nd", "rd", "th") and k > 0 and tokens[k - 1].text.isdigit())

# "President Ramaphosa's State Visit to Cote d'Ivoire": a press office writes the kind of visit in capitals
_TITLED = {"state", "official", "working"}


def _modifiers(tokens: list[Token], a: int, b: int) -> bool:
    """Tokens a..b are at most two lower-case words and a possessive ("'s first official"), none of
    them a verb's helper ("Fischer will visit Albania" is a verb, not "Fischer's visit")."""
    # "the King's 18th trip": an ordinal is a modifier too
    # ("the United States' intervention": a plural's possessive is its apostrophe alone)
    words = [t for t in tokens[a:b] if t.lower != "'s" and not (t.lower == "'" and t.i == a)
             and not _ordinal(tokens, t.i)]
    # not "Takaichi said armed attacks...", nor "the government condemned an attack": a determiner starts a new phrase
    return len(words) <= 2 and all((t.text[:1].islower() or t.lower in _TITLED) and t.lower not in _VERBAL
                                   and t.lower not in SPEECH and t.lower not in _DETERMINERS for t in words)


def _owner(tokens: list[Token], mentions: list[Mention], i: int) -> Mention | None:
    """The actor owning the noun at ``i``: "Kishida's visit", "Israeli air strikes", "the US-China talks";
    not a bare agent word ("a new military offensive" is nobody's in particular)."""
    owner = next((m for m in reversed(mentions) if m.end <= i and _modifiers(tokens, m.end, i)), None)
    if owner is not None and any(t.lower in ("his", "her") for t in tokens[owner.end:i]):
        owner = None  # "Sultan Haitham's visit to Iran follows his visit to Syria": a person's, not Iran's
    if owner is None or owner.kind == "unowned":  # "his four-day official visit": "official" is nobody's
        owner = _his(tokens, mentions, i) or owner
    if owner is None and i == 1 and tokens[0].lower in ("upon", "on"):
        # "Upon arrival at Juba International Airport, President Museveni said": the main clause's subject arrived
        owner = fronted_subject(tokens, mentions, 0)
    if owner is None:
        owner = returned_after(tokens, mentions, i) or left_for(tokens, mentions, i) \
            or received_on_a_trip(tokens, mentions, i)
    return owner if owner is not None and owner.kind != "unowned" else None


def _his(tokens: list[Token], mentions: list[Mention], i: int) -> Mention | None:
    """"Oli said that his four-day official visit to China has deepened ties": "his" is the person the
    sentence opened with."""
    k = next((k for k in range(i - 1, max(-1, i - 4), -1) if tokens[k].lower in ("his", "her", "their")), None)
    if k is None or not _modifiers(tokens, k + 1, i):
        return None
    people = [m for m in mentions if m.end <= k and m.kind in ("person", "combined")]
    # "At the invitation of Xi, Van der Bellen headed a large delegation on his state visit": the main clause's
    # subject, past the phrase that opens the sentence
    comma = fronted_end(tokens)
    if 0 <= comma < k and any(m.start > comma for m in people):
        people = [m for m in people if m.start > comma]
    if tokens[k].lower == "their" and len({m.country for m in people}) != 1:
        return None  # "King Willem-Alexander and Queen Maxima ... their State Visit": one state's pair only
    return people[0] if people else fronted_subject(tokens, mentions, k)


_OWN_BETWEEN = {"efforts", "relations", "ties", "tensions", "cooperation", "dialogue", "rivalry", "dispute", "disputes",
                "trade", "border", "differences", "agreement", "agreements", "contacts", "exchanges"}


def _heads_of(tokens: list[Token], k: int) -> int:
    """The second "of" in "of the heads of the ...", "of the leaders of": where the parties' list starts."""
    for j in range(k + 2, min(len(tokens), k + 5)):
        if tokens[j].lower == "of":
            return j if all(t.text.isalpha() and t.text.islower() for t in tokens[k + 1:j]) else k
    return k


def _between(tokens: list[Token], mentions: list[Mention], i: int) -> list[Mention]:
    for k in range(i + 1, min(len(tokens), i + _MEET_SPAN)):
        # (nor past the noun's own partner and a verb: "his talks with Chinese leaders would help improve the
        # strategic partnership between the two countries")
        if tokens[k].lower in (",", ";", "that", "which", "for", "to", "with", "would", "will", "could", "should") \
                or tokens[k].lower in nouns():
            break
        if tokens[k].lower in ("between", "among", "involving"):  # "talks in Cairo involving Ethiopia, Egypt and Sudan"
            # "The meeting coincides with diplomatic efforts between the United States, Mexico...": another noun's
            # (but "the signing of a historical bilateral agreement between the two countries": the signers')
            own = tokens[k - 1].lower in _OWN_BETWEEN and not (tokens[i].lower == "signing" and k - i <= 6)
            return [] if own else _sides(tokens, mentions, k)
        if tokens[k].lower == "of" and k == i + 1:  # "the first meeting of the Deputy Prime Minister of A and ... of B"
            # (or past the offices' heads: "a meeting of the heads of the Polish, Lithuanian, Latvian and Estonian
            # Foreign Ministries")
            sides = _sides(tokens, mentions, k, reach=3) or _sides(tokens, mentions, _heads_of(tokens, k), reach=3)
            if len({m.country for m in sides}) >= 2:
                return sides
            # "the signing of the Strategic Partnership Charter between A and B": what was signed, then its parties
            if mention_at(mentions, k + 1, 3) is not None:
                return []
    return []


def _sides(tokens: list[Token], mentions: list[Mention], k: int, reach: int = 6) -> list[Mention]:
    """After "between": a list ("Egypt, Ethiopia and Sudan"), or two sides, each the first actor of a
    known country on its side of "and" ("India's corps commander Lt Gen Singh and his Chinese counterpart")."""
    first = mention_at(mentions, k + 1, reach)
    if first is None:
        return []
    group = conjoined(mentions, first, tokens, +1)
    if len({m.country for m in group}) >= 2:  # not "Steve Witkoff, the U.S. envoy": an appositive
        return group
    a = next((m for m in mentions[first:] if m.kind != "unowned" and _side(m, tokens, mentions)), None)
    conj = next((j for j in range(mentions[first].end, min(len(tokens), mentions[first].end + 12))
                 if tokens[j].lower == "and"), None)
    if a is None or conj is None or a.start > conj:
        return []
    b = next((m for m in mentions if conj < m.start <= conj + 6 and m.kind != "unowned" and m.country != a.country
              and _side(m, tokens, mentions)), None)
    return [a, b] if b is not None else []


def _side(m: Mention, tokens: list[Token], mentions: list[Mention]) -> bool:
    """A side is no place, unless it says whose the officials before it are: "between officials from the Indian
    High Commission and officials at the Ministry of Foreign Affairs"."""
    if not is_place(m, tokens):
        return True
    k = word_before(tokens, m.start)
    return k >= 1 and tokens[k].lower in ("from", "at", "of") and any(
        o.end == k and o.kind == "unowned" for o in mentions)


def _hyphen_pair(tokens: list[Token], mentions: list[Mention], i: int) -> list[Mention]:
    """"the Putin-Kim summit", "Japan-South Korea talks", "An Egyptian-American-Israeli meeting": actors joined
    by dashes before the noun."""
    chain = [_owner(tokens, mentions, i)]
    while chain[0] is not None and chain[0].start >= 2 and tokens[chain[0].start - 1].text in _DASHES:
        chain.insert(0, next((m for m in mentions if m.end == chain[0].start - 1), None))
    return chain if len(chain) >= 2 and chain[0] is not None else []


def _other_party(tokens: list[Token], mentions: list[Mention], i: int, partners: list[Mention]) -> Mention | None:
    """Who met the partners: the noun's owner, else the nearest actor before the noun, else (for
    "In a conversation with B, A denounced...") the first actor after the phrase's comma."""
    # not "spoke to reporters after a meeting"; not the partners' own ("his White House meeting with Trump")
    sides = {p.country for p in partners}
    # ("with a Chinese opposite number": the partner past its article)
    if (of := of_party(tokens, mentions, i)) is not None and 1 <= partners[0].start - of.end <= 2 \
            and of.country not in sides:
        return of
    # "Briefing the media after talks with Hichilema, Hassan added": the press is no side of a meeting
    before = owned_first([m for m in mentions if m.end <= i and not is_place(m, tokens) and m.agent != "MED"
                           and not prepositional(m, tokens) and m.country not in sides])
    if before:
        return before[-1]
    end = partners[-1].end
    comma = next((k for k in range(end, len(tokens)) if tokens[k].text == ","), None)
    if comma is not None and comma + 1 < len(tokens) and tokens[comma + 1].lower in ("a", "an"):
        # "After talks with Maj Gen Abbas Ibrahim, a senior official from Lebanon's Interior Ministry, Nouris said":
        # the partner's appositive, then the subject
        comma = next((k for k in range(comma + 2, min(len(tokens), comma + 14)) if tokens[k].text == ","), comma)
    if comma is not None and comma + 1 < len(tokens) and tokens[comma + 1].lower == "including":
        # "a meeting with Guinea-Bissau officials, including the country's president, Umaro Sissoco Embaló, the
        # Senegalese head of state said": past the partners' list, the first actor of another side
        later = (subject_after(tokens, mentions, k) for k in range(comma + 2, min(len(tokens), comma + 16))
                 if tokens[k].text == ",")
        return next((m for m in later if m is not None and m.country not in sides), None)
    return subject_after(tokens, mentions, comma) if comma is not None else None


_LED = {"attended", "led", "held", "co-chaired", "joined", "conducted"}


def _led_by(tokens: list[Token], mentions: list[Mention], i: int) -> list[Mention]:
    """"The meeting, attended by A's minister and B's minister", "the talks were led by A and B": the
    sides are the agents after "by", if they are two states' (one chair is a host, not a side)."""
    for k in range(i + 1, min(len(tokens) - 1, i + 13)):  # "The talks, described as positive and constructive, were led by"
        if tokens[k].lower == "by" and tokens[k - 1].lower in _LED:
            sides = _sides(tokens, mentions, k)
            return sides if len({m.country for m in sides}) >= 2 else []
        if tokens[k].lower in (";", "that", "which") or tokens[k].lower in nouns():
            return []
    return []


_SEVERAL_SIDED = {"trilateral", "tripartite", "three-way", "quadrilateral", "multilateral", "joint"}


def _called_on(tokens: list[Token], mentions: list[Mention], i: int) -> list[Mention]:
    """"the first courtesy call by Dr Majoro on President Ramaphosa", "will receive a courtesy call from the Prime
    Minister": the caller after "by" or "from", the one called on after "on" or before the noun."""
    if tokens[i].lower != "call" or i + 2 >= len(tokens) or tokens[i + 1].lower not in ("by", "from", "on", "upon"):
        return []
    if tokens[i + 1].lower in ("on", "upon"):  # "the Foreign Minister paid a courtesy call on Sonexay Siphandone"
        host = next((m for m in mentions if i + 2 <= m.start <= i + 3 and not m.code.startswith("---")), None)
        caller = next((m for m in reversed(mentions) if m.end <= i and not is_place(m, tokens)
                       and not m.code.startswith("---")), None)
        return [caller, host] if caller is not None and host is not None and host.country != caller.country else []
    caller = next((m for m in mentions if i + 2 <= m.start <= i + 3 and not m.code.startswith("---")), None)
    if caller is None:
        return []
    if tokens[i + 1].lower == "by":
        on = next((k for k in range(caller.end, min(len(tokens), caller.end + 3)) if tokens[k].lower == "on"), None)
        host = next((m for m in mentions if on is not None and on < m.start <= on + 2), None)
    else:
        host = next((m for m in reversed(mentions) if m.end <= i and not is_place(m, tokens)), None)
    return [caller, host] if host is not None and host.country != caller.country else []


def _meet_pairs(tokens: list[Token], mentions: list[Mention], i: int) -> list[tuple[Mention, Mention]]:
    group = _between(tokens, mentions, i) or _hyphen_pair(tokens, mentions, i) or _led_by(tokens, mentions, i) \
        or _called_on(tokens, mentions, i)
    partners = meeting_with(tokens, mentions, i) if len(group) < 2 else []
    if len(group) < 2 and not partners:
        group = _joint_subject(tokens, mentions, i)
    if not partners:
        return [(a, b) for a in group for b in group if a is not b]
    other = _other_party(tokens, mentions, i, partners)
    if other is None or other in partners:
        return []
    if i > 0 and tokens[i - 1].lower in _SEVERAL_SIDED:  # "trilateral talks with A and B": all three meet
        parties = [other] + partners
        return [(a, b) for a in parties for b in parties if a is not b]
    # "held bilateral talks with presidents Edgar Lungu and Emmerson Mnangagwa": each with the one who held them
    return both_ways([(other, m) for m in partners])


_ANNOUNCED = {"announce", "announced", "declared", "ordered", "confirmed", "announces", "declares", "orders",
              "announcing", "declaring", "ordering", "imposed", "introduced",
              # light verbs: "France started the withdrawal of its troops from Chad"
              "started", "starts", "began", "begun", "begins", "completed", "completes", "launched", "launches",
              "unveiled", "unveils", "took", "taken", "takes", "adopted", "adopts",  # "unveiled measures against"
              # setting off: "left for a two-day trip to South Korea", "kicking off a state visit to"
              "left", "leaves", "departed", "departs", "embarked", "embarks", "kicked", "kicking", "kicks",
              # "will pay a working visit to Tajikistan", "made a visit to", "undertook a trip to"
              "pay", "pays", "paid", "paying", "make", "makes", "made", "making", "undertake", "undertakes",
              "undertook", "undertaking",
              "extended", "extends", "issued", "issues", "sent", "sends"}  # "extended an invitation to the Prime Minister"


def _words_between(tokens: list[Token], a: int, b: int) -> list[Token]:
    """Tokens a..b but a parenthesis and the numbers and months of a date."""
    out, depth = [], 0
    for t in tokens[a:b]:
        depth += (t.text == "(") - (t.text == ")")
        if depth == 0 and t.text != ")" and not t.text[:1].isdigit() and t.lower not in dates.MONTHS \
                and t.text != ",":
            out.append(t)
    return out


def _announcer(tokens: list[Token], mentions: list[Mention], i: int, code: str) -> Mention | None:
    """"Somalia has announced the expulsion of...": who announced an act did it.  A state that only
    says something of an expulsion or recall ("Peru's foreign ministry said the ejection of Mexican
    Ambassador Monroy was due to...") reports its own: another state's envoy is no one else's to expel."""
    before = [m for m in mentions if m.end <= i and m.kind != "unowned" and not is_place(m, tokens)]
    if not before and code == "042":
        return _fronted_speaker(tokens, mentions, i)
    # "announced on Thursday an immediate blanket ban"; "India on Monday (October 14, 2024) ordered the expulsion"
    if not before or len(_words_between(tokens, before[-1].end, i)) > 8:
        return None
    between = [t.lower for t in tokens[before[-1].end:i] if t.lower not in QUOTE_MARKS]  # "Dahal 'Prachanda' will"
    # "Rabuka is on a three-day official visit to Australia": who is on a trip makes it
    # (and "will be on an official visit to India": the trip still to come, 036 by ``still_to_come``)
    on_a_trip = between[:2] in (["is", "on"], ["was", "on"], ["are", "on"], ["were", "on"]) or \
        between[:3] in (["will", "be", "on"], ["would", "be", "on"], ["to", "be", "on"])
    words = set(between)
    if words & _ADJUNCTS and not words & _ON_A_TRIP:
        return None  # "Morocco made the announcement upon the arrival of the U.S.-Israeli delegation": not its act
    # "Erdogan said on a visit to the north of Cyprus", "Wang told reporters during a visit to Kenya"
    said_there = code == "042" and bool(words & SPEECH) and bool(words & _ON_A_TRIP) and before[-1].agent is not None
    trip = code == "042" and bool(words & _TRIP_VERBS)  # "will hold a state visit to the UAE"
    return before[-1] if words & _ANNOUNCED or on_a_trip or said_there or trip \
        or (code[:2] == "16" and words & SPEECH) \
        or (code == "112" and words & _VOICED) else None


_ADJUNCTS = {"upon", "after", "following", "before", "ahead", "amid"}
# a trip's own light verbs ("will hold a state visit to the UAE", "carries out a 2-day official visit to the Sudan"),
# not an attack's ("carried out airstrikes": the verb's reading)
_TRIP_VERBS = {"hold", "holds", "held", "holding", "carry", "carries", "carried", "carrying", "conduct", "conducts",
               "conducted", "conducting"}
# "Turkey had cited accusations of Sweden harboring terrorists": who cites or repeats accusations makes them
_VOICED = {"cited", "cites", "citing", "repeated", "repeats", "repeating", "renewed", "renews", "voiced", "voices"}


_ON_A_TRIP = {"on", "during", "while"}
_SPEAKING = {"speaking", "talking", "addressing", "writing"}


def _fronted_speaker(tokens: list[Token], mentions: list[Mention], i: int) -> Mention | None:
    """"Speaking during a visit to Kenya, Wang Yi said ...": the office holder right after the opening
    phrase's comma made the visit."""
    if not tokens or tokens[0].lower not in _SPEAKING or not {t.lower for t in tokens[1:i]} & _ON_A_TRIP:
        return None
    comma = next((k for k in range(i + 1, len(tokens)) if tokens[k].text == ","), None)
    who = next((m for m in mentions if comma is not None and m.start in (comma + 1, comma + 2)), None)
    return who if who is not None and who.agent is not None and who.kind in ("person", "combined") else None


_OWN_MEETING = {"their"}  # not "a summit": "A and B condemned the attack at the summit" met nobody


def _joint_subject(tokens: list[Token], mentions: list[Mention], i: int) -> list[Mention]:
    """"At their summit in Seoul, Kishida and Yoon agreed...": their meeting, with nobody else named,
    is the joint subject's own."""
    # "Greek and Turkish leaders struck an upbeat tone at a rare meeting in Athens": a pair's meeting, not a summit
    pair_meeting = tokens[i].lower == "meeting" and at_a(tokens, i) \
        and (i + 1 == len(tokens) or tokens[i + 1].lower != "of")
    # "The two leaders waved at media before heading into a closed door meeting": the pair opening the sentence
    first = next((m for m in mentions if m.kind == "anaphor" and m.start <= 1), None)
    opening = [m for m in mentions if first is not None and m.kind == "anaphor" and m.text == first.text and m.end <= i]
    # (not "a meeting of X and Y", but "a joint meeting of high-ranking delegations", which names nobody new)
    if tokens[i].lower == "meeting" and len(opening) == 2 and opening[0].country != opening[1].country \
            and tokens[i + 1:i + 2] and tokens[i + 1].lower not in ("with", "between") \
            and not (tokens[i + 1].lower == "of" and any(i + 2 <= m.start <= i + 5 and m.kind != "unowned"
                                                         for m in mentions)):
        return opening
    if i == 0 or (tokens[i - 1].lower not in _OWN_MEETING and not pair_meeting):
        return pair_owned(tokens, mentions, i)
    owned = [m for m in mentions if m.kind != "unowned" and not is_place(m, tokens)]
    for k, m in enumerate(owned):
        group = conjoined(owned, k, tokens, +1)
        countries = len({g.country for g in group})
        # "At the meeting, Modi said India-China relations are crucial": a dashed pair qualifies a noun of its own
        dashed = any(g.end < len(tokens) and tokens[g.end].text in _DASHES for g in group[:-1])
        if len(group) >= 2 and countries >= 2 and m.start <= 12 and not (pair_meeting and dashed) \
                and (not pair_meeting or countries == 2 == len(group)):
            return group
    return []








def _directed(tokens: list[Token], mentions: list[Mention], i: int, prepositions: frozenset[str],
              code: str = "") -> list[tuple[Mention, Mention]]:
    # "an attack by Osgiliath soldiers": the one named after "by" did it; "Official visit of Georgian Prime Minister
    # Mamuka Bakhtadze to Azerbaijan": a visit's traveller may follow "of"
    if code == "042" and (pair := visit_from(tokens, mentions, i)) is not None:
        return [pair]
    agent = by_agent(tokens, mentions, i) or (visit_of(tokens, mentions, i) if code == "042" else None)
    owner = None if agent else _owner(tokens, mentions, i) or _announcer(tokens, mentions, i, code)
    if owner is None and agent is None and code == "141":
        return _crowd(tokens, mentions, i)
    if owner is None and agent is None:
        return []
    if code == "042" and owner is not None and (visitor := _visitor_of_place(tokens, mentions, owner)):
        return [(visitor, owner)]
    place = next((m for m in mentions if m.end == i and m.kind == "state"), None)
    if code == "042" and agent is not None and place is not None and distinct(agent, place):
        return [(agent, place)]  # "a Tokyo visit by the South Korean leader": the place named before is visited
    # "US and Israeli airstrikes", "attacks by Israel and the United States": every side named
    sources = conjoined(mentions, mentions.index(owner), tokens, -1) if owner else \
        conjoined(mentions, mentions.index(agent), tokens, +1)
    fronted = owner is not None and owner.start > i  # "During his visit to China, Putin met Xi": the main clause's
    if fronted:  # subject visits, alone
        sources = [owner]
    k = _preposition(tokens, mentions, i, prepositions or _DIRECTED_PREPOSITIONS)
    if k is None and (sufferer := _undergoer(tokens, mentions, i)) is not None:
        return [(a, sufferer) for a in sources if a.kind != "unowned" and distinct(a, sufferer)]
    if k is None:
        return _visited_place(tokens, mentions, sources) if code == "042" else []
    # "the recall of its ambassador to Ethiopia": the first actor of a known country
    # not past a comma: "attacks in the area, Egypt's foreign minister has said" names the speaker
    target = next((m for m in mentions if k < m.start <= k + 6 and not nobodys(m)
                   and not any(t.text in (",", ";") for t in tokens[k + 1:m.start])), None)
    if target is None and tokens[k].lower == "of":
        target = _past_what_of(tokens, mentions, k, prepositions)
    if target is None and k + 1 < len(tokens) and tokens[k + 1].lower == "its":
        target = _subject_state(mentions)  # "Iran suspended ... after US airstrikes on its nuclear sites"
    if target is None:
        return []
    # "sanctions against Minsk, the ministry said": the speaker after a comma is no second target
    targets = [m for m in conjoined(mentions, mentions.index(target), tokens, +1) if m is target or not speaker(m, tokens)] \
        if target in mentions else [target]
    if fronted:  # not the main clause's subject itself, past the phrase's comma
        targets = [m for m in targets if m.start < owner.start]
    elif (comma := _opening_phrase_end(tokens, i)) is not None:  # "After the US intervention in Venezuela, Mexico
        targets = [m for m in targets if m.end <= comma]  # became": the main clause's subject is no second target
    return [(a, b) for a in sources if a.kind != "unowned" for b in targets]


_OPENERS = {"after", "following", "during", "amid", "since", "before", "despite"}


def _opening_phrase_end(tokens: list[Token], i: int) -> int | None:
    """The comma closing a phrase that opens the sentence with a preposition of time, if the noun at ``i`` is in it."""
    if not tokens or tokens[0].lower not in _OPENERS:
        return None
    comma = next((k for k in range(1, len(tokens)) if tokens[k].text == ","), None)
    return comma if comma is not None and i < comma else None


def _crowd(tokens: list[Token], mentions: list[Mention], i: int) -> list:
    """"Protests in Stockholm on Saturday against Turkey and Sweden's bid to join Nato": protests of no one named
    are protesters' (---OPP, as docs/annotation.md has them), against the states named after "against"."""
    k = next((k for k in range(i + 1, min(len(tokens), i + 10)) if tokens[k].lower == "against"), None)
    if k is None or any(t.text in (",", ";") for t in tokens[i + 1:k]):
        return []
    target = next((m for m in mentions if k < m.start <= k + 3 and not nobodys(m)), None)
    if target is None:
        return []
    crowd = Mention(i, i + 1, tokens[i].start, tokens[i].end, "---OPP", "unowned", tokens[i].text)
    return [(crowd, m) for m in conjoined(mentions, mentions.index(target), tokens, +1) if not speaker(m, tokens)]


_UNDERGO = {("subjected", "to"), ("came", "under"), ("come", "under"), ("comes", "under"), ("coming", "under")}
_BE = PASSIVE_AUX | {"has", "have", "had"}  # "has come under", "was subjected to"


def _undergoer(tokens: list[Token], mentions: list[Mention], i: int) -> Mention | None:
    """"Kabul was subjected to airstrikes by the Pakistani armed forces", "the town came under Russian shelling":
    the clause's subject suffers the act the noun names."""
    j = next((j for j in range(i - 1, max(0, i - 4), -1) if (tokens[j - 1].lower, tokens[j].lower) in _UNDERGO), None)
    if j is None:
        return None
    verb = j - 1
    while verb > 0 and tokens[verb - 1].lower in _BE:
        verb -= 1
    end = verb - 1 if verb > 0 and tokens[verb - 1].text == "," else verb  # "the capital, Kabul, was subjected"
    return next((m for m in reversed(mentions) if m.end == end and not nobodys(m)), None)


def _expelled_from(tokens: list[Token], mentions: list[Mention], i: int) -> list[tuple[Mention, Mention]]:
    """"the expulsion of the country's ambassador from the US": the state one is expelled from expelled him,
    whoever reports it."""
    if i + 1 >= len(tokens) or tokens[i + 1].lower != "of":
        return []
    end = next((k for k in range(i + 2, min(i + 12, len(tokens))) if tokens[k].text in (",", ";", ":")), len(tokens))
    whom = next((m for m in mentions if i + 1 < m.start < end and m.kind != "unowned"), None)
    k = next((k for k in range(whom.end, end) if tokens[k].lower == "from"), None) if whom is not None else None
    if k is None:
        return []
    state = next((m for m in mentions if k < m.start <= k + 3 and m.end <= end), None)
    if state is None or not distinct(state, whom):
        return []
    # "Iraq's prime minister has ordered the expulsion of the Swedish ambassador from Iraq": the state's own
    # actor named before the noun did it
    own = next((m for m in mentions if m.end <= i and m.country == state.country and not is_place(m, tokens)), None)
    return [(own or state, whom)]


def _visitor_of_place(tokens: list[Token], mentions: list[Mention], place: Mention) -> Mention | None:
    """"as part of his Ankara visit", "Lula's Beijing visit": a place named before "visit" is where the
    one whose visit it is went, not who visited."""
    if place.kind != "state" or place.start == 0:
        return None
    k = place.start - 1
    if tokens[k].lower == "'s":  # "Lula's Beijing visit"
        return next((m for m in mentions if m.end == k and m.kind in ("person", "combined")
                     and m.country != place.country), None)
    if tokens[k].lower not in ("his", "her"):
        return None
    before = next((m for m in mentions if m.end <= k and m.kind in ("person", "combined")
                   and m.country != place.country), None)
    if before is not None:
        return before
    # "After his Kuwait visit, Erdogan arrived in Doha": in an opening phrase "his" is the main clause's subject's
    subject = fronted_subject(tokens, mentions, k)
    return subject if subject is not None and subject.country != place.country else None


def _visited_place(tokens: list[Token], mentions: list[Mention], sources: list[Mention]) -> list:
    """"The emir held talks in Tehran, kicking off a state visit": a visit named with no destination is to
    the one foreign place the sentence puts its visitor in."""
    own = {m.country for m in sources}
    places = {m.country: m for m in mentions if is_place(m, tokens) and m.country not in own}
    if len(places) != 1:
        return []
    place = next(iter(places.values()))
    return [(a, place) for a in sources if a.kind != "unowned"]


def _subject_state(mentions: list[Mention]) -> Mention | None:
    """The state the sentence opens with, for "its": "Iran's President ... after strikes on its sites" is Iran."""
    first = mentions[0] if mentions else None
    if first is None or first.start > 2 or first.code.startswith("---"):
        return None
    return replace(first, code=first.country, kind="state") if first.code != first.country else first


def _past_what_of(tokens: list[Token], mentions: list[Mention], k: int, prepositions) -> Mention | None:
    """"the closure of all but one border crossing with Russia": past a long "of" phrase, the row's other preposition
    names the target."""
    for j in range(k + 1, min(len(tokens) - 1, k + 10)):
        if tokens[j].text in (",", ";"):
            return None
        if tokens[j].lower in prepositions and tokens[j].lower != "of":
            return next((m for m in mentions if j < m.start <= j + 2 and not nobodys(m)), None)
    return None


def _preposition(tokens: list[Token], mentions: list[Mention], i: int, prepositions) -> int | None:
    """The preposition naming the target, shortly after the noun or after its "by" agents
    ("attacks by Israel and the United States on Iranian nuclear facilities")."""
    k, stop = i + 1, min(len(tokens), i + 4)
    if k < len(tokens) and tokens[k].lower == "of" and "of" not in prepositions:
        # "a suspension of the Simla Agreement and other bilateral treaties with New Delhi": past what it is of
        # (and past a long name: "The visit of Sheikh Mishal Al-Ahmad Al-Jaber Al-Sabah to Egypt")
        owner = next((m.end for m in mentions if k < m.start <= k + 5
                      and all(t.text[:1].isupper() or t.lower == "the" for t in tokens[k + 1:m.start])), 0)
        end = min(len(tokens), max(i + 12, owner + 3))
        stop = next((j for j in range(k, end) if tokens[j].text in (",", ";")), end)
    while k < stop:
        if tokens[k].lower == "by":  # ("by His Highness the Crown Prince")
            j = next((j for j in range(k + 1, len(tokens)) if tokens[j].lower not in HONORIFIC_WORDS | {"the"}), k + 1)
            first = next((n for n, m in enumerate(mentions) if k < m.start <= max(k + 2, j)), None)
            if first is None:
                return None
            end = conjoined(mentions, first, tokens, +1)[-1].end
            stop, k = min(len(tokens), end + 3), end
            continue
        if tokens[k].lower in prepositions:
            return k
        k += 1
    return None


class NominalCoder:
    """Component: coded events + the nouns that name acts → more coded events."""

    name = "nominal"
    requires = ("tokens", "mentions", "events")
    provides = ("events",)

    def __call__(self, tokens: list[Token], mentions: list[Mention], events: list[CodedEvent]) -> list[CodedEvent]:
        if not codable(mentions):
            return events
        out = list(events)
        verbs = {e.verb_start for e in events}  # a word the verb coder read as a verb is no noun
        taken: set = set()  # the first noun's reading of a dyad (in a frame) wins
        for tok in tokens:
            rows = readings(tokens, tok.i)
            if not rows or tok.start in verbs or not_happened(tokens, tok.i) or _document_topic(tokens, tok.i) \
                    or any(m.start <= tok.i < m.end for m in mentions):
                continue
            # the first reading that finds its parties: "Russia's war on Ukraine", else "the Israel-Hamas war"
            noun, pairs = next(((n, p) for n in rows if (p := self._pairs(n, tokens, mentions, tok.i))),
                               (rows[0], []))
            if noun.code[:1] in ("1", "2") and _talked_about(tokens, tok.i):
                continue

            if not pairs and noun.frame == "meet" and noun.code[:2] == "04":
                pairs = framed_pair(tokens, out, tok.i) or coordinated_pairs(events, tokens, tok, noun.code)
            if not pairs:
                _refine(events, tokens, tok, noun)
                continue
            pairs = _staffed(pairs, tokens, mentions, tok.i) if noun.frame == "meet" else pairs
            # "will hold a summit", "will pay a working visit to Tajikistan": a meeting or visit to come
            # (and drills to come an intended military cooperation, by the verbs' table of intents; only meetings
            # and cooperation: a war or an occupation "still to come" is mostly one a sentence's future frames)
            to_come = noun.code[:2] in ("04", "06") and still_to_come(tokens, tok.i)
            code = announced_code(noun.code, "modal") if to_come else noun.code
            if code == "036" and noun.frame == "directed":  # a visit to come is the host's plan too (CAMEO 036)
                pairs = both_ways(pairs)
            code = trade_ban(code, tokens, tok.i)
            code = lifted_code(code, tokens, tok.i)
            if fire_exchanged(code, tokens, tok.i):  # "came under heavy attack ..., prompting an exchange of fire"
                pairs = both_ways(pairs)
            governed = _governed(events, tokens, tok, noun.frame)  # "agreed to hold talks with": the verb's reading wins
            if code == "036" and noun.frame == "directed":  # "commences his official visit to China": the host's
                # plan echoes a trip the verb has read, and goes with it (not "agreed on Putin's visit to Turkey")
                governed |= {(b, a) for a, b in governed if any(e.code in ("042", "036") and (
                    _key(e.source, e.target, noun.frame) == (a, b)) for e in events)}
            if code[:2] == "04" and paired_meeting(tokens, tok.i):  # "held one-to-one meetings and ... talks": each
                governed = {k for k in governed if not any(e.code[:2] == "04" and e.code != code for e in events
                                                           if _key(e.source, e.target, noun.frame) == k)}
            # (per frame: "began his State visit to Mozambique with a meeting with his counterpart" is both)
            made = [CodedEvent(s, t, clash_code(code, s, t), tok.start, tok.end, tok.text) for s, t in pairs
                    if distinct(s, t) and (_key(s, t, noun.frame), noun.frame, code == "036") not in taken
                    and _key(s, t, noun.frame) not in governed]
            # (a meeting held and one to come are two: "Sushma's meeting with Xi came a day after the two countries
            # announced an 'informal' summit meeting between Xi and Prime Minister Narendra Modi")
            taken |= {(_key(e.source, e.target, noun.frame), noun.frame, code == "036") for e in made}
            out.extend(made)
        return unique(invitations(tokens, mentions, out))

    @staticmethod
    def _pairs(noun: Noun, tokens, mentions, i) -> list[tuple[Mention, Mention]]:
        if recalled := recall(tokens, mentions, i, tokens[i].lower):
            return recalled  # "the recall of Thailand's Ambassador to Cambodia": the envoy's state recalls
        if tokens[i].lower.startswith("expul") and (expelled := _expelled_from(tokens, mentions, i)):
            return expelled
        if noun.frame == "directed":
            return _directed(tokens, mentions, i, noun.prepositions, noun.code)
        return _meet_pairs(tokens, mentions, i)


_STAFFING = {"with", "the", "participation", "of", "attended", "by"}


def _staffed(pairs: list, tokens: list[Token], mentions: list[Mention], i: int) -> list:
    """"the Armenia-Greece-Cyprus trilateral meeting with the participation of the foreign ministers": the states
    the noun names meet through the offices named after it (ARMGOV, GRCGOV, CYPGOV)."""
    if not pairs or not all(m.code == m.country and len(m.code) == 3 for pair in pairs for m in pair):
        return pairs
    office = next((m for m in mentions if i < m.start <= i + 7 and m.kind == "unowned" and len(m.code) > 3), None)
    between = [t.lower for t in tokens[i + 1:office.start]] if office is not None else []
    # ("A meeting at the foreign secretary level between Pakistan and Bangladesh": a level, not who took part)
    if not between or not all(w in _STAFFING for w in between) \
            or not {"participation", "attended", "of"} & set(between):
        return pairs
    return [(a.recoded(a.code + office.code[3:], "combined"), b.recoded(b.code + office.code[3:], "combined"))
            for a, b in pairs]


def _refine(events: list[CodedEvent], tokens: list[Token], noun: Token, reading: Noun) -> None:
    """"Israeli artillery and airstrikes hit southern Lebanon": the verb's generic attack (190) is
    the one its subject noun names (195)."""
    if reading.code[:2] != "19":
        return
    after = {t.start for t in tokens[noun.i + 1:noun.i + 3]}
    for e in events:
        if e.verb_start in after and e.code == "190":
            e.code = reading.code


def _governed(events: list[CodedEvent], tokens: list[Token], noun: Token, frame: str) -> set:
    """Pairs of verb events whose verb comes shortly before the noun, so the noun is the verb's object
    ("refused to meet", "agreed to hold talks with"); a meeting named apart from the verb ("At their
    summit, A and B agreed to...") is an event of its own.  A directed act keeps its direction: "Iraq
    condemned Turkish airstrikes on Iraq" is Iraq's criticism of Turkey and Turkey's strike on Iraq."""
    window = {t.start: t.i for t in tokens[max(0, noun.i - 6):noun.i]}
    # "made the apology in a telephone conversation with Aliyev": the call is where, not what, the verb did
    # "told a joint press conference with Prabowo": saying (010) is where the noun was, not what the verb made of it
    # (nor a trip: "is travelling to Kiribati for high-level talks with the nation's government" is both, and so is
    # one to come: "is set to visit Moscow on Monday for talks with Russian President Vladimir Putin")
    return {_key(e.source, e.target, frame) for e in events if e.verb_start in window and e.code != "010"
            and not (e.code in ("042", "036") and e.verb.lower() in TRAVEL_WORDS)
            and not any(t.lower in _FRAMING for t in tokens[window[e.verb_start] + 1:noun.i])}


def _key(a: Mention, b: Mention, frame: str):
    """The pair a reading takes; a directed act keeps its direction ("Widodo's visit to PNG follows Marape's visit to
    Indonesia": two visits, one each way)."""
    return (a.country, b.country) if frame == "directed" else _dyad(a, b)


def _dyad(a: Mention, b: Mention) -> frozenset:
    return frozenset((a.country, b.country))
