"""Who made a trip, or did an act, that a noun names: "the visit of X to Y", "a visit to Turkey by an Egyptian
president", "During his visit to China, Putin met Xi", "returned home after a visit to Ghana".  The noun reader
(nominal.py) asks these when the noun has no owner before it; they read words, not the parse."""

from __future__ import annotations

from dyadwatch.coding.mentions import HONORIFIC_WORDS, Mention, conjoined
from dyadwatch.coding.modality import TRAVEL_WORDS
from dyadwatch.coding.text import Token
from dyadwatch.coding.verbforms import TRIP_NOUNS

_RETURNED = {"returned", "returns", "returning", "came", "comes", "arrived", "arrives"}


def returned_after(tokens: list[Token], mentions: list[Mention], i: int) -> Mention | None:
    """"President George Manneh Weah and entourage have returned home after a four-day successful State visit to
    Ivory Coast": the one who returned made the trip, the person the sentence opens with."""
    k = next((k for k in range(i - 1, max(-1, i - 7), -1) if tokens[k].lower == "after"), None)
    if k is None or k == 0 or not any(t.lower in _RETURNED for t in tokens[max(0, k - 4):k]) \
            or tokens[i].lower not in TRIP_NOUNS:
        return None
    first = next((m for m in mentions if m.end <= k), None)
    return first if first is not None and first.start <= 1 and first.kind in ("person", "combined") else None


def left_for(tokens: list[Token], mentions: list[Mention], i: int) -> Mention | None:
    """"Filipe Nyusi left Maputo on Monday for a six-day working visit to China": the one who left makes the trip,
    the person the sentence opens with."""
    if tokens[i].lower not in TRIP_NOUNS:
        return None
    k = next((k for k in range(i - 1, max(-1, i - 7), -1) if tokens[k].lower == "for"), None)
    if k is None or not any(t.lower in TRAVEL_WORDS for t in tokens[max(0, k - 6):k]):
        return None
    first = next((m for m in mentions if m.end <= k), None)
    return first if first is not None and first.start <= 1 and first.kind in ("person", "combined") else None



def received_on_a_trip(tokens: list[Token], mentions: list[Mention], i: int) -> Mention | None:
    """"Weah has received in audience ... Julius Maada Bio on a one-day working visit to Liberia": the guest a host
    receives, named right before "on a ... visit", makes the trip."""
    if tokens[i].lower not in TRIP_NOUNS:
        return None
    on = next((k for k in range(i - 1, max(-1, i - 6), -1) if tokens[k].lower == "on"), None)
    if on is None or tokens[on + 1].lower not in ("a", "an", "his", "her") \
            or not all(t.text[:1].islower() or t.text[:1].isdigit() for t in tokens[on + 1:i]):
        return None
    guest = next((m for m in mentions if m.end == on and m.kind in ("person", "combined")), None)
    received = guest is not None and any(t.lower in _RECEIVING for t in tokens[max(0, guest.start - 8):guest.start])
    return guest if received else None


_RECEIVING = {"received", "receives", "receiving", "welcomed", "welcomes", "hosted", "hosts", "greeted"}


def fronted_subject(tokens: list[Token], mentions: list[Mention], k: int) -> Mention | None:
    """"During his visit to China, Putin met Xi": a "his" in the phrase that opens the sentence, before anyone
    is named, is the person the main clause opens with, right after the phrase's comma."""
    comma = next((j for j in range(k + 1, len(tokens)) if tokens[j].text == ","), None)
    if comma is None or any(m.start < comma and m.kind in ("person", "combined") for m in mentions):
        return None
    subject = subject_after(tokens, mentions, comma)
    return subject if subject is not None and subject.kind in ("person", "combined") else None


