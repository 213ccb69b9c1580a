"""A mention of an actor in a sentence, and what it is there: a place, a speaker, one of a list, the
same actor as another.

The ``Mention`` record and ``country_of`` are what every coding module shares; the predicates are
used by every component that finds who acts on whom (roles.py, events.py, nominal.py,
judgements.py, quotes.py), so they live apart from any one of them.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, replace
from functools import cache
from importlib import resources

from dyadwatch import reference
from dyadwatch.coding import verbs
from dyadwatch.coding.text import Token


@dataclass
class Mention:
    start: int  # token index
    end: int  # token index, exclusive
    char_start: int
    char_end: int
    code: str
    kind: str
    text: str

    @property
    def country(self) -> str:
        return country_of(self.code)

    @property
    def agent(self) -> str | None:
        known = self.code[:3] in reference.countries() or self.code.startswith("---")
        rest = self.code[3:] if known else ""
        return rest[:3] or None

    def recoded(self, code: str, kind: str | None = None) -> Mention:
        """The same words read as another actor (and, if given, another kind of mention)."""
        return replace(self, code=code, kind=kind or self.kind)

    def owned_by(self, owner: Mention, kind: str) -> Mention:
        """An office of no country ("the government", "its army") given the state of ``owner``."""
        return self.recoded(owner.code[:3] + self.code[3:], kind)


@cache  # a pure function of the code, asked for thousands of times per document
def country_of(code: str) -> str:
    """The actor-country column for a code: ISO3 prefix, or the organisation's group code."""
    orgs = _org_countries()
    for prefix in sorted(orgs, key=len, reverse=True):
        if code.startswith(prefix):
            return orgs[prefix]
    head = code[:3]
    if head in reference.countries() or head in reference.regions():
        return head
    return code[:3]


@cache
def _org_countries() -> dict[str, str]:
    return {r["code"]: r["country"] for r in data_rows("organizations.csv")}


def data_rows(name: str) -> list[dict[str, str]]:
    text = resources.files("dyadwatch.coding").joinpath("data", name).read_text("utf-8")
    return list(csv.DictReader(line for line in text.splitlines() if not line.startswith("#")))


def merged(a: Mention, b: Mention, code: str, kind: str, tokens: list[Token]) -> Mention:
    return Mention(a.start, b.end, a.char_start, b.char_end, code, kind,
                   " ".join(t.text for t in tokens[a.start:b.end]))


# "son of" / "daughter of" in Arabic names: "Sheikh Tamim bin Hamad Al Thani", "Ahmed Awad bin Mubarak"
LINEAGE = frozenset({"bin", "bint", "ibn"})
# what stands between a trip and its traveller's name: "The visit of His Highness the Amir Sheikh Mishal"
HONORIFIC_WORDS = frozenset({"his", "her", "highness", "majesty", "excellency", "royal"})


def with_lineage(mentions: list[Mention], tokens: list[Token]) -> list[Mention]:
    """"Sheikh Tamim bin Hamad Al Thani's state visit": a person's mention runs on through "bin Hamad Al Thani" (the
    dictionary matched the given name), so what is his is next to it."""
    out, dropped = [], []
    for m in mentions:
        end = m.end
        # (and "Sheikh Mishal Al-Ahmad Al-Jaber Al-Sabah": family names the tokenizer splits at their hyphen)
        hyphened = end + 2 < len(tokens) and tokens[end].lower in ("al", "el") and tokens[end + 1].text == "-"
        father = next((n for n in mentions if m.kind == "person" and end + 1 < len(tokens)
                       and tokens[end].lower in LINEAGE and n.start == end + 1 and n.kind == "person"), None)
        if father is not None:  # "Sheikh Tamim bin Hamad bin Khalifa Al-Thani": his father's name is his lineage
            end, dropped = father.end, dropped + [father]
        if m.kind == "person" and end + 1 < len(tokens) and (tokens[end].lower in LINEAGE or hyphened) \
                and (tokens[end + 1].text[:1].isupper() or hyphened) and not any(n.start == end + 1 for n in mentions):
            end += 1
            while end < len(tokens) and not any(n.start == end for n in mentions) and (
                    tokens[end].text[:1].isupper() and tokens[end].text.replace("-", "").isalpha()
                    or tokens[end].lower in ("al", "el", "bin", "-")):
                end += 1
        if m.kind == "person" and end + 2 < len(tokens) and tokens[end].text == "," \
                and tokens[end + 1].lower in NAME_SUFFIXES and tokens[end + 2].lower == "of":
            end += 2  # "President Tommy Remengesau, Jr. of Palau": the suffix, then whose he is
        # ("Sultan Haitham bin Tariq of Oman": the state that names whose he is, once past his lineage)
        state = next((n for n in mentions if end > m.end and end + 1 < len(tokens) and tokens[end].lower == "of"
                      and n.start == end + 1 and n.kind == "state" and n.country == m.country), None)
        if state is not None:
            end, dropped = state.end, dropped + [state]
        out.append(m if end == m.end else Mention(m.start, end, m.char_start, tokens[end - 1].end, m.code, m.kind,
                                                  " ".join(t.text for t in tokens[m.start:end])))
    return [m for m in out if m not in dropped]


