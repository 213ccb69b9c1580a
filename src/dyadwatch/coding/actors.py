"""Actors in text: a time-aware dictionary of states, organisations, office holders and agents.

Entries are token sequences with a CAMEO actor code and, for office holders, a term.  A
name matched outside its holder's term is coded as the country's elite (``USAELI``), the
CAMEO convention for former officials, so "Blinken said" is ``USAGOV`` only while he was
Secretary of State.  A state word followed by an agent noun combines ("Azerbaijani foreign
minister" → ``AZEGOV``), as does a state's possessive ("Armenia's parliament" → ``ARMLEG``).
What a phrase then refers to ("his counterpart", "the two countries", "its troops") is
``referents.py``'s business; the ``Mention`` record itself lives in ``mentions.py``.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from functools import cache

from dyadwatch import reference
from dyadwatch.coding.mentions import (LINEAGE, LOCAL_AGENTS, NAME_SUFFIXES, POSSESSIVES, SHARED_DEMONYMS, Mention,
                                       country_of, data_rows, merged, name_token, past_apposed_name)
from dyadwatch.coding.referents import (agents_of_pairs, appositives, clause_pronouns, counterparts, described_apart,
                                        former, not_parties, not_spouses, object_pronouns, own_country,
                                        owned_institutions,
                                        pair_anaphors, parallel_holders, seat_cities, seated_institutions,
                                        speaker_pronouns, the_latter, travelled_there, voiced_states)
from dyadwatch.coding.text import Token


@dataclass(frozen=True)
class Entry:
    words: tuple[str, ...]  # lower-case tokens
    code: str
    kind: str  # state, org, person, agent
    start: date | None = None
    end: date | None = None
    prefix: bool = False  # the last word may continue (PETRARCH stems: "ARGENTIN" ~ "Argentina")
    cased: bool = False  # names must be capitalised in the text
    upper: bool = False  # an acronym ("US", "CAR") is one only in capitals: not "Us and them", "Car bombs"

    def valid_on(self, when: date | None) -> bool:
        if when is None:
            return True
        return (self.start is None or self.start <= when) and (self.end is None or when < self.end)


@cache
def adjectives() -> frozenset[str]:
    """Every state's adjective ("Azerbaijani", "Chinese", "Swiss"), lower case; not its name nor its people."""
    forms = {f for r in data_rows("nationalities.csv") for f in r["forms"].split("|") if f}
    return frozenset(f.lower() for f in forms if not f.endswith("s") or f.endswith(("ss", "ese")))


def _hyphen_variants(words: tuple[str, ...]) -> list[tuple[str, ...]]:
    """"al-qaeda" and "al - qaeda": the tokenizer splits "Al-Qaeda" but not "al-Qaeda", and a
    dictionary's case says nothing of the text's, so a hyphenated name is kept both ways; news
    also drops the hyphen ("Timor Leste's President", "al Qaeda")."""
    split = tuple(p for w in words for p in _hyphen_parts(w))
    joined = " ".join(words).replace(" - ", "-").split(" ")
    spaced = tuple(w for w in split if w != "-")
    return list(dict.fromkeys([words, split, tuple(joined), spaced]))


def _hyphen_parts(word: str) -> list[str]:
    parts = word.split("-")
    if len(parts) < 2 or not all(parts):
        return [word]
    return [x for p in parts for x in (p, "-")][:-1]


def _verb_form(word: str) -> bool:
    """A form of a verb the bundled verb dictionary codes ("congratulate", "thanked", "met")."""
    from dyadwatch.coding import verbs  # the verb dictionary is the coder's, loaded when first asked
    return verbs.bundled().lemma(word) is not None


def _spellings(names: list[str]) -> list[str]:
    """The names and, for a hyphenated one, the same with a space, as news also prints it ("Amir-Abdollahian",
    "Amir Abdollahian"; "Sassou-Nguesso", "Sassou Nguesso")."""
    return list(dict.fromkeys([*names, *(n.replace("-", " ") for n in names if "-" in n)]))


def _words(phrase: str) -> tuple[str, ...]:
    from dyadwatch.coding.text import tokenize

    return tuple(t.lower for t in tokenize(phrase))


