"""The document's memory of names: who a name, an office, a pronoun or "the bloc" stands for in later sentences.

One ``NameMemory`` per document (``Pipeline.story`` clears it), so nothing carries over from another story.  It runs
after the actor tagger: it adds the mentions a sentence alone cannot place and learns from each sentence's mentions.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dyadwatch import reference
from dyadwatch.coding.actors import GIVEN_TITLES, ActorDictionary
from dyadwatch.coding.mentions import (LINEAGE, NAME_SUFFIXES, PEOPLE_KINDS, SHARED_DEMONYMS, SPEECH, TITLE_LINKS,
                                       Mention, fronted_end, name_token)
from dyadwatch.coding.quotes import quoted_spans, speaker_of
from dyadwatch.coding.text import Token
from dyadwatch.coding.verbforms import TRIP_NOUNS

if TYPE_CHECKING:
    from dyadwatch.coding.pipeline import Sentence

_HONORIFICS = {"h.e", "dr", "samdech", "mr", "mrs", "ms", "excellency"}  # before a holder's name after his office
# what may stand between a holder's name and the office after it: "Funakoshi, the country's vice foreign minister"
_OFFICE_OWNERS = {"the", "country", "nation", "'s", "his", "her", "its", "then"}


def _past_honorifics(tokens: list[Token], j: int) -> int:
    """The first token from ``j`` that is no honorific ("H.E. Dr. Phankham Viphavanh" → "Phankham")."""
    # ("HE Dimitrios Chronopoulos": His Excellency in capitals, never the pronoun there)
    while j < len(tokens) and (tokens[j].lower.rstrip(".") in _HONORIFICS or tokens[j].text == "HE"):
        j += 1
    return j


def _lineage_name(tokens: list[Token], end: int) -> str | None:
    """The family name that closes "bin Hamad Al Thani" right after a name the dictionary knows by its given part
    ("Sheikh Tamim"), which a later sentence may use alone ("between Erdogan and Al Thani")."""
    if end + 3 >= len(tokens) or tokens[end].lower not in LINEAGE or not tokens[end + 1].text[:1].isupper():
        return None
    k = end + 2
    if tokens[k].lower in ("al", "el", "bin") and k + 1 < len(tokens):
        k += 1
    if tokens[k].text == "-" and k + 1 < len(tokens):
        k += 1  # "bin Hamad Al-Thani", split as "Al", "-", "Thani"
    last = tokens[k].text
    return last if last[:1].isupper() and last.isalpha() else None


# A demonym two states share, read as the first unless the document names only the second
_TITLES = {"mr", "mrs", "ms", "dr"}  # "Dr Muscat said": a person's title
_SUBJECT_ANAPHORS = {"he", "she", "his majesty", "her majesty", "his highness", "her highness"}
_VISITORS = {"visitor", "guest"}  # "the visitor will hold official conversations with ..."


class NameMemory:
    """Names and offices the sentence alone cannot place, remembered for the rest of a document.

    "Bolivian Foreign Minister Rogelio Mayta arrived in Lima. Mayta met..." — the first sentence
    says who Mayta is (BOLGOV); the second only names him.  Likewise "Azerbaijan's Foreign Ministry
    summoned the ambassador. The ministry said..." — "the ministry" is Azerbaijan's, unless the
    document has named another state's ministry too.  One memory per document, so nothing carries
    over from another story.
    """

    name, requires, provides = "names", ("mentions",), ("mentions",)

    def __init__(self, dictionary: ActorDictionary):
        self.dictionary = dictionary
        self.known: dict[str, str] = {}
        self.offices: dict[str, str | None] = {}  # head word → code; None once two states' offices share it
        self.last_org: str | None = None
        self.last_court: str | None = None  # "the court" in a later sentence
        self.subject: str | None = None  # the person the last sentence naming one opened with
        self.people: list[str] = []  # the persons that sentence named, in order
        self.opener: str | None = None  # the state of the actor the last sentence opening with one opened with
        self.couple: str | None = None  # the office of two people of one state the last sentence opened with
        self.named: set[str] = set()  # the states the document has named by a word that is no shared demonym
        self.surnames: dict[str, str] = {}  # the last word of each person the document has named → his code
        self.given: dict[str, str | None] = {}  # a named person's first name → his code; None when two share it

    def clear(self) -> None:
        self.known.clear()
        self.offices.clear()
        self.last_org = None
        self.last_court = None
        self.subject = None
        self.people = []
        self.opener = None
        self.couple = None
        self.named.clear()
        self.surnames.clear()
        self.given.clear()

    def __call__(self, s: Sentence) -> None:
        self._demonyms(s)
        self._title_surnames(s)
        self._recall(s)
        self._blocs(s)
        self._he(s)
        self.learn(s)

    def _he(self, s: Sentence) -> None:
        """"Prime Minister Fumio Kishida departed for Seoul. He is scheduled to meet Yoon": a "he" or "she"
        opening a sentence, or saying a quotation ("“...,” he said"), is the person the last sentence that
        named one opened with."""
        if self.subject is not None:
            added = [Mention(t.i, t.i + 1, t.start, t.end, self._quoted_other(s, t.i) or self.subject, "anaphor",
                             t.text)
                     for t in s.tokens if t.lower in ("he", "she") and _opens_or_says(s.tokens, t.i, s.mentions)]
            added = [m for m in added if m.code != _quote_speaker(s, m.start)]
            added = added or self._majesty(s)
            if added and not any(m.start < added[0].start and m.kind in ("person", "combined") for m in s.mentions):
                s.mentions = sorted(s.mentions + added[:1], key=lambda m: m.start)
        self._him(s)
        self._they(s)
        self._visitor(s)
        self._his_trip(s)
        opening = next((m for m in s.mentions if m.start <= 2 and m.kind in ("state", "combined", "person")
                        and not m.code.startswith("---") and m.code[:3] in reference.countries()), None)
        self.opener = opening.code[:3] if opening is not None else self.opener
        people = [m for m in s.mentions if (m.kind in ("person", "combined") or m.text.lower() in _SUBJECT_ANAPHORS)
                  and not m.code.startswith("---") and len(m.code) > 3]
        # "After his private talks with Khama, Mnangagwa later addressed Parliament": the clause's subject, past the
        # phrase that opens the sentence
        fronted = fronted_end(s.tokens)
        first = next((m for m in people if m.start > fronted), people[0] if people else None)
        if first is not None:
            self.subject = first.code
            self.people = [m.code for m in s.mentions if m.kind in ("person", "combined")
                           and not m.code.startswith("---") and len(m.code) > 3]

    def _majesty(self, s: Sentence) -> list[Mention]:
        """"King Hamad met King Salman ... His Majesty expressed deepest congratulations": a royal style opening a
        sentence, with no name after it, stands for the person the last sentence opened with, as "He" does."""
        t = s.tokens
        if len(t) < 3 or t[0].lower not in ("his", "her") or t[1].lower not in ("majesty", "highness") \
                or t[2].text[:1].isupper() or any(m.start <= 1 for m in s.mentions):
            return []
        return [Mention(0, 2, t[0].start, t[1].end, self.subject, "anaphor", f"{t[0].text} {t[1].text}")]

    def _quoted_other(self, s: Sentence, i: int) -> str | None:
        """"“After he was elected, he visited me here,” Lopez Obrador told": a speaker calls himself "I", so a "he"
        in his own quotation is the other person the last sentence named (Bukele), not the speaker."""
        speaker = _quote_speaker(s, i)
        if speaker is None or speaker != self.subject:
            return None
        return next((c for c in reversed(self.people) if c[:3] != speaker[:3]), None)

    def _they(self, s: Sentence) -> None:
        """"The Dutch King Willem-Alexander and Queen Máxima arrived in Brussels ... They were welcomed at ...": a
        "They" opening a sentence is the two people of one state the last sentence opened with."""
        k = _couple_word(s.tokens, s.mentions) if self.couple is not None else None
        if k is not None:
            # ("On Tuesday, Their Majesties started the day with a visit to the Bundestag", "Afterwards, they visited")
            n = 2 if s.tokens[k].lower == "their" else 1
            t, last = s.tokens[k], s.tokens[k + n - 1]
            s.mentions = sorted(s.mentions + [Mention(k, k + n, t.start, last.end, self.couple, "anaphor",
                                                      " ".join(x.text for x in s.tokens[k:k + n]))],
                                key=lambda m: m.start)
        people = [m for m in s.mentions if m.kind in ("person", "combined", "anaphor")]
        # (or after an opening phrase: "On the 6th and 7th of July, King Willem-Alexander and Queen Maxima ...")
        opens = len(people) >= 2 and (people[0].start <= 2 or s.tokens[people[0].start - 1].text == ",")
        couple = people[0].code if opens \
            and [t.lower for t in s.tokens[people[0].end:people[1].start]] == ["and"] \
            and people[0].code == people[1].code and len(people[0].code) > 3 else None
        self.couple = couple or (self.couple if k is not None else None)  # "they" again in the next sentence

    def _him(self, s: Sentence) -> None:
        """"Shercliff was summoned by ... Tehran has lodged a strong protest with him": a "him" in a sentence that
        names no person or office, only states other than his, is the person the last sentence opened with; so is
        one paired with a person of another state ("In a meeting between him and Orbán")."""
        if self.subject is None:
            return
        if any(m.kind in ("person", "combined", "anaphor") for m in s.mentions) \
                or any(m.code[:3] == self.subject[:3] for m in s.mentions):
            him = next((t for t in s.tokens if t.lower == "him" and (self._paired(s, t.i) or self._hosted(s, t.i))),
                       None)
        else:
            him = next((t for t in s.tokens if t.lower == "him"), None)
        if him is not None:
            s.mentions = sorted(s.mentions + [Mention(him.i, him.i + 1, him.start, him.end, self.subject, "anaphor",
                                                      him.text)], key=lambda m: m.start)

    def _visitor(self, s: Sentence) -> None:
        """"The president of Vietnam, To Lam, will arrive in Cuba today. ... the visitor will hold official
        conversations with Cuban president Miguel Díaz-Canel": "the visitor" or "the guest" is the person the last
        sentence opened with, when no person or office of his state is named beside it."""
        if self.subject is None or any(m.code[:3] == self.subject[:3] and m.kind in ("person", "combined")
                                       for m in s.mentions):
            return
        # (past one modifier: "who will receive the distinguished guest upon arrival")
        t = next((t for t in s.tokens[1:] if t.lower in _VISITORS
                  and not any(m.start <= t.i < m.end for m in s.mentions)
                  and (s.tokens[t.i - 1].lower == "the" or (t.i >= 2 and s.tokens[t.i - 2].lower == "the"
                                                            and s.tokens[t.i - 1].text.islower()
                                                            and s.tokens[t.i - 1].text.isalpha()))), None)
        if t is not None:
            k = t.i - 1 if s.tokens[t.i - 1].lower == "the" else t.i - 2
            s.mentions = sorted(s.mentions + [Mention(k, t.i + 1, s.tokens[k].start, t.end, self.subject, "anaphor",
                                                      " ".join(x.text for x in s.tokens[k:t.i + 1]))],
                                key=lambda m: m.start)

    def _his_trip(self, s: Sentence) -> None:
        """"President Uhuru Kenyatta is expected to travel to Japan ... This will be his first visit to Japan": a
        "his" or "her" owning a trip, in a sentence that names no one before it, is the last sentence's subject."""
        if self.subject is None:
            return
        t = next((t for t in s.tokens if t.lower in ("his", "her") and _owns_trip(s.tokens, t.i)), None)
        if t is None or any(m.start < t.i and m.kind in PEOPLE_KINDS for m in s.mentions) \
                or any(m.start <= t.i < m.end for m in s.mentions):
            return
        s.mentions = sorted(s.mentions + [Mention(t.i, t.i + 1, t.start, t.end, self.subject, "anaphor", t.text)],
                            key=lambda m: m.start)

    def _hosted(self, s: Sentence, i: int) -> bool:
        """"President Tsai Ing-wen will welcome him with full military honors": "him" right after the verb of a
        sentence that opens with a person of another state, and names none of his, is the guest last named."""
        first = s.mentions[0] if s.mentions else None
        verb = s.tokens[i - 1].text
        return first is not None and first.start == 0 and first.kind in ("person", "combined") and i > first.end \
            and first.code[:3] != self.subject[:3] and verb.isalpha() and verb.islower() \
            and not any(m.code[:3] == self.subject[:3] for m in s.mentions)

    def _paired(self, s: Sentence, i: int) -> bool:
        """"him and Orbán", "Orbán and him": a person of another state than the last subject's beside "and"."""
        tokens = s.tokens
        if i + 2 < len(tokens) and tokens[i + 1].lower == "and":
            other = next((m for m in s.mentions if m.start == i + 2), None)
        elif i >= 2 and tokens[i - 1].lower == "and":
            other = next((m for m in s.mentions if m.end == i - 1), None)
        else:
            return False
        return other is not None and other.kind in ("person", "combined") and other.code[:3] != self.subject[:3]

    def learn(self, s: Sentence) -> None:
        for m in s.mentions:
            self._acronym(m, s.tokens)
            self._given_name(m, s.tokens)
            if m.kind == "person" and len(m.code) > 3 and not m.code.startswith("---"):
                self.surnames.setdefault(s.tokens[m.end - 1].text, m.code)
            if m.kind not in ("combined", "person") or m.code.startswith("---"):
                continue
            last = s.tokens[m.end - 1]
            # a first and last name after an office ("... Rogelio Mayta"), or a dated holder's full name whose surname
            # alone the dictionary does not hold ("Prime Minister Robert Abela ... Abela met")
            # ("Peruvian President Dina Bolwarte": a first name the dictionary holds for another spelling)
            first = s.tokens[m.end - 2] if m.end - m.start >= 2 else None
            if first is not None and first.text == "-" and m.end - m.start >= 4:
                first = s.tokens[m.end - 4]  # "Majed Al-Qahtani": the given name before the split "Al-"
            full = first is not None and first.text[:1].isupper() and (
                m.kind == "person" or (first.text.isalpha() and first.lower not in self.dictionary.agents))
            if self._unknown_name(last) and m.end - m.start >= 2 and (full or self._unknown_name(s.tokens[m.end - 2])):
                self.known[last.text] = m.code
                if last.text[:3].lower() in ("al-", "el-") and len(last.text) > 4:
                    self.known.setdefault(last.text[3:], m.code)  # "al-Shaibani ... Shaibani"
                given = s.tokens[m.end - 3] if m.end - m.start >= 3 else None
                if given is not None and self._unknown_name(first) and name_token(given) \
                        and given.lower not in self.dictionary.agents:
                    # two surnames, father's first: "President Luis Arce Catacora ... Arce called on"
                    self.known.setdefault(first.text, m.code)
            if (lineage := _lineage_name(s.tokens, m.end)) is not None and len(m.code) > 3:
                self.known.setdefault(lineage, m.code)  # "Sheikh Tamim bin Hamad Al Thani ... Al Thani"
            holder = self._posted_holder(m, s.tokens) or self._named_before(m, s.tokens) \
                or self._after_honorifics(m, s.tokens) or self._named_inside(m, s.tokens)
            if holder is not None:
                self.known.setdefault(holder.text, m.code)
            if m.kind == "person" and first is not None and _given_after_family(first, last):
                self.known.setdefault(first.text, m.code)  # "President Tsai Ing-wen ... greeted by Tsai"
            elif len(m.code) > 3 and last.lower in self.dictionary.agents:
                self._office_of(_office_word(s.tokens, m.end), m.code)
            family = _east_asian_family(s.tokens[m.start:m.end])
            if family is not None and len(m.code) > 3:
                self.known.setdefault(family, m.code)  # "Chinese Foreign Minister Wang Yi ... Wang met Luxon"
            if len(m.code) > 3 and m.end - m.start > 2 and s.tokens[m.start + 1].lower in ("in", "from") \
                    and s.tokens[m.start].lower in self.dictionary.agents:
                self._office_of(s.tokens[m.start].lower, m.code)  # "demonstrators in Iraq ... the demonstrators"
            if len(m.code) > 3:
                # the office before a name: "the Brazilian president, Luiz Inácio Lula da Silva", "President Santiago Peña"
                for t in s.tokens[m.start:m.end - 1]:
                    # ("Deputy Crown Prince Mohammed": the office a phrase of the dictionary names, "crown prince",
                    # is recalled by its last word, as "the deputy crown prince" later is)
                    end = self._agent_end(s.tokens, t.i, m.end)
                    after = s.tokens[end].text
                    # (or "President of Azerbaijan Ilham Aliyev", a named holder;
                    # not "the leaders of Serbia and Kosovo")
                    # ("The Sultan of Oman, Haitham bin Tarik": an office of a state, then its holder)
                    named = after == "of" and (m.kind == "person" or m.end < len(s.tokens)
                                               and s.tokens[m.end].text == "," and t.i == m.start)
                    if t.lower in self.dictionary.agents and (after == "," or named or after[:1].isupper()):
                        # (the key the office is recalled by: "Vice - President" as "vice-president")
                        self._office_of(_office_word(s.tokens, end), m.code)
                        if t.lower == "minister" and t.i > m.start and s.tokens[t.i - 1].lower == "prime":
                            self._office_of("prime minister", m.code)  # a head of government, unlike "minister"

    def _agent_end(self, tokens: list[Token], i: int, end: int) -> int:
        """Where the longest office phrase of the dictionary starting at ``i`` ends, short of ``end``; else i + 1."""
        words = [t.lower for t in tokens[i:end - 1]]
        spans = [len(e.words) for e in self.dictionary.agents.get(tokens[i].lower, ())
                 if tuple(words[:len(e.words)]) == e.words]
        return i + max(spans, default=1)

    def _posted_holder(self, m: Mention, tokens: list[Token]) -> Token | None:
        """"UK ambassador to the country, Simon Shercliff, ...": an office, where it is posted, then the holder's
        name the dictionary does not know, between commas; returns the surname ("Shercliff ... was summoned")."""
        if m.kind != "combined" or len(m.code) <= 3:
            return None
        j = m.end
        if j < len(tokens) and tokens[j].lower in ("to", "in"):
            j = next((k for k in range(j + 1, min(j + 5, len(tokens))) if tokens[k].text == ","), len(tokens))
        # "the Prime Minister of the Kingdom of Lesotho, Dr Moeketsi Majoro,": the name past the honorifics
        first = _past_honorifics(tokens, j + 1)
        names = tokens[first:first + 3] if j < len(tokens) and tokens[j].text == "," else []
        n = next((k for k, t in enumerate(names) if not self._unknown_name(t)), len(names))
        closed = first + n >= len(tokens) or tokens[first + n].text in (",", ".")
        return names[n - 1] if n >= 2 and closed else None

    def _named_inside(self, m: Mention, tokens: list[Token]) -> Token | None:
        """"President Tommy Remengesau, Jr. of Palau": an office, the holder's name the dictionary does not know,
        then "of" and his state, all one mention; returns the surname ("Tsai is to welcome Remengesau")."""
        if m.kind != "combined" or len(m.code) <= 3:
            return None
        of = next((t.i for t in tokens[m.start + 2:m.end] if t.lower == "of"), None)
        if of is None:
            return None
        j = of - 2 if tokens[of - 1].lower in NAME_SUFFIXES and tokens[of - 2].text == "," else of
        last, first = tokens[j - 1], tokens[j - 2]
        named = self._unknown_name(last) and (self._unknown_name(first) or first.lower in self.dictionary.agents)
        return last if named and first.i >= m.start else None

    def _after_honorifics(self, m: Mention, tokens: list[Token]) -> Token | None:
        """"Prime Minister of the Lao People's Democratic Republic (Lao PDR) H.E. Dr. Phankham Viphavanh": an office,
        perhaps its state's short name in brackets, honorifics, then the holder's name; returns the surname."""
        if m.kind != "combined" or len(m.code) <= 3:
            return None
        j = m.end
        if j < len(tokens) and tokens[j].text == "(":
            j = next((k + 1 for k in range(j, min(j + 6, len(tokens))) if tokens[k].text == ")"), j)
        start, j = j, _past_honorifics(tokens, j)
        names = []
        while j < len(tokens) and len(names) < 3 and self._unknown_name(tokens[j]):
            names.append(tokens[j])
            j += 1
        return names[-1] if j > start + len(names) and len(names) >= 2 else None

    def _named_before(self, m: Mention, tokens: list[Token]) -> Token | None:
        """"Takehiro Funakoshi, the country's vice foreign minister, called in": the holder's name the dictionary does
        not know, then a comma and the office; returns the surname ("Funakoshi ... demanded")."""
        if m.kind != "combined" or len(m.code) <= 3:
            return None
        j = m.start - 1
        while j > 0 and m.start - j <= 4 and tokens[j].lower in _OFFICE_OWNERS:
            j -= 1
        if j < 2 or tokens[j].text != ",":
            return None
        names = tokens[max(0, j - 3):j]
        known = next((k for k in range(len(names) - 1, -1, -1) if not self._unknown_name(names[k])), -1)
        return names[-1] if len(names) - 1 - known >= 2 else None  # a first name and a surname at least

    def _acronym(self, m: Mention, tokens: list[Token]) -> None:
        """"the Philippine Coast Guard's headquarters ... The PCG provided a briefing": a name of three or
        more capitalised words may later go by its initials."""
        words = [t.text for t in tokens[m.start:m.end] if t.lower not in ("of", "and", "for", "the", "'s", "’s")]
        if len(words) >= 3 and all(w[:1].isupper() and w.isalpha() for w in words) and not m.code.startswith("---"):
            self.known.setdefault("".join(w[0] for w in words), m.code)

    def _given_name(self, m: Mention, tokens: list[Token]) -> None:
        """"Estonian Prime Minister Kristen Michal ... Kristen, who arrived in the Ukrainian capital": a first name
        alone, later, is the person the document named with it (unless two people share it)."""
        if m.kind not in ("person", "combined") or len(m.code) <= 3 or m.code.startswith("---") or m.end - m.start < 2:
            return
        first, last = tokens[m.end - 2], tokens[m.end - 1]
        if self._unknown_name(first) and last.text[:1].isupper() and last.text.isalpha():
            seen = self.given.get(first.text, m.code)
            self.given[first.text] = m.code if seen == m.code else None
        # "Jordanian King Abdullah II Bin Al-Hussein ... said Abdullah": a royal goes by the name after his title
        named = next((b for a, b in zip(tokens[m.start:m.end - 1], tokens[m.start + 1:m.end])
                      if a.lower in _ROYAL_TITLES and self._unknown_name(b)), None)
        if named is not None and named is not first:
            seen = self.given.get(named.text, m.code)
            self.given[named.text] = m.code if seen == m.code else None

    def _office_of(self, office: str, code: str) -> None:
        seen = self.offices.get(office, code)
        self.offices[office] = code if seen == code else None

    def _demonyms(self, s: Sentence) -> None:
        """"a four-day visit ... to Guinea-Bissau ... his Guinean counterpart": a demonym several states share is the
        one's the document has named, when it has not named the dictionary's reading."""
        for word in {t.lower for t in s.tokens} & SHARED_DEMONYMS.keys():
            usual, *others = SHARED_DEMONYMS[word]
            other = next((o for o in others if o in self.named), None)
            if other is not None and usual not in self.named:
                # ("his country had provided a fund for the reform of the Guinean military and security services":
                # the agents that share the demonym too)
                s.mentions = [m.recoded(other + m.code[3:]) if m.code[:3] == usual else m for m in s.mentions]
        self.named |= {m.code[:3] for m in s.mentions
                       if s.tokens[m.start].lower not in SHARED_DEMONYMS and m.kind in ("state", "combined", "person")}

    def _title_surnames(self, s: Sentence) -> None:
        """"Prime Minister Joseph Muscat ... Dr Muscat said": a title before a word the dictionary reads as a place
        makes it the person the document named with that surname."""
        # (or one that acts: "Dominican Republic President Danilo Medina ... Medina will pay a state visit")
        s.mentions = [m.recoded(self.surnames[m.text], "person")
                      if m.kind == "state" and m.end - m.start == 1 and m.text in self.surnames
                      and ((m.start > 0 and s.tokens[m.start - 1].lower.rstrip(".") in _TITLES)
                           or (m.end < len(s.tokens) and s.tokens[m.end].lower in _ACTING)) else m for m in s.mentions]

    def _recall(self, s: Sentence) -> None:
        taken = {k for m in s.mentions for k in range(m.start, m.end)}
        added = [Mention(t.i, t.i + 1, t.start, t.end, self.known[t.text], "person", t.text)
                 for t in s.tokens if t.i not in taken and t.text in self.known]
        added += [Mention(t.i, t.i + 1, t.start, t.end, code, "person", t.text) for t in s.tokens
                  if t.i not in taken and t.text not in self.known and (code := self.given.get(t.text))
                  and _alone(s.tokens, t.i)]
        offices = [self._office(m, s.tokens, s.mentions + added) for m in s.mentions]
        if added or offices != s.mentions:
            s.mentions = sorted(offices + added, key=lambda m: m.start)

    def _blocs(self, s: Sentence) -> None:
        """"ECOWAS imposed sanctions ... The regional bloc said": "the bloc", "the alliance", "the
        organisation" is the organisation the document named last, in this sentence or before."""
        taken = {k for m in s.mentions for k in range(m.start, m.end)}
        added = []
        for i, t in enumerate(s.tokens):
            end = _bloc_end(s.tokens, i) if t.lower == "the" and i not in taken else None
            if end is None:
                continue
            head = s.tokens[end - 1].lower
            judicial = head in ("court", "tribunal")
            orgs = [m for m in s.mentions if m.kind == "org" and m.end <= i and ("JUD" in m.code) == judicial]
            code = orgs[-1].code if orgs else (self.last_court if judicial else self.last_org)
            if code is None or (head == "union" and not code.startswith("IGOEUR")):
                continue
            added.append(Mention(i, end, t.start, s.tokens[end - 1].end, code, "org",
                                 " ".join(x.text for x in s.tokens[i:end])))
        if added:  # "the court" replaces the bare agent "court" it contains
            kept = [m for m in s.mentions if not any(a.start <= m.start < a.end for a in added)]
            s.mentions = sorted(kept + added, key=lambda m: m.start)
        self.last_org = next((m.code for m in reversed(s.mentions) if m.kind == "org"), self.last_org)
        self.last_court = next((m.code for m in reversed(s.mentions) if m.kind == "org" and "JUD" in m.code),
                               self.last_court)

    def _office(self, m: Mention, tokens: list[Token], mentions: list[Mention]) -> Mention:
        """An office of no country whose head the document has named for one state only is that state's."""
        if m.kind == "unowned" and (holder := _titled(m, tokens, mentions)) is not None:
            # "will discuss with President Abdel Fatah Al Sisi" after "President Isaias Afwerki": the title of the
            # person it names (a spelling the dictionary holds only in part), not the office the document named
            return m.recoded(holder.code, "combined") if holder.code[3:] == m.code[3:] else m
        # "a foreign government" is nobody the document named
        indefinite = {tokens[m.start].lower, tokens[max(m.start - 1, 0)].lower} & {"a", "an", "another", "any"}
        office = _office_word(tokens, m.end)
        code = self.offices.get(office) if m.kind == "unowned" and not indefinite \
            and not self._new_holder(tokens, m.end) else None
        heads_of = _heads_named(" ".join(t.lower for t in tokens[m.start:m.end]))
        if m.kind == "unowned" and not indefinite and heads_of:
            # "... said President of Azerbaijan Ilham Aliyev ... the head of state said": the one head of state named;
            # "Prime Minister Edi Rama ... The head of the government met": the one head of government named
            # (an office named for two states is None in the memory, so two presidents make two codes)
            heads = {self.offices[o] for o in heads_of if o in self.offices}
            code = heads.pop() if len(heads) == 1 else None
        if code is None and office in _PERSONS and office in self.offices and m.kind == "unowned" and m.start <= 1 \
                and self.subject is not None and self.subject[3:] == m.code[3:]:
            # "President Isaias ... on the invitation of ... al-Burhan, President of Sudan's Sovereign Council. The
            # president met ...": an office two states' holders share, opening the sentence, is the last subject's
            code = self.subject
        if code is None and m.kind == "unowned" and m.start <= 3 and tokens[0].lower == "the" and office not in \
                self.offices and len(set(self.people)) == 1 and self.subject == self.people[0] \
                and self.subject[3:] == m.code[3:] and office not in _STATEMENT_OFFICES \
                and not tokens[m.end - 1].lower.endswith("s") and not heads_of:  # one office, not "The leaders"
            # "Richard Marles will become the first minister to visit Kiribati ... The deputy prime Minister and
            # defence minister is travelling": an office opening the sentence after one named person is his
            code = self.subject
        if code is None and m.kind == "unowned" and not indefinite and office in _STATEMENT_OFFICES \
                and office not in self.offices and self.opener is not None:
            # "Venezuela has recalled its ambassador ... The Foreign Ministry in a statement denounced": the
            # ministry of the state the last sentence opened with, when no state's ministry has been named
            code = self.opener + m.code[3:]
            self.offices[office] = code
        if code is None or code[3:] != m.code[3:]:
            return m
        return m.recoded(code, "combined")

    def _new_holder(self, tokens: list[Token], k: int) -> bool:
        """"the official invitation of President Droupadi Murmu" after "Maldives President Mohamed Muizzu": a title
        before a full name the document has not named is that person's, not the office it remembers."""
        names = tokens[k:k + 2]
        return len(names) == 2 and all(self._unknown_name(t) for t in names) and names[1].text not in self.known

    def _unknown_name(self, t: Token) -> bool:
        text = t.text[3:] if t.text[:3].lower() in ("al-", "el-") else t.text
        # "Samia Suluhu Hassan ... Mrs. Hassan": a word that only begins longer names ("Hassan Diab") is no name alone
        alone = any(len(e.words) == 1 for e in self.dictionary.entries.get(t.lower, ()))
        return (len(text) > 2 and text[:1].isupper() and text.isalpha() and not text.isupper()
                and not alone and t.lower not in self.dictionary.agents)


