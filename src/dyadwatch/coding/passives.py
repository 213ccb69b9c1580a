"""Who did a passive act that no "by" names.

A passive puts the one who undergoes an act first and often leaves the doer to a preposition
("was summoned to the Belarusian Foreign Ministry", "are expelled from France"), to the weapon
("were killed in an Israeli airstrike", "in cross-border fire from Afghanistan") or to the state
that reports it ("the Serbian Foreign Ministry said the Croatian diplomat had been proclaimed
persona non grata").  The rules here name that doer; ``events`` asks them before the word order.
"""

from __future__ import annotations

from dyadwatch import reference
from dyadwatch.coding.mentions import (Mention, conjoined, distinct, each_other, is_place, prepositional,
                                       speaker_of, word_before)
from dyadwatch.coding.roles import PASSIVE_AUX
from dyadwatch.coding.text import Token
from dyadwatch.coding.verbforms import CLAUSE_MARKS, by_in_clause
from dyadwatch.coding.verbs import meeting_nouns

# "was welcomed in Moscow", "was summoned in Warsaw", "was detained in Iran": where it was done says by whom
_PASSIVE_AGENTS = {"summon": ("to", "at", "in"), "expel": ("from",), "deport": ("from",), "welcom": ("in", "to"),
                   "releas": ("from",), "freed": ("from",),  # "released from an Iranian prison"
                   "greet": ("in",), "receiv": ("in",), "host": ("in",), "detain": ("in",), "arrest": ("in",)}
# what a state hosts that is no guest: "the Cup being hosted in Qatar", "the summit was hosted in Baku"
_HOSTED_EVENTS = {"cup", "summit", "tournament", "games", "championship", "championships", "forum", "conference",
                  "festival", "expo", "exhibition", "olympics", "congress", "fair", "contest", "competition"}
# Acts only states do, so the state reporting them in the passive did them.
_REPORTED_PASSIVES = ("summon", "expel", "deport", "declare", "proclaim", "recall")
# "The ministry noted that ... the French government is accused of violating...": a charge stated in the passive
# is the stating state's
_CHARGED = ("accus", "blam")
_ORDERED_OUT = ("order", "given", "asked", "told", "required", "instructed")
_HARMED = {"killed", "wounded", "injured", "hurt", "slain"}
_HELD = ("arrested", "detained", "jailed", "imprisoned")
# What one is killed "in" that has an owner: "an Israeli airstrike", "fire from Afghanistan"
_ATTACKS = {"airstrike", "airstrikes", "air", "strike", "strikes", "attack", "attacks", "fire", "shelling", "bombing",
            "bombardment", "raid", "raids", "drone", "missile", "rocket", "rockets", "artillery", "gunfire"}


SIGNED = ("sign", "ink", "conclud", "initial")
_ADVERBS = {"also", "then", "later", "formally", "officially", "jointly", "finally", "successfully"}


def signed_passive(tokens: list[Token], i: int) -> bool:
    """"were signed", "were also signed": a signing in the passive, whose subject is what was signed; "the deal
    was sealed" too."""
    word = tokens[i].lower
    if word == "sealed":
        return _deal_sealed(tokens, i)
    if not word.startswith(SIGNED) or word.endswith("ing") or i < 2:
        return False
    aux = i - 2 if tokens[i - 1].lower in _ADVERBS else i - 1
    return aux >= 1 and tokens[aux].lower in PASSIVE_AUX  # a subject stands before the auxiliary


def _signed_between_after(tokens: list[Token], mentions: list[Mention], i: int) -> list | None:
    """"the controversial agreement signed between Turkey and Libya last year": a deal, then the participle, then
    "between" and its parties, who signed it with each other."""
    if not tokens[i].lower.startswith(SIGNED) or tokens[i].lower.endswith("ing") or i < 1 \
            or not (tokens[_deal_word(tokens, i)].lower in _DEALS or signed_passive(tokens, i)) \
            or i + 2 >= len(tokens) or tokens[i + 1].lower != "between":
        return None  # (or "The agreement was signed between Turkey and Libya")
    first = next((k for k, m in enumerate(mentions) if i + 2 <= m.start <= i + 3), None)
    return (each_other(conjoined(mentions, first, tokens, +1)) or None) if first is not None else None