_PRESIDING = {"chairman", "chairwoman", "chairperson", "chair", "speaker", "president", "head"}


def presiding(mentions: list[Mention], tokens: list[Token]) -> list[Mention]:
    """"Chairman of the Verkhovna Rada Ruslan Stefanchuk", "Rada Chairman Ruslan Stefanchuk": who presides over a
    state's institution is a person of it (the institution's code), his name included."""
    taken = {k for m in mentions for k in range(m.start, m.end)}
    out = []
    for m in mentions:
        start, end = m.start, m.end
        if m.kind == "state" and len(m.code) > 3:
            if start >= 3 and tokens[start - 1].lower == "the" and tokens[start - 2].lower == "of" \
                    and tokens[start - 3].lower in _PRESIDING and start - 3 not in taken:
                start -= 3
            elif end < len(tokens) and tokens[end].lower in _PRESIDING and end not in taken:
                end += 1
        if (start, end) != (m.start, m.end):
            while end < len(tokens) and end not in taken and end - m.end < 4 and name_token(tokens[end]):
                end += 1
            m = Mention(start, end, tokens[start].start, tokens[end - 1].end, m.code, "combined",
                        " ".join(t.text for t in tokens[start:end]))
        out.append(m)
    return out


# what may follow a surname: "Marcos Jr.", "Modi Ji", "Tommy Remengesau, Jr."
NAME_SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ji", "ii", "iii"})


# the words inside an office's title between its capitalised words: "Minister of State (MoS) for External Affairs"
TITLE_LINKS = frozenset({"of", "for", "the", "and", "(", ")", "-"})


def name_token(t: Token) -> bool:
    text = t.text
    if text[:3] in ("al-", "el-", "ad-", "as-", "an-") and text[3:4].isupper():
        text = text[3:]  # "Asaad al-Shaibani"
    elif text[:1] == "@":
        text = text[1:]  # a handle in a quoted post: "President @CSantokhi of Suriname"
    return text[:1].isupper() and text.replace(".", "").replace("-", "").isalpha() and t.lower not in _NOT_NAMES


_NOT_NAMES = {"on", "in", "the", "and", "said", "told", "today", "tuesday", "monday", "wednesday", "thursday",
              "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july",
              "august", "september", "october", "november", "december"}


LOCATIVE = {"in", "at", "near", "outside", "inside", "from", "through", "via"}
_BESIDE = (["close", "to"], ["next", "to"], ["adjacent", "to"])

_AFTER_ACTOR = {"on", "in", "at", "and", "or", "to", "for", "with", "after", "before", "during", "over", "about",
                "yesterday", "today", "tonight", "last", "this", "late", "early", "by", "from", "who", "which", "that"}


@cache
def _peoples() -> frozenset[str]:
    """Plural demonyms ("Georgians", "Afghans"): a people, not its state."""
    return frozenset(f.lower() for r in data_rows("nationalities.csv") for f in r["forms"].split("|")
                     if f.endswith("s") and f[:-1] in r["forms"].split("|"))


def people(m: Mention) -> bool:
    """"Georgians protested": the mention names a people, not the state."""
    return m.text.lower() in _peoples()


def modifier(m: Mention, tokens: list[Token]) -> bool:
    """"discussing Syrian settlement": a state's adjective before a common noun names no party."""
    nxt = tokens[m.end] if m.end < len(tokens) else None
    return nxt is not None and nxt.text[:1].islower() and nxt.text.isalpha() and nxt.lower not in _AFTER_ACTOR