_ACTING = {"will", "would", "said", "says", "told", "has", "had", "met", "visited", "arrived", "'s", "’s"}


def _alone(tokens: list[Token], i: int) -> bool:
    """A name that neither begins nor ends a longer one ("Kristen," not "Kristen Stewart")."""
    after = i + 1 < len(tokens) and tokens[i + 1].text[:1].isupper() and tokens[i + 1].text.isalpha()
    before = i > 0 and tokens[i - 1].text[:1].isupper() and tokens[i - 1].text.isalpha()
    return not after and not before


_HEADS_OF_STATE = ("president", "king", "emir", "sultan", "monarch")
_HEADS_OF_GOVERNMENT = ("prime minister", "premier", "chancellor")


# offices one person holds (not "the ministry", which two states' may share with no subject to choose)
_PERSONS = {"president", "minister", "prime minister", "premier", "chancellor", "king", "emir", "amir", "sultan",
            "leader"}


def _office_word(tokens: list[Token], end: int) -> str:
    """The office a mention ending at ``end`` names: its last word, or "vice-president" for "Vice - President" (the
    tokenizer splits a capitalised hyphenated title, as the lowercase one it keeps whole)."""
    if end >= 3 and tokens[end - 2].text == "-" and tokens[end - 3].text.isalpha():
        return f"{tokens[end - 3].lower}-{tokens[end - 1].lower}"
    if (end >= 2 and tokens[end - 1].lower == "minister" and tokens[end - 2].lower == "prime") \
            or tokens[end - 1].lower in ("pm", "premier"):
        # a head of government, not any minister ("UAE's Minister of Justice"); "the premier" is the prime minister
        return "prime minister"
    return tokens[end - 1].lower


