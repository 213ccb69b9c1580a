"""States named by a description: "the Baltic nation", "the country", "its neighbour", "the island".

News names a state once and then describes it: "China recalled its ambassador to Lithuania and
expelled the Baltic nation's top representative"; "Algeria is cutting ties with Morocco, ...
accusing its neighbour of hostile actions"; "Niger's president said the country's border with
Benin would remain closed".  Such a description is the last-named state that fits it:

- a region word narrows the states that fit ("Baltic", "South American", "Gulf"; ``data/epithets.csv``);
- a neighbour is another state than the sentence's first actor (whose neighbour it is);
- "the country" as the object of a preposition is not its clause's subject ("Baku says it is
  evacuating staff from the country": not Azerbaijan).

The last-named state is looked for earlier in the sentence, then in the document's earlier
sentences (one memory per document, as ``NameMemory``); a region-narrowed description may also
point forward within its sentence ("an attack on the South American country, Maduro said").  A
pair the sentence describes without naming ("the two leaders", "the neighbors") is the last pair of
states an earlier sentence named together.
"""

from __future__ import annotations

from functools import cache

from dyadwatch import reference
from dyadwatch.coding.mentions import LOCAL_AGENTS, POSSESSIVES, SPEECH, Mention, data_rows, merged
from dyadwatch.coding.referents import PAIR_HEADS, agents_of_pairs, pair_mentions, pair_size, pairs_agents
from dyadwatch.coding.text import Token

_HEADS = {"country", "nation", "kingdom", "island", "emirate", "sultanate", "monarchy", "republic", "state",
          "neighbour", "neighbor"}
_NEIGHBOUR = {"neighbour", "neighbor", "neighbouring", "neighboring"}
# "the state" alone is mostly the state of something ("the state of emergency", "the state media")
_NEEDS_MODIFIER = {"state", "republic"}
# Not one state already named: "the latest country to", "the only nation", "the host country", "a foreign state".
_NOT_ONE = {"latest", "first", "only", "other", "another", "whole", "entire", "same", "host", "home", "foreign",
            "member", "two", "three", "both", "each", "every", "second", "third", "last", "next", "single", "any",
            "third-party", "transit", "donor", "sovereign", "independent", "new", "target", "origin", "destination"}
_DETERMINERS = {"the", "this", "that"}
_OBJECT_OF = {"from", "in", "into", "to", "on", "against", "with", "toward", "towards", "across", "inside", "within",
              "out", "over", "throughout", "visit", "visited", "visiting"}
_MAX_MODIFIERS = 3
_SIDES = {"sides", "parties"}
_NAMED_BY_OF = {"republic", "kingdom", "state", "emirate", "sultanate", "island", "country", "nation", "monarchy"}
_NARROWING_HEADS = {"island", "kingdom", "monarchy", "emirate", "sultanate"}  # rows of data/epithets.csv


@cache
def groups() -> dict[str, frozenset[str]]:
    """Region words and the states they fit."""
    return {r["word"]: frozenset(r["members"].split("|")) for r in data_rows("epithets.csv")}


def _states(mentions: list[Mention]) -> list[Mention]:
    countries = reference.countries()
    return [m for m in mentions if m.kind not in ("unowned", "anaphor") and m.code[:3] in countries]