def compound_first(m: Mention, tokens: list[Token]) -> bool:
    """"the Iranian-run projects in Basra", "a Chinese-built port": a state's adjective that opens a compound
    adjective names no party."""
    nxt = tokens[m.end] if m.end < len(tokens) else None
    return m.kind == "state" and nxt is not None and nxt.text[:1] == "-" and nxt.text[1:].isalpha() \
        and nxt.text[1:2].islower()


def each_other(group: list[Mention]) -> list[tuple[Mention, Mention]]:
    """Every ordered pair of distinct actors of a joint group: "X and Y signed a treaty" is each with the other."""
    return [(a, b) for a in group for b in group if distinct(a, b)]


def both_ways(pairs: list[tuple[Mention, Mention]]) -> list[tuple[Mention, Mention]]:
    """The pairs and their reverses, each once: a meeting, a joint signing, a schedule both sides keep."""
    return pairs + [(b, a) for a, b in pairs if (b, a) not in pairs]


def side(pairs: list[tuple[Mention, Mention]], k: int) -> list[Mention]:
    """The mentions on side ``k`` (0 the sources, 1 the targets) of ``pairs``, each once, in order."""
    out: list[Mention] = []
    for pair in pairs:
        out += [] if any(pair[k] is m for m in out) else [pair[k]]
    return out


def distinct(a: Mention, b: Mention) -> bool:
    """Two different actors; a state and its own government ("Canadian government" → Canada) are not."""
    if a.code == b.code:
        return False
    return not (a.country == b.country and (a.code == a.country or b.code == b.country))


_WHERE_IN = {"the", "center", "centre", "heart", "capital", "city", "outskirts", "streets", "suburbs", "north",
             "south", "east", "west", "northern", "southern", "eastern", "western", "central", "downtown", "of"}


def is_place(m: Mention, tokens: list[Token]) -> bool:
    """A mention after "in", "at"... ("in Baku", "at the White House", "in the center of Tbilisi") is
    a place, not a target."""
    prev = [t.lower for t in tokens[max(0, m.start - 2):m.start]]
    if prev[-1:] == [","] and m.kind == "state" and m.start >= 2 and _place_before_comma(m, tokens) \
            and not (m.end + 1 < len(tokens) and tokens[m.end].lower == "and" and tokens[m.end + 1].text[:1].isupper()):
        # "in Phnom Penh, Cambodia": the country after a place is where it is (not "At a meeting in Delhi, India and
        # China agreed", a subject of two states)
        return True
    if m.kind == "org" and "in" in prev:
        return False  # "its participation in the CSTO", "membership in NATO": an organisation is no place to be in
    if m.kind in ("person", "combined") and prev[-1:] == ["from"]:
        return False  # "a visit from Prabowo", "a letter from President Aliyev": whence a person acts is no place
    if m.kind == "state" and [t.lower for t in tokens[max(0, m.start - 3):m.start] if t.lower != "the"][-2:] in _BESIDE:
        return True  # "outside a town close to the Lebanese border": beside a place is no target either
    if bool(prev) and (prev[-1] in LOCATIVE or (len(prev) == 2 and prev[0] in LOCATIVE and prev[1] == "the")):
        at = m.start - (1 if prev[-1] in LOCATIVE else 2)
        return not (tokens[at].lower == "at" and at > 0 and tokens[at - 1].lower == "out")  # "lashed out at Brazil"
    if m.kind == "state" and m.start >= 2 and tokens[m.start - 1].lower in CITY_HEADS \
            and any(t.lower in LOCATIVE for t in tokens[max(0, m.start - 5):m.start - 1]):
        return True  # "arrived in the Turkish capital Ankara Tuesday to meet": the city named after its description
    return _of_a_place(m, tokens) or (m.kind == "state" and _listed_place(m, tokens))


# what describes a city before its name: "in the Turkish capital Ankara", "the southern Chinese city of Kunming"
CITY_HEADS = frozenset({"capital", "city", "town", "port", "resort"})


def trip_destination(m: Mention, tokens: list[Token]) -> bool:
    """A state after "a tour of", listed after one ("The President, on a week-long tour of Korea and Mongolia will
    meet"): where one tours is no one who acts."""
    k = m.start - 1
    while k >= 2 and (tokens[k].lower in ("and", ",") or tokens[k].text[:1].isupper()) and m.start - k < 6:
        if tokens[k].lower in ("of", "to"):
            break
        k -= 1
    return k >= 2 and tokens[k].lower == "of" and tokens[k - 1].lower == "tour"