def _heads_named(phrase: str) -> tuple[str, ...]:
    """The offices "the head of state" ("the state leader") or "the head of (the) government" stands for."""
    if phrase.endswith(("head of state", "state leader")):
        return _HEADS_OF_STATE
    return _HEADS_OF_GOVERNMENT if phrase.endswith(("head of government", "head of the government")) else ()


_STATEMENT_OFFICES = {"ministry"}  # "the Foreign Ministry", "the ministry": the head word
_ROYAL_TITLES = GIVEN_TITLES | {"king", "queen", "prince", "princess"}


# Family names that come first in Chinese, Korean and Japanese usage, so that a later sentence uses them alone
# ("Wang Yi ... Wang said", "Yoon Suk Yeol ... Yoon met"); Vietnamese usage calls leaders by the last name instead.
_FAMILY_FIRST = {"Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun", "Ma",
                 "Zhu", "Hu", "Guo", "He", "Lin", "Gao", "Luo", "Xi", "Qin", "Han", "Cai", "Ding", "Kim", "Yoon",
                 "Moon", "Park", "Choi", "Cho", "Lee", "Jung", "Kang", "Ahn", "Hwang"}


def _east_asian_family(tokens: list[Token]) -> str | None:
    """The family name heading a name of two or three words at the end of a mention ("Foreign Minister Wang
    Yi", "President Yoon Suk Yeol"), or None."""
    for k in (len(tokens) - 3, len(tokens) - 2):
        rest = tokens[k + 1:] if k >= 0 else []
        if k >= 0 and tokens[k].text in _FAMILY_FIRST and rest and all(
                t.text[:1].isupper() and t.text.replace("-", "").isalpha() for t in rest):
            return tokens[k].text
    return None


