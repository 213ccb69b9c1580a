"""When the act a noun names happens: not at all ("ahead of talks", "a visit that could happen"), still to come
("the upcoming summit", "talks will take place on Friday"), or as the story tells it.

The noun coder (nominal.py) and the pair-meeting reader (pairmeetings.py) ask these before coding a noun: an act
that has not happened codes nothing, and a meeting or visit still to come is an intent (036).
"""

from __future__ import annotations

from dataclasses import replace

from dyadwatch.coding import dates
from dyadwatch.coding.mentions import POSSESSIVES, SPEECH
from dyadwatch.coding.modality import TRAVEL_WORDS, on_a_trip
from dyadwatch.coding.text import Token
from dyadwatch.coding.verbforms import CLAUSE_MARKS, TRIP_NOUNS, TRIPS_AND_STAYS, meeting_or_trip
from dyadwatch.coding.verbs import irregular_pasts, meeting_nouns

# Before the noun, these say the act has not happened or is not this actor's ("ahead of talks",
# "called for negotiations", "no meeting").
_NOT_HAPPENED = {"ahead", "possible", "possibility", "proposed", "no", "not", "without", "refused", "rejected",
                 "cancelled", "canceled", "postponed", "urged", "called", "call", "demanded", "proposal", "request",
                 "invitation",
                 "before", "offer", "offers", "offered", "delay", "delayed", "delays", "suspended", "downplayed",
                 # "a licence exempting it from sanctions on Venezuela's oil sector": no sanction imposed here
                 "exempting", "exempt", "exempted", "exemption", "exemptions", "relief",
                 # "agreed ... to encourage visits of official delegations": visits hoped for, none made
                 "encourage", "encouraging", "promote", "promoting"}
# A meeting still to come is an intent to meet (036): "will hold talks", "the upcoming summit".
FUTURE = {"will", "'ll", "shall", "would", "upcoming", "next", "planned", "scheduled", "expected", "future",
           "imminent", "forthcoming", "impending",
           "prepare", "preparing", "preparations", "tomorrow", "hope", "hopes", "hoped", "hoping",
           "going",  # "are going to co-chair a joint meeting"
           "plan", "plans", "intend", "intends"}  # "the two heads-of-state plan to hold a bilateral meeting"
_SCHEDULED_AFTER = {"scheduled", "expected", "due", "set", "slated", "planned"}
_MAYBE = {"could", "might", "may", "would", "likely", "unlikely"}  # "an attack on Armenia was very likely"
_CLAUSE_ENDS = {",", ";", ":", ".", "that", "which", "who", "and", "but"}


# A war is a state of affairs, not the day's event, when the sentence only places itself in it: "the
# expulsion of Russian diplomats amid Russia's war in Ukraine", "North Korean troops sent to help Russia
# in its war against Ukraine".
_ONGOING = {"war", "wars", "conflict", "hostilities"}
_BACKGROUND = {"amid", "during", "in", "since", "throughout", "over", "response", "against"}  # "in response to Russia's war"


def _background(tokens: list[Token], i: int) -> bool:
    return tokens[i].lower in _ONGOING and (any(t.lower in _BACKGROUND for t in tokens[max(0, i - 4):i])
                                            or _lasting(tokens, i))


def _lasting(tokens: list[Token], i: int) -> bool:
    """"a ceasefire brokered after more than a year of war between Israel and Hezbollah", "14 months of conflict":
    a war measured by how long it has lasted is the setting of the day's news."""
    return i >= 2 and tokens[i - 1].lower == "of" and tokens[i - 2].lower in dates.SPANS


# "a prisoner exchange agreement with India": the noun names a kind of agreement, not an act
_KINDS_OF = {"agreement", "agreements", "deal", "deals", "treaty", "pact", "accord", "protocol", "mechanism",
             "framework", "programme", "program"}