@dataclass
class ActorDictionary:
    entries: dict[str, list[Entry]] = field(default_factory=dict)
    agents: dict[str, list[Entry]] = field(default_factory=dict)
    elites: dict[tuple[str, ...], str] = field(default_factory=dict)  # person → country

    def add(self, entry: Entry) -> None:
        for words in _hyphen_variants(entry.words):
            self._add(replace(entry, words=words))

    def _add(self, entry: Entry) -> None:
        table = self.agents if entry.kind == "agent" else self.entries
        key = "*" + entry.words[0][:4] if entry.prefix and len(entry.words) == 1 else entry.words[0]
        bucket = table.setdefault(key, [])
        bucket.append(entry)
        bucket.sort(key=lambda e: -len(e.words))

    def __len__(self) -> int:
        return sum(len(v) for v in self.entries.values()) + sum(len(v) for v in self.agents.values())

    # -- matching ---------------------------------------------------------------------------

    def _longest(self, table: dict, tokens: list[Token], i: int, when: date | None) -> tuple[Entry, int] | None:
        low = tokens[i].lower
        exact, prefixed = table.get(low), table.get("*" + low[:4])
        if not exact and not prefixed:  # most words start no entry: the common case is this one
            return None
        valid = out_of_term = None
        for e in [*(exact or ()), *(prefixed or ())]:
            n = len(e.words)
            if i + n > len(tokens) or not _matches(e, tokens, i) or self._first_name_of_another(e, tokens, i):
                continue
            if e.valid_on(when):
                valid = valid if valid is not None and valid[1] >= n else (e, n)
            elif e.kind == "person" and (out_of_term is None or n > out_of_term[1]):
                out_of_term = (e, n)
        # "Santiago Peña" a month before he took office is Paraguay's president-elect, not Chile's capital
        if out_of_term and (valid is None or out_of_term[1] > valid[1]):
            e, n = out_of_term
            return Entry(e.words, country_of(e.code) + "ELI", "person", cased=e.cased), n
        return valid

    def _first_name_of_another(self, e: Entry, tokens: list[Token], i: int) -> bool:
        """"Iranian Foreign Minister Abbas Araqchi": a one-word name followed by a name the dictionary
        does not know is someone else's first name, not Mahmoud Abbas."""
        if e.kind != "person" or len(e.words) != 1:
            return False
        if i > 0 and tokens[i - 1].lower in LINEAGE:
            return True  # "Ahmed Awad bin Mubarak": a son of a Mubarak, not Hosni Mubarak
        if i + 1 >= len(tokens):
            return False
        nxt = tokens[i + 1]
        if not name_token(nxt) or nxt.lower in NAME_SUFFIXES or "*" + nxt.lower[:4] in self.entries \
                or nxt.lower in self.agents:
            return False
        # "Maj Gen Abbas Ibrahim": "Ibrahim" opens a name the dictionary holds ("Ibrahim Traore"), not one here
        return not any(_matches(x, tokens, i + 1) for x in self.entries.get(nxt.lower, ()))

    def find(self, tokens: list[Token], when: date | None = None) -> list[Mention]:
        """Non-overlapping mentions, longest first, left to right, then combined with agents."""
        out: list[Mention] = []
        i = 0
        while i < len(tokens):
            hit = self._longest(self.entries, tokens, i, when) or self._longest(self.agents, tokens, i, when)
            if hit is None:
                i += 1
                continue
            e, n = hit
            out.append(Mention(i, i + n, tokens[i].start, tokens[i + n - 1].end, e.code, e.kind,
                               " ".join(t.text for t in tokens[i:i + n])))
            i += n
        out = [m for m in out if not _adjectival_agent(m, tokens) and not _inside_a_name(m, tokens, out)
               and not _clock(m, tokens) and not _portfolio(m, tokens)]
        out = self._elided_states(out, tokens)
        mentions = _absorb_names(_share_agents(_combine(_own_institutions(_formal_names(out, tokens), tokens), tokens),
                                               tokens), tokens)
        mentions = _mission_staff(_dual_titles(_agents_of_lists(mentions, tokens), tokens), tokens)
        mentions = owned_institutions(parallel_holders(counterparts(_shared_demonyms(mentions, tokens), tokens),
                                                       tokens), tokens)
        mentions = speaker_pronouns(former(appositives(mentions, tokens), tokens), tokens)
        mentions = not_parties(agents_of_pairs(pair_anaphors(mentions, tokens), tokens), tokens)
        mentions = own_country(described_apart(mentions, tokens), tokens)
        mentions = the_latter(seated_institutions(not_spouses(mentions, tokens), tokens), tokens, _verb_form)
        mentions = seat_cities(voiced_states(clause_pronouns(mentions, tokens), tokens), tokens)
        mentions = travelled_there(mentions, tokens)
        return object_pronouns(mentions, tokens, _verb_form)

    def _elided_states(self, found: list[Mention], tokens: list[Token]) -> list[Mention]:
        """"North and South Korea": the first state's name is cut short to its compass word."""
        out = []
        for m in found:
            k = m.start
            if m.kind == "state" and k >= 2 and tokens[k].lower in _COMPASS and tokens[k - 1].lower in ("and", "or") \
                    and tokens[k - 2].lower in _COMPASS and tokens[k - 2].is_title:
                words = (tokens[k - 2].lower, *(t.lower for t in tokens[k + 1:m.end]))
                e = next((e for e in self.entries.get(words[0], ()) if e.words == words and e.kind == "state"), None)
                if e is not None and not any(o.end > k - 2 for o in out):
                    t = tokens[k - 2]
                    out.append(Mention(k - 2, k - 1, t.start, t.end, e.code, "state", t.text))
            out.append(m)
        return out


_COMPASS = {"north", "south", "east", "west"}


# "Russia's military drills", "its military withdrawal": "military" before these nouns says what kind of
# act it is, not who acted, so the act is the state's ("the military said" is still the armed forces)
_MILITARY_KINDS = {"drills", "drill", "exercises", "exercise", "withdrawal", "presence", "cooperation", "aid",
                   "assistance", "operation", "operations", "action", "actions", "activities", "activity", "buildup",
                   "build-up", "base", "bases", "facilities", "equipment", "hardware", "ties", "pressure",
                   "escalation", "intervention", "options", "option", "threat", "threats", "support", "training",
                   "campaign", "offensive", "strikes", "mission", "deployment", "expansion", "ambitions"}


def _portfolio(m: Mention, tokens: list[Token]) -> bool:
    """"Undersecretary for Bilateral Relations and ASEAN Affairs", "Minister for European Affairs": an office's
    portfolio names no party."""
    return m.kind in ("org", "state") and m.end < len(tokens) and tokens[m.end].text == "Affairs"


def _clock(m: Mention, tokens: list[Token]) -> bool:
    """"at 4:00 PM": a time of day, not a prime minister."""
    return m.text == "PM" and m.start > 0 and any(c.isdigit() for c in tokens[m.start - 1].text)