def _given_after_family(family: Token, given: Token) -> bool:
    """"Tsai Ing-wen", "Lee Jae-myung": a hyphenated given name after a short family name, which the
    story then uses alone."""
    parts = given.text.split("-")
    return (len(parts) == 2 and all(p[:1].isalpha() for p in parts) and given.text[:1].isupper()
            and parts[1][:1].islower() and family.text.isalpha() and family.text[:1].isupper()
            and len(family.text) <= 5)


def _titled(m: Mention, tokens: list[Token], mentions: list[Mention]) -> Mention | None:
    """The named person an office word stands before as a title ("President Abdel Fatah Al Sisi"): capitalised
    name words, at most three, run from the office word to the person's mention."""
    starts = {p.start: p for p in mentions}
    k = m.end
    # (past the office's own "of" phrase: "Minister of State for External Affairs E. Ahamed")
    reach = 8 if k < len(tokens) and tokens[k].lower == "of" else 3
    while k < len(tokens) and k - m.end < reach and k not in starts \
            and (name_token(tokens[k]) or reach == 8 and tokens[k].lower in TITLE_LINKS):
        k += 1
    holder = starts.get(k)
    return holder if holder is not None and holder.kind == "person" and not holder.code.startswith("---") else None


def _couple_word(tokens: list[Token], mentions: list[Mention]) -> int | None:
    """Where "they" or "Their Majesties" opens the sentence, or its main clause after an opening phrase."""
    for k, t in enumerate(tokens[:8]):
        word = t.lower
        couple = word == "they" or (word == "their" and k + 1 < len(tokens)
                                    and tokens[k + 1].lower in ("majesties", "excellencies"))
        if couple and (k == 0 or tokens[k - 1].text == ",") and not any(m.start <= k for m in mentions):
            return k
    return None