def subject_after(tokens: list[Token], mentions: list[Mention], comma: int) -> Mention | None:
    """The actor right after an opening phrase's comma: "..., Hossein Amirabdollahian denounced", "..., the
    Iranian minister said" (a first name the dictionary did not take is part of the subject)."""
    subject = next((m for m in mentions if m.start > comma), None)
    if subject is None or any(t.lower not in ("the", "a", "an") and not t.text[:1].isupper()
                              for t in tokens[comma + 1:subject.start]):
        return None
    return subject


def visit_of(tokens: list[Token], mentions: list[Mention], i: int) -> Mention | None:
    """The traveller of "the visit of X to Y": a person or an office right after "of", with "to" after him (or with
    the place opening the sentence: "In Vienna, the traditional inaugural visit of the Swiss head of state")."""
    if i + 2 >= len(tokens) or tokens[i + 1].lower != "of":
        return None
    # ("the first trip of the newly elected Latvian president to Lithuania": lower-case words before the office)
    # (or honorifics: "The visit of His Highness the Amir Sheikh Mishal ... to Egypt")
    m = next((m for m in mentions if m.kind in ("person", "combined") and (i + 2 <= m.start <= i + 3 or (
        i + 2 <= m.start <= i + 6 and all(t.text.islower() and t.text.isalpha() or t.lower in HONORIFIC_WORDS
                                 for t in tokens[i + 2:m.start])))), None)
    if m is None or m.end >= len(tokens):
        return None
    last = conjoined(mentions, mentions.index(m), tokens, +1)[-1]  # "of the first U.S.-Israeli delegation to"
    first = mentions[0]
    fronted = tokens[0].lower == "in" and first.start == 1 and first.end < len(tokens) and tokens[first.end].text == ","
    # (or past a span of time: "the third visit of the emir in six years to Pakistan")
    to = next((k for k in range(last.end, min(len(tokens), last.end + 5)) if tokens[k].lower == "to"), None)
    timed = to is not None and all(t.text.islower() or t.text.isdigit() for t in tokens[last.end:to]) \
        and any(t.lower in _SPANS for t in tokens[last.end:to])
    return m if (last.end < len(tokens) and tokens[last.end].lower == "to") or fronted or timed else None


_SPANS = {"years", "year", "months", "decade", "decades", "time"}


def by_agent(tokens: list[Token], mentions: list[Mention], i: int) -> Mention | None:
    """"the first official visit to Turkey by an Egyptian president": the one named after "by"."""
    for k in range(i + 1, min(len(tokens), i + 8)):
        if tokens[k].lower in (",", ";"):
            return None
        if tokens[k].lower == "by":
            return next((m for m in mentions if k < m.start <= k + 5 and m.kind != "unowned"), None)
    return None


# a premodifier that says the travellers are the state's leaders: "the first Prime Ministerial visit from India",
# "the first head of government-level visit from Kuwait to India"
_LEADERS_LEVEL = {"ministerial", "presidential", "state", "government-level", "state-level", "leader-level",
                  "leaders-level", "summit-level", "head"}


def visit_from(tokens: list[Token], mentions: list[Mention], i: int) -> tuple[Mention, Mention] | None:
    """(traveller, host) of "a visit from India to Bahrain": the states named after "from" and "to", the
    traveller as its government when the visit is said to be its leaders'."""
    if i + 4 >= len(tokens) or tokens[i + 1].lower != "from":
        return None
    source = next((m for m in mentions if m.start == i + 2 and m.kind == "state"), None)
    if source is None or source.end + 1 >= len(tokens) or tokens[source.end].lower != "to":
        return None
    host = next((m for m in mentions if m.start in (source.end + 1, source.end + 2) and m.kind == "state"), None)
    if host is None or host.code == source.code:
        return None
    k = i - 1
    while k > 0 and tokens[k].lower not in ("a", "an", "the", "this", "his", "her", "their") and i - k < 6:
        k -= 1
    if {t.lower for t in tokens[k + 1:i]} & _LEADERS_LEVEL:
        source = source.recoded(source.code + "GOV", "combined")
    return source, host