def not_happened(tokens: list[Token], i: int) -> bool:
    if ahead_of_meeting(tokens, i):
        return False
    if any(t.lower in _NOT_HAPPENED for t in tokens[max(0, i - 4):i]) or _background(tokens, i):
        return True
    if i + 1 < len(tokens) and tokens[i + 1].lower in _KINDS_OF:
        return True
    if _proposed_to_hold(tokens, i) or _called_off(tokens, i) or _expected_to(tokens, i):
        return True
    if any(t.lower == "ahead" for t in tokens[max(0, i - 7):i]):
        return True  # "ahead of the highly anticipated trilateral meeting between ..."
    if any(t.lower in _MAYBE and t.lower != "would" and t.text != "May" for t in tokens[max(0, i - 4):i]):
        return True  # "with the hope that it could facilitate a meeting between Netanyahu and ... al-Sisi"
    # "armed attacks on Taiwan could warrant sending troops": the subject of a "could" is hypothetical
    for k in range(i + 1, min(len(tokens), i + 7)):
        if tokens[k].lower in _CLAUSE_ENDS:
            return False
        if tokens[k].lower in _MAYBE and tokens[k].text != "May":  # "a visit to India from May 31": the month
            return not _effect(tokens, k)
    return False


def _expected_to(tokens: list[Token], i: int) -> bool:
    """"Nazarbayev is expected to pay an official visit to Japan": what others expect is a forecast, no one's plan
    (as "are expected to hold discussions", docs/annotation.md)."""
    k = next((k for k in range(i - 2, max(0, i - 6), -1) if tokens[k].lower == "to"), None)
    return k is not None and tokens[k - 1].lower == "expected" \
        and not any(t.text in (",", ";") or t.lower == "and" for t in tokens[k:i])


_CALLED_OFF = {"postponed", "cancelled", "canceled", "delayed", "deferred", "suspended", "scrapped", "shelved",
               "called", "put", "rescheduled", "adjourned"}
_FINITE = {"was", "were", "is", "are", "has", "had", "have", "will", "would", "took", "held", "met", "came"}


def _called_off(tokens: list[Token], i: int) -> bool:
    """"A joint meeting of the governments of Kosovo and Albania in Shkoder was postponed by one week": the noun's own
    clause calls the act off (its first finite verb), so it has not happened."""
    k = next((k for k in range(i + 1, min(len(tokens) - 1, i + 16)) if tokens[k].lower in _FINITE
              or tokens[k].text in (";", ".")), None)
    if k is None or tokens[k].lower not in ("was", "were", "is", "are", "has", "had", "have"):
        return False
    k += tokens[k + 1].lower == "been" and k + 2 < len(tokens)
    k += tokens[k + 1].lower.endswith("ly") and k + 2 < len(tokens)
    word = tokens[k + 1].lower
    if word in ("called", "put"):  # "was called off", not "was called historic"
        return k + 2 < len(tokens) and tokens[k + 2].lower == "off"
    return word in _CALLED_OFF


# "Bhutan King's visit to India would foster the close bonds": what the modal says is the visit's effect,
# hoped for; the visit itself is under way (as the gold codes "his visit will help in strengthening ties")
_EFFECTS = {"foster", "help", "strengthen", "boost", "give", "provide", "contribute", "serve", "open", "pave",
            "deepen", "enhance", "bring", "promote", "consolidate", "further", "cement", "add", "impart", "inject",
            "bolster", "elevate", "mark", "reinforce"}


# what may stand between a modal and its verb: "will also further strengthen", "will certainly help"
MODAL_ADVERBS = frozenset({"also", "certainly", "surely", "undoubtedly", "further"})


def _effect(tokens: list[Token], k: int) -> bool:
    """The modal at ``k`` governs a verb of effect ("would foster", "will further strengthen")."""
    j = k + 1
    while j < len(tokens) and tokens[j].lower in MODAL_ADVERBS:
        j += 1
    return j < len(tokens) and (tokens[j].lower in _EFFECTS or tokens[k + 1].lower == "further")


def _reported_from(tokens: list[Token], i: int) -> int:
    """"... the trilateral meeting in Armenia next year ...", Sarkissian said during a joint press conference": the
    words of the report before a verb of saying are no tense of the noun after it, which the saying frames."""
    return next((j + 1 for j in range(i - 1, -1, -1) if tokens[j].lower in SPEECH), 0)


def _proposed_to_hold(tokens: list[Token], i: int) -> bool:
    """"proposed his Greek counterpart to hold the next Armenia-Greece-Cyprus trilateral meeting": a meeting someone
    proposes, urges or calls for is that one's act (036, 026), not yet the meeting's."""
    k = next((k for k in range(i - 1, max(0, i - 12), -1) if tokens[k].lower in ("hold", "host", "convene")
              and tokens[k - 1].lower == "to"), None)
    return k is not None and any(t.lower in _NOT_HAPPENED for t in tokens[max(0, k - 6):k - 1])