class Epithets:
    """Component: mentions + the document so far → descriptions of states resolved to states."""

    name, requires, provides = "epithets", ("mentions",), ("mentions",)

    def __init__(self):
        self.seen: list[list[str]] = []  # per earlier sentence of the document, its states in order
        self.joined: list[tuple[str, str] | None] = []  # per earlier sentence, its first pair named together
        self.offices: list[dict[str, str]] = []  # per earlier sentence, each state's last office or person in it

    def clear(self) -> None:
        self.seen.clear()
        self.joined.clear()
        self.offices.clear()

    def __call__(self, tokens: list[Token], mentions: list[Mention]) -> list[Mention]:
        out = pairs_agents(agents_of_pairs(self._pairs(tokens, parenthesised(tokens, list(mentions))), tokens),
                           tokens)
        out = self._counterparts(tokens, out)
        for start, end, fits, neighbour in descriptions(tokens, out):
            country = self._referent(tokens, out, start, fits, neighbour)
            if country is not None and not _restates(tokens, out, start, end, country):
                out = _with_description(tokens, out, start, end, country)
        self.seen.append([m.code[:3] for m in _states(out)])
        self.joined.append(_named_together(_states(out), tokens))
        # offices, not "the people of Uzbekistan" (a combined mention too)
        self.offices.append({m.code[:3]: m.code for m in _states(out) if m.kind in ("person", "combined")
                             and m.code[3:6] in _OFFICE_AGENTS})
        return out

    def _pairs(self, tokens: list[Token], mentions: list[Mention]) -> list[Mention]:
        """"The two leaders reached a series of agreements", "The neighbors sealed 14 deals": a pair the
        sentence does not name is the last pair of states the document named together."""
        # "The leaders discussed": a bare office word under the description is the pair's, not another actor
        taken = {k for m in mentions if m.kind not in ("unowned", "agent") for k in range(m.start, m.end)}
        for s in range(len(tokens) - 1):
            if (met := _met_before(tokens, mentions, s)) is not None:
                mentions = [m for m in mentions if m.start != s] + pair_mentions(tokens, s, 1, met)
                taken.add(s)
                continue
            size = pair_size(tokens, s, neighbours=True) if tokens[s].lower in ("the", "both") else _they(tokens, s)
            if not size or any(k in taken for k in range(s, s + size)) or (pair := self._last_pair()) is None \
                    or (size == 1 and any(m.end == s for m in mentions)):  # "Russia and China both condemned"
                continue
            head = tokens[s + size - 1].lower
            if _heads_of(tokens, s) and (people := self._last_office_pair()) is not None:
                pair = people  # "The heads of the two countries stressed": the last two in office
            elif head not in PAIR_HEADS:  # "the two", "they": the people, as last named
                pair = self._last_office_pair() or self._offices(pair)
            elif head in _SIDES:  # "The two sides discussed": the delegations, as the document last named them
                pair = self._offices(pair)
            elif PAIR_HEADS[head] == "GOV" and (people := self._last_office_pair()) is not None:
                pair = people[0][:3], people[1][:3]  # "the two presidents": the states of the last two in office
            mentions = [m for m in mentions if not s <= m.start < s + size] + pair_mentions(tokens, s, size, pair)
            taken |= set(range(s, s + size))
        return sorted(mentions, key=lambda m: m.start)

    def pair_before(self, k: int, reach: int) -> tuple[str, str] | None:
        """The pair the document named in the ``reach`` sentences before its sentence ``k``, each by its
        last office or person there (for a meeting a later sentence names without its parties)."""
        pair = self._last_pair(k, reach)
        return self._offices(pair, k) if pair is not None else None

    def _last_pair(self, upto: int | None = None, reach: int | None = None) -> tuple[str, str] | None:
        # "Israel recalled its envoys from Ireland and Norway ... The two countries were joined by Spain": the
        # pair named together, else the sentence's first two states
        end = len(self.seen) if upto is None else upto
        start = 0 if reach is None else max(0, end - reach)
        for joined, sentence in zip(reversed(self.joined[start:end]), reversed(self.seen[start:end])):
            if joined is not None:
                return joined
            distinct = list(dict.fromkeys(sentence))
            if len(distinct) >= 2:
                return distinct[0], distinct[1]
        return None

    def _counterparts(self, tokens: list[Token], mentions: list[Mention]) -> list[Mention]:
        """"This is the first visit to Indonesia by a high-ranking Vietnamese leader ... During the trip, President
        Phuc is scheduled to hold talks with his counterpart": a counterpart whose own state the sentence does not
        name is the other state's, of the last pair of states the document named, with the office of its holder."""
        pair = self._last_pair()
        out = list(mentions)
        for k, m in enumerate(out):
            if m.kind != "unowned" or tokens[m.end - 1].lower not in ("counterpart", "counterparts") or pair is None \
                    or m.start == 0 or tokens[m.start - 1].lower not in ("his", "her", "their"):
                continue
            holder = next((h for h in reversed(out[:k]) if h.kind in ("person", "combined", "anaphor")
                           and len(h.code) > 3 and h.code[:3] in pair), None)
            if holder is not None and not any(o.kind != "unowned" and o.code[:3] not in pair for o in out):
                other = pair[1] if holder.code[:3] == pair[0] else pair[0]
                out[k] = m.recoded(other + holder.code[3:], "combined")
        return _holders_of_pair(tokens, out, pair)

    def _last_office_pair(self) -> tuple[str, str] | None:
        """"Erdogan arrived to meet Aliyev. ... days after Azerbaijan seized the enclave with its Armenian
        population. ... the two presidents were due to discuss": people are the last two states' people
        the document named, not the last two states."""
        for offices in reversed(self.offices):
            if len(offices) >= 2:
                first, second = list(offices.values())[:2]
                return first, second
        return None

    def _offices(self, pair: tuple[str, str], upto: int | None = None) -> tuple[str, str]:
        """"Ruto held talks with Museveni. The two discussed ...": KENGOV and UGAGOV, not the states."""
        for offices in reversed(self.offices[:upto]):
            if pair[0] in offices and pair[1] in offices:
                return offices[pair[0]], offices[pair[1]]
        return pair

    def _referent(self, tokens, mentions, start, fits, neighbour) -> str | None:
        exclude = _excluded(tokens, mentions, start, neighbour)
        before = [m.code[:3] for m in reversed(_states([m for m in mentions if m.end <= start]))]
        if _attribution(tokens, start):
            before.reverse()  # "Iceland will suspend its embassy to Russia, the country's Foreign Ministry said": Iceland's
        after = [m.code[:3] for m in _states([m for m in mentions if m.start > start])] if fits else []
        # earlier sentences, the latest first, each in its own order: its subject is likelier than its object
        earlier = [c for sentence in reversed(self.seen) for c in sentence]
        for country in before + earlier + after:
            if country not in exclude and (not fits or country in fits):
                return country
        return None


