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

from dyadwatch.coding.events import CodedEvent
from dyadwatch.coding.mentions import Mention
from dyadwatch.coding.nominal import readings
from dyadwatch.coding.text import Token

_BE = {"is", "was", "are", "were"}
_NOW = {"now", "currently", "already", "still", "also"}
_PEOPLE = {"person", "combined"}


class Presence:
    """Component: tokens + mentions + events → the events, with a visit for "X is in <state>"."""

    name, requires, provides = "presence", ("mentions", "events"), ("events",)

    def __call__(self, tokens: list[Token], mentions: list[Mention], events: list[CodedEvent]) -> list[CodedEvent]:
        visits = {(e.source.code, e.target.country) for e in events if e.code == "042"}
        out = list(events)
        for k, t in enumerate(tokens):
            pair = _presence(tokens, mentions, k) if t.lower in _BE else None
            if pair is not None and (pair[0].code, pair[1].country) not in visits:
                visits.add((pair[0].code, pair[1].country))
                out.append(CodedEvent(pair[0], pair[1], "042", t.start, t.end, t.text))
        for e in events:
            place = _hosted(tokens, mentions, e)
            if place is not None and (e.source.code, place.country) not in visits:
                visits.add((e.source.code, place.country))
                out.append(CodedEvent(e.source, place, "042", e.verb_start, e.verb_end, e.verb))
        return out


_MEETINGS = {"040", "046"}
_SPAN = 8  # tokens from the last party to the place: "talks with President Hichilema at State House in Dar Es Salaam"
_TOPIC = {"discuss", "discussed", "discussing", "on", "about", "over", "regarding", "situation", "war", "conflict",
          "crisis", "developments", "events", "security", "peace", "and", ",", ";", "while", "where", "which"}


def _hosted(tokens: list[Token], mentions: list[Mention], e: CodedEvent) -> Mention | None:
    """"Araqchi discussed developments with the Crown Prince at a meeting in Riyadh": a meeting in the host's
    city (or state) is also the guest's visit there (042).  The place must follow the meeting's parties closely,
    with nothing between that makes it a topic ("discussed the war in Ukraine")."""
    if e.code not in _MEETINGS or e.source.kind not in _PEOPLE or e.source.country == e.target.country:
        return None
    place = next((m for m in mentions if m.kind == "state" and m.code == m.country and m.start > 0
                  and tokens[m.start - 1].lower in ("in", "at") and m.char_start > e.verb_end), None)
    if place is None or place.country != e.target.country:
        return None
    # the nearest party before the place: "talks with President Hichilema at State House in Dar Es Salaam, Hassan"
    last = max((m.end for m in (e.source, e.target) if m.end <= place.start), default=None)
    if last is None:
        return None
    # "at a meeting in Riyadh", "talks in Ankara": the meeting's own place, whatever came before it
    if place.start >= 2 and any(n.frame == "meet" and n.code[:2] == "04" for n in readings(tokens, place.start - 2)):
        return place if place.start - last <= 2 * _SPAN else None
    return None if place.start - last > _SPAN or {t.lower for t in tokens[last:place.start]} & _TOPIC else place


def _presence(tokens: list[Token], mentions: list[Mention], k: int) -> tuple[Mention, Mention] | None:
    j = k + 1
    while j < len(tokens) and tokens[j].lower in _NOW:
        j += 1
    if j >= len(tokens) or tokens[j].lower != "in":
        return None
    where = next((m for m in mentions if m.start == j + 1), None)
    who = next((m for m in reversed(mentions) if m.end <= k), None)
    if where is None or who is None or where.code != where.country or who.kind not in _PEOPLE or not who.agent:
        return None
    between = [t.text for t in tokens[who.end:k]]
    # "Qatar's emir, who is in Cairo for the first time": the relative clause's "who" is the person before it
    if between not in ([], [","], [",", "who"]) or who.country == where.country or who.code.startswith("---"):
        return None
    return who, where
