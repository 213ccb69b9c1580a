"""Whom a phrase refers to, once the dictionary has found its actors.

"his Congolese counterpart", "the two countries", "his country", "its troops", "former President
X", "the Russia-led CSTO": each rule rewrites the mentions of one sentence, and
``ActorDictionary.find`` applies them in order after matching and combining.  They are here, apart
from the dictionary, because they read the sentence, not the dictionary.  ("the country's vice
foreign minister" is a description of a state: epithets.py.)
"""

from __future__ import annotations

from dataclasses import replace

from dyadwatch.coding.dates import MONTHS, SPANS, WEEKDAYS
from dyadwatch.coding.mentions import (LOCATIVE, POSSESSIVES, SPEECH, Mention, country_of, is_place, merged, name_token,
                                       word_before)
from dyadwatch.coding.text import Token


_FORMER = {"former", "ex", "ex-", "then-former", "erstwhile"}


def former(mentions: list[Mention], tokens: list[Token]) -> list[Mention]:
    """"former Ecuadorian Vice President Jorge Glas": out of office, an office holder is one of the
    country's elite (CAMEO's ELI), whatever office the words name."""
    out = []
    for m in mentions:
        words = {t.lower for t in tokens[max(0, m.start - 2):m.start]} | {t.lower for t in tokens[m.start:m.end]}
        # (not in an act dated before him: "In May, 2014, former Prime Minister Shinzo Abe held a summit meeting":
        # he held the office then)
        dated = any(len(t.text) == 4 and t.text.isdigit() and t.text[:2] in ("19", "20") for t in tokens[:m.start])
        if m.kind in ("person", "combined") and words & _FORMER and m.agent in ("GOV", "MIL", "LEG", "JUD") \
                and not dated:
            m = m.recoded(m.country + "ELI")
        out.append(m)
    return out


def counterparts(mentions: list[Mention], tokens: list[Token]) -> list[Mention]:
    """"the Indian corps commander and his Chinese counterpart": a counterpart holds the same kind of
    office as the actor before it (CHNMIL here), not always a government's."""
    out = list(mentions)
    for k, m in enumerate(out):
        if m.kind == "combined" and tokens[m.end - 1].lower in ("counterpart", "counterparts"):
            # "told reporters after meeting his Greek counterpart": reporters hold no office of a state
            other = next((p for p in reversed(out[:k]) if p.agent and p.country != m.country
                          and not p.code.startswith("---")), None)
            if other is not None:
                out[k] = m.recoded(m.country + other.agent)
    return out


def parallel_holders(mentions: list[Mention], tokens: list[Token]) -> list[Mention]:
    """"Rwandan Foreign Minister Olivier Nduhungirehe and DR Congo's Thérèse Kayikwamba Wagner": a state's
    named person conjoined with an office holder holds the same kind of office (CODGOV), the office left
    unsaid the second time."""
    out = list(mentions)
    for k in range(1, len(out)):
        m, before = out[k], out[k - 1]
        end = _name_after_possessive(m, tokens, {i for x in out for i in range(x.start, x.end)})
        if end is None or len(m.code) != 3 or before.kind != "combined" or not before.agent \
                or before.code.startswith("---") or before.country == m.country \
                or [t.lower for t in tokens[before.end:m.start]] != ["and"]:
            continue
        text = " ".join(t.text for t in tokens[m.start:end])
        out[k] = replace(m, end=end, char_end=tokens[end - 1].end, text=text, kind="combined",
                         code=m.code + before.agent)
    return out


def _name_after_possessive(m: Mention, tokens: list[Token], taken: set[int]) -> int | None:
    """Where a name of two or more capitalised words after "<state>'s" ends, or None."""
    k = m.end + 1
    if m.kind != "state" or m.end >= len(tokens) or tokens[m.end].lower not in ("'s", "’s"):
        return None
    while k < len(tokens) and k not in taken and tokens[k].text[:1].isupper() and tokens[k].text.isalpha():
        k += 1
    return k if k - (m.end + 1) >= 2 else None


def _of_the_republic(tokens: list[Token], end: int) -> bool:
    return end + 3 < len(tokens) and tokens[end].lower == "of" and tokens[end + 1].lower == "the" \
        and tokens[end + 2].lower in ("republic", "nation", "country", "kingdom", "state", "federation")