def _inside_a_name(m: Mention, tokens: list[Token], found: list[Mention]) -> bool:
    """"Ambassador Dr. Lai Thai Binh": a one-word state between two capitalised words that are no actor,
    inside a sentence, is part of a person's name."""
    taken = {k for x in found for k in range(x.start, x.end)}
    if m.kind in ("agent", "unowned") and m.end - m.start == 1 and m.start >= 1 and m.end < len(tokens):
        # "Minister of Justice Abdullah Sultan bin Awad Al Nuaimi": a title between a given name and the rest of it
        prev, after = tokens[m.start - 1], tokens[m.end]
        return tokens[m.start].lower in GIVEN_TITLES and prev.text.isalpha() and prev.text.istitle() \
            and prev.i not in taken and prev.lower not in _HONORIFICS \
            and (after.lower in ("bin", "bint", "ibn") or (after.text.isalpha() and after.text.istitle()
                                                           and after.i not in taken))
    if m.kind != "state" or m.end - m.start != 1 or m.start < 2 or m.end >= len(tokens):
        return False
    after = tokens[m.end]
    if after.text.isalpha() and after.text.istitle() and after.i not in taken \
            and any(x.end == m.start and x.kind in ("combined", "agent", "unowned") for x in found):
        return True  # "Argentine Foreign Minister Santiago Cafiero": a given name after an office, not Chile's capital
    return all(t.text.isalpha() and t.text.istitle() and t.i not in taken for t in (tokens[m.start - 1], after))


_HONORIFICS = {"majesty", "highness", "excellency", "honourable", "honorable", "hon", "his", "her", "the"}
# Titles that are given names too ("Abdullah Sultan bin Awad"; not "Trade Minister Don Farrell")
GIVEN_TITLES = {"sultan", "amir", "emir", "malik", "sheikh", "shaikh", "khan", "mir", "nawab", "raja", "sardar"}


# "an official visit", "official talks", "the official website": "official" before these says what kind of
# thing it is; "an official said" is still a person
_OFFICIAL_KINDS = {"visit", "visits", "trip", "trips", "tour", "talks", "ceremony", "welcome", "welcoming",
                   "reception", "invitation", "statement", "statements", "website", "channels", "residence",
                   "figures", "data", "sources", "documents", "language", "languages", "delegation", "level",
                   "capacity", "duties", "engagements", "programme", "program", "dinner", "launch", "opening",
                   "results", "media", "newspaper", "account", "announcement", "notification", "request",
                   "letter", "note", "position", "stance", "friendly", "working", "state", "bilateral", "meeting",
                   "meetings", "negotiations", "discussions", "consultations", "contacts", "relations", "ties",
                   "conversation", "conversations"}


def _adjectival_agent(m: Mention, tokens: list[Token]) -> bool:
    if m.kind != "agent" or m.end >= len(tokens):
        return False
    if m.text == "Official" and tokens[m.end].text[:1].isupper() and m.start == 0:
        return True  # "Official Warsaw has decided": the capital, officially, is its state
    word, after = m.text.lower(), tokens[m.end].lower
    # "despite opposition from the neighbouring Comoros": a stance taken, not a state's political opposition
    return (word == "military" and after in _MILITARY_KINDS) or (word == "official" and after in _OFFICIAL_KINDS) \
        or (word == "general" and after in _GENERAL_KINDS) or (word in ("refugee", "migrant") and after in _PLIGHTS) \
        or (word == "opposition" and after in ("from", "to") and m.start > 0 and tokens[m.start - 1].lower in _STANCE)


_STANCE = {"despite", "amid", "strong", "fierce", "growing", "stiff", "facing", "faces", "faced", "with", "over"}
# "to address the refugee crisis": a kind of crisis, no refugees acting or acted on
_PLIGHTS = {"crisis", "crises", "issue", "issues", "problem", "problems", "question", "influx", "flows", "flow",
            "policy", "policies", "situation", "camp", "camps", "status"}


# "two general licenses", "a general election": "general" before these is an adjective, not an officer
# ("the general said", "General Staff" stay the armed forces)
_GENERAL_KINDS = {"license", "licenses", "licence", "licences", "election", "elections", "amnesty", "strike",
                  "strikes", "debate", "principle", "principles", "terms", "framework", "consensus", "public",
                  "population", "direction", "trend", "situation", "policy", "interest", "agreement", "rule"}


def _own_institutions(mentions: list[Mention], tokens: list[Token]) -> list[Mention]:
    """"the US Treasury Department", "Israel's Knesset": a state named right before one of its own
    institutions is that institution."""
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        gap = [t.lower for t in tokens[prev.end:m.start]] if prev else None
        if prev is not None and gap in ([], ["'s"], ["'"]) and prev.code == prev.country and prev.kind == "state" \
                and m.kind == "state" and m.country == prev.country and m.code != m.country:
            out[-1] = merged(prev, m, m.code, "state", tokens)
        else:
            out.append(m)
    return out


_FORMS = {"republic", "kingdom", "state", "sultanate", "principality", "emirate", "commonwealth", "federation", "duchy"}
_FORM_WORDS = {"islamic", "federal", "people's", "peoples", "democratic", "arab", "hashemite", "socialist", "united",
               "plurinational", "bolivarian", "grand", "cooperative", "independent", "federative", "oriental"}


