"""When travel is a visit (CAMEO 042) and a welcome a reception (043): the event coder's rules about visits.

Where one arrives, right after the verb, is the visit's target; going home, being returned to a list,
troops arriving and a trip to a meeting are no visits; a visit in a fronted participle clause is the
main subject's; the one welcomed must be a visitor, and one met on arrival is received.  The functions
read the event coder's sentence state (tokens, mentions) and the pattern that matched; ``events.py``
decides when to ask them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dyadwatch.coding.mentions import (POSSESSIVES, Mention, both_ways, compound_first, conjoined, distinct,
                                       guest_start, is_place, speaker, word_before)
from dyadwatch.coding.modality import COMMISSIVE_FORMS, MODALS, SIGNING, WEIGHED
from dyadwatch.coding.partners import TOPIC_WORDS
from dyadwatch.coding.roles import PASSIVE_AUX, pattern_roles
from dyadwatch.coding.text import Token
from dyadwatch.coding.verbforms import CLAUSE_MARKS, by_in_clause
from dyadwatch.coding.verbs import Pattern, meeting_nouns

if TYPE_CHECKING:
    from dyadwatch.coding.events import _SentenceState

# Soldiers arriving are deployed, not visiting
_UNITS = {"troops", "forces", "soldiers", "units", "servicemen", "fighters", "battalion", "battalions", "brigade",
          "brigades", "contingent", "warships", "jets", "aircraft", "personnel", "drones", "drone", "missiles",
          "missile", "rockets", "rocket", "planes", "plane"}


def destination(pattern: Pattern, tokens: list[Token], i: int) -> bool:
    """"is to arrive in Taiwan tomorrow ... before traveling to Japan": where one arrives or travels to,
    right after the verb, is the visit's target, though another state is named later."""
    if pattern.code == "042" and "for" in pattern.after:  # "left the country for Maputo"
        return True
    if pattern.code == "042" and pattern.after & {"visit", "tour", "trip"}:
        # "will start his tour in Morocco, ..., then to Argentina": where the trip starts is visited first
        noun = next((k for k in range(i + 1, min(len(tokens), i + 4)) if tokens[k].lower in ("visit", "tour", "trip")),
                    None)
        return noun is not None and noun + 1 < len(tokens) and tokens[noun + 1].lower == "in"
    at = i + 2 if pattern.after == {"down"} and i + 1 < len(tokens) and tokens[i + 1].lower == "down" else i + 1
    return (pattern.code == "042" and bool(pattern.after & {"to", "in", "at", "there", "down"}) and at < len(tokens)
            and tokens[at].lower in ("to", "in", "at", "there"))  # ("touched down in Accra")


def going_home(st: "_SentenceState", i: int, pairs: list) -> bool:
    """"110 Russian citizens returned to Russia": travel to one's own country is no visit, whoever
    is named after it."""
    first = next((m for m in st.mentions if m.start > i), None)
    return first is not None and any(s.country == first.country for s, _ in pairs)


def returns_someone(st: "_SentenceState", i: int, lemma: str) -> bool:
    """"Japan began to return South Korea to its white list": what is returned stands right after the
    verb, and nobody travels."""
    if lemma != "return":
        return False
    k = i + 1
    while k < len(st.tokens) and (st.tokens[k].lower in ("the", "a", "an") or st.tokens[k].lower in POSSESSIVES):
        k += 1
    return any(m.start == k for m in st.mentions)


def visiting_guest(st: "_SentenceState", i: int) -> list | None:
    """"during bilateral talks led by President Uhuru Kenyatta and visiting Tanzania Head of State Samia Suluhu
    Hassan" at "State House, Nairobi": "visiting" before an office holder says who visits, not what is visited; the
    guest visits the state whose place the sentence names. None when "visiting" is a verb here."""
    if st.tokens[i].lower != "visiting" or i == 0 or st.tokens[i - 1].lower not in _BEFORE_ADJECTIVE:
        return None  # "Erdogan is visiting Azerbaijan President Aliyev's hometown": a verb
    start = guest_start(st.tokens, i)
    guest = next((m for m in st.mentions if m.start == start and m.kind in ("person", "combined")), None)
    if guest is None or guest.agent is None:
        return None
    hosts = [m for m in st.mentions if m.kind == "state" and m.country != guest.country and m.code == m.country]
    return [(guest, m) for m in sorted(hosts, key=lambda m: not is_place(m, st.tokens))][:1]


_BEFORE_ADJECTIVE = {"and", "the", ",", "with", "by", "of", "for", "to", "from"}


def migrating(lemma: str, pairs: list) -> bool:
    """"a decree that allows approximately 12,000 trained Tunisian citizens to come to Italy legally": citizens who
    come to a state migrate; they pay it no visit."""
    return lemma == "come" and bool(pairs) and all(a.agent in ("CVL", "REF") for a, _ in pairs)