def appositives(mentions: list[Mention], tokens: list[Token]) -> list[Mention]:
    """"his Armenian counterpart, Suren Papikyan": an office and the named holder after a comma are
    one actor, coded by the name (the dated dictionary knows what he was)."""
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        # "his Iranian counterpart, Hossein Amirabdollahian": a given name the dictionary does not hold may come first
        # ("The President of the Republic, José Maria Neves": the republic is the one his name says)
        end = prev.end + 3 if prev is not None and prev.kind == "unowned" and _of_the_republic(tokens, prev.end) \
            else prev.end if prev is not None else 0
        if (prev is not None and m.kind == "person" and prev.kind in ("combined", "unowned")
                and prev.agent not in _NO_OFFICE  # "Speaking to reporters in Ankara, Erdogan said"
                and end < m.start <= end + 3 and tokens[end].text == ","
                and all(name_token(t) for t in tokens[end + 1:m.start])
                and (prev.country == m.country or prev.kind == "unowned")):
            # ("the Prime Minister of Cabo Verde, José Maria Neves" in 2015: the office he held then, where the
            # dictionary has him out of office)
            held = prev.code if m.code.endswith("ELI") and prev.kind == "combined" else m.code
            out[-1] = merged(prev, m, held, "person", tokens)
        elif (prev is not None and prev.kind == "person" and m.kind == "combined" and tokens[prev.end].text == ","
              and (m.start == prev.end + 1 or (m.start == prev.end + 2 and tokens[prev.end + 1].lower == "the"))
              and prev.country == m.country):
            # "Wang Yi, China's most senior diplomat", "Ali Shamkhani, the Secretary of Iran's Supreme National
            # Security Council": the office said of him is what he was then, when the dictionary has him out of office
            out[-1] = merged(prev, m, m.code if prev.code.endswith("ELI") else prev.code, "person", tokens)
        elif (prev is not None and prev.kind == "person" and m.kind == "unowned" and m.start == prev.end + 1
              and tokens[prev.end].text == "," and tokens[m.start].text[:1].isupper() and m.agent not in _NO_OFFICE
              and (m.end == len(tokens) or tokens[m.end].text == ",")):
            # "Maris Sangiampongsa, Minister of Foreign Affairs, made an official visit": his office, set off by commas
            out[-1] = merged(prev, m, prev.code, "person", tokens)
        elif prev is not None and _described_then_named(prev, m, tokens):
            # "met with the American first couple, Joe and Jill Biden": the people the appositive names
            out[-1] = merged(prev, m, m.code, "person", tokens)
        elif (prev is not None and prev.kind == "person" and m.kind == "state" and m.start == prev.end + 1
              and tokens[prev.end].lower == "of" and m.country == prev.country):
            # "Sultan Haitham bin Tariq of Oman will hold a state visit": the state names whose he is
            out[-1] = merged(prev, m, prev.code, "person", tokens)
        else:
            out.append(m)
    return out


_NO_OFFICE = {"MED", "CVL", "BUS", "LAB", "EDU", "REF"}


def _described_then_named(prev: Mention, m: Mention, tokens: list[Token]) -> bool:
    """A state's adjective before a few words of no office ("the American first couple"), then a comma and the
    names of its people."""
    from dyadwatch.coding.actors import adjectives  # actors builds its mentions with this module
    comma = next((k for k in range(prev.end, min(m.start, prev.end + 4)) if tokens[k].text == ","), None)
    return prev.kind == "state" and m.kind == "person" and m.country == prev.country and comma is not None \
        and comma > prev.end and prev.text.lower() in adjectives() \
        and all(t.text.islower() and t.text.isalpha() for t in tokens[prev.end:comma]) \
        and 0 < m.start - comma <= 4 and all(name_token(t) or t.lower == "and" for t in tokens[comma + 1:m.start])


# "Azerbaijan and Armenia announced that the two countries would exchange prisoners": the phrase
# stands for the pair named before it.  Heads that name people give the pair an agent.
PAIR_HEADS = {"countries": "", "sides": "", "nations": "", "states": "", "neighbours": "", "neighbors": "",
               "parties": "", "capitals": "", "leaders": "GOV", "governments": "GOV", "presidents": "GOV",
               "ministers": "GOV", "delegations": "GOV", "militaries": "MIL", "armies": "MIL", "diplomats": "GOV",
               "pms": "GOV", "officials": "GOV", "heads": "GOV", "statesmen": "GOV",
               "premiers": "GOV"}  # "The two PMs held talks", "The two officials talked", "between the two statesmen"
# lower-case words that may qualify a pair's head: "the two top diplomats", "the two foreign ministers"
_PAIR_MODIFIERS = {"top", "senior", "foreign", "prime", "defence", "defense", "chief"}


# what "the two" do with no noun after it: "the two discussed", "the two also agreed"
_PAIR_ACTS = {"also", "have", "had", "has", "will", "would", "are", "were", "met", "held", "signed", "agreed",
              "discussed", "spoke", "talked", "pledged", "vowed", "exchanged", "reviewed", "welcomed", "expressed",
              "emphasized", "emphasised", "stressed", "underlined", "reaffirmed", "noted", "called", "urged",
              "condemned", "shared", "highlighted", "inked", "witnessed", "attended", "visited", "toured"}