def still_to_come(tokens: list[Token], i: int, reach: int | None = None) -> bool:
    """A future word before the noun (within ``reach`` words, or anywhere), "tomorrow" after it, or its own "will"."""
    before = tokens[_reported_from(tokens, i):i] if reach is None else tokens[max(0, i - reach):i]
    if _past_after(tokens, i) or any(t.lower == "ago" for t in before) or _extended(tokens, i) \
            or _over_the_trip(tokens, i):
        return False  # "a Tokyo visit by the South Korean leader last month"; "Two months ago, ... during a meeting"
    return any(t.lower in FUTURE for t in before) or any(t.lower == "tomorrow" for t in tokens[i:]) \
        or will_happen(tokens, i) or _agreed_on(tokens, i) or _is_to(before) or _is_due(before) \
        or _during_what_will_be(tokens, i) or _announced_meeting(tokens, i) or _trip_for_talks(tokens, i) \
        or _anticipated(tokens, i) or _on_the_itinerary(tokens, i) or ahead_of_meeting(tokens, i) \
        or _scheduled_after(tokens, i) or _held_on_a_trip(tokens, i)


def _scheduled_after(tokens: list[Token], i: int) -> bool:
    """"joint naval drills between Russia, China and South Africa scheduled for next month": a participle of
    planning after the noun's phrase."""
    for k in range(i + 1, min(len(tokens) - 1, i + 12)):
        listed = tokens[k - 1].text[:1].isupper() and tokens[k + 1].text[:1].isupper()  # "Russia, China and ..."
        if tokens[k].text in CLAUSE_MARKS and not listed:
            return False
        if tokens[k].lower in _SCHEDULED_AFTER and tokens[k + 1].lower in ("for", "to", "in", "on") \
                and tokens[k - 1].lower not in ("is", "are", "was", "were", "been", "be"):
            return True
    return False


_AHEAD_GAP = POSSESSIVES | {"the", "a", "an", "bilateral", "planned", "official", "formal", "first"}
_PARTNER_WORDS = {"with", "to"}  # (not "Oil rose ahead of talks between Iran and the United States")


def ahead_of_meeting(tokens: list[Token], i: int) -> bool:
    """"received a ceremonial welcome ahead of his bilateral talks with Prime Minister Malcolm Turnbull", "ahead of
    a visit to the islands": a meeting or trip named with its partner, still to come (not "ahead of the summit",
    "ahead of talks", which name no partner)."""
    if i + 1 >= len(tokens) or tokens[i + 1].lower not in _PARTNER_WORDS \
            or not meeting_or_trip(tokens[i].lower):
        return False
    k = i - 1
    while k > 0 and tokens[k].lower in _AHEAD_GAP:
        k -= 1
    return k >= 1 and tokens[k].lower == "of" and tokens[k - 1].lower == "ahead"


_ITINERARIES = {"itinerary", "programme", "program", "schedule", "agenda"}


def _on_the_itinerary(tokens: list[Token], i: int) -> bool:
    """"President Hichilema's itinerary includes a series of high-level meetings with key Chinese officials": what a
    visit's programme lists is still to come."""
    before = [t.lower for t in tokens[max(0, i - 8):i]]
    # (past a place: "Joao Lourenco's agenda in Moscow includes a meeting with Vladimir Putin")
    return any(a in _ITINERARIES and any(b in ("includes", "include", "included") for b in before[k + 1:k + 4])
               for k, a in enumerate(before))


_EXTENDING = {"extend", "extends", "extended", "prolong", "prolongs", "prolonged", "conclude", "concludes", "end",
              "ends", "wrap", "wraps", "cut", "cuts"}


def _extended(tokens: list[Token], i: int) -> bool:
    """"The French president will extend his first visit to the central African country": a visit one extends,
    concludes or cuts short is under way."""
    return any(t.lower in _EXTENDING for t in tokens[max(0, i - 4):i])


def _anticipated(tokens: list[Token], i: int) -> bool:
    """"expressed his anticipation for discussions with Rahmon", "looked forward to talks with": looked for, to come."""
    before = [t.lower for t in tokens[max(0, i - 4):i]]
    return any(a in ("anticipation", "anticipating", "forward") and b in ("for", "to")
               for a, b in zip(before, before[1:]))


