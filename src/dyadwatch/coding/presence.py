"""An office holder said to be in another state is visiting it (CAMEO 042), with no verb of travel.

News often reports a visit by where someone is: "Argentina's new president, Javier Milei, is in Israel
on Tuesday", "The foreign minister is currently in China on a two-day official visit", "India's top
diplomat was in Pakistan on Tuesday".  The event coder never sees such a sentence (it has no verb in
the dictionary), so this component reads it: a form of "be" (and "now", "currently", "already",
"still") followed by "in" and a state or its city, with an office holder or a state's agent right before
the copula (an appositive's closing comma may stand between).

It codes nothing when the person is at home ("Aliyev was in Baku"), when the sentence already codes a
visit by that person, or when the subject is no one's ("officials are in Kabul").
"""

from __future__ import annotations

from dataclasses import replace

from dyadwatch.coding.conventions import unowned_office
from dyadwatch.coding.events import CodedEvent
from dyadwatch.coding.guards import trip_to
from dyadwatch.coding.mentions import CITY_HEADS, MARGINS, Mention, name_token
from dyadwatch.coding.nominal import readings
from dyadwatch.coding.text import Token
from dyadwatch.coding.verbforms import TRIP_NOUNS
from dyadwatch.coding.visits import GATHERINGS

_BE = {"is", "was", "are", "were", "been"}
_NOW = {"now", "currently", "already", "still", "also"}
_SPENT = {"spent", "spends", "spending"}
_SPELLS = {"day", "days", "night", "nights", "week", "weeks", "hours", "morning", "afternoon", "evening", "weekend"}
_PEOPLE = {"person", "combined"}


class Presence:
    """Component: tokens + mentions + events → the events, with a visit for "X is in <state>"."""

    name, requires, provides = "presence", ("mentions", "events"), ("events",)

    def __call__(self, tokens: list[Token], mentions: list[Mention], events: list[CodedEvent]) -> list[CodedEvent]:
        events = [_host_by_place(tokens, mentions, e) for e in events]
        visits = {(e.source.code, e.target.country) for e in events if e.code == "042"}
        out = list(events)
        for k, t in enumerate(tokens):
            # (or set off after the name: "The President of Colombia, Gustavo Petro, on a state visit to Spain,
            # received")
            found = _presence(tokens, mentions, k) if t.lower in _BE or t.lower in _SPENT or _will_be(tokens, k) or (
                t.text == "," and k + 1 < len(tokens) and tokens[k + 1].lower == "on") else None
            if found is not None and (found[0].code, found[1].country) not in visits:
                who, where, due = found
                visits.add((who.code, where.country))
                # "Peña is due in La Paz on Thursday": a visit to come, the host's plan too (036 both ways)
                v = tokens[k + 1] if t.text == "," else t  # the "on" of "..., on a state visit to Spain,"
                out += [CodedEvent(a, b, "036" if due else "042", v.start, v.end, v.text)
                        for a, b in (((who, where), (where, who)) if due else ((who, where),))]
        guest, place, k = _honoured(tokens, mentions) or (None, None, 0)
        if place is not None and (guest.code, place.country) not in visits:
            visits.add((guest.code, place.country))
            out.append(CodedEvent(guest, place, "042", tokens[k].start, tokens[k].end, tokens[k].text))
        planned = {(e.source.code, e.target.country) for e in events if e.code == "036" and e.target.kind == "state"}
        for e in events:
            guest, place = _visit_to_come(tokens, mentions, e) or (None, None)
            if place is not None and (guest.code, place.country) not in planned:
                planned.add((guest.code, place.country))
                out += [CodedEvent(a, b, "036", e.verb_start, e.verb_end, e.verb)
                        for a, b in ((guest, place), (place, guest))]
        for e in events:
            guest, place = _hosted(tokens, mentions, e) or _sidelines(tokens, mentions, e) \
                or _arrival(tokens, mentions, e) or _at_seat(tokens, mentions, e) \
                or _fresh_off(tokens, mentions, e) or _visiting_at_seat(tokens, mentions, e) or (None, None)
            if place is not None and (guest.code, place.country) not in visits:
                visits.add((guest.code, place.country))
                out.append(CodedEvent(guest, place, "042", e.verb_start, e.verb_end, e.verb))
        return out


