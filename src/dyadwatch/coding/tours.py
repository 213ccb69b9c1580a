"""A tour's later stops are still to come: "His Majesty King Abdullah II departed Jordan on Saturday for Tokyo, the
first stop on an Asian working tour that includes Vietnam, Singapore, Indonesia, and Pakistan".  The states a tour
"includes" or "covers", in a sentence that already names the stop the traveller is at or bound for, are visits to come
(036 both ways, as docs/annotation.md codes a schedule), not visits made; the nominal coder reads the list as
places visited.
"""

from __future__ import annotations

from dyadwatch.coding.events import CodedEvent
from dyadwatch.coding.mentions import PEOPLE_KINDS, Mention, conjoined
from dyadwatch.coding.text import Token
from dyadwatch.coding.verbforms import TRIPS_AND_STAYS

# what lists the stops: "a tour that includes", "which covers" (not "included", a tour made)
_LISTING = {"includes", "include", "covers", "cover", "spans"}
_STOP_WORDS = {"visits", "stops", "trips", "to", "in"}


def later_stops(tokens: list[Token], mentions: list[Mention], events: list[CodedEvent]) -> list[CodedEvent]:
    """``events`` with a tour's listed stops read as visits to come, when the sentence has a stop made."""
    for tok in tokens:
        stops = _stops(tokens, mentions, tok.i) if tok.lower in TRIPS_AND_STAYS else []
        first = _first_stop(tokens, mentions, tok.i) if tok.lower in TRIPS_AND_STAYS else None
        made = [e for e in events if e.code == "042" and e.source.kind in PEOPLE_KINDS]
        if first is not None and made and not any(e.target.country == first.country for e in made):
            # "on the third leg of his Asia tour that started in Pakistan on Sunday": the stop it began with, made
            events.append(CodedEvent(made[0].source, first, "042", tok.start, tok.end, tok.text))
        places = {m.country for m in stops}
        now = [e for e in events if e.code == "042" and e.source.kind in PEOPLE_KINDS
               and e.target.country not in places]
        if not stops or not now:
            continue
        traveller = now[0].source
        events = [e for e in events if not (e.code == "042" and e.target.country in places)]
        events += [CodedEvent(a, b, "036", tok.start, tok.end, tok.text)
                   for m in stops for a, b in ((traveller, m), (m, traveller))]
    return events


def _first_stop(tokens: list[Token], mentions: list[Mention], i: int) -> Mention | None:
    """The state a trip "that started in" (or "began in", "kicked off in"), as a tour's stop already made."""
    k = i + 1
    if k < len(tokens) and tokens[k].lower in ("that", "which"):
        k += 1
    if k >= len(tokens) or tokens[k].lower not in _STARTED:
        return None
    k += 2 if k + 1 < len(tokens) and tokens[k + 1].lower == "off" else 1
    if k >= len(tokens) or tokens[k].lower != "in":
        return None
    return next((m for m in mentions if m.start == k + 1 and m.kind == "state"), None)


_STARTED = {"started", "began", "kicked"}


def _stops(tokens: list[Token], mentions: list[Mention], i: int) -> list[Mention]:
    k = i + 1
    if k + 1 < len(tokens) and tokens[k].lower in ("that", "which"):
        k += 1
    if k + 1 < len(tokens) and tokens[k].lower in ("will", "would"):  # "a visit that would include"
        k += 1
    if k >= len(tokens) or tokens[k].lower not in _LISTING:
        return []
    k += 1
    while k < len(tokens) and tokens[k].lower in _STOP_WORDS:  # "include visits to Cote d'Ivoire and Namibia"
        k += 1
    first = next((j for j, m in enumerate(mentions) if m.start == k and m.kind == "state"), None)
    return [m for m in conjoined(mentions, first, tokens, +1) if m.kind == "state"] if first is not None else []