def _listed_place(m: Mention, tokens: list[Token]) -> bool:
    """"the gas terminal in Croatia and Italy": a state listed after a place is a place too."""
    k = m.start - 1
    if k < 2 or tokens[k].lower != "and":
        return False
    k -= 1
    while k > 0 and tokens[k].text[:1].isupper() and m.start - k < 6:  # not "in Delhi, India and China"
        k -= 1
    return tokens[k].lower in ("in", "at") and tokens[k + 1].text[:1].isupper()


# "on the sidelines of the United Nations General Assembly": the gathering is where, not who
MARGINS = {"sidelines", "sideline", "margins", "margin"}


def _on_the_margins(m: Mention, tokens: list[Token]) -> bool:
    j = word_before(tokens, m.start)  # "on the sidelines of an EU summit"
    return j >= 1 and tokens[j].lower == "of" and tokens[j - 1].lower in MARGINS


def _of_a_place(m: Mention, tokens: list[Token]) -> bool:
    if _on_the_margins(m, tokens):
        return True
    if m.start < 2 or tokens[m.start - 1].lower != "of":  # "in the center of Tbilisi"
        return False
    back = [t.lower for t in tokens[max(0, m.start - 5):m.start - 1]]
    k = max((j for j, w in enumerate(back) if w in LOCATIVE), default=None)
    return k is not None and all(w in _WHERE_IN for w in back[k + 1:])


def _place_before_comma(m: Mention, tokens: list[Token]) -> bool:
    """Whether the words before ", Cambodia" are a city of that country named after a locative ("in Phnom
    Penh"), not another country of a list ("in Nigeria, Somalia")."""
    from dyadwatch.coding import actors  # the dictionary reads this module: import when asked
    k = m.start - 2  # the last word before the comma
    if tokens[k].lower in ("capital", "city"):
        return True  # "in the Ethiopian capital, Addis Ababa": the city a capital is named by
    j = k
    while j >= 0 and tokens[j].text[:1].isupper() and k - j < 4:
        j -= 1
    if not (j < k and j >= 0 and tokens[j].lower in LOCATIVE):
        return False
    found = actors.bundled().find(tokens[j + 1:k + 1], None)
    return len(found) == 1 and found[0].code == m.code and found[0].text.lower() != m.text.lower()


_JOINERS = (["and"], [","], [",", "and"], ["or"], [")", "and"], [")", ","], [")", ",", "and"], ["-"], ["–"],  # "Congo (DRC) and Rwanda"
            # "accused Azerbaijan, along with China and Russia, of meddling"
            [",", "along", "with"], ["along", "with"], [",", "together", "with"], [",", "as", "well", "as"],
            ["as", "well", "as"])
# "Mali and its allies Burkina Faso and Niger", "Russia and its ally Belarus": the allies act with the first
_ALLIED = ({"and"}, {"ally", "allies", "partner", "partners", "neighbour", "neighbours", "neighbor", "neighbors"})
# the kinds of mention that name a person or an office-holder ("he" resolved, "the Foreign Minister of Japan")
PEOPLE_KINDS = ("person", "combined", "anaphor")
# a rank before an office ("met with visiting senior Chinese diplomat Yang Jiechi", "by top Chinese leaders")
RANKS = frozenset({"senior", "top", "high-ranking", "high-level"})


def guest_start(tokens, i: int) -> int:
    """Where the guest "visiting" at ``i`` qualifies begins: right after it, or past a rank."""
    return i + 2 if i + 2 < len(tokens) and tokens[i + 1].lower in RANKS else i + 1
# "his country", "its troops", "their meeting": the words by which a phrase belongs to an actor named before it
POSSESSIVES = frozenset({"his", "her", "its", "their"})
# Adjectives and short names several states share, the dictionary's reading first: a named holder or the document's
# other states say which ("his Guinean counterpart, Umaro Sissoco Embaló"; "Korea" alone is the South, unless the
# document has named only the North; "Congo" alone, once it has named Brazzaville's president)
SHARED_DEMONYMS = {"guinean": ("GIN", "GNB", "GNQ"), "guineans": ("GIN", "GNB", "GNQ"), "congolese": ("COD", "COG"),
                   "congo": ("COD", "COG"), "korea": ("KOR", "PRK"), "korean": ("KOR", "PRK"),
                   "koreans": ("KOR", "PRK")}