def pair_size(tokens: list[Token], s: int, neighbours: bool = False) -> int:
    """How many tokens from ``s`` describe a pair ("the two countries" 3, "both leaders" 2, and with
    ``neighbours`` "the neighbours", "the sides", "the parties" 2: in a document, the pair named before), or 0."""
    if tokens[s].lower not in ("the", "both"):
        return 0
    words = [t.lower for t in tokens[s:s + 3]]
    if words[:2] == ["the", "two"] and words[2:] and words[2] in _PAIR_ACTS:  # "during which the two pledged to"
        return 2
    if words[0] == "both" and words[1:2] and words[1] in _PAIR_ACTS:  # "in India, where both pledged"
        return 1
    if words[:2] == ["the", "duo"]:  # "the duo will hold talks": the two people the document named last
        return 2
    lead = 2 if words[:2] == ["the", "two"] else 1 if words[0] == "both" else 0
    if lead:  # "both Latin American leaders", "the two Central Asian states": a region's words may qualify the pair
        k = s + lead
        while k < len(tokens) and k - s - lead < 2 and tokens[k].lower not in PAIR_HEADS \
                and (tokens[k].text.istitle() or tokens[k].lower in _PAIR_MODIFIERS):
            k += 1
        if k + 2 < len(tokens) and tokens[k].lower == "heads" and tokens[k + 1].lower == "of" \
                and tokens[k + 2].lower in ("state", "government"):
            return k - s + 3  # "The two heads of state and their delegations held talks"
        return k - s + 1 if k < len(tokens) and tokens[k].lower in PAIR_HEADS and tokens[k].lower != "heads" else 0
    if not neighbours and words[1:2] in (["countries"], ["nations"]) and words[2:3] != ["of"]:
        return 2  # "Qatar's emir ... since the countries restored relations": only a pair named in the sentence
    if neighbours and words[1:2] in (["neighbouring"], ["neighboring"]) and words[2:3] in (["nations"], ["countries"]):
        return 3  # "the interior ministers of the neighbouring nations"
    # "The leaders discussed" opening a sentence, not "the leaders of the G7", nor "a call in which the leaders"
    # (or after the "where" of a meeting's place: "Prayut hosted PM Fumio Kishida ... in Bangkok, where the leaders
    # announced a new defence deal")
    where = s >= 2 and tokens[s - 1].lower == "where" and tokens[s - 2].text == ","
    heads = (["neighbours"], ["neighbors"], ["sides"], ["parties"]) + ((["leaders"], ["presidents"])
                                                                      if s == 0 or where else ())
    if neighbours and s == 0 and words[1:3] in (["prime", "ministers"], ["foreign", "ministers"]) \
            and [t.lower for t in tokens[3:4]] != ["of"]:
        return 3  # "The prime ministers will discuss bilateral relations" after the pair's visit was named
    size = 2 if (neighbours or where) and words[1:2] in heads and words[2:3] != ["of"] else 0
    return size if size and s + size <= len(tokens) and tokens[s + size - 1].lower in PAIR_HEADS else 0


def pair_mentions(tokens: list[Token], s: int, size: int, codes: tuple[str, str]) -> list[Mention]:
    """The two mentions a pair description at ``s`` stands for, with the agent its head names."""
    head = tokens[s + size - 1].lower
    if head in ("state", "government") and size >= 3 and tokens[s + size - 3].lower == "heads":
        head = "heads"  # "the two heads of state"
    agent = PAIR_HEADS.get(head, "")  # "the two" names no agent
    # "Xi and Muizzu ... the two countries signed": the states, not the leaders (but "the heads of the two
    # countries" are the leaders)
    if head in _STATES and not (s > 0 and tokens[s - 1].lower == "of"):
        codes = (country_of(codes[0]), country_of(codes[1]))
    span = (tokens[s].start, tokens[s + size - 1].end)
    text = " ".join(t.text for t in tokens[s:s + size])
    return [Mention(s, s + size - 1, *span, with_agent(codes[0], agent), "anaphor", text),
            Mention(s + size - 1, s + size, *span, with_agent(codes[1], agent), "anaphor", text)]


_STATES = {"countries", "nations", "states", "capitals", "neighbours", "neighbors"}


def pair_anaphors(mentions: list[Mention], tokens: list[Token]) -> list[Mention]:
    out = list(mentions)
    for s in range(len(tokens) - 1):
        size = pair_size(tokens, s)
        if not size:
            continue
        if size == 1 and any(m.end == s for m in out):
            continue  # "Russia and China both condemned": the pair is named already
        # "Xi held talks with his Maldivian counterpart Muizzu, following which the two countries signed": the
        # last two people of two states stand for their states when no pair is named
        pair = _pair_before(out, tokens, s) or _people_before(out, s) \
            or (_two_states_before(out, s) if {"two", "both"} & {t.lower for t in tokens[s:s + size]} else None)
        if pair is None:  # "the two sides conferred on Syria": a pair we cannot see is nobody we can code
            out = [m for m in out if not (s <= m.start < s + size and m.kind in ("agent", "unowned"))]
            continue
        out = [m for m in out if not (s <= m.start < s + size)] + pair_mentions(tokens, s, size,
                                                                                (pair[0].code, pair[1].code))
    return sorted(out, key=lambda m: m.start)