def _holders_of_pair(tokens: list[Token], mentions: list[Mention], pair: tuple[str, str] | None) -> list[Mention]:
    """"Defence Minister Nirmala Sitharaman ... will meet her Chinese counterpart Lt Gen Wei Fenghe", in a story of
    India and China: an office of no named state whose counterpart is one state of the document's pair holds it for
    the other, and the counterpart holds the same office."""
    out = list(mentions)
    for k, m in enumerate(out):
        if pair is None or m.kind != "combined" or m.code[:3] not in pair or m.start == 0 \
                or tokens[m.start - 1].lower not in ("his", "her") \
                or not any(t.lower in ("counterpart", "counterparts") for t in tokens[m.start:m.end]):
            continue
        holder = next((h for h in reversed(out[:k]) if h.kind == "unowned" and h.code.startswith("---")
                       and h.agent and h.end < len(tokens) and tokens[h.end].text[:1].isupper()), None)
        if holder is None or any(o.kind not in ("unowned", "org") and o.code[:3] not in pair for o in out):
            continue
        other = pair[1] if m.code[:3] == pair[0] else pair[0]
        out[out.index(holder)] = holder = holder.recoded(other + holder.code[3:], "combined")
        out[k] = m.recoded(m.code[:3] + holder.code[3:])
        # "..., and she will meet her Chinese counterpart": the clause's "she" is the holder
        out += [Mention(j, j + 1, tokens[j].start, tokens[j].end, holder.code, "anaphor", tokens[j].text)
                for j in range(holder.end, m.start) if tokens[j].lower in ("he", "she")
                and tokens[j - 1].lower in ("and", "but") and not any(o.start <= j < o.end for o in out)]
    return sorted(out, key=lambda m: m.start)


# "They will reportedly discuss cooperation in energy": what a pair does together, so "they" are the pair
_TOGETHER = {"discuss", "discussed", "meet", "met", "sign", "signed", "agreed", "agree", "hold", "held", "talked",
             "exchanged", "reviewed", "pledged"}
_BEFORE_ACT = {"will", "would", "also", "reportedly", "have", "had", "are", "were", "then", "later", "to", "expected"}