def _deal_word(tokens: list[Token], i: int) -> int:
    """The word before the participle at ``i``, past an acronym in brackets and "of understanding": "the memorandum of
    understanding (MoU) signed between Turkey and Libya"."""
    k = i - 1
    if k > 1 and tokens[k].text == ")":
        k = next((j - 1 for j in range(k - 1, max(0, k - 5), -1) if tokens[j].text == "("), k)
    if k > 1 and tokens[k].lower == "understanding" and tokens[k - 1].lower == "of":
        k -= 2
    return max(k, 0)


def signed_between(tokens: list[Token], mentions: list[Mention], i: int) -> list | None:
    """"A cooperation agreement between Chile and Peru was signed on Monday": the parties an agreement is
    between signed it, each with the other; None when its subject names no such pair."""
    start = max((k for k in range(i) if tokens[k].text in (";", ":") or tokens[k].lower in ("that", "which")),
                default=-1)
    between = max((k for k in range(start + 1, i) if tokens[k].lower == "between"), default=None)
    if between is None:
        return None
    after = [m for m in mentions if between < m.start and m.end < i]
    # the pair follows "between", at most a few words on ("between the border regions of Uzbekistan and ...")
    if not after or (word_before(tokens, after[0].start) != between and after[0].start - between > 5):
        return None
    return each_other(conjoined(after, 0, tokens, +1)) or None


_DEALS = {"deal", "deals", "agreement", "agreements", "accord", "accords", "pact", "treaty", "memorandum", "contract"}


def _deal_sealed(tokens: list[Token], i: int) -> bool:
    """"The deal was sealed": a deal in the passive, not a border ("the border was sealed")."""
    return tokens[i].lower == "sealed" and i >= 2 and tokens[i - 1].lower in PASSIVE_AUX \
        and any(t.lower in _DEALS for t in tokens[max(0, i - 6):i - 1])


def _signed_at_talks(tokens: list[Token], mentions: list[Mention], i: int) -> list | None:
    """"The deal was sealed during talks between Russian President Vladimir Putin and Uzbekistan leader Shavkat
    Mirziyoyev": the parties to the talks it was signed at signed it with each other."""
    # past when ("on Monday") to the talks: "during talks", "at the meeting"
    k = next((k for k in range(i + 1, min(len(tokens), i + 5)) if tokens[k].lower in ("during", "at", "after")), None)
    if k is None or k + 3 >= len(tokens) or any(t.text in CLAUSE_MARKS for t in tokens[i + 1:k]) \
            or tokens[k + 1].lower not in meeting_nouns() | {"visit", "the"}:
        return None
    between = next((j for j in range(k + 1, min(len(tokens), k + 5)) if tokens[j].lower == "between"), None)
    after = [m for m in mentions if between is not None and m.start > between]
    if not after or after[0].start > between + 2:
        return None
    return each_other(conjoined(after, 0, tokens, +1)) or None


def _signed_by_each(tokens: list[Token], mentions: list[Mention], i: int) -> list | None:
    """"the document was signed by Minister of Foreign Affairs Ararat Mirzoyan, and on behalf of the United States,
    by Secretary of State Antony Blinken": two signers, each named after a "by" of its own, signed with each other."""
    signers = [m for m in mentions if m.start > i and tokens[word_before(tokens, m.start)].lower == "by"]
    if len(signers) != 2 or signers[0].country == signers[1].country:
        return None
    return each_other(signers)


# what ends a list of signers: where or when they signed, or a clause of its own
_LIST_ENDS = {"in", "at", "on", "during", "after", "following", "before", "which", "who", "while", ";", ":"}


def _listed(gap: list[str]) -> bool:
    """The words before a signer open a new item of the list: "and" ("... and U.S. Secretary"), or a comma and a
    title whose state comes after "of" (", Chairman of the State Development and Reform Committee of China")."""
    if gap[-1:] == ["and"]:
        return len(gap) <= 10
    return gap[-1:] == ["of"] and "," in gap and len(gap) <= 18