_HOSTED = {"040", "046", "043"}
_PARTICLES = {"bin", "bint", "ibn", "al", "el", "de", "da", "van", "von"}
_SPAN = 8  # tokens from the last party to the place: "talks with President Hichilema at State House in Dar Es Salaam"
_TOPIC = {"discuss", "discussed", "discussing", "on", "about", "over", "regarding", "situation", "war", "conflict",
          "crisis", "developments", "events", "security", "peace", "and", ",", ";", "while", "where", "which"}


def _hosted(tokens: list[Token], mentions: list[Mention], e: CodedEvent) -> tuple[Mention, Mention] | None:
    """"Araqchi discussed developments with the Crown Prince at a meeting in Riyadh", "Aliyev welcomed Erdogan
    with an official ceremony in the capital Baku": a meeting or a reception in the host's city (or state) is
    also the guest's visit there (042).  The place must follow the parties closely, with nothing between that
    makes it a topic ("discussed the war in Ukraine")."""
    guest, host = (e.target, e.source) if e.code == "043" else (e.source, e.target)
    # ("During a four-day meeting of experts ... in the southern Chinese city of Kunming, the two sides talked")
    if e.code not in _HOSTED or guest.kind not in _PEOPLE | {"anaphor"} or guest.country == host.country:
        return None
    # "discussed the war in Sudan during talks in Cairo": the first place in the host's state, not a topic's before it
    place = next((m for m in mentions if m.kind == "state" and m.code == m.country and m.start > 0
                  and _located(tokens, m.start) and m.char_start > e.verb_end and m.country == host.country), None)
    if place is None:
        return _fronted_place(tokens, mentions, guest, host)
    # the nearest party before the place: "talks with President Hichilema at State House in Dar Es Salaam, Hassan"
    last = max((m.end for m in (e.source, e.target) if m.end <= place.start), default=None)
    if last is None:
        return None
    # "met with Japanese Emperor Akihito and Prime Minister Shinzo Abe in Tokyo": the host's people joined to the party
    last = max([last] + [m.end for m in mentions if m.kind in _PEOPLE and m.country == host.country
                         and last < m.start and m.end <= place.start and tokens[m.start - 1].lower == "and"])
    # "Sheikh Tamim bin Hamad Al-Thani": the rest of a name the dictionary matched only in part
    while last < place.start and (tokens[last].text[:1].isupper() or tokens[last].lower in _PARTICLES):
        last += 1
    last = _past_appositive(tokens, last, place.start)
    # "at a meeting in Riyadh", "talks in Ankara": the meeting's own place, whatever came before it
    if place.start >= 2 and any(n.frame == "meet" and n.code[:2] == "04" for n in readings(tokens, place.start - 2)):
        return (guest, place) if place.start - last <= 2 * _SPAN else None
    # "met October 7 at the Neighborhood Commission Meeting, held in the Ecuadorian capital city Quito"
    if _held_in(tokens, place.start):
        return (guest, place) if place.start - last <= 2 * _SPAN else None
    near = place.start - last <= _SPAN and not {t.lower for t in tokens[last:place.start]} & _TOPIC
    return (guest, place) if near else None


_OPENERS = {"in", "at", "during", "after", "following"}


def _fronted_place(tokens: list[Token], mentions: list[Mention], guest: Mention,
                   host: Mention) -> tuple[Mention, Mention] | None:
    """"In Managua, Nicaraguan President Daniel Ortega and his Honduran counterpart ... discussed": a place of the
    host's that opens the sentence, set off by a comma, is where the parties met."""
    comma = next((k for k, t in enumerate(tokens) if t.text == ","), None)
    if comma is None or guest.start < comma or tokens[0].lower not in _OPENERS:
        return None
    # ("During a four-day meeting of experts between China and Bhutan last week in the southern Chinese city of
    # Kunming, the two sides talked": anywhere in the opening phrase)
    place = next((m for m in mentions if 0 < m.start and m.end <= comma and m.kind == "state" and m.code == m.country
                  and _located(tokens, m.start) and m.country == host.country), None)
    return (guest, place) if place is not None else None