# "the Russia-led CSTO", "a US-brokered deal": the state qualifies something else and is no party to the act
_TITLES = {"declaration", "agreement", "agreements", "accord", "accords", "process", "format", "protocol",
           "memorandum", "communique", "convention", "treaty", "charter", "principles"}
_QUALIFYING = {"-led", "-dominated", "-brokered", "-mediated", "-sponsored", "-hosted", "-chaired",
               "-based"}  # "the Lebanon-based Hezbollah" (an agent after it is the state's: "Pakistan-based militants")


_AMOUNTS = {"billion", "million", "thousand", "trillion", "bn", "mn", "percent", "per", "%", "tons", "tonnes"}


_SPOUSES = {"wife", "husband", "spouse"}


def not_spouses(mentions: list[Mention], tokens: list[Token]) -> list[Mention]:
    """"President Aliev and his wife Mehriban Alieva greeted Netanyahu and his wife Sara Netanyahu": a leader's
    spouse, named as such, accompanies; the leader is the party."""
    def spouse(m: Mention) -> bool:
        words = [t.lower for t in tokens[max(0, m.start - 2):m.end]]
        # "Türkiye's first lady Emine Erdoğan", "his wife Mehriban Alieva"
        return any(w in _SPOUSES for w in words[:2]) or any(pair == ("first", "lady") for pair in zip(words, words[1:]))

    def spouses_owner(m: Mention) -> bool:  # "met with Sharaa's wife": Sharaa is not met
        nxt = [t.lower for t in tokens[m.end:m.end + 2]]
        return nxt[:1] == ["'s"] and nxt[1:] and nxt[1] in _SPOUSES
    def lady_of(m: Mention) -> bool:  # "Muizzu and First Lady of Maldives, Sajidha Mohamed": no state is she
        return [t.lower for t in tokens[max(0, m.start - 3):m.start]] == ["first", "lady", "of"]
    return [m for m in mentions if (m.kind not in ("person", "combined") or not (spouse(m) or spouses_owner(m)))
            and not lady_of(m)]


def not_parties(mentions: list[Mention], tokens: list[Token]) -> list[Mention]:
    """Drop states, groups and organisations that only qualify what follows ("the Russia-led CSTO",
    "the Taliban-led government of Afghanistan") and channels named after a state and a number ("told
    the France 24 channel").  An actor right after the qualifier takes its words, so "Pakistan and
    the Taliban-led government of Afghanistan" still reads as a list."""
    def qualifier(m: Mention) -> bool:
        nxt = tokens[m.end] if m.end < len(tokens) else None
        if nxt is None or m.kind not in ("state", "group", "org"):
            return False
        # "lent Pakistan 2 billion dollars"; "established ties with Tonga 50 years ago"
        amount = m.end + 1 < len(tokens) and tokens[m.end + 1].lower in _AMOUNTS | SPANS
        # "the Khujand Declaration", "the Minsk Agreements": a place naming a document is no party to it
        titled = m.kind == "state" and nxt.lower in _TITLES and nxt.text[:1].isupper()
        # "breaking the UN Genocide Convention", "the UN Charter": an organisation naming a document
        after = tokens[m.end + 1] if m.end + 1 < len(tokens) else None
        titled = titled or (m.kind in ("state", "org") and nxt.text[:1].isupper() and (
            nxt.lower in _TITLES or (after is not None and after.lower in _TITLES and after.text[:1].isupper())))
        # "NATO member Canada ... has supplied military assistance": the alliance describes the state that acts
        member = m.kind == "org" and nxt.lower in ("member", "ally") \
            and any(n.start in (m.end + 1, m.end + 2) and n.kind == "state" for n in mentions)
        return nxt.lower in _QUALIFYING or titled or member \
            or (m.kind == "state" and nxt.text.isdigit() and not amount)
    mentions = _unhedged(mentions, tokens)
    out: list[Mention] = []
    for k, m in enumerate(mentions):
        if k > 0 and qualifier(mentions[k - 1]) and m.start <= mentions[k - 1].end + 2 \
                and tokens[mentions[k - 1].end].lower in _QUALIFYING:
            q = mentions[k - 1]
            m = Mention(q.start, m.end, q.char_start, m.char_end, m.code, m.kind,
                        " ".join(t.text for t in tokens[q.start:m.end]))
        if not qualifier(m):
            out.append(m)
    return out