# a trip ended at the place ("arrived in Ethiopia on Sunday for talks with Tedros", "headed to the national palace for
# talks"): the talks were held; a departure ("departed to Ethiopia this morning for a two-day Summit") leads to them
_ARRIVED = {"arrived", "landed", "headed"}


def _trip_for_talks(tokens: list[Token], i: int) -> bool:
    """"is travelling to Kiribati for high-level talks with the nation's re-elected government": what a trip is for
    is still to come (docs/annotation.md: a trip "for a two-day Summit with" a leader)."""
    if tokens[i].lower not in meeting_nouns():
        return False  # ("left for an official visit to the Republic of Azerbaijan": the trip itself)
    k = next((k for k in range(i - 1, max(-1, i - 5), -1) if tokens[k].lower == "for"), None)
    if k is None or any(t.text in (",", ";") for t in tokens[k:i]):
        return False
    for j in range(k - 1, max(-1, k - 10), -1):
        if tokens[j].text in (",", ";") or tokens[j].lower in ("and", "but", "which", "who"):
            return False
        if tokens[j].lower in _ARRIVED:
            return False
        if tokens[j].lower in TRAVEL_WORDS and tokens[j + 1].lower != "of":  # (not "the heads of state")
            return True
    return False


def _held_on_a_trip(tokens: list[Token], i: int) -> bool:
    """"arrived in Moscow on an official visit to Federal Russia to hold talks with Russian President Vladimir Putin":
    talks a journey is made to hold are still to come, as a meeting it is made for is (modality.on_a_trip)."""
    if tokens[i].lower not in meeting_nouns():
        return False
    k = next((k for k in range(i - 1, max(0, i - 4), -1)
              if tokens[k].lower in _HOLDING and tokens[k - 1].lower == "to"), None)
    return k is not None and on_a_trip(tokens, k)


_HOLDING = {"hold", "have", "conduct"}


def _announced_meeting(tokens: list[Token], i: int) -> bool:
    """"Kristen ... announced a meeting with President Volodymyr Zelensky": a meeting announced is one to come."""
    return i >= 2 and tokens[i].lower in ("meeting", "meetings", "talks") and tokens[i - 1].lower in ("a", "an") \
        and tokens[i - 2].lower in ("announced", "announces", "announcing", "announce")


_ACROSS = {"over", "during", "throughout"}


def _over_the_trip(tokens: list[Token], i: int) -> bool:
    """"arrived in Taiwan on Thursday evening and will meet with top government officials over his six-day visit":
    the trip his arrival began is under way, though what he will do on it is to come."""
    if tokens[i].lower not in TRIPS_AND_STAYS or not any(t.lower in _ARRIVED for t in tokens[:i]):
        return False
    k = i - 1
    while k > 0 and tokens[k].lower not in _ACROSS and i - k <= 4 and tokens[k].text not in CLAUSE_MARKS:
        k -= 1
    return tokens[k].lower in _ACROSS and tokens[k + 1].lower in POSSESSIVES


def _during_what_will_be(tokens: list[Token], i: int) -> bool:
    """"During their meeting in Vilnius, the two presidents will address issues": a meeting named in an opening
    "During ..." phrase happens when its main clause does."""
    comma = next((k for k, t in enumerate(tokens) if t.text == ","), None)
    if not tokens or tokens[0].lower != "during" or comma is None or not i < comma:
        return False
    return any(t.lower in ("will", "shall") for t in tokens[comma + 1:comma + 7])


def _is_due(before: list[Token]) -> bool:
    """"Peña is due in La Paz on Thursday for talks with his local counterpart": what he is due for is to come."""
    return any(a.lower in ("is", "are", "was", "were") and b.lower == "due" for a, b in zip(before, before[1:]))


def _is_to(before: list[Token]) -> bool:
    """"King Albert was to head to the national palace for talks with President Joseph Kabila": "is to", "was to"
    before a verb plan what follows."""
    return any(a.lower in ("is", "are", "was", "were") and b.lower == "to" and c.text[:1].islower()
               for a, b, c in zip(before, before[1:], before[2:]))


def _agreed_on(tokens: list[Token], i: int) -> bool:
    """"the leaders agreed on Putin's visit to Turkey": an act agreed on is still to come."""
    # "agreed on continuing the tradition of joint meetings": the meetings to come
    k = next((k for k in range(i - 1, max(0, i - 8), -1) if tokens[k].lower in ("on", "upon")), None)
    return k is not None and tokens[k - 1].lower in ("agreed", "agree", "agrees", "agreeing") \
        and not any(t.text in (",", ";") for t in tokens[k:i])