def _formal_names(mentions: list[Mention], tokens: list[Token]) -> list[Mention]:
    """"The Republic of Azerbaijan and the Republic of Armenia": the state's formal name is the state,
    so the two still read as a list of actors."""
    out = []
    for m in mentions:
        k = m.start
        if m.kind == "state" and k >= 2 and tokens[k - 1].lower == "of" and tokens[k - 2].lower in _FORMS \
                and tokens[k - 2].text[:1].isupper():
            k -= 2
            while k > 0 and tokens[k - 1].lower in _FORM_WORDS and tokens[k - 1].text[:1].isupper():
                k -= 1
            if not any(o.end > k for o in out):
                m = Mention(k, m.end, tokens[k].start, m.char_end, m.code, m.kind,
                            " ".join(t.text for t in tokens[k:m.end]))
        out.append(m)
    return out


def _matches(e: Entry, tokens: list[Token], i: int) -> bool:
    for k, w in enumerate(e.words):
        tok = tokens[i + k]
        last = k == len(e.words) - 1
        if e.prefix and last:
            if not tok.lower.startswith(w):
                return False
        elif tok.lower != w:
            return False
        if e.cased and k == 0 and tok.text[:1].isalpha() and not tok.text[:1].isupper():
            return False
        if e.upper and tok.text.isalpha() and not tok.text.isupper():
            return False
    return True


# "dissidents from Myanmar", "refugees from Syria": people take the country they come from.
_ORIGIN_AGENTS = {"~OPP", "~CVL", "~REB", "~REF"}
# Who serves abroad is sent by another state: "the Cuban embassy in Washington".
_ABROAD = {"embassy", "embassies", "consulate", "consulates", "ambassador", "ambassadors", "envoy", "envoys",
           "diplomat", "diplomats", "consul", "delegation", "d'affaires"}


def _local(mentions: list[Mention], k: int, tokens: list[Token]) -> bool:
    """"a court in Guyana", "dissidents from Myanmar"; not "the Azerbaijani president in Abu Dhabi" (owned)."""
    m = mentions[k]
    word = tokens[m.end].lower
    # "the junta in Niger": a junta rules where it is, unlike "troops in Syria"
    local = (m.code[:1] == "~" and m.code[1:] in LOCAL_AGENTS) or tokens[m.end - 1].lower in ("junta", "juntas")
    if not ((word == "in" and local) or (word == "from" and m.code in _ORIGIN_AGENTS)):
        return False
    if tokens[m.end - 1].lower in _ABROAD:  # "its embassy in Washington" is not Washington's
        return False
    if [t.lower for t in tokens[max(0, m.start - 2):m.start]] == ["the", "two"] or (
            m.start > 0 and tokens[m.start - 1].lower == "both"):
        return False  # "a meeting between the two ministers in Paris": the pair met there
    return k == 0 or mentions[k - 1].kind == "agent" or not _adjacent(mentions[k - 1], m, tokens)


def _listed_states(mentions: list[Mention], k: int, tokens: list[Token], agent: str, out: list[Mention]) -> set[int]:
    """The states listed after mentions[k] share its agent; returns the indices taken."""
    taken = set()
    while k + 1 < len(mentions) and mentions[k + 1].kind == "state" and \
            [t.lower for t in tokens[mentions[k].end:mentions[k + 1].start]] in ([","], ["and"], [",", "and"]):
        k += 1
        s = mentions[k]
        out.append(Mention(s.start, s.end, s.char_start, s.char_end, s.code[:3] + agent, "combined", s.text))
        taken.add(k)
    return taken


# Words that may stand between an office and its state: "police in the capital, Minsk".
_BETWEEN = {"of", "in", "from", "the", "and", "capital", "city", ",", "northern", "southern", "eastern", "western",
            "northeastern", "northwestern", "southeastern", "southwestern", "central", "north", "south", "east", "west",
            # "two top officials from major ally Turkey", "diplomats from neighbouring Iraq"
            "ally", "major", "key", "close", "fellow", "member", "neighbouring", "neighboring", "longtime", "regional"}


# "his colleague from the DPRK", "a delegation from Haiti": whoever these come from is who they act for
_PEERS = {"colleague", "colleagues", "counterpart", "counterparts", "delegation", "delegations"}


_MISSIONS = {"embassy", "embassies", "consulate", "consulates", "mission", "missions"}


def _mission_staff(mentions: list[Mention], tokens: list[Token]) -> list[Mention]:
    """"a diplomat at the Russian embassy", "two employees of Azerbaijan's embassy": staff of a state's mission
    act for that state."""
    return _merged_into_previous(mentions, tokens, lambda a, m: (
        a.kind == "unowned" and m.kind == "combined" and tokens[m.end - 1].lower in _MISSIONS
        and [t.lower for t in tokens[a.end:m.start]] in (["at", "the"], ["of", "the"], ["from", "the"], ["of"])))


def _merged_into_previous(mentions: list[Mention], tokens: list[Token], continues) -> list[Mention]:
    """The mentions, each that ``continues(previous, mention)`` says is one actor with the one before it merged
    into it as a "combined" mention with its own (the later, fuller) code."""
    out: list[Mention] = []
    for m in mentions:
        if out and continues(out[-1], m):
            out[-1] = merged(out[-1], m, m.code, "combined", tokens)
        else:
            out.append(m)
    return out


def _subject(m: Mention, k: int) -> bool:
    """The sentence's first actor, near its start: "Delegates from the US and Iran agreed" (but not
    "will withdraw inspectors and workers from Iraq", where "from" says whence)."""
    return k == 0 and m.start <= 4