def _signed_by_list(tokens: list[Token], mentions: list[Mention], i: int) -> list | None:
    """"The document was signed by Kazakhstan's Minister of Industry and Construction, Yersaiyn Nagaspayev, and U.S.
    Secretary of Commerce, Howard Lutnick": signers listed after one "by", each title with its holder's name set off
    by commas, signed with each other."""
    by = next((k for k in range(i + 1, min(len(tokens), i + 3)) if tokens[k].lower == "by"), None)
    after = [m for m in mentions if by is not None and m.start > by]
    if not after or after[0].start > by + 3:
        return None
    signers, end = [after[0]], after[0].end
    for m in after[1:]:
        gap = [t.lower for t in tokens[end:m.start]]
        end = m.end
        if gap[-1:] == [","] and m.country == signers[-1].country and len(gap) <= 4:
            continue  # the title's holder, set off by commas: one signer
        if not _listed(gap) or set(gap) & _LIST_ENDS:
            break
        signers.append(m)
    firsts = {m.country: m for m in reversed(signers)}  # each state's first signer
    return each_other(sorted(firsts.values(), key=lambda m: m.start)) if len(firsts) >= 2 else None


_SHUT = {"closed", "shut", "sealed"}
_BORDERS = {"border", "borders", "crossing", "crossings", "checkpoint", "checkpoints", "frontier"}


def _border_before(tokens: list[Token], i: int) -> int | None:
    return next((k for k in range(i - 1, max(-1, i - 10), -1) if tokens[k].lower in _BORDERS), None)


_REOPENED = {"reopened", "re-opened"}


def _border_passive(tokens: list[Token], i: int, words: set[str]) -> bool:
    return tokens[i].lower in words and i > 0 and tokens[i - 1].lower in PASSIVE_AUX \
        and _border_before(tokens, i) is not None


def border_closed(tokens: list[Token], i: int) -> bool:
    """"border crossings ... should be closed": a passive closing whose subject is a border (191, not 160)."""
    return _border_passive(tokens, i, _SHUT)


def border_reopened(tokens: list[Token], i: int) -> bool:
    """"the border between the two countries will be reopened": a passive reopening whose subject is a border;
    and "The border between Niger and Nigeria has reopened", where the border reopens of itself."""
    return _border_passive(tokens, i, _REOPENED) or _reopened_itself(tokens, i)


# what may stand between a border and its own reopening: its sides and the auxiliaries
_BORDER_SUBJECT = {"between", "and", "with", "the", "two", "countries", "nations", "neighbours", "neighbors", "land",
                   "has", "have", "had", "finally", "officially", "formally", "'s", "’s"}


def _reopened_itself(tokens: list[Token], i: int) -> bool:
    k = _border_before(tokens, i)
    if tokens[i].lower not in _REOPENED or k is None or (i + 1 < len(tokens) and tokens[i + 1].lower == "by"):
        return False
    # only the border's sides (capitalised names) and auxiliaries between; a name right before the verb is its own
    # subject ("the border with Iraq Ankara reopened") unless it closes the pair "between Niger and Nigeria"
    words = tokens[k + 1:i]
    own_subject = bool(words) and words[-1].text[:1].isupper() and "between" not in [t.lower for t in words]
    return all(t.lower in _BORDER_SUBJECT or t.text[:1].isupper() for t in words) and not own_subject


def _decider(tokens: list[Token], mentions: list[Mention], i: int, k: int) -> Mention | None:
    """Who closes or reopens the border at ``k``: the state named before it, else the state that says so."""
    countries = reference.countries()
    return next((m for m in mentions if m.end <= k and m.kind != "unowned" and m.code[:3] in countries), None) \
        or reporter(tokens, mentions, i)


def reopened_border(tokens: list[Token], mentions: list[Mention], i: int) -> list | None:
    """The two states a reopened border is between reopen it to each other; a border "with" one state is reopened
    to it by the state that announces it."""
    k = _border_before(tokens, i)
    sides = [m for m in mentions if k < m.start < i and m.kind != "unowned"]
    if len({m.country for m in sides}) >= 2:
        return each_other(sides)
    opener = _decider(tokens, mentions, i, k)
    return [(opener, m) for m in sides if opener is not None and distinct(opener, m)] or None