def _past_after(tokens: list[Token], i: int) -> bool:
    """A time in the past right after the noun's phrase ("last month", "two weeks ago")."""
    for t in tokens[i + 1:i + 9]:
        if t.text in (",", ";", ".") or t.lower in ("that", "which"):
            return False
        if t.lower in ("last", "ago", "earlier", "previously", "yesterday"):
            return True
    return False


def will_happen(tokens: list[Token], i: int) -> bool:
    """"a summit between Azerbaijan and Armenia will take place on August 8": the noun's own verb is future."""
    for k in range(i + 1, min(len(tokens) - 1, i + 18)):
        if tokens[k].lower in ("that", "which") and k == i + 1 and tokens[k + 1].lower in ("is", "are", "will"):
            continue  # "the summit that is due to soon take place in South Korea": the noun's own relative clause
        if tokens[k].text == "," and tokens[k - 1].text[:1].isupper() and k + 1 < len(tokens) \
                and tokens[k + 1].text[:1].isupper():
            continue  # a list of names: "the foreign ministers of Poland, Lithuania, Latvia and Estonia will meet"
        if tokens[k].lower in (",", ";", "that", "which", "who"):
            return False
        if tokens[k].lower == "will" and _effect(tokens, k):
            return False  # "the visit will further strengthen ties": the effect is to come, not the visit
        if tokens[k].lower == "will" or (tokens[k].lower in ("is", "are") and tokens[k + 1].lower in _SCHEDULED_AFTER):
            return True
        if tokens[k].lower == "would" and k + 2 < len(tokens) and tokens[k + 1].lower == "be" \
                and (tokens[k + 2].lower.endswith("ed") or tokens[k + 2].lower == "held"):
            return True  # reported: "A meeting between the two nations' oil ministries would be convened"
    return False


def arranged(events: list, tokens: list[Token], when, doc_date) -> list:
    """"President Christodoulides, is paying a visit to Egypt on April 5 and 6" in a story of April 4: a visit in
    the present progressive dated after the story is an arrangement still to come (036, both sides' plan)."""
    if doc_date is None:
        return events
    out = []
    for e in events:
        k = next((t.i for t in tokens if t.start == e.verb_start), None)
        # (or an absolute clause: "With Botswana's President Mokgweetsi Masisi paying a state visit to China from
        # Aug. 30")
        progressive = k is not None and k >= 1 and tokens[k].lower.endswith("ing") \
            and (tokens[k - 1].lower in ("is", "are", "am") or (tokens[0].lower == "with" and k <= 10))
        if e.code == "042" and ((progressive and when is not None and when > doc_date)
                                or (k is not None and _scheduled_weekday(tokens, k, doc_date))):
            out += [replace(e, code="036"), replace(e, source=e.target, target=e.source, code="036")]
        else:
            out.append(e)
    return out


def _scheduled_weekday(tokens: list[Token], k: int, doc_date) -> bool:
    """"Moavero Milanesi arrives in Cairo on Sunday" in a Saturday's story: a trip told in the simple present for
    another weekday is a schedule, still to come (the past would say "arrived")."""
    word = tokens[k].lower
    if not (word.endswith("s") and not word.endswith("ss")) or word in ("is", "was", "has") \
            or (k >= 1 and tokens[k - 1].lower in ("who", "which", "that")):
        return False
    # (or a bare weekday, as agencies write it: "arrives in Poland on a four-day visit Thursday")
    day = next((tokens[j].lower for j in range(k + 1, min(len(tokens), k + 8))
                if tokens[j].lower in dates.WEEKDAYS and tokens[j - 1].lower not in _NOT_SCHEDULING), None)
    return day is not None and dates.WEEKDAYS[day] != doc_date.weekday()


_NOT_SCHEDULING = {"last", "since", "until", "till", "from", "by", "before", "after"}


# (not "visit": "He is on a state visit to India from February 8-11", the day before, reads as under way in our gold)
_DATED_NOUNS = {"meeting", "meetings", "summit", "talks"}
_DATE_REACH = 60  # characters from the noun to its date: "a summit meeting between Xi and Modi at Wuhan on April 27-28"


