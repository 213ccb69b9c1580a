"""Hosts a sentence names without a verb: offices of no named state met on a visit belong to the state
visited, and "a guest of" a government is hosted by it.

"He also had meetings with Prime Minister Pham Minh Chinh and National Assembly Chairman Vuong Dinh
Hue": the dictionary knows a National Assembly but not whose; the story has put the speaker's president
on a visit to Vietnam, so the assembly he meets there is Vietnam's (VNMLEG).  Only a meeting (04) with a
foreign visitor whose story places him in exactly one other state is read so; an office of no state in
any other act stays unattributed ("officials summoned the envoy").
"""

from __future__ import annotations

from dataclasses import replace

from dyadwatch.coding.actors import adjectives
from dyadwatch.coding.conventions import ENVOYS, unowned_office
from dyadwatch.coding.events import CodedEvent
from dyadwatch.coding.mentions import Mention, is_place, name_token
from dyadwatch.coding.text import Token

# (and one to come during a visit under way: "During his five-day visit, the Palau President will also meet with ...
# Foreign Minister Joseph Wu")
_MEETINGS = {"040", "043", "046", "036"}


def visited(events: list[CodedEvent]) -> dict[str, set[str]]:
    """Each visiting state → the states the story has its people visit (042), or plan to (036 to a state)."""
    out: dict[str, set[str]] = {}
    for e in events:
        if (e.code == "042" or (e.code == "036" and e.target.kind == "state")) \
                and e.source.kind in ("person", "combined", "anaphor") and _state(e.source.country) \
                and _state(e.target.country) and e.source.country != e.target.country:
            out.setdefault(e.source.country, set()).add(e.target.country)
    return out


def _state(country: str) -> bool:
    return len(country) == 3 and country.isalpha() and not country.startswith("IGO")


def hosted_offices(events: list[CodedEvent], earlier: list[CodedEvent], tokens: list[Token] = ()) -> list[CodedEvent]:
    """The sentence's events, with an unowned office in a meeting with a visitor recoded as the host's."""
    trips = visited(earlier + events)
    return [_hosted(e, trips, tokens) for e in events]


def _hosted(e: CodedEvent, trips: dict[str, set[str]], tokens: list[Token]) -> CodedEvent:
    if e.code not in _MEETINGS:
        return e
    if _institution(e.target, tokens) and len(places := trips.get(e.source.country, set())) == 1:
        return replace(e, target=of_state(e.target, next(iter(places))))
    if _institution(e.source, tokens) and len(places := trips.get(e.target.country, set())) == 1:
        return replace(e, source=of_state(e.source, next(iter(places))))
    if e.code == "043" and unowned_office(e.source) and len(places := trips.get(e.target.country, set())) == 1:
        # "President George Manneh Weah has received ... Julius Maada Bio on a one-day working visit to Liberia":
        # whoever receives a visitor there is the visited state's, whatever the office's word
        return replace(e, source=of_state(e.source, next(iter(places))))
    return e


def of_state(office: Mention, country: str) -> Mention:
    """An office of no named state ("---LEG") read as ``country``'s."""
    return office.recoded(country + office.code[3:], "combined")


def _institution(m: Mention, tokens: list[Token]) -> bool:
    """An office the story names as an institution ("National Assembly") or a title before its holder's name ("will
    hold talks with President Hussein Ali Mwinyi", a holder the dictionary does not know), not a bare word
    ("Officials met") nor another body's head ("President of the Senate")."""
    words = m.text.replace(" - ", "-").replace(" – ", "-").split()  # ("Vice-President Teuea Toatu")
    if not words or not unowned_office(m) or not all(w[:1].isupper() for w in words):
        return False
    return len(words) >= 2 or (words[0] in _TITLES and m.end < len(tokens) and name_token(tokens[m.end]))


_TITLES = {"President", "King", "Queen", "Emir", "Sultan", "Premier", "Chancellor", "Vice-President"}


_GUEST = {"guest", "guests"}
_HONOUR = {"the", "of", "honour", "honor", "a", "an"}