_SAID = {"said", "says", "added", "noted", "stated", "announced", "explained", "that"}


def _they(tokens: list[Token], s: int) -> int:
    """1 if "they" at ``s`` opens a sentence, a reported clause ("Ruto said they held talks") or the clause after a
    fronted source ("According to a statement from State House, they agreed") and does what only a pair does
    together, else 0."""
    fronted = s > 2 and tokens[s - 1].text == "," and tokens[0].lower == "according"
    if tokens[s].lower != "they" or (s != 0 and tokens[s - 1].lower not in _SAID and not fronted):
        return 0
    return 1 if _they_act(tokens, s) else 0


def _met_before(tokens: list[Token], mentions: list[Mention], s: int) -> tuple[str, str] | None:
    """"He met with the Defence minister of the Russian federation, and they agreed to strengthen defence ties":
    "they" after the clause that named the two, doing what a pair does together, are those two."""
    if s < 2 or tokens[s - 1].lower != "and" or tokens[s - 2].text != "," or not _they_act(tokens, s):
        return None
    before = [m for m in mentions if m.end <= s - 2 and m.kind != "unowned"]
    codes = list(dict.fromkeys(m.code for m in before))
    return (codes[0], codes[1]) if len(codes) == 2 and codes[0][:3] != codes[1][:3] else None


def _they_act(tokens: list[Token], s: int) -> bool:
    k = s + 1
    while k < len(tokens) and tokens[k].lower in _BEFORE_ACT:
        k += 1
    return tokens[s].lower == "they" and k < len(tokens) and tokens[k].lower in _TOGETHER


def _attribution(tokens: list[Token], start: int) -> bool:
    """A description opening a trailing attribution: ", the country's Foreign Ministry said"."""
    return start > 0 and tokens[start - 1].text == "," and any(t.lower in SPEECH for t in tokens[start + 1:start + 7])


def _named_together(states: list[Mention], tokens: list[Token]) -> tuple[str, str] | None:
    """The first two states of different countries joined by "and" ("Ireland and Norway")."""
    for a, b in zip(states, states[1:]):
        if [t.lower for t in tokens[a.end:b.start]] == ["and"] and a.code[:3] != b.code[:3]:
            return a.code[:3], b.code[:3]
    return None


def _object(tokens: list[Token], start: int) -> bool:
    return start > 0 and tokens[start - 1].lower in _OBJECT_OF


def _place_of(tokens: list[Token], start: int) -> bool:
    """"the capital of Japan", "the south of France": a state named as where a place is."""
    return start > 1 and tokens[start - 1].lower == "of" and tokens[start - 2].lower in _PLACES_OF


_PLACES_OF = {"capital", "city", "region", "province", "part", "coast", "north", "south", "east", "west", "centre",
              "center", "heart"}


def _restates(tokens: list[Token], mentions: list[Mention], start: int, end: int, country: str) -> bool:
    """A possessive description that adds nobody: "the Ministry of Commerce of China announced the
    country's intention" (China's ministry is already there), "the island's vice president, William
    Lai" (the office after it is already Taiwan's)."""
    after = next((m for m in mentions if m.start == end + 1), None)
    if end < len(tokens) and tokens[end].lower == "'s" and after is not None and after.kind != "unowned" \
            and after.code[:3] in reference.countries():
        return True
    if _object(tokens, start) or end >= len(tokens) or tokens[end].lower != "'s":
        return False  # "sanctions against the country": a target; "said the country has recalled": a subject
    if after is not None and after.kind == "unowned":
        return False  # "Takehiro Funakoshi, the country's vice foreign minister": the office is nobody's yet
    return any(m.end <= start and m.code[:3] == country and m.agent for m in mentions)


def descriptions(tokens: list[Token], mentions: list[Mention]):
    """(start, end, states that fit or None, neighbour?) for each description of a state."""
    taken = {k for m in mentions for k in range(m.start, m.end)}
    for i, tok in enumerate(tokens):
        if tok.lower not in _DETERMINERS and tok.lower not in POSSESSIVES or i in taken:
            continue
        j = i + 1
        while j < len(tokens) and j - i - 1 < _MAX_MODIFIERS and tokens[j].lower not in _HEADS:
            j += 1
        found = _description(tokens, taken, i, j)
        if found is not None:
            yield found


