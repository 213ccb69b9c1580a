"""Invitations: who invited whom, read from the noun "invitation".

CAMEO codes an invitation to visit as 036 from the host to the guest.  News names it by the noun more often
than by the verb: "X will pay a visit to China at the invitation of President Xi", "Assad received an
invitation from King Abdullah to visit Riyadh", "relaying an invitation to President Assad to visit Saudi
Arabia".  The visit in the last two is only asked for, so it is not also coded as made (042).
"""

from __future__ import annotations

from dyadwatch.coding.events import CodedEvent
from dyadwatch.coding.hosts import of_state, visited
from dyadwatch.coding.mentions import POSSESSIVES, Mention, distinct, is_place
from dyadwatch.coding.text import Token
from dyadwatch.coding.verbforms import TRIP_NOUNS

# What an invitation asks its guest to do: "an invitation ... to visit", "to attend", "to come"
_ASKED = {"visit", "attend", "come", "travel", "tour"}
_OWNERS = POSSESSIVES | {"the"}
_BREAKS = {";", ":", "and", "but", "while", "which", "who", "after", "before"}


def invitations(tokens: list[Token], mentions: list[Mention], events: list[CodedEvent]) -> list[CodedEvent]:
    """``events`` with the invitations the sentence names: the host's 036 to the guest, and no visit by
    the guest where the visit is what the invitation asks for."""
    made, asked = [], set()
    if (opening := _invited_by(tokens, mentions)) is not None:  # "Invited by Xi, Van der Bellen headed ..."
        events = [e for e in events if e.verb_start != tokens[0].start]
        made.append(opening)
    for k, tok in enumerate(tokens):
        if tok.lower != "invitation":
            continue
        if k + 1 < len(tokens) and tokens[k + 1].lower == "of" and _determined(tokens, k):
            made += _at_the_invitation(tokens, mentions, events, k)
        elif (owner := _possessor(tokens, mentions, k)) is not None:  # "At Xi's invitation, Tebboune is making"
            made += _at_the_invitation(tokens, mentions, events, k, owner.start)
        elif k + 2 < len(tokens) and tokens[k + 1].lower == "by" and tokens[k - 1].lower in POSSESSIVES:
            made += _at_the_invitation(tokens, mentions, events, k, k + 2)  # "his invitation by Chinese President Xi"
        elif (after := _extended_by(tokens, k)) is not None:
            made += _at_the_invitation(tokens, mentions, events, k, after)
        elif (visit := _to_visit(tokens, k)) is not None and (pair := _host_and_guest(tokens, mentions, k, visit)):
            made.append(CodedEvent(pair[0], pair[1], "036", tok.start, tok.end, tok.text))
            asked.add(tokens[visit].start)
        elif k + 1 < len(tokens) and tokens[k + 1].lower == "from":  # "a visit ... following an invitation from"
            made += _at_the_invitation(tokens, mentions, events, k)
    kept = [e for e in events if not (e.verb_start in asked and e.code in ("042", "036"))]
    return kept + made


_KINDS = {"official", "formal", "personal", "kind", "gracious", "special"}


def _invited_by(tokens: list[Token], mentions: list[Mention]) -> CodedEvent | None:
    """"Invited by Xi, Van der Bellen headed a large delegation on his state visit": an opening participle that names
    the host; the invitation (036) goes to the main clause's subject, whose trip the main clause itself codes."""
    if len(tokens) < 5 or tokens[0].lower != "invited" or tokens[1].lower != "by":
        return None
    host = next((m for m in mentions if m.start in (2, 3)), None)
    comma = next((k for k in range(2, min(len(tokens), 12)) if tokens[k].text == ","), None)
    guest = next((m for m in mentions if comma is not None and comma < m.start <= comma + 3
                  and m.kind in ("person", "combined")), None)
    if host is None or guest is None or not distinct(host, guest):
        return None
    return CodedEvent(host, guest, "036", tokens[0].start, tokens[0].end, tokens[0].text)


def _possessor(tokens: list[Token], mentions: list[Mention], k: int) -> Mention | None:
    """The host in "at Xi's invitation", "on the Emir's kind invitation"."""
    j = k - 1 if k > 1 and tokens[k - 1].lower in _KINDS else k
    if j < 2 or tokens[j - 1].lower not in ("'s", "’s"):
        return None
    owner = next((m for m in mentions if m.end == j - 1), None)
    if owner is None or owner.start < 1:
        return None
    start = owner.start - 1 if owner.start > 1 and tokens[owner.start - 1].lower == "the" else owner.start
    return owner if tokens[start - 1].lower in ("at", "on", "upon") else None


def _determined(tokens: list[Token], k: int) -> bool:
    """"the invitation of", "an invitation of", "the official invitation of President Droupadi Murmu"; or a bare one
    after its preposition: "upon official invitation of his Chinese counterpart"."""
    j = k - 1 if k > 1 and tokens[k - 1].lower in _KINDS else k
    return j > 0 and tokens[j - 1].lower in ("the", "an", "upon", "on", "at")


_EXTENDED = {"extended", "issued", "sent", "made", "conveyed"}