def guests(tokens: list[Token], mentions: list[Mention], events: list[CodedEvent]) -> list[CodedEvent]:
    """"The Malaysian prime minister is paying an official visit to Thailand as a guest of the Royal Thai
    Government": the government hosts him (043, as a luncheon "in honor of" a guest, docs/annotation.md)."""
    out = list(events)
    for k, tok in enumerate(tokens[:-2]):
        if tok.lower not in _GUEST or tokens[k + 1].lower != "of":
            continue
        j = k + 2
        while j < len(tokens) and tokens[j].lower in _HONOUR:
            j += 1
        host = next((m for m in mentions if j <= m.start <= j + 1 and not m.code.startswith("---")), None)
        guest = next((m for m in reversed(mentions) if m.end <= k and m.kind in ("person", "combined")
                      and not is_place(m, tokens)), None)
        if host is not None and guest is not None and guest.country != host.country:
            if _to_come(tokens, guest.end, k):  # "as he will be staying in Pakistan as the honoured guest of the
                out += [CodedEvent(host, guest, "036", tok.start, tok.end, tok.text),  # prime minister": a
                        CodedEvent(guest, host, "036", tok.start, tok.end, tok.text)]  # reception to come
            else:
                out.append(CodedEvent(host, guest, "043", tok.start, tok.end, tok.text))
    return out


_ATTENDING = {"attend", "attends", "attended", "attending"}
_HOSTED = {"hosted", "organised", "organized", "convened"}


def hosted_gatherings(tokens: list[Token], mentions: list[Mention], events: list[CodedEvent]) -> list[CodedEvent]:
    """"Akufo-Addo is ... attending the US-Africa Leaders' summit hosted by Joe Biden": the host of a gathering
    held in his state hosts those who attend it (043)."""
    out = list(events)
    for e in events:
        if e.code != "042" or e.verb.lower() not in _ATTENDING:
            continue
        verb = next((t.i for t in tokens if t.start == e.verb_start), None)
        k = next((k for k in range(verb + 1, min(len(tokens) - 2, verb + 9))
                  if tokens[k].lower in _HOSTED and tokens[k + 1].lower == "by"), None) if verb is not None else None
        host = next((m for m in mentions if k is not None and m.start in (k + 2, k + 3)), None)
        if host is not None and host.country == e.target.country and host.country != e.source.country:
            out.append(CodedEvent(host, e.source, "043", tokens[k].start, tokens[k].end, tokens[k].text))
    return out


def _to_come(tokens: list[Token], start: int, k: int) -> bool:
    """A "will" or "would" between the guest and his "guest of"."""
    return any(t.lower in ("will", "would", "shall") for t in tokens[start:k])


def summoners(tokens: list[Token], mentions: list[Mention], events: list[CodedEvent]) -> list[CodedEvent]:
    """"The foreign ministry on Monday summoned Myanmar ambassador to Dhaka": an office of no named state that summons
    an envoy posted to a state is that state's (the envoy's host calls him in)."""
    out = []
    for e in events:
        post = None
        if e.code == "114" and unowned_office(e.source) and e.target.end < len(tokens) \
                and tokens[e.target.end].lower in ("to", "in"):
            post = next((m for m in mentions if m.start == e.target.end + 1 and m.kind == "state"
                         and m.country != e.target.country), None)
        out.append(replace(e, source=of_state(e.source, post.country)) if post is not None else e)
    return out


def home_farewells(tokens: list[Token], mentions: list[Mention], events: list[CodedEvent]) -> list[CodedEvent]:
    """"Russian Ambassador to the CAR Alexander Bikantov saw off CAR Prime Minister Felix Molua at the international
    airport of Bangui": one who sees off or welcomes a leader in the leader's own state hosts no visit; they met
    (040 both ways)."""
    out = []
    for e in events:
        if e.code == "043" and _at_home(tokens, mentions, e):
            out += [replace(e, code="040"), replace(e, source=e.target, target=e.source, code="040")]
        else:
            out.append(e)
    return out


def _at_home(tokens: list[Token], mentions: list[Mention], e: CodedEvent) -> bool:
    guest, host = e.target, e.source
    if not _state(guest.country) or not _state(host.country) or guest.country == host.country:
        return False
    # (a place by its name: "in the joint Kazakh-Uzbek demarcation commission" is no place in Kazakhstan)
    places = [m for m in mentions if m.start > guest.start and m.kind == "state" and m.code == m.country
              and m.text.lower() not in adjectives() and _placed(tokens, m.start)]
    return bool(places) and places[0].country == guest.country


def _placed(tokens: list[Token], k: int) -> bool:
    """"at the international airport of Bangui", "in Bangui": a place the act happens at."""
    for j in range(k - 1, max(-1, k - 7), -1):
        if tokens[j].lower in ("at", "in"):
            # (not an envoy's post: "the Russian Ambassador in Damascus Alexander Efimov")
            return not (j > 0 and tokens[j - 1].lower in ENVOYS)
        if tokens[j].text in (",", ";", ".") or tokens[j].lower in ("to", "from", "for", "with"):
            return False
    return False