def _description(tokens, taken, i, j):
    if j >= len(tokens) or tokens[j].lower not in _HEADS or any(k in taken for k in range(i, j + 1)):
        return None
    if j + 1 < len(tokens) and tokens[j + 1].lower in _HEADS:
        j += 1  # "the island nation"
    words = [t.lower for t in tokens[i + 1:j]]
    head = tokens[j].lower
    if any(not t.text.replace("-", "").isalpha() for t in tokens[i + 1:j]) or set(words) & _NOT_ONE:
        return None
    nxt = tokens[j + 1].lower if j + 1 < len(tokens) else ""
    if nxt in ("-", "department", "media", "television", "tv", "run") or (nxt == "of" and head in _NAMED_BY_OF):
        return None  # "the Republic of Korea", "the island of Cyprus", "the state-owned", "the State Department"
    neighbour = head in _NEIGHBOUR or bool(set(words) & _NEIGHBOUR)
    if tokens[i].lower in POSSESSIVES and not neighbour:
        return None  # "his country" is own_country's; "its state" is no state
    if head in _NEEDS_MODIFIER and not words:
        return None
    # "the island nation", "the Kingdom": the head narrows too (no republic named a kingdom after Saudi Arabia)
    fits = _fits(words + [w for w in (head, tokens[j - 1].lower) if w in _NARROWING_HEADS][:1])
    if words and fits is None and not neighbour and not all(w in _PLAIN for w in words):
        return None  # "the Malian state" is a mention; "the oil price country" is nothing
    return i, j + 1, fits, neighbour


# Modifiers that do not narrow the state: "the small country", "the war-torn nation".
_PLAIN = {"small", "tiny", "poor", "impoverished", "war-torn", "oil-rich", "gas-rich", "energy-rich", "resource-rich",
          "mineral-rich", "mountainous", "neighbouring", "neighboring", "restive", "troubled", "volatile", "vast",
          "populous", "strategic", "isolated", "secretive", "reclusive", "nuclear-armed", "communist", "predominantly",
          "muslim", "muslim-majority", "former", "self-governing", "self-ruled", "democratic", "nuclear",
          "embattled", "crisis-hit"}  # region words ("African", "Nordic") narrow: data/epithets.csv


def _fits(words: list[str]) -> frozenset[str] | None:
    """The states a run of modifiers fits: its longest region phrase ("horn of africa", "south american")."""
    table = groups()
    for n in range(len(words), 0, -1):
        for k in range(len(words) - n + 1):
            phrase = " ".join(words[k:k + n])
            if phrase in table:
                return table[phrase]
    return None


def _excluded(tokens: list[Token], mentions: list[Mention], start: int, neighbour: bool) -> set[str]:
    """States the description cannot be: a neighbour is not the first actor's own state; "the country"
    after a preposition is not the actor just before it ("Baku says it is evacuating staff from the
    country", "U.S. and Israeli airstrikes on the country's nuclear facilities")."""
    states = [m for m in _states(mentions) if m.end <= start]
    if neighbour:
        return {states[0].code[:3]} if states else set()
    if not _object(tokens, start) or not states:
        return set()
    group = _joined(states, tokens)
    if _object(tokens, group[-1].start) or _place_of(tokens, group[-1].start):
        return set()  # "ties with Kazakhstan as he arrived in the Central Asian country": that state was no actor
        # (nor "arrived in Tokyo, the capital of Japan, to start a visit to the Asian country")
    return {m.code[:3] for m in group}


def _joined(states: list[Mention], tokens: list[Token]) -> list[Mention]:
    """The last state and those joined to it by "and" ("U.S. and Israeli airstrikes", "A, B and C"),
    not by a bare comma ("Iran's capital Tehran, Baku says")."""
    group = [states[-1]]
    for a in reversed(states[:-1]):
        gap = [t.lower for t in tokens[a.end:group[-1].start]]
        # (or a hyphened pair: "the arrival of the first U.S.-Israeli delegation to the country")
        if gap in (["and"], ["or"], [",", "and"], ["-"], ["–"]) or (gap == [","] and len(group) > 1):
            group.append(a)
        else:
            break
    return group