def _visit_to_come(tokens: list[Token], mentions: list[Mention], e: CodedEvent) -> tuple[Mention, Mention] | None:
    """"Starmer will meet Taoiseach Simon Harris at Farmleigh House during a visit to Ireland": a meeting to come
    (036) on a visit named with its state is the guest's visit to come, 036 both ways (docs/annotation.md)."""
    # (not an invitation: "Invited by Xi, Van der Bellen headed a large delegation on his state visit to China")
    if e.code != "036" or e.source.kind not in _PEOPLE | {"anaphor"} or e.verb.lower().startswith("invit"):
        return None
    for k in range(len(tokens) - 2):
        if tokens[k].lower in ("during", "on") and tokens[k].start > e.verb_end:
            to = trip_to(tokens, k, reach=4)
            if to is None:
                continue
            place = next((m for m in mentions if m.start == to + 1 and m.kind == "state"), None)
            guest = next((m for m in (e.source, e.target) if place is not None and m.country != place.country), None)
            host = next((m for m in (e.source, e.target) if place is not None and m.country == place.country), None)
            if guest is not None and host is not None:
                return guest, place
    return None


def _sidelines(tokens: list[Token], mentions: list[Mention], e: CodedEvent) -> tuple[Mention, Mention] | None:
    """"Modi and Xi held a bilateral meeting on the sidelines of the BRICS summit in Kazan, Russia": each side
    of a meeting held at a gathering in a third state attends it, a visit there (042), as an attendee named."""
    if e.code not in ("040", "046") or e.source.kind not in _PEOPLE:
        return None
    k = next((k for k, t in enumerate(tokens) if t.lower in MARGINS and k + 1 < len(tokens)
              and tokens[k + 1].lower == "of"), None)
    if k is None:
        return None
    place = next((m for m in mentions if m.kind == "state" and m.code == m.country and k < m.start <= k + 16
                  and _located(tokens, m.start)), None)
    if place is not None and place.country == e.target.country != e.source.country:
        # "met Chinese president Xi Jinping ... on the sidelines of the ... (SCO) foreign ministers' meeting which
        # began in Beijing": a host met in his own state, whoever holds the gathering
        return e.source, place
    if place is None or place.country in (e.source.country, e.target.country):
        return None
    # "on the sidelines of the United Nations General Assembly in New York": the UN hosts it, not the city's state
    if any(m.kind == "org" and k < m.start < place.start for m in mentions):
        return None
    return e.source, place


# "Fresh off the APEC summit in Papua New Guinea, the Chinese leader will hold talks", "commencing his state visit to
# Tajikistan following a busy schedule at the Shanghai Cooperation Organization summit in Astana, Kazakhstan"
_FRESH = (["fresh", "off"], ["fresh", "from"], ["busy", "schedule", "at"], ["after", "attending"],
          ["having", "attended"])


def _fresh_off(tokens: list[Token], mentions: list[Mention], e: CodedEvent) -> tuple[Mention, Mention] | None:
    """A gathering in a state the acting person (the act's subject, before its verb) has just attended: a visit
    there (042)."""
    if e.source.kind not in _PEOPLE or e.source.char_start > e.verb_start:
        return None
    words = [t.lower for t in tokens]
    k = next((k + len(w) for k in range(len(words)) for w in _FRESH if words[k:k + len(w)] == w), None)
    noun = next((j for j in range(k, min(len(tokens), k + 8)) if words[j] in GATHERINGS), None) \
        if k is not None else None
    place = next((m for m in mentions if noun is not None and noun < m.start <= noun + 3 and m.kind == "state"
                  and m.code == m.country and words[m.start - 1] == "in"), None)
    if place is None or place.country == e.source.country or any(noun < m.start < place.start for m in mentions):
        return None
    return e.source, place


_CEREMONIES = {"honor", "honour", "ceremony", "reception", "carpet"}  # "guard of honor", "welcoming ceremony"


def _honoured(tokens: list[Token], mentions: list[Mention]) -> tuple[Mention, Mention, int] | None:
    """"A guard of honor was arranged for President Ilham Aliyev at the Chigi Palace in Rome": a ceremony held for
    a foreign office holder in a place is his visit there (042), though no host is named (as a red-carpet welcome)."""
    k = next((k for k, t in enumerate(tokens[:-1]) if t.lower in _CEREMONIES and tokens[k + 1].lower == "was"), None)
    if k is None:
        return None
    j = next((j for j in range(k + 2, min(len(tokens) - 1, k + 5)) if tokens[j].lower == "for"), None)
    guest = next((m for m in mentions if j is not None and m.start == j + 1 and m.kind in _PEOPLE and m.agent), None)
    if guest is None:
        return None
    place = next((m for m in mentions if m.start > guest.end and m.kind == "state" and m.code == m.country
                  and _located(tokens, m.start) and m.start - guest.end <= _SPAN), None)
    return (guest, place, k) if place is not None and place.country != guest.country else None