def described_apart(mentions: list[Mention], tokens: list[Token]) -> list[Mention]:
    """"President Tommy Remengesau, Jr. of Palau, one of Taiwan's six diplomatic allies in the Pacific, arrived in
    Taiwan": the states in a description set off by commas after an actor ("one of ...") only describe him, as does
    the organisation he acts for "in his capacity as" its chair."""
    drop: set[int] = set()
    for m in mentions:
        k = m.end
        if m.kind in ("person", "combined", "state") and k + 2 < len(tokens) and tokens[k].text == "," \
                and tokens[k + 1].lower == "one" and tokens[k + 2].lower == "of":
            close = next((j for j in range(k + 3, min(len(tokens), k + 16)) if tokens[j].text == ","), None)
            if close is not None:
                drop |= {id(x) for x in mentions if k < x.start and x.end <= close}
    # "President Cyril Ramaphosa - in his capacity as chair of the Southern African Development Community (SADC) -
    # has arrived": the office he acts in describes him, no party of his acts
    for k in range(2, len(tokens) - 1):
        if tokens[k].lower == "as" and tokens[k - 1].lower == "capacity":
            end = next((j for j in range(k + 1, min(len(tokens), k + 16)) if tokens[j].text in (",", "-", "–", "—")),
                       None)
            drop |= {id(x) for x in mentions if end is not None and k < x.start and x.end <= end and x.kind == "org"}
    return [m for m in mentions if id(m) not in drop]


_HEDGES = {"possibly", "perhaps", "probably", "presumably"}


def _unhedged(mentions: list[Mention], tokens: list[Token]) -> list[Mention]:
    """"An unknown aircraft, possibly Russian or Tajik, carried out an air strike": a guess at whose it was
    names no party, and neither does the other guess after "or"."""
    out: list[Mention] = []
    for m in mentions:
        hedged = m.start > 0 and tokens[m.start - 1].lower in _HEDGES
        guessed = bool(out) and out[-1] is None and m.start >= 1 and tokens[m.start - 1].lower == "or"
        out.append(None if m.kind == "state" and (hedged or guessed) else m)
    return [m for m in out if m is not None]


# "his country": the state itself.  "his government", "its army" are agents: _possessed gives them their owner.
_OWN_STATE = {"country", "nation"}


def own_country(mentions: list[Mention], tokens: list[Token]) -> list[Mention]:
    """"Pashinyan said that his country has frozen...": "his country" is the country of the person
    (or office) named just before it."""
    out = _possessed(list(mentions), tokens)
    for s in range(1, len(tokens) - 1):
        head = tokens[s + 1].lower
        if tokens[s].lower not in POSSESSIVES or head not in _OWN_STATE or any(m.start <= s + 1 < m.end for m in out):
            continue
        owner = next((m for m in reversed(out) if m.end <= s and m.kind in ("person", "combined")
                      and country_of(m.code) == m.code[:3]), None)
        if owner is None or not _owner_near(owner, out, s):
            continue
        out.append(Mention(s, s + 2, tokens[s].start, tokens[s + 1].end, owner.code[:3], "state",
                           f"{tokens[s].text} {tokens[s + 1].text}"))
    return sorted(out, key=lambda m: m.start)


def _owner_near(owner: Mention, mentions: list[Mention], s: int) -> bool:
    """Four words or fewer before "his country", or up to twelve with only the owner's own state named between
    ("President Felix Tshisekedi of the Democratic Republic of the Congo (DRC) celebrated a significant diplomatic
    achievement as his country signed")."""
    between = [m for m in mentions if owner.end <= m.start and m.end <= s]
    return s - owner.end <= 4 or (s - owner.end <= 12 and all(m.code[:3] == owner.code[:3] for m in between))


_AUXILIARIES = {"has", "had", "have", "is", "was", "were", "are", "will", "would", "could", "can", "may", "might",
                "must", "should", "did", "does", "also", "then", "later", "said", "says"}
_TIMES = {"half", "part", "parts", "stage", "stages", "years", "period", "case", "option", "group", "point"}


def the_latter(mentions: list[Mention], tokens: list[Token], verb_forms) -> list[Mention]:
    """"Tehran lodged a complaint with Pakistan after the latter conducted missile strikes": "the latter" is the
    actor named last before it in the sentence, when a verb or a punctuation mark follows it (not "the latter
    half of the year").  "the former" is left alone: it is mostly an adjective, "the former president"."""
    out = list(mentions)
    for s in range(len(tokens) - 2):
        if tokens[s].lower != "the" or tokens[s + 1].lower != "latter" or any(m.start <= s + 1 < m.end for m in out):
            continue
        after = tokens[s + 2]
        if after.lower in _TIMES or not (not after.text[:1].isalnum() or after.lower in _AUXILIARIES
                                          or after.lower.endswith("ed") or verb_forms(after.text)):
            continue
        named = [m for m in out if m.end <= s and m.kind in ("state", "person", "combined", "group")]
        if len({m.country for m in named}) >= 2:
            last = named[-1]
            out.append(Mention(s, s + 2, tokens[s].start, tokens[s + 1].end, last.code, last.kind,
                               f"{tokens[s].text} {tokens[s + 1].text}"))
    return sorted(out, key=lambda m: m.start)


_SEATED = {"ministry", "ministries", "government", "parliament", "presidency", "cabinet", "affairs", "defence",
           "defense", "interior"}