def closed_border(tokens: list[Token], mentions: list[Mention], i: int) -> list | None:
    """"Official Warsaw has decided that all border crossings between Poland and Belarus should be closed", "the
    crossing with Afghanistan was closed, Pakistan said": the state that decides or says so closes its border to the
    other state the border is with."""
    k = _border_before(tokens, i)
    if k is None:
        return None
    decider = _decider(tokens, mentions, i, k)
    if decider is None:
        return None
    others = [m for m in mentions if k < m.start < i and m.code == m.country and m.country != decider.country]
    return [(decider, m) for m in others] or None


def attended_passive(tokens: list[Token], i: int) -> bool:
    """"The summit in Astana was attended by Turkish President Erdogan": an event attended, its attendees after "by"."""
    return tokens[i].lower == "attended" and 0 < i < len(tokens) - 1 and tokens[i - 1].lower in PASSIVE_AUX \
        and tokens[i + 1].lower == "by"


def _attendees(tokens: list[Token], mentions: list[Mention], i: int) -> list:
    """Those who attended visit the state where the event was ("The ceremony at Ream Naval Base, located off
    Cambodia's southern coast, was attended by ... a delegation from the Chinese People's Liberation Army")."""
    place = next((m for m in reversed(mentions) if m.end < i and m.kind == "state"), None)
    end = next((k for k in range(i + 2, len(tokens)) if tokens[k].text in CLAUSE_MARKS), len(tokens))
    # the list after "by" ("military representatives from several nations and a delegation from ..."): those of a state
    attendees = [m for m in mentions if i + 1 < m.start < end and m.kind != "unowned" and not is_place(m, tokens)]
    if place is None or not attendees or attendees[0].start > i + 12:
        return []
    return [(a, place.recoded(place.country)) for a in attendees if distinct(a, place)]


def _to_leave(tokens: list[Token], i: int) -> bool:
    """"was given two weeks to leave", "were ordered to leave": the passive sends someone away."""
    words = [t.lower for t in tokens[i + 1:i + 6]]
    return any(a == "to" and b in ("leave", "depart", "exit") for a, b in zip(words, words[1:]))


def nobody_undergoes(tokens: list[Token], i: int) -> bool:
    """"clarified that no Pakistani nationals were harmed": a passive whose subject is "no ..." did not happen."""
    if i == 0 or tokens[i - 1].lower not in PASSIVE_AUX:
        return False
    for t in reversed(tokens[max(0, i - 7):i - 1]):
        if t.text in CLAUSE_MARKS or t.lower in ("that", "which", "who", "and", "but"):
            return False
        if t.lower == "no":
            return True
    return False


def reporter(tokens: list[Token], mentions: list[Mention], i: int) -> Mention | None:
    """The state actor saying the clause of the verb at ``i`` ("X said (that) ...", "..., X said")."""
    m, _ = speaker_of(tokens, mentions, i)
    return m if m is not None and m.kind != "unowned" and m.code[:3] in reference.countries() else None


def attacker(tokens: list[Token], mentions: list[Mention], i: int) -> Mention | None:
    """Whose weapon harmed the subject of "were killed in ...": the owner before the attack ("an Israeli
    airstrike", "a US drone strike") or named after it ("cross-border fire from Afghanistan")."""
    if tokens[i].lower not in _HARMED or i + 1 >= len(tokens) or tokens[i + 1].lower != "in":
        return None
    for j in range(i + 2, min(i + 8, len(tokens))):
        if tokens[j].text in CLAUSE_MARKS:
            return None
        if tokens[j].lower in _ATTACKS:
            owner = next((m for m in mentions if i + 2 <= m.start and m.end <= j), None)
            if owner is not None or j + 2 >= len(tokens) or tokens[j + 1].lower not in ("from", "by"):
                return owner
            # "fire from Afghanistan", "attacks by the Taliban", "attacks by heavily armed militants"
            return next((m for m in mentions if j + 2 <= m.start <= j + 4
                         and not any(t.text in CLAUSE_MARKS for t in tokens[j + 2:m.start])), None)
    return None