_ARRIVING = {"arrival", "arriving", "landing", "touchdown"}


def _arrival(tokens: list[Token], mentions: list[Mention], e: CodedEvent) -> tuple[Mention, Mention] | None:
    """"Upon arrival in Baghdad on Wednesday, President Pezeshkian was welcomed by Iraqi Prime Minister ...",
    "received a warm welcome upon landing at Velana International Airport, where he was greeted by Maldivian
    President ...": the one a host receives on arriving at a place of the host's state visits it (042).  An
    airport the dictionary does not know is the host's, as the host greets the guest there.  A meeting "upon his
    arrival at Marka Military Airport in Amman" is the guest's visit too, where the place is the other side's."""
    if _received(e):
        guest, host = e.target, e.source
    elif e.code in ("040", "046") and e.source.kind in _PEOPLE and e.target.country != e.source.country:
        guest, host = e.source, e.target
    else:
        return None
    for k, t in enumerate(tokens[:-2]):
        if t.lower not in _ARRIVING or tokens[k + 1].lower not in ("in", "at"):
            continue
        place = next((m for m in mentions if m.start == k + 2 and m.kind == "state" and m.code == m.country), None)
        if place is not None:
            return (guest, place) if place.country == host.country else None
        airport = _named_place(tokens, k + 2, {"airport"}, host.country)
        if airport is not None and e.code == "043":
            return guest, airport
        city = next((m for m in mentions if airport is not None and m.start == airport.end + 1
                     and tokens[airport.end].lower == "in" and m.kind == "state" and m.code == m.country), None)
        if city is not None:
            return (guest, city) if city.country == host.country else None
    return None


_SEAT_WORDS = {"palace", "house", "villa", "residence", "kremlin", "bhavan", "bhawan", "castle"}


def _at_seat(tokens: list[Token], mentions: list[Mention], e: CodedEvent) -> tuple[Mention, Mention] | None:
    """"Lula welcomed Uruguay's President-elect Yamandú Orsi on Friday at the Planalto Palace": a host receives a
    guest in a seat of his own, so a palace or house named after "at" is a place of the host's state, whether the
    dictionary knows it (the Élysée, one of the state's institutions) or not; the guest visits that state."""
    host, guest = e.source, e.target
    if not _received(e) or host.code.startswith("---"):
        return None
    # (or "welcomed his Vanuatu counterpart to Parliament House")
    for k in (k for k in range(len(tokens) - 2) if tokens[k].lower == "at"
              or tokens[k].lower == "to" and e.verb.lower().startswith("welcom") and k > e.target.start):
        j = k + 2 if tokens[k + 1].lower == "the" else k + 1
        seat = next((m for m in mentions if m.start == j), None)
        if seat is not None and seat.code.startswith("---") and seat.end < len(tokens) \
                and tokens[seat.end].lower in _SEAT_WORDS:
            seat = None  # "at the Government House": an office's word in the seat's name, no one's office
        if seat is not None:
            if seat.country == host.country and seat.kind not in _PEOPLE and seat is not host:
                return guest, seat.recoded(host.country, "state")
            continue
        place = _named_place(tokens, j, _SEAT_WORDS, host.country) or _own_seat(tokens, k + 1, host.country)
        if place is not None:
            return guest, place
    return None


def _own_seat(tokens: list[Token], j: int, country: str) -> Mention | None:
    """"Abe received the deputy crown prince at his official residence": the receiving host's own seat, a place of
    his state."""
    if tokens[j].lower not in ("his", "her"):
        return None
    end = j + 2 if j + 2 < len(tokens) and tokens[j + 1].lower in _SEAT_KINDS else j + 1
    if end >= len(tokens) or tokens[end].lower not in _SEAT_WORDS:
        return None
    words = tokens[j:end + 1]
    return Mention(j, end + 1, words[0].start, words[-1].end, country, "state", " ".join(w.text for w in words))


_SEAT_KINDS = {"official", "presidential", "private", "royal"}