def seated_institutions(mentions: list[Mention], tokens: list[Token]) -> list[Mention]:
    """"officials at the Ministry of Foreign Affairs in Male", "the government in Damascus": a state's own
    institution nobody owns is the one of the state whose capital or name follows "in" (an embassy in Male is
    another state's, so only ministries, governments, parliaments and cabinets are read so)."""
    out = list(mentions)
    for k, m in enumerate(out):
        nxt = out[k + 1] if k + 1 < len(out) else None
        if (m.kind == "unowned" and tokens[m.end - 1].lower in _SEATED and nxt is not None and nxt.kind == "state"
                and nxt.code == nxt.country and nxt.start == m.end + 1 and tokens[m.end].lower == "in"):
            out[k] = m.owned_by(nxt, "combined")
    return out


# An organisation named by its seat city ("Brussels agreed") whose city is also a state's capital
_SEAT_CITIES = {"brussels": "BEL"}
_TO_A_PLACE = {"in", "at", "to", "into", "from", "near", "outside"}


_TRAVELLED = {"flew", "travelled", "traveled", "went", "headed", "arrived", "came", "returned", "fly", "travel", "go",
              "head", "arrive", "come", "return", "flying", "travelling", "traveling", "going", "heading", "arriving"}


def travelled_there(mentions: list[Mention], tokens: list[Token]) -> list[Mention]:
    """"the meeting held in Tripoli on May 28 when Abela ... flew there for a lightning visit": "there" after a
    verb of travel is the last place the sentence named before it."""
    out = list(mentions)
    for t in tokens[1:]:
        if t.lower != "there" or tokens[t.i - 1].lower not in _TRAVELLED or any(m.start == t.i for m in out):
            continue
        place = next((m for m in reversed(out) if m.end <= t.i and m.kind == "state" and m.code == m.country
                      and is_place(m, tokens)), None)
        if place is not None:
            out.append(Mention(t.i, t.i + 1, t.start, t.end, place.code, "state", t.text))
    return sorted(out, key=lambda m: m.start)


def seat_cities(mentions: list[Mention], tokens: list[Token]) -> list[Mention]:
    """"arrived in Brussels on Tuesday morning for a three-day state visit": a seat city after a preposition of
    place is the city, of its state (BEL), not the organisation its name stands for when it acts."""
    return [m.recoded(_SEAT_CITIES[m.text.lower()], "state") if m.text.lower() in _SEAT_CITIES and m.start > 0
            and tokens[m.start - 1].lower in _TO_A_PLACE else m for m in mentions]


# "has reiterated Pakistan's desire", "expressed China's opposition": a state's stance voiced by its office
_VOICING = {"reiterated", "reaffirmed", "expressed", "conveyed", "stressed", "underlined", "underscored", "voiced",
            "restated", "reiterates", "reaffirms", "expresses", "conveys"}
_VOICING_GAP = {",", "has", "had", "have", "also", "again", "once"}


def voiced_states(mentions: list[Mention], tokens: list[Token]) -> list[Mention]:
    """"Minister for Defence, Khawaja Muhammad Asif has reiterated Pakistan's strong desire to ...": an office of
    no named state that opens the sentence and voices a state's stance speaks for that state."""
    out = list(mentions)
    if len(out) < 2 or out[0].kind != "unowned" or out[0].start > 2:
        return out
    office, state = out[0], out[1]
    if state.kind != "state" or state.code != state.country or state.end >= len(tokens) \
            or tokens[state.end].lower not in ("'s", "’s", "'"):
        return out
    between = tokens[office.end:state.start]
    if between and between[-1].lower in _VOICING \
            and all(t.lower in _VOICING_GAP or name_token(t) for t in between[:-1]):
        out[0] = office.owned_by(state, "combined")
    return out


SUBORDINATORS = {"as", "when", "after", "before", "while", "since", "because", "until", "once", "where"}


def clause_pronouns(mentions: list[Mention], tokens: list[Token]) -> list[Mention]:
    """"President Xi Jinping hailed China's ties with Kazakhstan as he arrived in the Central Asian country": a
    "he" or "she" opening a subordinate clause is the one person the sentence named before it."""
    out = list(mentions)
    for k in range(1, len(tokens)):
        # (or a relative's: "for a crucial diplomatic visit, during which he will be officially welcomed")
        relative = k >= 2 and tokens[k - 1].lower == "which" and tokens[k - 2].lower in ("during", "in", "at", "after")
        if tokens[k].text not in ("he", "she") or (tokens[k - 1].lower not in SUBORDINATORS and not relative
                                                   and not _reported_clause(tokens, k)):
            continue
        people = {m.code: m for m in out if m.end <= k - 1 and m.kind in ("person", "combined") and m.agent
                  and not m.code.startswith("---")}
        if len(people) == 1:
            m = next(iter(people.values()))
            out.append(Mention(k, k + 1, tokens[k].start, tokens[k].end, m.code, "anaphor", tokens[k].text))
    return sorted(out, key=lambda m: m.start)