# the words that open a phrase framing an act or a noun: "After rejecting ...", "during the visit President X will"
FRAMING = frozenset({"after", "following", "during", "before", "upon", "on", "at", "in", "amid", "despite", "ahead",
                     "throughout"})
# Agents who are the state they are in ("a court in Guyana", "dissidents in Myanmar"); armed agents are not
# ("troops in Iraq" are seldom Iraq's), but "fighters in Syria" are Syria's insurgents.
LOCAL_AGENTS = frozenset({"GOV", "COP", "LEG", "JUD", "OPP", "CVL", "MED", "BUS", "EDU", "REL", "REB"})
_DETERMINERS = {"the"} | POSSESSIVES


def fronted_end(tokens: list[Token]) -> int:
    """The comma closing a phrase that opens the sentence ("After his talks with Khama,", "At the invitation of Xi,",
    "Invited by Xi,"), or -1."""
    if not tokens or (tokens[0].lower not in FRAMING and tokens[0].lower != "invited"):
        return -1
    return next((k for k, t in enumerate(tokens[:15]) if t.text == ","), -1)


def conjoined(mentions: list[Mention], k: int, tokens: list[Token], step: int) -> list[Mention]:
    """The mentions conjoined with mentions[k] ("Arnor, Osgiliath and Gondor"), walking by ``step``."""
    group = [mentions[k]]
    j, closed, commas_only = k, False, True
    while 0 <= j + step < len(mentions):
        a, b = (mentions[j + step], mentions[j]) if step < 0 else (mentions[j], mentions[j + step])
        anaphor = a.kind == b.kind == "anaphor" and a.end == b.start  # "the two countries" stands for a pair
        # "Putin and his Angolan counterpart": determiners do not break a list
        between = _past_holder(tokens[a.end:b.start]) if a.kind in ("unowned", "combined") else tokens[a.end:b.start]
        gap = [t.lower for t in past_apposed_name(between) if t.lower not in _DETERMINERS]
        if gap[-1:] == ["visiting"] and b.kind in ("person", "combined"):
            gap = gap[:-1]  # "President Xi Jinping and visiting Colombian President Gustavo Petro": a guest's epithet
        joined = _allied(gap) or (gap in _JOINERS and not (gap in (["-"], ["–"]) and _names_an_event(b, tokens))) \
            or _office_of_next(gap) or _described_next(gap)
        # "between Iranian border guards and Taliban forces, media reports said": the list ended at its "and"
        if (not anaphor and not joined) or (closed and gap == [","]):
            break
        closed = closed or (step > 0 and bool({"and", "or", "&"} & set(gap)))
        commas_only = commas_only and gap == [","]
        j += step
        group.append(mentions[j])
    if step < 0 and commas_only and len(group) > 1 and group[-1].start > 0 \
            and (tokens[group[-1].start - 1].lower.endswith("ing") or tokens[group[-1].start - 1].lower in _PREPOSED):
        # "After meeting Modi, Putin left": an object before a comma, with no "and" after it, lists no one (not
        # "The Kazakh, Uzbek leaders held talks")
        return group[:1]
    return group if step > 0 else group[::-1]


def _past_holder(gap: list[Token]) -> list[Token]:
    """"President Volodymyr Zelensky, Prime Minister Denys Shmyhal, and ...": the name of an office's holder that
    the office's mention left out, before the list's comma or "and"."""
    k = 0
    while k < min(len(gap), 4) and name_token(gap[k]):
        k += 1
    if not k and len(gap) >= 3 and gap[0].lower == "of":
        # "UAE's Minister of Justice Abdullah Sultan bin Awad Al Nuaimi and Pakistani diplomatic officials": the
        # portfolio and the holder's name, particles and all
        k = 1
        while k < min(len(gap), 11) and (name_token(gap[k]) or gap[k].lower in NAME_PARTICLES):
            k += 1
        k = k if k >= 3 else 0
    return gap[k:] if 0 < k < len(gap) and gap[k].lower in (",", "and") else gap


NAME_PARTICLES = {"bin", "bint", "ibn", "al", "el"}
_PREPOSED = {"with", "after", "before", "following", "by", "to", "from", "for", "of", "at", "in", "on", "during"}