def deployed(st: "_SentenceState", pairs: list) -> bool:
    """"North Korean troops are expected to arrive in Russia's Kursk region": troops arriving are
    deployed, not visiting."""
    return bool(pairs) and all(st.tokens[a.end - 1].lower in _UNITS for a, _ in pairs)


_VESSELS = {"vessel", "vessels", "ship", "ships", "warship", "warships", "frigate", "destroyer", "carrier", "submarine"}


def port_call(tokens: list[Token], i: int) -> bool:
    """"The Chinese research vessel Shi Yan 6 docked at the Port of Colombo": a ship named just before a finite
    "docked" is its state's port call; not "images showing ships ... docking at two Greek islands"."""
    return not tokens[i].lower.endswith("ing") and any(t.lower in _VESSELS for t in tokens[max(0, i - 4):i])


def troops_visited(code: str, lemma: str, tokens: list[Token], i: int, pairs: list) -> bool:
    """"visited Rwandan security forces in Mocimboa da Praia": a commander visiting another state's forces meets
    them (040); they may be stationed anywhere, in his own state too, so it is no visit to theirs."""
    return code == "042" and lemma == "visit" and bool(pairs) \
        and all(i < b.start <= i + 3 and tokens[b.end - 1].lower in _UNITS for _, b in pairs)


def to_meet(st: "_SentenceState", pairs: list) -> bool:
    """"arrived in Alaska for a summit with Putin": the trip is for a meeting, which the nominal coder
    codes with whom; Putin was not visited."""
    return any(any(t.lower == "with" for t in st.tokens[max(0, tgt.start - 2):tgt.start])
               and any(t.lower in meeting_nouns() for t in st.tokens[max(0, tgt.start - 5):tgt.start])
               for _, tgt in pairs)


_FRONTING = {"after", "upon", "on", "since", "while", "when", "before"}


def gathering_place(st: "_SentenceState", i: int, pairs: list) -> list:
    """"participated in the summit of Central American leaders held in Costa Rica": the leaders of no state who
    make up a summit are not where one went; the place after them is."""
    if not pairs:
        return _summit_in(st, i)
    if not all(b.code.startswith("---") for _, b in pairs):
        return pairs
    place = next((m for m in st.mentions if m.start > i and m.kind == "state" and m.code == m.country
                  and is_place(m, st.tokens)), None)
    return [(a, place) for a, _ in pairs] if place is not None else pairs


GATHERINGS = meeting_nouns() | {"forum", "ceremony", "celebrations", "games", "assembly", "session"}


def _summit_in(st: "_SentenceState", i: int) -> list:
    """"before heading for the African Summit in South Africa": a trip to a gathering held in a state is a trip
    to that state, though only a place names it."""
    tokens = st.tokens
    if i + 1 >= len(tokens) or tokens[i + 1].lower not in ("for", "to"):
        return []
    noun = next((k for k in range(i + 2, min(len(tokens), i + 7)) if tokens[k].lower in GATHERINGS), None)
    place = next((m for m in st.mentions if noun is not None and noun < m.start <= noun + 3
                  and tokens[m.start - 1].lower == "in" and m.kind == "state" and m.code == m.country), None)
    if place is None or any(i < m.start < place.start for m in st.mentions):
        return []
    pairs = pattern_roles(tokens, i, st.mentions, places=True)
    goers = [a for n, (a, _) in enumerate(pairs) if all(a is not b for b, _ in pairs[:n])]
    return [(a, place) for a in goers if distinct(a, place)]


def fronted_visit(st: "_SentenceState", i: int) -> list:
    """"After arriving in Jakarta on Wednesday, Prime Minister Albanese received...": a visit in a
    participle clause that opens the sentence is the main clause's subject's."""
    tokens = st.tokens
    if not tokens[i].lower.endswith("ing") or not any(t.lower in _FRONTING for t in tokens[max(0, i - 2):i]) \
            or any(m.end <= i for m in st.mentions):
        return []
    comma = next((k for k in range(i + 1, len(tokens)) if tokens[k].text in (",", ";")), None)
    place = next((m for m in st.mentions if i < m.start and comma is not None and m.end <= comma), None)
    subject = next((m for m in st.mentions if comma is not None and m.start > comma), None)
    if place is None or subject is None or subject.start > comma + 3 or not distinct(subject, place):
        return []
    # "before flying to Azerbaijan and Kazakhstan, the Israeli Premier": each state of the list
    places = [m for m in conjoined(st.mentions, st.mentions.index(place), tokens, +1) if m.end <= comma]
    return [(subject, m) for m in places if distinct(subject, m)]