def _another_title(gap: list[Token]) -> bool:
    """"Kazakhstan's Minister of Industry and U.S. Secretary of Commerce": a portfolio, then "and" right before
    the state, starts the next signer's title; the state is not the first office's."""
    return len(gap) >= 3 and gap[-1].lower == "and" and gap[0].lower == "of" \
        and any(t.text[:1].isupper() and t.lower not in _BETWEEN for t in gap[1:-1])


def _second_portfolio(m: Mention, state: Mention, tokens: list[Token]) -> bool:
    """"The Minister of Defense and Veteran Affairs of Burkina Faso": a title with two portfolios, then whose it
    is (the office's own "of" comes before the state, after the second portfolio's capitalised words)."""
    gap = tokens[m.end:state.start]
    if gap[-1:] and gap[-1].lower == "the":
        gap = gap[:-1]
    return len(gap) >= 3 and gap[0].lower == "and" and gap[-1].lower == "of" and tokens[m.start].lower != "and" \
        and all(t.text[:1].isupper() for t in gap[1:-1])


def _agent_of_state(mentions: list[Mention], tokens: list[Token]) -> list[Mention]:
    """"the foreign minister of Armenia", "a court in Guyana" → state + agent."""
    out: list[Mention] = []
    skip = set()
    for k, m in enumerate(mentions):
        if k in skip:
            continue
        nxt = mentions[k + 1] if k + 1 < len(mentions) else None
        named = m.end  # "President Julius Maada Bio of Sierra Leone": the name sits between office and state
        while named < len(tokens) and named - m.end < 5 and name_token(tokens[named]) \
                and (nxt is None or named < nxt.start):
            named += 1
        if named > m.end and named + 1 < len(tokens) and tokens[named].text == "," \
                and tokens[named + 1].lower in NAME_SUFFIXES:
            named += 2  # "President Tommy Remengesau, Jr. of Palau"
        if (m.kind == "agent" and nxt is not None and nxt.kind == "state" and named < len(tokens)
                and (tokens[named].lower == "of" or _local(mentions, k, tokens) or _second_portfolio(m, nxt, tokens)
                     # "Officials from Iran met"; "Rudenko and his colleague from the DPRK"
                     or (tokens[named].lower == "from" and (_subject(m, k) or tokens[m.end - 1].lower in _PEERS)))
                and nxt.start - named <= 6
                # names, not "ministry of ... summoned Britain" (but "the minister of energy of Turkmenistan")
                and all(t.lower in _BETWEEN or t.text[:1].isupper() or t.lower in _GAP_WORDS or name_token(t)
                        for t in tokens[m.end:nxt.start])
                and not _another_title(tokens[m.end:nxt.start])):
            out.append(Mention(m.start, nxt.end, m.char_start, nxt.char_end, nxt.code[:3] + m.code.lstrip("~"),
                               "combined", " ".join(t.text for t in tokens[m.start:nxt.end])))
            skip.add(k + 1)
            if tokens[m.end - 1].lower.endswith("s"):  # "the presidents of Tajikistan, Kyrgyzstan and Uzbekistan"
                skip |= _listed_states(mentions, k + 1, tokens, m.code.lstrip("~"), out)
        elif (m.kind in ("person", "combined") and nxt is not None and nxt.kind == "state"
              and [t.lower for t in tokens[m.end:nxt.start]] in (["of"], ["of", "the"])
              and country_of(m.code) == nxt.code):  # "President Aliyev of Azerbaijan" is one actor
            out.append(Mention(m.start, nxt.end, m.char_start, nxt.char_end, m.code, m.kind,
                               " ".join(t.text for t in tokens[m.start:nxt.end])))
            skip.add(k + 1)
        else:
            out.append(m)
    return out