def _extended_by(tokens: list[Token], k: int) -> int | None:
    """Where the host's name may start after "an invitation extended by" (or "issued by"): the word after "by"."""
    if k + 2 < len(tokens) and tokens[k + 1].lower in _EXTENDED and tokens[k + 2].lower == "by":
        return k + 3
    return None


def _at_the_invitation(tokens: list[Token], mentions: list[Mention], events: list[CodedEvent],
                       k: int, after: int | None = None) -> list[CodedEvent]:
    """"X will pay a visit to China at the invitation of President Xi", "has commenced a two-day official visit
    to the Kingdom of Eswatini, following an invitation extended by King Mswati III": the host invited the
    visitor (036, as an invitation is coded), whether the visit is done or still to come."""
    after = k + 2 if after is None else after
    # ("of the Acting President": a title's capitalised word before the office)
    # (or a rank: "of Lt. Gen. Abdul Fattah al-Burhan")
    first = next((m for m in mentions if after <= m.start <= after + 5
                  and all(t.lower in _OWNERS or t.text[:1].isupper() or t.text == "." for t in tokens[after:m.start])),
                 None) or _apposed_host(tokens, mentions, after)
    if first is None:
        return []
    host = first if first.kind != "unowned" else \
        _second_title(tokens, mentions, first) or _of_the_visited(first, events)
    if host is None:
        return []
    tok = tokens[k]
    # the visitors: sources of a visit made (042) or to come (036) to the host's state
    visitors = {e.source.code: e.source for e in events if e.code in ("042", "036")
                and e.source.country != host.country and e.target.country == host.country}
    if not visitors and (guest := _trip_owner(tokens, mentions, k, host)) is not None:
        visitors = {guest.code: guest}
    return [CodedEvent(host, v, "036", tok.start, tok.end, tok.text) for v in visitors.values()]


def _apposed_host(tokens: list[Token], mentions: list[Mention], after: int) -> Mention | None:
    """"at the invitation of his peer in the Asian giant, Xi Jinping": a description, then the host's name set off
    by a comma."""
    comma = next((j for j in range(after, min(len(tokens), after + 9)) if tokens[j].text in (",", ";", ".")), None)
    if comma is None or tokens[comma].text != ",":
        return None
    return next((m for m in mentions if m.start == comma + 1 and m.kind in ("person", "combined")), None)


def _trip_owner(tokens: list[Token], mentions: list[Mention], k: int, host: Mention) -> Mention | None:
    """"Magufuli's first foreign State visit this year comes in response to the invitation of his counterpart": the
    person whose visit, named before the invitation with no state visited, the host invited."""
    return next((m for m in mentions if m.end <= k and m.kind in ("person", "combined") and m.country != host.country
                 and any(t.lower in TRIP_NOUNS for t in tokens[m.end:min(k, m.end + 6)])), None)


def _second_title(tokens: list[Token], mentions: list[Mention], first: Mention) -> Mention | None:
    """"at the invitation of the State Councilor and Chinese Foreign Minister Wang Yi": one person's two titles,
    the second naming the state."""
    if first.end >= len(tokens) or tokens[first.end].lower != "and":
        return None
    return next((m for m in mentions if m.start == first.end + 1 and m.kind in ("person", "combined")), None)


def _of_the_visited(first: Mention, events: list[CodedEvent]) -> Mention | None:
    """"on a one-day state visit on the invitation of Acting President Yemi Osinbajo": an office of no named state
    that invites to the one state visited is that state's."""
    places = set().union(*visited(events).values())
    if len(places) != 1 or len(first.code) < 6 or not first.code.startswith("---"):
        return None
    return of_state(first, next(iter(places)))


def _to_visit(tokens: list[Token], k: int) -> int | None:
    """The verb of "invitation ... to visit" after the noun at ``k``, in its clause, or None."""
    for j in range(k + 1, min(k + 14, len(tokens) - 1)):
        if tokens[j].lower in _BREAKS or (tokens[j].text in (",", ".") and j > k + 1):
            return None
        if tokens[j].lower == "to" and tokens[j + 1].lower in _ASKED:
            return j + 1
    return None


def _host_and_guest(tokens: list[Token], mentions: list[Mention], k: int,
                    visit: int) -> tuple[Mention, Mention] | None:
    """Who invites and who is invited: "an invitation to President Assad" names the guest, "from King
    Abdullah" the host; else the guest is the one who "received" it and the host the one who "extended" or
    relayed it, the actor before the noun."""
    named = [m for m in mentions if m.kind != "unowned" and not is_place(m, tokens)]  # "King" alone names no state
    inside = [m for m in named if k < m.start < visit]
    guest = next((m for m in inside if tokens[m.start - 1].lower == "to" or tokens[m.start - 2].lower == "to"), None)
    host = next((m for m in inside if tokens[m.start - 1].lower == "from" or tokens[m.start - 2].lower == "from"),
                None)
    before = [m for m in named if m.end <= k]
    if guest is None and host is not None:
        guest = next((m for m in before if distinct(m, host)), None)  # "Assad received ... an invitation from X"
    elif host is None and guest is not None:
        host = next((m for m in reversed(before) if distinct(m, guest)), None)  # "relaying ... an invitation to X"
    if host is None or guest is None or not distinct(host, guest):
        return None
    return host, guest