def _with_description(tokens: list[Token], mentions: list[Mention], start: int, end: int,
                      country: str) -> list[Mention]:
    """The description as a mention of ``country``; "the country's foreign ministry" (an office of no
    country right after it) becomes that state's office."""
    phrase = Mention(start, end, tokens[start].start, tokens[end - 1].end, country, "state",
                     " ".join(t.text for t in tokens[start:end]))
    # (past a modifier or two: "the nation's re-elected government")
    office = next((m for m in mentions if end < len(tokens) and tokens[end].lower in ("'s", "’s")
                   and end + 1 <= m.start <= end + 3 and m.kind == "unowned"
                   and all(t.text.islower() and t.text.replace("-", "").isalpha() for t in tokens[end + 1:m.start])),
                  None)
    if office is None:  # "demonstrators in the country's northwest": people where they live are its own
        office = next((m for m in mentions if m.kind == "unowned" and m.end == start - 1 and start >= 1
                       and tokens[start - 1].lower == "in" and m.code[3:] in LOCAL_AGENTS), None)
    if office is not None:
        first, last = (office, phrase) if office.start < start else (phrase, office)
        combined = merged(first, last, country + office.code[3:], "combined", tokens)
        return sorted([m for m in mentions if m is not office] + [combined], key=lambda m: m.start)
    return sorted(mentions + [phrase], key=lambda m: m.start)


_OFFICES_OF = {"heads", "leaders", "presidents", "governments", "ministers"}
_OFFICE_AGENTS = {"GOV", "MIL", "LEG", "JUD", "SPY", "COP"}


def _heads_of(tokens: list[Token], s: int) -> bool:
    """"The heads of the two countries": an office of the pair, not the pair of states."""
    return s >= 2 and tokens[s - 1].lower == "of" and tokens[s - 2].lower in _OFFICES_OF


def parenthesised(tokens: list[Token], mentions: list[Mention]) -> list[Mention]:
    """"Foreign Ministers Gonzalo Gutierrez (Peru) and Ricardo Patiño (Ecuador) met": a name the dictionary does
    not know, with its state in parentheses after it, under an office of no state's, is that state's office.
    The office word is read once for the list its names make ("Presidents A (X) and B (Y)")."""
    titles = [m for m in mentions if m.kind == "unowned" and m.code.startswith("---")]
    made = []
    for m in mentions:
        if m.kind != "state" or m.code != m.country or m.start < 3 or m.end >= len(tokens) \
                or tokens[m.start - 1].text != "(" or tokens[m.end].text != ")":
            continue
        first = m.start - 1
        while first > 0 and tokens[first - 1].text[:1].isupper() and not any(x.start <= first - 1 < x.end
                                                                               for x in mentions):
            first -= 1
        title = next((x for x in titles if _heads_list(tokens, x.end, first)), None)
        if first == m.start - 1 or title is None:
            continue
        made.append(Mention(first, m.end + 1, tokens[first].start, tokens[m.end].end, m.code + title.code[3:],
                            "person", " ".join(t.text for t in tokens[first:m.end + 1])))
    if not made:
        return mentions
    kept = [m for m in mentions if not any(a.start <= m.start < a.end for a in made)
            and not (m.kind == "unowned" and m in titles and any(_heads_list(tokens, m.end, a.start) for a in made))]
    return sorted(kept + made, key=lambda m: m.start)


def _heads_list(tokens: list[Token], end: int, first: int) -> bool:
    """The office ending at ``end`` stands right before the name at ``first``, or before an earlier name of the
    same list ("Foreign Ministers A (Peru) and B (Ecuador)")."""
    if end == first:
        return True
    between = tokens[end:first]
    return 0 < len(between) <= 12 and between[-1].lower == "and" \
        and all(t.text[:1].isupper() or t.text in ("(", ")", ",") or t.lower == "and" for t in between)