def _combine(mentions: list[Mention], tokens: list[Token]) -> list[Mention]:
    """State + agent ("Russian troops"), state's + agent, state + person ("U.S. President Trump"),
    organisation + agent ("UN troops"), two agents ("government forces"); an agent left alone
    is an actor of unknown country."""
    out: list[Mention] = []
    for m in _agent_of_state(mentions, tokens):
        prev = out[-1] if out else None
        if prev is not None and _adjacent(prev, m, tokens) and m.kind == "person" and m.code.endswith("ELI") \
                and prev.kind in ("combined", "agent"):
            # "Indian Foreign Secretary S. Jaishankar" in 2016: the title says what he was then
            code = (prev.code if prev.kind == "combined" else country_of(m.code) + prev.code.lstrip("~"))
            out[-1] = merged(prev, m, code, "combined", tokens)
            continue
        if prev is not None and _adjacent(prev, m, tokens):
            if prev.kind in ("state", "combined") and m.kind == "agent":
                # "Afghan Defence Minister Mullah Yaqoob": a cleric's honorific after an office is no agent of its own
                keep = prev.kind == "combined" and len(prev.code) > 3 and m.code.lstrip("~") == "REL"
                code = prev.code if keep else prev.code[:3] + m.code.lstrip("~")
                out[-1] = merged(prev, m, code, "combined", tokens)
                continue
            if prev.kind == "state" and m.kind == "org" and _security_council(m, tokens):
                # "Russia's Security Council", "Armenia's Security Council": the state's own body, not the UN's
                out[-1] = merged(prev, m, prev.code[:3] + "GOV", "combined", tokens)
                continue
            if prev.kind == "org" and m.kind == "agent":  # "UN troops" → IGOUNOMIL, as PETRARCH codes them
                out[-1] = merged(prev, m, prev.code + m.code.lstrip("~"), "org", tokens)
                continue
            if prev.kind == m.kind == "state" and prev.code == m.code and _possessive_gap(prev, m, tokens):
                out[-1] = merged(prev, m, m.code, "state", tokens)  # "Libya's Tripoli government": one actor
                continue
            if prev.kind == "state" and m.kind == "group" and country_of(m.code) == prev.code:
                out[-1] = merged(prev, m, m.code, "group", tokens)  # "Afghan Taliban fighters": one actor, not two
                continue
            if prev.kind == "group" and m.kind == "agent":  # "Taliban fighters": the group says it all,
                # unless it rules: then its forces are the state's ("Taliban forces" in 2023 → AFGMIL)
                agent = "MIL" if m.code.lstrip("~") in ("REB", "UAF", "INS") else m.code.lstrip("~")  # "fighters"
                code = prev.code[:3] + agent if prev.code.endswith("GOV") else prev.code
                out[-1] = merged(prev, m, code, "group", tokens)
                continue
            if prev.kind in ("state", "combined", "agent") and m.kind == "person":
                out[-1] = merged(prev, m, m.code, "person", tokens)
                continue
            if prev.kind == "org" and m.kind == "person" and m.code[:6] == prev.code[:6]:
                # "European Commission President Ursula von der Leyen": the holder the dictionary knows
                out[-1] = merged(prev, m, m.code, "person", tokens)
                continue
            if prev.kind == "person" and m.kind == "agent":  # "the Reagan administration"
                out[-1] = merged(prev, m, prev.code, "person", tokens)
                continue
            if prev.kind == "agent" and m.kind == "agent":  # "government forces" → MIL, "rebel leaders" → REB
                out[-1] = merged(prev, m, m.code if prev.code == "~GOV" else prev.code, "agent", tokens)
                continue
        out.append(m)
    # An agent nobody owns ("insurgents", "officials") is CAMEO's unknown-country actor, "---REB";
    # one that only modifies a thing ("joint military exercises"), or a weapon nobody owns
    # ("launched 23 drones"), is no actor at all.
    # A bare "side" ("the sides agreed") is only ever the state it belongs to: alone it is nobody.
    return [_unowned(m) if m.kind == "agent" else m for m in out if m.code.lstrip("~") and m.code != "---"
            and not (m.kind == "agent" and ((m.end < len(tokens) and tokens[m.end].lower in _THINGS)
                                            or tokens[m.end - 1].lower in _WEAPONS or _stance(m, tokens)
                                            or (m.start > 0 and tokens[m.start - 1].lower in _JET_WORDS)))]


def _shared_demonyms(mentions: list[Mention], tokens: list[Token]) -> list[Mention]:
    """"his Guinean counterpart, Umaro Sissoco Embaló": the person named beside a shared adjective's office is of
    Guinea-Bissau, and so is the office."""
    out = list(mentions)
    for k, m in enumerate(mentions[:-1]):
        nxt = mentions[k + 1]
        states = SHARED_DEMONYMS.get(tokens[m.start].lower)
        if states and m.kind == "combined" and nxt.kind == "person" and nxt.start == m.end + 1 \
                and tokens[m.end].text == "," and nxt.code[:3] in states and nxt.code[:3] != m.code[:3]:
            out[k] = m.recoded(nxt.code[:3] + m.code[3:])
    return out


def _security_council(m: Mention, tokens: list[Token]) -> bool:
    return [t.lower for t in tokens[m.start:m.end]] == ["security", "council"]


def _possessive_gap(a: Mention, b: Mention, tokens: list[Token]) -> bool:
    return [t.lower for t in tokens[a.end:b.start]] in (["'s"], ["'"], ["’s"])


def _stance(m: Mention, tokens: list[Token]) -> bool:
    """"expressing opposition to the remarks": opposition as a stance, not the opposition."""
    return tokens[m.end - 1].lower == "opposition" and m.end < len(tokens) and tokens[m.end].lower == "to"


_WEAPONS = {"drone", "drones", "warplane", "warplanes", "warship", "warships", "tanks", "artillery", "jets"}
_JET_WORDS = {"jet", "fighter", "fighters"}  # "jet fighters", "fighter jets": aircraft, not fighters


_THINGS = {"exercise", "exercises", "drills", "aid", "assistance", "cooperation", "ties", "operation", "operations",
           "action", "base", "bases", "equipment", "hardware", "spending", "budget", "intervention", "presence",
           "buildup", "build-up", "escalation", "pressure", "capabilities", "supplies", "technology", "sales",
           "deal", "deals", "pact", "alliance", "zone", "custody", "doctrine", "reform", "reforms", "policy",
           "coup", "rule", "junta", "sources", "source", "installations", "facilities", "infrastructure",
           "honors", "honours", "parade", "band"}  # "will welcome him with full military honors"


def _unowned(m: Mention) -> Mention:
    return m.recoded("---" + m.code.lstrip("~"), "unowned")


def _share_agents(mentions: list[Mention], tokens: list[Token]) -> list[Mention]:
    """"US and British activists", "Armenian and Azerbaijani foreign ministers": the agent is shared."""
    out = list(mentions)
    shared = set()
    for k in range(len(out) - 2, -1, -1):  # right to left: "Armenian, Azerbaijani and Georgian ministers"
        a, b = out[k], out[k + 1]
        between = [t.lower for t in tokens[a.end:b.start]]
        # "Pakistani, Turkish, and Azerbaijani parliament speakers": a serial comma too
        joined = between in (["and"], ["or"], [",", "and"]) or (between == [","] and (k + 1 in shared
                                                                                 or _adjective_pair(a, b)))
        # "the first U.S.-Israeli delegation": a hyphened pair of states before one agent shares it
        joined = joined or (between in (["-"], ["–"]) and b.text.split(" ")[0].lower() in adjectives())
        if a.kind == "state" and b.kind == "combined" and joined and len(b.code) > 3 and b.code[:3] == country_of(b.code):
            out[k] = Mention(a.start, a.end, a.char_start, a.char_end, a.code[:3] + b.code[3:], "combined", a.text)
            shared.add(k)
        elif a.kind == "combined" and b.kind == "unowned" and between == ["and"] and a.code[:3] == country_of(a.code):
            # "Chinese coast guard and navy ships": the navy is Chinese too
            out[k + 1] = Mention(b.start, b.end, b.char_start, b.char_end, a.code[:3] + b.code[3:], "combined", b.text)
    return out