def _visiting_at_seat(tokens: list[Token], mentions: list[Mention], e: CodedEvent) -> tuple[Mention, Mention] | None:
    """"Obama has met with visiting Liberian President Ellen Johnson Sirleaf at the White House": a meeting at the
    seat of one side with the other named as visiting is that guest's visit to the seat's state."""
    guest, host = e.target, e.source
    if e.code not in ("040", "046") or guest.start < 1 or tokens[guest.start - 1].lower != "visiting":
        return None
    k = next((k for k in range(guest.end, min(len(tokens) - 1, guest.end + 6)) if tokens[k].lower == "at"), None)
    j = k + 2 if k is not None and tokens[k + 1].lower == "the" else (k + 1 if k is not None else -1)
    seat = next((m for m in mentions if m.start == j and m.kind not in _PEOPLE), None)
    if seat is None or seat.country != host.country or seat.country == guest.country:
        return None
    return guest, seat.recoded(host.country, "state")


def _received(e: CodedEvent) -> bool:
    """A reception (043) of a guest, a person of another state than the host's."""
    return e.code == "043" and e.target.kind in _PEOPLE | {"anaphor"} and e.target.country != e.source.country


def _named_place(tokens: list[Token], j: int, heads: set[str], country: str) -> Mention | None:
    """"Velana International Airport", "the Planalto Palace": capitalised words from ``j`` up to one of ``heads``,
    a place the dictionary does not know, read as ``country``'s (the host's, who receives the guest there)."""
    end = j
    while end < len(tokens) - 1 and tokens[end].text[:1].isupper() and tokens[end].lower not in heads:
        end += 1
    if end == j or tokens[end].lower not in heads:
        return None
    words = tokens[j:end + 1]
    return Mention(j, end + 1, words[0].start, words[-1].end, country, "state", " ".join(w.text for w in words))


def _host_by_place(tokens: list[Token], mentions: list[Mention], e: CodedEvent) -> CodedEvent:
    """"Inspector General of Police Japhet Koome met with a delegation from Haiti police in Nairobi": an office
    of no named state that meets a foreign party in a city, right after naming that party, is the host, the
    city's state's office (else the event names no state and is set aside as unattributed)."""
    if e.code not in _HOSTED:
        return e
    unowned = [m for m in (e.source, e.target) if unowned_office(m)]
    other = e.target if unowned and unowned[0] is e.source else e.source
    if len(unowned) != 1 or other.code.startswith("---") or other.char_start <= e.verb_start:
        return e
    # a named holder ("... of Police Japhet Koome"), not "officials met Iranian diplomats in Vienna" (a venue)
    named = unowned[0].end < len(tokens) and name_token(tokens[unowned[0].end]) \
        and not any(m.start == unowned[0].end for m in mentions)
    if not named:
        return e
    place = next((m for m in mentions if m.kind == "state" and m.code == m.country and m.start > 0
                  and _located(tokens, m.start) and other.end <= m.start <= other.end + 2), None)
    if place is None or place.country == other.country:
        return e
    host = unowned[0].recoded(place.country + unowned[0].code[3:], "combined")
    return replace(e, source=host) if unowned[0] is e.source else replace(e, target=host)


_TITLE_WORDS = {"of", "the", "and", "for", "de", "-"}


def _past_appositive(tokens: list[Token], last: int, limit: int) -> int:
    """"held a meeting with Giorgia Meloni, President of the Council of Ministers of the Italian Republic, in
    Rome", "welcomed the Portuguese Defense minister, José Azeredo Lopes, in an official visit to Luanda": a title
    or a name set off by commas after the party belongs to it, so the place is as near as the words after it."""
    if last >= limit or tokens[last].text != ",":
        return last
    close = next((k for k in range(last + 1, min(limit, last + 16)) if tokens[k].text == ","), None)
    inside = tokens[last + 1:close] if close is not None else []
    if inside and all(t.text[:1].isupper() or t.lower in _TITLE_WORDS for t in inside):
        return close + 1
    return last


_REGIONS = {"southern", "northern", "eastern", "western", "central", "southwestern", "southeastern", "northwestern",
            "northeastern", "coastal"}


def _place_word(tokens: list[Token], k: int) -> int:
    """Where the phrase naming the place at ``k`` begins: "the Ecuadorian capital city Quito" → "the"."""
    j = k - 1
    while j > 0 and k - j <= 4 and (tokens[j].lower in CITY_HEADS or (tokens[j].text[:1].isupper()
                                                                      and tokens[j - 1].lower == "the")):
        j -= 1
    return j