def dated_ahead(events: list, tokens: list[Token], text: str, start: int, doc_date) -> list:
    """"the two countries announced an 'informal' summit meeting between Xi and Prime Minister Narendra Modi at Wuhan
    on April 27-28" in a story of April 24: a meeting the noun's own phrase dates after the story is still to come,
    both sides' plan (036 both ways)."""
    if doc_date is None or not any(e.code in ("040", "046", "042") and e.verb.lower() in _DATED_NOUNS for e in events):
        return events  # (the dates are read only where a meeting noun coded: most sentences have none)
    ahead = [start + a for d, precision, (a, _) in dates.explicit_dates(text, doc_date)
             if precision == "day" and d > doc_date]
    out = []
    for e in events:
        k = next((t.i for t in tokens if t.start == e.verb_start), None)
        if e.code in ("040", "046", "042") and k is not None and tokens[k].lower in _DATED_NOUNS \
                and any(_dates_it(tokens, k, a) for a in ahead):
            # (the guest's presence at a meeting to come in the host's city is no visit the sentence names: dropped)
            if e.code != "042":
                out += [replace(e, code="036"), replace(e, source=e.target, target=e.source, code="036")]
        else:
            out.append(e)
    return out


def dated_before(events: list, tokens: list[Token], doc_date) -> list:
    """"The upcoming meeting ... comes following Xi's 2016 state visit to Poland" in a story of 2024: a trip the year
    right before its noun dates before the story was made (042), whatever the sentence says is still to come."""
    if doc_date is None:
        return events
    out = []
    for e in events:
        year = _year_before(tokens, e.verb_start) if e.code == "036" and e.verb.lower() in TRIP_NOUNS else None
        if year is None or year >= doc_date.year:
            out.append(e)
        elif e.target.kind == "state" and e.source.kind != "state":
            out.append(replace(e, code="042"))  # the traveller's visit; its reverse, the host's plan, is dropped
    return out


def _year_before(tokens: list[Token], start: int) -> int | None:
    """The year among the three words before the noun that starts at character ``start`` ("Xi's 2016 state visit")."""
    k = next((t.i for t in tokens if t.start == start), 0)
    return next((int(t.text) for t in tokens[max(0, k - 3):k] if t.text.isdigit() and len(t.text) == 4), None)



def _dates_it(tokens: list[Token], k: int, at: int) -> bool:
    """Whether the date at character ``at`` belongs to the noun at ``k``: near after it, no verb of its own between."""
    if not 0 < at - tokens[k].end <= _DATE_REACH:
        return False
    return not any(t.lower in _FINITE or t.text in (";", ".") for t in tokens[k + 1:] if t.start < at)


def as_told_before(events: list, tokens: list[Token], earlier: list) -> list:
    """A trip noun's tense as the story has told the trip: "Masisi's visit is his first trip to China" after the
    visit was dated to begin after the story is still to come (036 both ways); "During his stay in Beijing, Thaksin
    will hold talks" after he "arrived in Beijing" is the stay under way (042), though its clause speaks of later."""
    # (done in the past: "arrived in Beijing Thursday", not "arrives in Mexico City on Thursday", the story's day)
    done = {(e.source.code, e.target.code) for e in earlier if e.code == "042" and _past(e.verb.lower())}
    planned = {(e.source.code, e.target.code) for e in earlier if e.code == "036"}
    out = []
    for e in events:
        key, trip = (e.source.code, e.target.code), _trip_noun(e, tokens) and len(e.target.code) == 3
        if trip and e.code == "042" and key in planned and key not in done:
            out += [replace(e, code="036"), replace(e, source=e.target, target=e.source, code="036")]
        elif trip and e.code == "036" and key in done:
            out.append(replace(e, code="042"))
        elif e.code == "036" and _trip_noun(e, tokens) and (e.target.code, e.source.code) in done:
            continue  # the host's side of a stay already under way
        else:
            out.append(e)
    return out


def _past(verb: str) -> bool:
    return verb.endswith("ed") or verb in irregular_pasts()


def _trip_noun(e, tokens: list[Token]) -> bool:
    """The act's word is a trip noun ("his stay", "Masisi's visit"), not the verb ("plans to visit the shrines")."""
    k = next((t.i for t in tokens if t.start == e.verb_start), None)
    return k is not None and k >= 1 and tokens[k].lower in TRIPS_AND_STAYS \
        and tokens[k - 1].lower not in ("to", "also", "then", "not", "and", "or") and tokens[k - 1].lower not in FUTURE