def _dual_titles(mentions: list[Mention], tokens: list[Token]) -> list[Mention]:
    """"First Deputy Minister of Defence and Chief of General Staff of the Azerbaijan Army Karim Valiyev": two
    titles of one holder, the state named once after the second, are one actor."""
    return _merged_into_previous(mentions, tokens, lambda a, m: (
        a.kind == "unowned" and a.text[:1].isupper() and m.kind == "combined"
        and [t.lower for t in tokens[a.end:m.start]] == ["and"] and tokens[m.start].text[:1].isupper()
        and "of" in m.text.split() and m.code[:3] == country_of(m.code)))


def _adjective_pair(a: Mention, b: Mention) -> bool:
    """"The Kazakh, Uzbek leaders": two state adjectives a comma joins share the noun after the second."""
    return a.text.lower() in adjectives() and b.text.split(" ")[0].lower() in adjectives()


def _agents_of_lists(mentions: list[Mention], tokens: list[Token]) -> list[Mention]:
    """"delegations from the DRC and Rwanda", "the defence ministers of Uganda and the DRC": the agent
    before a list of states is each state's."""
    out = list(mentions)
    for k, a in enumerate(mentions):
        states = [m for m in mentions[k + 1:] if m.kind == "state" and len(m.code) == 3]
        if not states:
            continue
        gap = [t.lower for t in tokens[a.end:states[0].start]]
        # only a plural agent is each state's ("the Government of Rwanda and the DRC" may be one actor and a
        # state), and not one owned already ("its ambassadors from Ireland and Norway" are Israel's)
        owned = a.start > 0 and tokens[a.start - 1].lower in POSSESSIVES
        if a.code.startswith("---") and len(a.code) > 3 and gap in (["from"], ["from", "the"], ["of"], ["of", "the"]) \
                and tokens[a.end - 1].lower.endswith("s") and not owned:
            agent, head = a.code[3:], None  # "delegations from the DRC and Rwanda"
        elif a.kind == "combined" and len(a.code) > 3 and (k_of := next(
                (t.i for t in tokens[a.start:a.end] if t.lower in ("of", "from")), None)) is not None \
                and (tokens[k_of - 1].lower.endswith("s") or tokens[k_of - 1].lower == "people") and not owned:
            agent, head = a.code[3:], a  # "the defence ministers of Uganda and the DRC", "the people of A and B"
            states = [a] + states
        else:
            continue
        group = _listed(states, tokens)
        if len(group) < 2 or (head is not None and group[0] is not head):
            continue
        recoded = {id(m): m.recoded(m.code[:3] + agent, "combined") for m in group if m is not head}
        out = [recoded.get(id(m), m) for m in out if m is not a or head is not None]
    return out


def _listed(states: list[Mention], tokens: list[Token]) -> list[Mention]:
    """The mentions from the first on joined by commas and "and": "Uganda and the DRC", "A, B and C"."""
    group = states[:1]
    for m in states[1:]:
        gap = [t.lower for t in past_apposed_name(tokens[group[-1].end:m.start]) if t.lower != "the"]
        if gap not in ([","], ["and"], [",", "and"]):
            break
        group.append(m)
    return group


def _absorb_names(mentions: list[Mention], tokens: list[Token]) -> list[Mention]:
    """"Libyan leader Muammar Gaddafi": a name the dictionary does not know belongs to the office before it.

    Without this the office and the next actor are not adjacent, so "X and Y signed" is not
    read as a joint subject.
    """
    starts = {m.start for m in mentions}
    out = []
    for m in mentions:
        end = m.end
        if m.kind in ("combined", "person"):
            # "Faisal bin Farhan Al Saud": the rest of a known person's name is his too
            reach = 4 if m.kind == "combined" else 2
            while end < len(tokens) and end not in starts and end - m.end < reach and name_token(tokens[end]):
                end += 1
            end = _past_al_parts(tokens, end, starts) if end > m.end else end
        out.append(m if end == m.end else Mention(m.start, end, m.char_start, tokens[end - 1].end, m.code, m.kind,
                                                  " ".join(t.text for t in tokens[m.start:end])))
    return out


def _past_al_parts(tokens: list[Token], end: int, starts: set[int]) -> int:
    """"Mutlaq Bin Majed Al-Qahtani": the tokenizer splits a capital "Al-"; a name may hold several ("Sheikh Sabah
    Khaled Al-Hamad Al-Sabah")."""
    if end + 1 < len(tokens) and tokens[end - 1].lower in ("al", "el") and tokens[end].text == "-" \
            and name_token(tokens[end + 1]):
        end += 2
    while end + 2 < len(tokens) and end not in starts and tokens[end].lower in ("al", "el") \
            and tokens[end + 1].text == "-" and name_token(tokens[end + 2]):
        end += 3
    return end