def _held_in(tokens: list[Token], k: int) -> bool:
    j = _place_word(tokens, k)
    j = j - 1 if tokens[j].lower == "the" else j
    return j >= 1 and tokens[j].lower == "in" and tokens[j - 1].lower in ("held", "hosted", "convened")


def _located(tokens: list[Token], k: int) -> bool:
    """"in Riyadh", "at Esenboga Airport", "in the capital Baku", "an official visit to Luanda"."""
    if tokens[k - 1].lower in ("in", "at"):
        return True
    j = _place_word(tokens, k)
    if j < k - 1 and tokens[j].lower == "the" and tokens[j - 1].lower in ("in", "at"):
        return True  # "in the Ecuadorian capital city Quito"
    if k + 1 < len(tokens) and tokens[k + 1].lower in CITY_HEADS:  # "in the (southern) Chinese city of Kunming"
        j = k - 1
        while j > 1 and tokens[j].lower in _REGIONS:
            j -= 1
        if tokens[j].lower == "the" and tokens[j - 1].lower in ("in", "at"):
            return True
    # "held talks at the Hyderabad House": a seat named after a city of its state
    if k >= 2 and k + 1 < len(tokens) and tokens[k + 1].lower in _SEAT_WORDS and tokens[k - 1].lower == "the" \
            and tokens[k - 2].lower == "at":
        return True
    # "an official visit to Luanda", "was welcomed to Dakar by Senegalese Prime Minister Ousmane Sonko"
    return k >= 2 and tokens[k - 1].lower == "to" and (tokens[k - 2].lower in TRIP_NOUNS
                                                       or tokens[k - 2].lower in ("welcomed", "welcoming"))


_DASHES = {"—", "–"}


def _past_dashes(tokens: list[Token], k: int) -> int:
    """Where the subject ends before the verb at ``k``: before a phrase set off by dashes right before it."""
    if k < 3 or tokens[k - 1].text not in _DASHES:
        return k
    return next((d for d in range(k - 2, max(0, k - 16), -1) if tokens[d].text in _DASHES), k)


def _will_be(tokens: list[Token], k: int) -> bool:
    return tokens[k].lower == "be" and k > 0 and tokens[k - 1].lower == "will"


def _presence(tokens: list[Token], mentions: list[Mention], k: int) -> tuple[Mention, Mention, bool] | None:
    """"X is in <state>": who is where, and whether only due there ("Peña is due in La Paz on Thursday")."""
    j = k + 1
    if tokens[k].lower in _SPENT:  # "Lula spent his second day in Beijing": as "is in Beijing"
        j = next((n + 1 for n in range(k + 1, min(len(tokens), k + 6)) if tokens[n].lower in _SPELLS), len(tokens))
    due = j < len(tokens) and tokens[j].lower == "due"
    j += due
    due = due or tokens[k].lower == "be"  # "will be in India on a state visit from today": as "is due in"
    while j < len(tokens) and tokens[j].lower in _NOW:
        j += 1
    if j < len(tokens) and tokens[j].lower == "on":
        j = trip_to(tokens, j, reach=5)  # "Glavchev, who is on an official visit to Bucharest": as "is in Bucharest"
    elif j >= len(tokens) or tokens[j].lower != "in":
        return None
    if j is None:
        return None
    where = next((m for m in mentions if m.start == j + 1), None)
    be = _past_dashes(tokens, k)  # "The Belgian royal couple — King Philippe and his wife, Queen Mathilde — are"
    who = next((m for m in reversed(mentions) if m.end <= be), None)
    end = who.end if who is not None else k
    if who is not None and who.kind == "possessed" and (w := mentions.index(who)) and who.start >= 2 \
            and tokens[who.start - 2].lower in ("and", "with"):
        who = mentions[w - 1]  # "Araujo along with his delegation are in Guyana": the delegation's head
    if where is None or who is None or where.code != where.country or who.kind not in _PEOPLE or not who.agent:
        return None
    # (before the "will" of "will be", or the dashes)
    between = [t.text for t in tokens[end:be if be < k else k - (tokens[k].lower == "be")]]
    if tokens[k].lower == "been":  # "In February, Lukashenko had been in China on a state visit"
        if between not in (["had"], ["has"], ["have"]):
            return None
        between = []
    # "Qatar's emir, who is in Cairo for the first time": the relative clause's "who" is the person before it
    if between not in ([], [","], [",", "who"]) or who.country == where.country or who.code.startswith("---"):
        return None
    return who, where, due