def visitor(st: "_SentenceState", i: int) -> bool:
    """The one welcomed is a person or an office ("welcomed Uruguay's President-elect"), not an act or a
    state's decision ("welcomed the agreement", "welcomed Iran's decision")."""
    # "warmly welcomed in the Kremlin his colleague from Guinea-Bissau": where is no one welcomed
    places = {k for p in st.mentions if is_place(p, st.tokens) for k in range(p.start, p.end)}
    m = next((m for m in st.mentions if i < m.start <= i + 6 and not is_place(m, st.tokens)), None) \
        or _appositive_office(st, i)
    if m is not None and any(k not in places and st.tokens[k].lower not in _ON_THE_WAY for k in range(i + 1, m.start)) \
            and not _name_then_office(st, i, m):
        m = None  # "welcome ... statements by Turkish Foreign Minister": a thing of his is welcomed, not he
    aux = i - 1
    while aux > 0 and st.tokens[aux].lower.endswith("ly"):  # "he will be officially welcomed by"
        aux -= 1
    if aux >= 1 and st.tokens[aux].lower in PASSIVE_AUX:  # "Grossi was welcomed in Tehran by Araghchi"
        m = next((m for m in st.mentions if m.end == aux or (m.end == aux - 1 and st.tokens[aux - 1].lower in MODALS)),
                 None)
        return m is not None and (m.kind == "person" or (m.kind == "anaphor" and m.agent is not None)) or visiting(m)
    return (m is not None and m.kind in ("person", "combined") and m.agent is not None
            and not (m.end < len(st.tokens) and st.tokens[m.end].lower in ("'s", "’s")))


_ON_THE_WAY = {"in", "at", "to", "the", "a", "an", "his", "her", "their", "its", "warmly", "also", "today", "mr.", "mr",
               "mrs.", "ms.", "dr."}


def _appositive_office(st: "_SentenceState", i: int) -> Mention | None:
    """"welcomed the Honorable Dato' Sri Ismail SabriYaakob, Prime Minister of Malaysia": a name the dictionary
    does not know, then its office after a comma."""
    m = next((m for m in st.mentions if i + 6 < m.start <= i + 12 and not is_place(m, st.tokens)), None)
    return m if m is not None and m.kind == "combined" and _name_then_office(st, i, m) else None


def _name_then_office(st: "_SentenceState", i: int, m: Mention) -> bool:
    """Only a capitalised name (and honorifics) between the verb and an office set off by a comma."""
    gap = st.tokens[i + 1:m.start]
    if len(gap) < 3 or gap[-1].text != "," or speaker(m, st.tokens):
        return False
    words = [t for t in gap[:-1] if t.lower not in ("the", "'", "’")]
    return bool(words) and all(t.text[:1].isupper() for t in words)


def visiting(m: Mention | None) -> bool:
    return m is not None and m.kind == "combined" and m.agent is not None


def met_on_arrival(tokens: list[Token], i: int) -> bool:
    """"was met by Trump", "was met at the airport by Aliyev": who is met is received by the one who meets.
    (Met by a verb in the active, "Trump met Carney", the two met each other.)"""
    return tokens[i].lower == "met" and i >= 1 and tokens[i - 1].lower in PASSIVE_AUX and by_in_clause(tokens, i)


_VISIT_WORDS = {"visit", "visiting", "visits"}


def guest_visits(tokens: list[Token], i: int, pairs: list, mentions: list[Mention] = ()) -> list:
    """"received an honorary visit from Malaysia's foreign minister", "received the visiting Georgian prime
    minister", "welcomed Orbán to Kyiv": a reception (043) that names the visit, or the host's place the guest
    came to, is also the guest's visit (042) to the host's state."""
    return [(guest, host.recoded(host.country)) for host, guest in pairs
            if host.country != guest.country and not host.code.startswith("---")
            and (any(t.lower in _VISIT_WORDS for t in tokens[i + 1:guest.start])
                 or _came_to(tokens, guest, host, mentions))]


def _came_to(tokens: list[Token], guest: Mention, host: Mention, mentions: list[Mention]) -> bool:
    """"welcomed Hungarian Prime Minister Viktor Orbán to Kyiv": the guest brought to the host's own place."""
    return guest.end < len(tokens) and tokens[guest.end].lower == "to" and any(
        m.start in (guest.end + 1, guest.end + 2) and m.kind == "state" and m.code == host.country for m in mentions)


_FOLLOWED_ADVERBS = {"shortly", "soon", "closely", "later", "after", "minutes", "moments"}