def past_apposed_name(gap: list[Token]) -> list[Token]:
    """"The presidents of Panama, Juan Carlos Varela, and Costa Rica, Carlos Alvarado": each holder's name between
    commas after his state, skipped so that the states still read as a list (a name of up to seven words, with his
    honorifics: "His Excellency David Waiau Ranibok Adeang")."""
    if len(gap) >= 4 and gap[0].text == ",":
        close = next((k for k in range(2, min(len(gap), 9)) if gap[k].text == ","), None)
        if close is not None and all(name_token(t) for t in gap[1:close]):
            return gap[close:]
    return gap


OFFICE_HEADS = {"speaker", "president", "chairman", "chairwoman", "chair", "head", "leader", "prime", "minister",
                "secretary"}


def _office_of_next(gap: list[str]) -> bool:
    """"Khalifa Haftar and Speaker of the Libyan House of Representatives Aqila Saleh": the next one's office,
    before the body it heads, stands between "and" and his mention."""
    # ("and Chairman of the Standing Committee of the National People's Congress Zhang Dejiang": a longer body)
    return (len(gap) in (3, 4) and gap[0] == "and" and gap[-1] == "of" and all(w in OFFICE_HEADS for w in gap[1:-1])) \
        or (5 <= len(gap) <= 7 and gap[0] == "and" and gap[1] in OFFICE_HEADS and gap[2] == "of" and gap[-1] == "of"
            and all(w.isalpha() for w in gap[3:-1]))


_DESCRIBED_HEADS = {"nation", "country", "state", "republic", "kingdom", "island", "islands", "emirate", "monarchy"}


def _described_next(gap: list[str]) -> bool:
    """"Venezuela and the twin-island nation of Trinidad and Tobago signed": the next one's description, a few
    modifiers and "nation of", stands between "and" and its name."""
    return 3 <= len(gap) <= 6 and gap[0] == "and" and gap[-1] == "of" and gap[-2] in _DESCRIBED_HEADS \
        and all(w.replace("-", "").isalpha() for w in gap[1:-2])


def _allied(gap: list[str]) -> bool:
    """"and its allies", ", along with its regional partners": a joiner, one modifier at most, an ally noun."""
    if not gap or gap[-1] not in _ALLIED[1]:
        return False
    head = gap[:-1]
    if head and head[-1] not in ("and", "with"):
        head = head[:-1]  # "its regional partners", "its fellow members"
    return head == ["and"] or (head in _JOINERS and head not in (["-"], ["–"], [","], ["or"]))


def _names_an_event(m: Mention, tokens: list[Token]) -> bool:
    """"the U.S.-China talks", "the Russia-Ukraine war": a hyphenated pair before an event noun names the
    event (the nominal coder's), not two actors of the verb (as "the Armenian-Azerbaijani commission met")."""
    return any(t.lower in verbs.nouns() for t in tokens[m.end:m.end + 2])


# ("Turkey said Armenia must withdraw").
SPEECH = {"said", "says", "say", "told", "reported", "reports", "added", "announced", "stated", "confirmed", "noted",
           "quoted", "according", "insisted", "insists", "demanded", "demands", "declared", "stressed", "warned",
           "reiterated", "argued", "maintained", "reminded", "reminder", "wrote"}
# verbs of saying with weight, whose subject says what follows but whose "that" opens no new clause subject for
# the verbs coders ("emphasized the special nature of ... relations and expressed his desire to strengthen")
_STRESSING = {"underlined", "underscored", "emphasized", "emphasised"}


def speaker(m: Mention, tokens: list[Token]) -> bool:
    """", Defense Secretary William Perry said." names the source of the report, not a target."""
    before = [t.lower for t in tokens[max(0, m.start - 3):m.start]]
    words = [w for w in before if w not in ("a", "an", "the")]
    if words[-2:] == ["according", "to"]:
        return True  # "..., according to (a) Foreign Ministry press release"
    if len(words) >= 2 and words[-2] == "," and words[-1] in SPEECH:
        return True  # "..., said the Ministry of External Affairs"
    after = []
    for tok in tokens[m.end:m.end + 5]:  # ", officials from both sides said."
        if tok.lower in {",", ".", ";", ":"}:
            break
        after.append(tok.lower)
    return "," in before and any(w in SPEECH for w in after)


def codable(mentions: list[Mention]) -> bool:
    """Two different actors, at least one of a known country: an event between "officials" and
    "police" belongs to no dyad, so it is not worth a parse."""
    return len({m.code for m in mentions}) >= 2 and any(m.kind != "unowned" for m in mentions)