_GAP_WORDS = {"'s", "'", "s", "first", "new", "deputy", "top", "senior", "chief", "former", "acting", "then",
              "standing", "most", "official", "high-level", "high-ranking",  # "the Qatari official delegation"
              "diplomatic",  # "Pakistani diplomatic officials"
              # "Slovenia's recently elected government"
              "recently", "newly", "elected", "newly-elected", "incoming", "outgoing", "current",
              # "Niger's junta-appointed Prime Minister"
              "appointed", "newly-appointed", "junta-appointed", "-appointed",
              "the", "his", "her", "its", "their", "own",
              # portfolios and ranks between a state and its office: "Rwanda's information minister"
              "national", "security", "information", "interior", "justice", "finance", "economy", "energy", "trade",
              "health", "education", "intelligence", "special", "presidential", "vice", "assistant", "lead",
              "commerce", "defence", "defense", "foreign", "agriculture", "transport", "environment", "culture",
              "labour", "labor", "emergency", "emergencies", "economic", "development", "industry", "tourism",
              "communications", "digital", "science", "fisheries", "infrastructure", "housing", "home",
              "water", "irrigation", "petroleum", "mining", "planning", "aviation", "maritime", "investment",
              "immigration", "technology",
              # "Russia's two largest oil companies" (a number only after a possessive: see _adjacent)
              "largest", "biggest", "major", "leading", "oil", "gas", "state-owned", "state-run",
              "interim", "transitional", "caretaker", "provisional", "federal", "central", "regional", "military",
              # who they are: "108 Ukrainian female soldiers", "Russian armed forces", "Iranian elite troops"
              "female", "male", "elite", "local", "retired", "captured", "wounded", "detained", "jailed", "veteran",
              "serving", "young", "high-ranking", "ranking", "visiting", "border",
              # "US-led forces", "a British-flagged ship" (tokenize splits the owner off)
              "-led", "-flagged", "-owned", "-registered", "-operated", "-run", "self-defense", "self-defence",
              "-based"}  # "Pakistan-based militants"


_NUMBERS = {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"}


def _adjacent(a: Mention, b: Mention, tokens: list[Token]) -> bool:
    """Mentions that combine: next to each other, or separated by a possessive and modifiers."""
    gap = tokens[a.end:b.start]
    # "Russia's two largest oil companies", but not "police detained two opposition activists"
    owned = bool(gap) and gap[0].lower in ("'s", "'")
    return len(gap) <= 4 and all(t.lower in _GAP_WORDS or (owned and t.lower in _NUMBERS) for t in gap)


# -- the bundled dictionary --------------------------------------------------------------------


def _date(value: str) -> date | None:
    return date.fromisoformat(value) if value else None


def _capitals(name: str) -> bool:
    letters = [c for c in name if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


@cache
def bundled() -> ActorDictionary:
    """States (names, adjectives, capitals), organisations, office holders and agent nouns."""
    d = ActorDictionary()
    listed = set()
    for r in data_rows("states.csv"):
        listed.add(r["code"])
        for name in r["names"].split("|"):
            d.add(Entry(_words(name), r["code"], "state", cased=name[:1].isupper(), upper=_capitals(name)))
    for r in data_rows("institutions.csv"):  # "the Knesset", "the IRGC": one state's institution by its own name
        for name in r["names"].split("|"):
            d.add(Entry(_words(name), r["code"], "state", cased=True))
    for c in reference.countries().values():
        if c.iso3 not in listed:
            d.add(Entry(_words(c.name), c.iso3, "state", cased=True))
    for r in data_rows("nationalities.csv"):  # every state's adjectives and capital, not only the watched ones
        for name in filter(None, [*r["forms"].split("|"), *r["capitals"].split("|")]):
            d.add(Entry(_words(name), r["code"], "state", cased=True, upper=_capitals(name)))
    for r in data_rows("cities.csv"):  # "arrived in Hiroshima": read as the state it lies in, as its capital is
        for name in r["names"].split("|"):
            d.add(Entry(_words(name), r["code"], "state", cased=True))
    for r in data_rows("organizations.csv"):
        for name in r["names"].split("|"):
            d.add(Entry(_words(name), r["code"], "org", cased=name[:1].isupper()))
    for r in data_rows("armed_groups.csv"):  # dated: the Taliban were insurgents, then the government, twice
        for name in r["names"].split("|"):
            d.add(Entry(_words(name), r["code"], "group", _date(r["start"]), _date(r["end"]), cased=name[:1].isupper()))
    for r in data_rows("office_holders.csv") + data_rows("world_leaders.csv"):
        for name in _spellings(r["names"].split("|")):
            d.add(Entry(_words(name), r["code"], "person", _date(r["start"]), _date(r["end"]), cased=True))
    for r in data_rows("places.csv"):  # matched so that their words are not read as states, then dropped
        for name in r["names"].split("|"):
            d.add(Entry(_words(name), "---", "place", cased=name[:1].isupper()))
    for r in data_rows("agents.csv"):
        for noun in r["nouns"].split("|"):
            # "PM" only in capitals: "7.40 pm" is a time; "the Head of Sudan's Sovereign Council", not "will head to"
            d.add(Entry(_words(noun), "~" + r["agent"], "agent", cased=noun[:1].isupper()))
            if not noun.endswith("s") and not noun[:1].isupper():  # regular plurals: "foreign ministers", "officials", "secretaries"
                plural = noun[:-1] + "ies" if noun.endswith("y") and noun[-2:-1] not in "aeiou" else noun + "s"
                d.add(Entry(_words(plural), "~" + r["agent"], "agent"))
    return d