def _quote_speaker(s: Sentence, i: int) -> str | None:
    """The code of whom the quotation holding token ``i`` is attributed to, if the sentence names him."""
    span = next(((a, b) for a, b in quoted_spans(s.tokens) if a <= i < b), None)
    who = speaker_of(s.tokens, s.mentions, *span) if span is not None else None
    return who.code if who is not None else None


def _owns_trip(tokens: list[Token], i: int) -> bool:
    """"his first visit to Japan", "her three-day state visit to Fiji": a trip noun past at most three modifiers,
    with the place it is to (not "During his visit, President Isaias will ...", whose "his" is the next name's)."""
    for t in tokens[i + 1:i + 5]:
        if t.lower in TRIP_NOUNS:
            return t.i + 2 < len(tokens) and tokens[t.i + 1].lower == "to" and tokens[t.i + 2].text[:1].isupper()
        if not (t.text.islower() or t.text[:1].isdigit()) or t.lower in ("to", "of", "in", "and", ","):
            return False
    return False


def _opens_or_says(tokens: list[Token], i: int, mentions: list[Mention]) -> bool:
    """"He met ...", "Later, at the palace in Tehran, he met ...", "“...,” he said"."""
    if i == 0 or (i == 2 and tokens[0].lower == "it" and tokens[1].lower in ("was", "is")):
        return True  # "It was he who publicly confirmed the closure": a cleft opens with him too
    if i == 1 and tokens[0].text in ("“", '"'):
        return True  # '"He will arrive at Dodoma Airport ...," the ministry said': a quotation that opens with him
    if i == 1 and tokens[0].lower in ("as", "when", "while", "after", "before", "once", "upon"):
        return True  # "As he welcomed President Droupadi Murmu to Gaborone, Boko also lauded": the last subject
    if tokens[i - 1].text == "," and not any(t.lower in ("and", "but", "that", "which", "who") for t in tokens[:i]) \
            and not any(m.kind in ("person", "combined", "anaphor") for m in mentions if m.end <= i):
        return True  # an opening phrase of time or place, then the subject
    return tokens[i - 1].text in ("”", '"', ",") and i + 1 < len(tokens) and tokens[i + 1].lower in SPEECH \
        and any(t.text in ("”", '"') for t in tokens[max(0, i - 2):i])


_BLOCS = {"bloc", "alliance", "organisation", "organization", "grouping", "union",
          "court", "tribunal"}  # "accused the court of bias": the court the document named (judicial codes only)


def _bloc_end(tokens: list[Token], i: int) -> int | None:
    """The end of "the bloc", "the regional bloc", "the 27-member union" starting at ``i``, or None."""
    for j in range(i + 1, min(i + 4, len(tokens))):
        if tokens[j].lower in _BLOCS:
            return j + 1
        if not tokens[j].text.islower():
            return None
    return None