def _reported_clause(tokens: list[Token], k: int) -> bool:
    """"Correa announced today that on January 6 and 7, he will be on a State visit": a "he" opening a "that" clause,
    past a time phrase, after a verb of saying."""
    j = k - 1
    while j > 0 and (tokens[j].text[:1].isdigit() or tokens[j].lower in _TIME_FILLERS or tokens[j].lower in SPANS
                     or tokens[j].lower in MONTHS or tokens[j].lower in WEEKDAYS):
        j -= 1
    return j >= 1 and tokens[j].lower == "that" and tokens[j - 1].lower in SPEECH | {"today", "yesterday"}


_TIME_FILLERS = {",", "on", "in", "and", "from", "to", "-", "between", "next", "this", "last", "week", "month", "year"}


def _possessed(mentions: list[Mention], tokens: list[Token]) -> list[Mention]:
    """"The Israeli army said its jet fighters struck": an agent with a possessive belongs to the nearest
    actor of a known country before it, never to nobody (---).  It stays "possessed": as the object of
    an act ("recalled its ambassadors to Georgia", "the withdrawal of its troops from Chad") it names
    no other party, so the act's target is looked for further on."""
    out = []
    for m in mentions:
        if m.kind == "unowned" and m.start > 0 and tokens[m.start - 1].lower in POSSESSIVES:
            owners = [o for o in reversed(out) if o.end < m.start and m.start - o.end <= 12
                      and o.kind != "unowned" and country_of(o.code) == o.code[:3]]
            # "Paris would end its military presence in Niger and withdraw its envoy": a possessive is its
            # clause's subject's, not the state a preposition placed the act in
            owner = next((o for o in owners if not _placed(o, tokens)), owners[0] if owners else None)
            if owner is not None:
                m = m.owned_by(owner, "possessed")
        out.append(m)
    return out


def _placed(m: Mention, tokens: list[Token]) -> bool:
    k = word_before(tokens, m.start)  # "in the Maldives"
    return k >= 0 and tokens[k].lower in LOCATIVE | {"into"}


def _pair_before(mentions: list[Mention], tokens: list[Token], s: int) -> tuple[Mention, Mention] | None:
    before = [m for m in mentions if m.end <= s and m.kind != "anaphor"]
    for a, b in zip(before[::-1][1:], before[::-1]):
        # "Armenia and Azerbaijan", "the Philippines-Japan Reciprocal Access Agreement"
        # "he and his Polish counterpart"
        if [t.lower for t in tokens[a.end:b.start]] in (["and"], ["-"], ["–"], ["and", "his"], ["and", "her"]) \
                and country_of(a.code) != country_of(b.code):
            return a, b
    return None


def _people_before(mentions: list[Mention], s: int) -> tuple[Mention, Mention] | None:
    """"Putin met Erdogan in Sochi, and the two discussed Syria": the last two people of two states."""
    people = [m for m in mentions if m.end <= s and m.kind in ("person", "combined") and not m.code.startswith("---")]
    if len(people) >= 2 and country_of(people[-2].code) != country_of(people[-1].code):
        return people[-2], people[-1]
    return None


def _two_states_before(mentions: list[Mention], s: int) -> tuple[Mention, Mention] | None:
    """"Samoan Prime Minister Fiame ... concluded a five-day visit to Australia ... with the signing of an agreement
    between the two countries": the only two states the sentence has named so far, each by its last mention."""
    before = [m for m in mentions if m.end <= s and m.kind != "anaphor" and not m.code.startswith("---")]
    last = {country_of(m.code): m for m in before}
    if len(last) != 2:
        return None
    a, b = sorted(last.values(), key=lambda m: m.start)
    return a, b


def with_agent(code: str, agent: str) -> str:
    return code + agent if agent and len(code) == 3 else code


def agents_of_pairs(mentions: list[Mention], tokens: list[Token]) -> list[Mention]:
    """"signed by the defence ministers of both countries": the pair, each side with the agent named
    before it (UGAMIL and CODMIL), in place of an agent of no country."""
    out, i = [], 0
    while i < len(mentions):
        m, pair = mentions[i], mentions[i + 1:i + 3]
        if m.code.startswith("---") and len(m.code) > 3 and m.end < len(tokens) and tokens[m.end].lower == "of" \
                and len(pair) == 2 and pair[0].start == m.end + 1 and all(p.kind == "anaphor" for p in pair) \
                and pair[0].char_start == pair[1].char_start:
            agent, text = m.code[3:], " ".join(t.text for t in tokens[m.start:pair[1].end])
            out += [replace(pair[0], start=m.start, char_start=m.char_start, text=text,
                            code=with_agent(pair[0].code[:3], agent)),
                    replace(pair[1], char_start=m.char_start, text=text, code=with_agent(pair[1].code[:3], agent))]
            i += 3
        else:
            out.append(m)
            i += 1
    return out


