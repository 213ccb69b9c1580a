"""Which of a verb's actor pairs its words allow: going somewhere is a visit only to the place right after
"to" ("went to Libya", not "went to war with Russia"), leaving only for the one right after "for" or "to",
arriving "at" only a state or its seat; "had a meeting" is a meeting, "have delayed their meeting" not.  The
event coder (events.py) asks these after reading a verb's roles; they read words, not the parse."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dyadwatch.coding.mentions import PEOPLE_KINDS, conjoined, distinct, guest_start, side
from dyadwatch.coding.roles import pattern_roles
from dyadwatch.coding.text import Token
from dyadwatch.coding.verbforms import PASSIVE_AUX, TRIP_NOUNS
from dyadwatch.coding.verbs import Pattern
from dyadwatch.coding.visits import GATHERINGS, port_call

if TYPE_CHECKING:
    from dyadwatch.coding.events import _SentenceState as SentenceState

_HAD_WHAT = {"a", "an", "the", "their", "his", "her", "its", "talks", "meetings", "consultations", "two", "several",
             "another", "further", "more", "lengthy", "brief", "direct"}


def had_what(tokens: list, i: int, nouns: frozenset) -> bool:
    """"had talks", "had a meeting", "will have bilateral talks", "had productive discussions": what follows "have" is
    the meeting itself, perhaps behind adjectives; a participle ends it ("have delayed their meeting")."""
    for k in range(i + 1, min(i + 4, len(tokens))):
        word = tokens[k].lower
        if word in _HAD_WHAT or word in nouns:
            return True
        if not word.isalpha() or word.endswith("ed"):
            return False
    return False


def guarded(pattern: Pattern, st: "SentenceState", i: int, pairs: list) -> list:
    """"went to Libya", "will go to Paraguay": going is a visit only to an actor right after "to" (not "went to
    war with Russia", "go to the polls"), leaving only for one right after "for".  "had a meeting with" is a
    meeting, "have delayed their meeting" not."""
    kept = _by_words(pattern, st, i, pairs)
    if kept is not None:
        return kept
    if pattern.lemma in ("leave", "depart") and pattern.code == "042" and _next_is(st.tokens, i, "to"):
        k = i + 1  # "departed to Cairo" (not "left to attend", "leave it to Russia")
    elif pattern.lemma in ("leave", "depart") and pattern.code == "042":
        k = next((k for k in range(i + 1, min(i + 6, len(st.tokens))) if st.tokens[k].lower == "for"), None)
        pairs = _left_for(st, i, k) if k is not None else pairs
    elif pattern.lemma in SWITCHES:  # the recognition goes to whom is named after "to", not "from"
        k = next((k for k in range(i + 1, len(st.tokens)) if st.tokens[k].lower == "to"), None)
    elif pattern.lemma in ("go", "head") or (pattern.lemma in ("come", "stop") and pattern.code == "042"):
        # "came to Ukraine", not "came to power" or "came under pressure from Ukraine to send tanks"; "come on a
        # visit to Kyiv": the place after the visit's own "to"
        # ("headed for Beijing": a heading's "for" too)
        nxt = st.tokens[i + 1].lower if i + 1 < len(st.tokens) else ""
        k = i + 1 if nxt in ("to", "in", "over") or (pattern.lemma == "head" and nxt == "for") else \
            trip_to(st.tokens, i) if pattern.lemma == "come" else None
    elif pattern.code == "042" and pattern.after == {"at"}:
        k = i + 1 if i + 1 < len(st.tokens) and st.tokens[i + 1].lower == "at" else None
    else:
        return pairs
    starts = {k + 1, k + 2} | _seat_owner(st.tokens, k) | _gathering_in(st.tokens, k) if k is not None else set()
    # "went to Zambia and Zimbabwe": the places joined to the first are gone to as well
    first = next((m for m in st.mentions if m.start in starts), None)
    joined = conjoined(st.mentions, st.mentions.index(first), st.tokens, +1) if first is not None else []
    return [(a, b) for a, b in pairs if b.start in starts or (b in joined and b.kind == "state")]


def _by_words(pattern: Pattern, st: "SentenceState", i: int, pairs: list) -> list | None:
    """The pairs a verb keeps by the words around it, or None when no such rule is this verb's."""
    if pattern.lemma == "have":
        return pairs if had_what(st.tokens, i, pattern.after) else []
    if pattern.lemma == "see":  # "saw the prime minister off": whom one sees off stands before "off"
        off = next((k for k in range(i + 1, min(i + 9, len(st.tokens))) if st.tokens[k].lower == "off"), i)
        if off == i + 1:  # "saw off CAR Prime Minister Felix Molua": the one seen off comes right after "off"
            return [(a, b) for a, b in pairs if b.start in (off + 1, off + 2)]
        return [(a, b) for a, b in pairs if i < b.start and b.end <= off]
    if pattern.lemma in ("hand", "deliver") and pattern.code == "040":
        # "to deliver the kingdom's firm message of condemnation": a message of something is that act, no meeting
        k = next((k for k in range(i + 1, min(i + 14, len(st.tokens) - 1))
                  if st.tokens[k].lower in ("message", "letter")), None)
        return [] if k is None or st.tokens[k + 1].lower == "of" else pairs
    if pattern.lemma == "dock":
        return pairs if port_call(st.tokens, i) else []
    if pattern.lemma == "fight" and i + 1 < len(st.tokens) and (st.tokens[i + 1].lower == "against"
                                                                 or _fights_a_thing(st, i)):
        # "fight against COVID-19", "the fight against terrorism", "pledged to fight climate change": a fight
        # against no one named is no clash
        return [(a, b) for a, b in pairs if i + 1 <= b.start <= i + 4]
    if pattern.code == "042" and pattern.lemma in _ARRIVALS \
            and any(t.lower in _PROJECTILES for t in st.tokens[max(0, i - 8):i]):
        return []  # "two mortar shells hurled from Myanmar which landed in Bangladesh territory": no one arrived
    at = i + 2 if pattern.lemma == "touch" else i + 1  # "touched down in Accra"
    if pattern.code == "042" and pattern.lemma in _ARRIVALS and at < len(st.tokens) \
            and st.tokens[at].lower in ("in", "into", "to"):
        # "is arriving in our country, ...,” she told reporters": where one arrives follows "in" closely, or is unnamed
        return [(a, b) for a, b in pairs if at + 1 <= b.start <= at + 7
                and not any(t.text in _CLOSES for t in st.tokens[at + 1:b.start])]
    if pattern.code == "042" and pattern.lemma == "visit" and st.tokens[i].lower.startswith("visit"):
        # "PM Chinh and his Thai counterpart visited an exhibition featuring the land and people of the two
        # countries": who visits with one is not the place visited, nor is a people an exhibition shows
        # ("hosted visiting Algerian President, Abdelmadjid Tebboune": the one "visiting" qualifies is the visitor)
        return [(a, b) for a, b in pairs if not _fellow_subject(st, a, b, i) and _visited_place(st, b, i)
                and not _visiting_guest(st.tokens, i, b)]
    if pattern.lemma == "discuss" and _with_whom(st.tokens, i):
        # "met with Montenegrin Foreign Minister, Ranko Krivokapic, with whom he discussed ... Montenegro's EU
        # journey": the one discussed with is the one already met; what is discussed is no party
        return []
    if pattern.code == "042" and pattern.lemma == "attend":
        # "attended the three-day first-ever Canada-Caricom summit": a summit named by its parties is held in neither
        return [(a, b) for a, b in pairs if not _paired_name(st, b)]
    if pattern.lemma == "lead" and pattern.code == "042":
        return _led_to(st, i, pairs)
    if pattern.lemma == "talk" and pattern.code == "040" and i + 1 < len(st.tokens) \
            and st.tokens[i + 1].lower not in ("with", "to", "about", "on", "over", "and", "at", "in", ",", "."):
        # "since talking office in 2007" (a page's slip for "taking"): talking names no partner after it
        return [(a, b) for a, b in pairs if b.start < i]
    if pattern.lemma in _HELPS:  # "assisted the Coast Guard to arrest Indian fishermen": the Coast Guard is helped
        to = next((k for k in range(i + 1, min(i + 8, len(st.tokens))) if st.tokens[k].lower == "to"), None)
        return pairs if to is None else [(a, b) for a, b in pairs if b.start < to]
    return None


def _led_to(st: "SentenceState", i: int, pairs: list) -> list:
    """"led a high-level delegation to Iran": the delegation's leader goes to the state named after its "to"."""
    tokens = st.tokens
    to = next((k for k in range(i + 2, min(len(tokens), i + 9)) if tokens[k].lower == "to"), None)
    if to is None or not any(t.lower in ("delegation", "delegations") for t in tokens[i + 1:to]) \
            or any(t.text in (",", ";") for t in tokens[i + 1:to]):
        return []
    place = next((m for m in st.mentions if m.start in (to + 1, to + 2) and m.kind in ("state", "org")), None)
    leaders = [a for n, (a, _) in enumerate(pairs) if all(a is not b for b, _ in pairs[:n])]
    return [(a, place) for a in leaders if place is not None and distinct(a, place)]


# what may follow a fight between those named before it: "fought each other", "fought for hours", "clashed again"
_FOUGHT = {"each", "one", "with", "over", "for", "in", "on", "at", "near", "along", "around", "since", "until",
           "during", "after", "before", "again", "back", "fiercely", "heavily", "alongside", "and", "but"}


def _fights_a_thing(st: "SentenceState", i: int) -> bool:
    """"Hungary and Austria pledged to fight climate change": an object that is no actor is what is fought."""
    nxt = st.tokens[i + 1]
    return nxt.text[:1].isalnum() and nxt.lower not in _FOUGHT and not any(m.start == i + 1 for m in st.mentions)


def _visited_place(st: "SentenceState", b, i: int) -> bool:
    """Not what a thing visited shows ("an exhibition featuring the land and people of the two countries")."""
    return b.start < i or not any(t.lower in _SHOWING for t in st.tokens[i + 1:b.start])


_SHOWING = {"featuring", "showing", "depicting", "showcasing", "displaying"}


def _visiting_guest(tokens: list[Token], i: int, b) -> bool:
    """"hosted visiting Algerian President, Abdelmadjid Tebboune": "visiting" as the guest's epithet (not "is visiting
    Azerbaijan President Aliyev's hometown")."""
    return tokens[i].lower == "visiting" and b.start == guest_start(tokens, i) and b.kind in PEOPLE_KINDS and i > 0 \
        and tokens[i - 1].lower not in PASSIVE_AUX \
        and not (b.end < len(tokens) and tokens[b.end].lower in ("'s", "’s"))


def _fellow_subject(st: "SentenceState", a, b, i: int) -> bool:
    """``a`` and ``b`` joined by "and" before the verb at ``i``: the verb's subject together."""
    first, second = (a, b) if a.start < b.start else (b, a)
    between = [t.lower for t in st.tokens[first.end:second.start]]
    return second.end <= i and between in (["and"], ["and", "his"], ["and", "her"], ["and", "their"])


def _with_whom(tokens: list[Token], i: int) -> bool:
    return any(tokens[k].lower == "with" and tokens[k + 1].lower == "whom" for k in range(max(0, i - 4), i - 1))


def _paired_name(st: "SentenceState", m) -> bool:
    """An actor joined by a hyphen to another: "Canada-Caricom", "the Putin-Kim summit"."""
    tokens = st.tokens
    after = m.end + 1 < len(tokens) and tokens[m.end].text == "-" and any(n.start == m.end + 1 for n in st.mentions)
    before = m.start >= 2 and tokens[m.start - 1].text == "-" and any(n.end == m.start - 1 for n in st.mentions)
    return after or before


def _next_is(tokens: list[Token], i: int, word: str) -> bool:
    return i + 1 < len(tokens) and tokens[i + 1].lower == word


def trip_to(tokens: list[Token], i: int, reach: int = 3) -> int | None:
    """The "to" of a journey within ``reach`` words after ``i`` ("came on a visit to Kyiv", "is on an official visit
    to Bucharest"; "is currently on an official visit in Mauritius" says where as well), or None."""
    trip = next((k for k in range(i + 1, min(len(tokens) - 1, i + reach + 1)) if tokens[k].lower in TRIP_NOUNS), None)
    return trip + 1 if trip is not None and tokens[trip + 1].lower in ("to", "in") else None


_SEATS = {"residence", "palace", "office", "offices"}


def _seat_owner(tokens: list[Token], k: int) -> set[int]:
    """"arrived at Seri Perdana—the official residence of the Malaysian Prime Minister": the seat's owner, right
    after its "of", is where one arrives."""
    if tokens[k].lower != "at":
        return set()
    seat = next((j for j in range(k + 1, min(len(tokens) - 1, k + 7)) if tokens[j].lower in _SEATS
                 and tokens[j + 1].lower == "of"), None)
    return {seat + 2, seat + 3} if seat is not None else set()


SWITCHES = ("switch", "shift", "transfer")
_HELPS = ("assist", "help", "aid")
_ARRIVALS = ("arrive", "land", "travel", "fly", "touch")
_PROJECTILES = {"shell", "shells", "missile", "missiles", "rocket", "rockets", "drone", "drones", "bomb", "bombs",
                "mortar", "mortars", "projectile", "projectiles", "debris", "balloon", "balloons"}
_CLOSES = {";", ":", "”", "\"", "’"}  # (a comma may set off a city's state: "arrived in Dar es Salaam, Tanzania")


def switched_from(st: "SentenceState", i: int, pairs: list) -> list:
    """Whom a switch of recognition leaves: the actor right after "from" breaks off (161)."""
    k = next((k for k in range(i + 1, len(st.tokens)) if st.tokens[k].lower == "from"), None)
    left = next((m for m in st.mentions if k is not None and k < m.start <= k + 2), None)
    return [(s, left) for s in side(pairs, 0) if left is not None and distinct(s, left)]


def _gathering_in(tokens: list[Token], k: int) -> set[int]:
    """"left for the G20 summit in Brazil", "heading for the African Summit in South Africa": the state where the
    gathering one goes to is held."""
    noun = next((j for j in range(k + 1, min(len(tokens), k + 6)) if tokens[j].lower in GATHERINGS), None)
    at = next((j for j in range(noun + 1, min(len(tokens), noun + 3)) if tokens[j].lower == "in"), None) \
        if noun is not None else None
    return {at + 1, at + 2} if at is not None else set()


def _left_for(st: "SentenceState", i: int, k: int) -> list:
    """"left Harare on Sunday for Maputo": whence one leaves is no party; troops leaving redeploy."""
    rest = [m for m in st.mentions if not i < m.start < k]
    return [(a, b) for a, b in pattern_roles(st.tokens, i, rest, places=True) if a.agent not in ("MIL", "COP")]