_OBJECT_PREPOSITIONS = {"toward", "towards", "with", "to", "against", "for", "about", "on", "between", "over",
                        "into", "upon", "than"}


def word_before(tokens: list[Token], k: int) -> int:
    """The index of the word before token ``k``, an article skipped ("to the International Court of
    Justice", "from a Russian national"); -1 when nothing comes before."""
    j = k - 1
    if j > 0 and tokens[j].lower in ("the", "a", "an"):
        j -= 1
    return j


def prepositional(m: Mention, tokens: list[Token]) -> bool:
    """"while taking a stance toward Azerbaijan, he insisted": an object of a preposition is seldom
    the subject of a later verb."""
    k = word_before(tokens, m.start)  # "to the International Court of Justice"
    if k > 0 and tokens[k].lower == "with" and tokens[k - 1].lower in ("along", "together"):
        return False  # "Mali, along with Burkina Faso and Niger, expelled": co-subjects, not objects
    # "spoke of an attitude on the part of Russia and accused", "on behalf of the people of Uzbekistan, expressed",
    # "at the invitation of President Mirziyoyev, President Yoon arrived": none of them is who acts next
    return k >= 0 and (tokens[k].lower in _OBJECT_PREPOSITIONS
                       or (tokens[k].lower == "of" and tokens[k - 1].lower in _ON_WHOSE_PART))


_ON_WHOSE_PART = {"part", "behalf", "invitation", "request", "initiative", "behest"}


def owned_first(mentions: list[Mention]) -> list[Mention]:
    """Actors of a known country if there are any; "insurgents" (---REB) or a subject's own agents ("their
    ambassadors") only when nobody else is there."""
    owned = [m for m in mentions if not nobodys(m)]
    return owned or mentions


def nobodys(m: Mention) -> bool:
    """An actor that names no other party: of unknown country ("officials"), or the subject's own
    ("its troops")."""
    return m.kind in ("unowned", "possessed")


SAYING_PARTICIPLES = {"saying", "claiming", "insisting", "stressing", "adding", "arguing", "noting"}
_SAID_IN = {",", "statement", "communique", "communiqué", "note", "letter"}


def actor_before(mentions: list[Mention], tokens: list[Token], j: int) -> Mention | None:
    """The subject of the word at ``j``: the last actor ending at most two tokens before it ("Baku
    called", "Russia said that")."""
    if j > 0 and tokens[j - 1].lower in ("and", "but"):
        # "Kanaani did not name the diplomats but noted": the second verb shares the first one's subject
        return next((m for m in mentions if m.end < j and not prepositional(m, tokens)), None)
    return next((m for m in reversed(mentions) if m.end <= j and j - m.end <= 2), None)


def speaker_of(tokens: list[Token], mentions: list[Mention], k: int) -> tuple[Mention | None, int]:
    """Who says the sentence, and where the judged phrase starts: "X said (that) ...", "..., X said", or
    the main subject of "..., saying (that) ..."."""
    for j, tok in enumerate(tokens[:k]):
        # "..., saying", "issued a statement saying": the main subject says it
        if tok.lower in SAYING_PARTICIPLES and j > 0 and tokens[j - 1].lower in _SAID_IN:
            subject = next((m for m in mentions if m.end <= j and not m.code.startswith("---")
                            and not prepositional(m, tokens)), None)
            return subject, j + 1
    for j, tok in enumerate(tokens):
        if (tok.lower in SPEECH or tok.lower in _STRESSING) and j < k:  # "He underlined that the relationship"
            m = actor_before(mentions, tokens, j)
            if m is None and tok.lower == "according":  # "According to Iran's spokesperson X, ..."
                m = next((m for m in mentions if j + 2 <= m.start <= j + 3 and m.end < k), None)
            if m is not None:
                return m, j + 1
    for n, m in enumerate(mentions):
        # ", said X" or ", X said" (not "..., to Armenia, Pashinyan said": the next actor is the speaker)
        until = mentions[n + 1].start if n + 1 < len(mentions) else len(tokens)
        near = tokens[max(k, m.start - 3):m.start] + tokens[m.end:min(until, m.end + 4)]
        if m.start > k and any(t.lower in SPEECH for t in near) and not prepositional(m, tokens):
            return m, 0  # (not "... visit of the Italian president to Algiers,” said Della Vedova": a place)
    return None, 0