def followed_by(st: "_SentenceState", i: int, pairs: list) -> list:
    """"arrived at Seri Perdana ..., followed shortly after by Cambodian leader Hun Manet": the one who follows
    arrives too, at the same place."""
    comma = next((k for k in range(i + 1, len(st.tokens) - 1) if st.tokens[k].text == ","
                  and st.tokens[k + 1].lower == "followed"), None)
    if comma is None or not pairs:
        return []
    k = comma + 2
    while k < len(st.tokens) and st.tokens[k].lower in _FOLLOWED_ADVERBS:
        k += 1
    if k >= len(st.tokens) or st.tokens[k].lower != "by":
        return []
    follower = next((m for m in st.mentions if k < m.start <= k + 2 and not is_place(m, st.tokens)), None)
    places = {b.start: b for _, b in pairs}
    return [(follower, b) for b in places.values() if follower is not None and distinct(follower, b)
            and all(distinct(follower, a) for a, _ in pairs)]


def ties_as_purpose(st: "_SentenceState", i: int, code: str) -> list:
    """"arrived in Chile ..., in which he met with his colleague Sebastián Piñera, to deepen bilateral ties":
    strengthening ties as what a visit or meeting was for is the visitor's intent (032) toward whom he met or
    visited; a purpose that names its own partner ("to strengthen ties with Chile") codes itself."""
    tokens = st.tokens
    if not trip_purpose(st, i, code):
        return []
    end = next((k for k in range(i + 1, len(tokens)) if tokens[k].text in CLAUSE_MARKS), len(tokens))
    return [] if any(i < m.start < end for m in st.mentions) else st.last[2][:1]


def trip_purpose(st: "_SentenceState", i: int, code: str) -> bool:
    """Strengthening ties (050) as the purpose of the visit or meeting just coded ("visited Chile to strengthen
    ties with ..."): not yet done, an intent."""
    if code != "050" or i < 2 or st.tokens[i - 1].lower != "to" or st.last is None or st.last[1][:2] != "04":
        return False
    if st.tokens[i - 2].lower in WEIGHED:
        return False  # "will host Modi and discuss ways to boost bilateral ties": ways weighed, no aim yet
    if st.tokens[i - 2].lower in COMMISSIVE_FORMS and any(m.end == i - 2 for m in st.mentions):
        return False  # "held talks in Beijing, where the two leaders agreed to push ties": their own intent
    # "met with Vietnamese leaders ..., following Vietnam's move to bolster relations": the aim is its owner's
    return not any(m.end + 2 == i - 1 and st.tokens[m.end].lower in ("'s", "’s") for m in st.mentions)


def signed_on_a_trip(st: "_SentenceState", i: int, lemma: str, pairs: list) -> list:
    """"Pezeshkian is in Armenia to sign key agreements ... over the United States' presence": a signing that is a
    trip's purpose, with no partner but a topic, is with the state the trip is in."""
    tokens = st.tokens
    if lemma not in SIGNING or i < 2 or tokens[i - 1].lower != "to" \
            or any(tokens[word_before(tokens, b.start)].lower not in TOPIC_WORDS for _, b in pairs):
        return pairs
    place = next((m for m in reversed(st.mentions) if m.end < i and m.start > 0 and is_place(m, tokens)
                  and tokens[m.start - 1].lower in ("in", "to")), None)
    guest = next((m for m in st.mentions if place is not None and m.end <= place.start - 2
                  and not is_place(m, tokens)), None)
    if place is None or guest is None or not distinct(guest, place) \
            or not any(t.lower in ("is", "are", "was", "were", "arrived", "travelled", "traveled")
                       for t in tokens[guest.end:place.start]):
        return pairs
    return [(guest, place)]


def toured_place(pattern: Pattern, st: "_SentenceState", i: int, pairs: list) -> list:
    """"the president will tour some of the Iranian-run projects in Basra, southern Iraq": what a state's adjective
    only modifies ("Iranian-run") is no host; the tour is of the place named after it."""
    if pattern.code != "042" or pattern.lemma not in ("visit", "tour") or not pairs \
            or not all(compound_first(b, st.tokens) for _, b in pairs):
        return pairs
    last = max(b.end for _, b in pairs)
    place = next((m for m in st.mentions if last < m.start <= last + 8 and m.kind == "state" and m.code == m.country
                  and st.tokens[m.start - 1].lower in ("in", "at")
                  and not any(t.text in (";", ".") for t in st.tokens[last:m.start])), None)
    if place is None:
        return pairs
    return [(a, place) for a, _ in pairs if distinct(a, place)]


def discussed_at_reception(st: "_SentenceState", i: int, pattern: Pattern) -> list | None:
    """"welcomed Uruguay's President-elect Yamandú Orsi on Friday at the Planalto Palace to discuss the ... Free Trade
    Agreement": talking as what a reception in the same clause was for is the host's and the guest's meeting (both
    ways), however the topic names other parties; None when the verb is no such purpose."""
    if not pattern.mutual or pattern.code[:2] != "04" or i < 2 or st.tokens[i - 1].lower != "to" \
            or st.last is None or st.last[1] != "043":
        return None
    if any(t.text in CLAUSE_MARKS for t in st.tokens[st.last[0] + 1:i]):
        return None
    return both_ways(st.last[2])