_POSSESSIVE_MARKS = {"'", "'s", "’", "’s"}


def _modifiers(words: list[str]) -> bool:
    """"respective", "oil": what may stand between a pair's possessive and its agent ("the two nations' oil
    ministries")."""
    return len(words) <= 2 and all(w.isalpha() for w in words)


def pairs_agents(mentions: list[Mention], tokens: list[Token]) -> list[Mention]:
    """"the two countries' respective foreign ministers met": each side of the pair with the agent named after
    its possessive (VENGOV and COLGOV), in place of an agent of no country."""
    out, i = [], 0
    while i < len(mentions):
        a, b, m = (mentions[i:i + 3] + [None, None])[:3]
        gap = [t.lower for t in tokens[b.end:m.start]] if m is not None else []
        if (m is not None and a.kind == b.kind == "anaphor" and a.char_start == b.char_start
                and m.code.startswith("---") and len(m.code) > 3
                and gap[:1] and gap[0] in _POSSESSIVE_MARKS and _modifiers(gap[1:])):
            text, agent = " ".join(t.text for t in tokens[a.start:m.end]), m.code[3:]
            out += [replace(a, char_end=m.char_end, text=text, code=with_agent(a.code[:3], agent)),
                    replace(b, end=m.end, char_end=m.char_end, text=text, code=with_agent(b.code[:3], agent))]
            i += 3
        else:
            out.append(mentions[i])
            i += 1
    return out


_THEN = {"on", "that", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
         "yesterday", "earlier", "later", "last", "week", "this"}


def speaker_pronouns(mentions: list[Mention], tokens: list[Token]) -> list[Mention]:
    """"Solskyi said on Thursday he and his Polish counterpart had agreed": the "he" right after a
    person's speech verb is the speaker, so he is one of the parties the clause names."""
    out = list(mentions)
    for m in mentions:
        said = m.end
        while said < len(tokens) and said - m.end < 3 and tokens[said].lower in _THEN:
            said += 1  # "The Vatican on Saturday said"
        if said >= len(tokens) or tokens[said].lower not in SPEECH:
            continue
        k = said + 1
        while k < len(tokens) and k - said <= 3 and tokens[k].lower in _THEN:
            k += 1
        if k >= len(tokens) or any(o.start <= k < o.end for o in out):
            continue
        word = tokens[k].lower
        person = m.kind in ("person", "combined") and word in ("he", "she")
        # "The Vatican said that it and China had renewed": a state's "it" joined to another party
        joined = m.kind in ("state", "org", "combined") and word == "it" and k + 1 < len(tokens) \
            and tokens[k + 1].lower == "and"
        if person or joined:
            out.append(Mention(k, k + 1, tokens[k].start, tokens[k].end, m.code, "person" if person else m.kind,
                               tokens[k].text))
    return sorted(out, key=lambda x: x.start)


def owned_institutions(mentions: list[Mention], tokens: list[Token]) -> list[Mention]:
    """"South Korea's Joint Chiefs of Staff": an institution the dictionary knows as one state's
    (the US's Joint Chiefs) is the named state's when the name is owned by another state.  "Russian state
    news agency TASS": a description and the institution's name right after it are one actor."""
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if (prev is not None and prev.kind == "state" and len(prev.code) == 3 and m.kind == "state"
                and len(m.code) > 3 and m.code[:3] != prev.code and m.start == prev.end + 1
                and tokens[prev.end].lower in ("'s", "’s")):
            out[-1] = merged(prev, m, prev.code + m.code[3:], "combined", tokens)
        elif prev is not None and prev.end == m.start and len(m.code) > 3 and (
                prev.code == m.code or (prev.kind == "unowned" and prev.code[3:] == m.code[3:])):
            out[-1] = merged(prev, m, m.code, m.kind if prev.kind == "unowned" else prev.kind, tokens)
        else:
            out.append(m)
    return out


def object_pronouns(mentions: list[Mention], tokens: list[Token], verb_forms) -> list[Mention]:
    """"Sisi spoke with Erdogan in a phone call to congratulate him": "him" right after a verb is the one person of
    another country named before it, when the sentence names exactly one such person."""
    out = list(mentions)
    for k, t in enumerate(tokens):
        if t.lower not in ("him", "her") or k == 0 or not verb_forms(tokens[k - 1].text) \
                or not tokens[k - 1].text.islower():
            continue
        before = [m for m in mentions if m.end <= k]
        if not before:
            continue
        subject = country_of(before[0].code)
        # not the verb's own subject: in "Putin told him", "him" is someone else
        others = {m.code: m for m in before if m.kind in ("person", "combined") and country_of(m.code) != subject
                  and m.end != k - 1}
        if len(others) == 1:
            m = next(iter(others.values()))
            out.append(Mention(k, k + 1, t.start, t.end, m.code, "person", t.text))
    return sorted(out, key=lambda m: m.start)