def passive_agent(tokens: list[Token], mentions: list[Mention], i: int) -> list | None:
    """(doer, undergoer) pairs of the passive verb at ``i`` when the doer is known without "by" (or, for a
    signing, after two "by"s); None when this is no such passive."""
    word = tokens[i].lower
    if (after_deal := _signed_between_after(tokens, mentions, i)) is not None:
        return after_deal
    if signed_passive(tokens, i):
        if not by_in_clause(tokens, i):
            return signed_between(tokens, mentions, i) or _signed_at_talks(tokens, mentions, i)
        if each := _signed_by_each(tokens, mentions, i) or _signed_by_list(tokens, mentions, i):
            return each
    if attended_passive(tokens, i):
        return _attendees(tokens, mentions, i)
    if border_closed(tokens, i) and not by_in_clause(tokens, i):
        return closed_border(tokens, mentions, i)
    if border_reopened(tokens, i) and not by_in_clause(tokens, i):
        return reopened_border(tokens, mentions, i)
    if not (i > 0 and tokens[i - 1].lower in PASSIVE_AUX and i + 1 < len(tokens)) or tokens[i + 1].lower == "by" \
            or word.endswith("ing"):  # "Kyiv was recalling ambassadors" is no passive
        return None
    stem = next((k for k in _PASSIVE_AGENTS if word.startswith(k)), None)
    if stem == "host" and i >= 2 and tokens[i - 2].lower in _HOSTED_EVENTS:
        return []  # "the opening of the 2021 FIFA Arab Cup being hosted in Qatar": an event is hosted, no guest
    if stem and tokens[i + 1].lower in _PASSIVE_AGENTS[stem] and not by_in_clause(tokens, i):
        source = next((m for m in mentions if i + 2 <= m.start <= i + 3), None)
    elif word.startswith(_REPORTED_PASSIVES + _CHARGED) or (word.startswith(_ORDERED_OUT) and _to_leave(tokens, i)):
        source = reporter(tokens, mentions, i)  # "Latvia's ambassador was ordered to leave Russia, the ministry said"
    elif word in _HARMED or word.startswith(_HELD):
        source = attacker(tokens, mentions, i)
        if source is None:  # "Iraq said one person was killed when Turkish forces opened fire": no killer named
            return []  # ("Castillo was arrested while on his way to the Mexican Embassy": nor a jailer)
    else:
        return None
    undergoers = [m for m in mentions if m.end <= i - 1 and not is_place(m, tokens) and not prepositional(m, tokens)
                  and (source is None or source.start > i or m.start > source.end)]  # not the reporter
    if source is None or not undergoers:
        return None
    undergoers = _member(undergoers, tokens)
    source = _host_ministry(source, undergoers[-1], tokens, mentions)
    return [(source, t) for t in conjoined(undergoers, len(undergoers) - 1, tokens, -1) if distinct(source, t)]


def _host_ministry(source: Mention, envoy: Mention, tokens: list[Token], mentions: list[Mention]) -> Mention:
    """"Libya's ambassador to Greece was summoned to the foreign ministry": a ministry of no named state that summons
    an envoy is that of the state he is posted to."""
    if not source.code.startswith("---") or envoy.end + 1 >= len(tokens) or tokens[envoy.end].lower != "to":
        return source
    post = next((m for m in mentions if m.start == envoy.end + 1 and m.kind == "state" and m.code == m.country), None)
    return source.owned_by(post, "combined") if post is not None else source


def _member(undergoers: list[Mention], tokens: list[Token]) -> list[Mention]:
    """"Deputy Ambassador of the Czech Republic to Russia, Lubos Vesely, was among 20 diplomats, who were expelled":
    diplomats of no state stand for the one said to be among them."""
    last = undergoers[-1]
    k = last.start - 1
    while k > 0 and (tokens[k].lower.isdigit() or tokens[k].lower in ("the", "some", "those")):
        k -= 1
    if last.kind != "unowned" or tokens[k].lower != "among":
        return undergoers
    owned = [m for m in undergoers[:-1] if m.kind != "unowned" and m.end <= k]
    return owned[-1:] or undergoers
