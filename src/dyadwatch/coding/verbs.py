"""Verbs to CAMEO codes: our pattern dictionary, and PETRARCH verb dictionaries on request."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from importlib import resources

import csv

import yaml

from dyadwatch import reference

_IRREGULAR = {
    "say": ["said", "says"], "tell": ["told"], "meet": ["met"], "hold": ["held"], "take": ["took", "taken"],
    "give": ["gave", "given"], "send": ["sent"], "speak": ["spoke", "spoken"], "strike": ["struck", "stricken"],
    "fight": ["fought"], "break": ["broke", "broken"], "leave": ["left"], "withdraw": ["withdrew", "withdrawn"],
    "go": ["went", "gone", "goes"], "come": ["came"], "fly": ["flew", "flown", "flies"], "begin": ["began", "begun"],
    "write": ["wrote", "written"], "shoot": ["shot"], "sell": ["sold"], "buy": ["bought"], "seek": ["sought"],
    "hit": ["hit"], "cut": ["cut"], "set": ["set"], "put": ["put"], "bar": ["barred", "barring"],
    "ban": ["banned", "banning"], "plan": ["planned", "planning"], "commit": ["committed", "committing"],
    "ship": ["shipped", "shipping"], "slam": ["slammed", "slamming"], "swap": ["swapped", "swapping"],
    "ink": ["inked", "inking"], "throw": ["threw", "thrown"], "rebuff": ["rebuffed"], "pound": ["pounded"],
    "mass": ["massed", "masses"], "make": ["made"], "pay": ["paid"], "lead": ["led"], "bring": ["brought"],
    "win": ["won", "winning"], "draw": ["drew", "drawn"], "freeze": ["froze", "frozen"], "keep": ["kept"],
    "lay": ["laid"], "rise": ["rose", "risen"], "stand": ["stood"], "flee": ["fled"], "tear": ["tore", "torn"],
    "see": ["saw", "seen"], "find": ["found"], "catch": ["caught"], "lose": ["lost"], "lend": ["lent"],
    "spend": ["spent"], "steal": ["stole", "stolen"], "undertake": ["undertook", "undertaken"],
    "overthrow": ["overthrew", "overthrown"], "forbid": ["forbade", "forbidden"], "forgive": ["forgave", "forgiven"],
    "swear": ["swore", "sworn"], "shut": ["shut"], "spread": ["spread"], "hide": ["hid", "hidden"],
    "beat": ["beaten"], "hang": ["hung"], "seize": ["seized"], "feel": ["felt"], "teach": ["taught"],
    "sit": ["sat", "sitting"],
}


def bare_participle(lemma: str) -> bool:
    """"cut", "hit", "shut": the past participle is the bare form, so "had cut ties" is a verb."""
    return lemma in _IRREGULAR.get(lemma, ())


@cache
def irregular_pasts() -> frozenset[str]:
    """The irregular table's past forms ("met", "held", "taken"), not a bare form ("cut") nor "-ing"/"-s" ones."""
    return frozenset(f for lemma, forms in _IRREGULAR.items() for f in forms
                     if f != lemma and not f.endswith(("ing", "s")))


def inflections(lemma: str) -> set[str]:
    """Regular English verb forms (and a table of irregular ones)."""
    forms = {lemma, *(_IRREGULAR.get(lemma, []))}
    if lemma.endswith("ee"):  # agree → agreeing, not "agreing"
        forms |= {lemma + "s", lemma + "d", lemma + "ing"}
    elif lemma.endswith("e"):
        forms |= {lemma + "s", lemma + "d", lemma[:-1] + "ing"}
    elif lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        forms |= {lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"}
    elif lemma.endswith(("s", "sh", "ch", "x", "z")):
        forms |= {lemma + "es", lemma + "ed", lemma + "ing"}
    else:
        forms |= {lemma + "s", lemma + "ed", lemma + "ing"}
    if len(lemma) > 2 and lemma[-1] not in "aeiouwxy" and lemma[-2] in "aeiou" and lemma[-3] not in "aeiou":
        # a doubled final consonant: kidnapped, stopped; and British cancelled, travelling
        forms |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}
    return forms


@dataclass(frozen=True)
class Pattern:
    code: str
    lemma: str
    after: frozenset[str] = frozenset()  # one of these words must follow the verb
    reporting: bool = False
    mutual: bool = False  # "met", "held talks", "clashed": each side acts on the other
    joint: bool = False  # "held joint drills": the act is among a joint subject, whoever is named after
    object: bool = False  # codes only when an actor is its object ("received the ambassador")
    inverse: bool = False  # the subject undergoes the act ("came under fire from X")
    unless: frozenset[str] = frozenset()  # a word right after the pattern's word that makes it another act

    @property
    def specific(self) -> bool:
        return bool(self.after)


@dataclass
class VerbDictionary:
    forms: dict[str, str] = field(default_factory=dict)  # surface form → lemma
    patterns: dict[str, list[Pattern]] = field(default_factory=dict)
    modality: bool = False  # map promised/threatened acts to 03/13 codes (our conventions, see modality.py)

    def add(self, lemma: str, pattern: Pattern, forms: set[str] | None = None) -> None:
        for f in forms or inflections(lemma):
            self.forms.setdefault(f.lower(), lemma)
        bucket = self.patterns.setdefault(lemma, [])
        bucket.append(pattern)
        bucket.sort(key=lambda p: (not p.specific, p.reporting))

    def lemma(self, word: str) -> str | None:
        word = word.lower()
        # ("co-operate", "co-ordinate": the hyphenated British spelling of the same verb)
        return self.forms.get(word) or (self.forms.get(word.replace("-", "", 1)) if word.startswith("co-") else None)

    def __len__(self) -> int:
        return sum(len(v) for v in self.patterns.values())


@cache
def bundled() -> VerbDictionary:
    raw = yaml.safe_load(resources.files("dyadwatch.coding").joinpath("data", "verbs.yaml").read_text("utf-8"))
    d = VerbDictionary(modality=True)
    known = reference.cameo_codes()
    for entry in raw:
        code = str(entry["code"])
        if code not in known:
            raise ValueError(f"verbs.yaml: {code!r} is not a CAMEO code")
        words = entry.get("with", [])
        if not all(isinstance(w, str) for w in words):  # YAML reads a bare `on` as true
            raise ValueError(f"verbs.yaml: quote the words of {code!r}: {words}")
        after = frozenset(w.lower() for w in words)
        for lemma in entry.get("verbs", []):
            d.add(lemma, Pattern(code, lemma, after, bool(entry.get("reporting")), bool(entry.get("mutual")),
                                 bool(entry.get("joint")), bool(entry.get("object")), bool(entry.get("inverse")),
                                 frozenset(entry.get("unless", ()))))
        for word in entry.get("adjectives", []):  # "skeptical", "confident": no verb forms
            d.add(word, Pattern(code, word, after), forms={word})
    return d


# Events named by nouns ("talks between A and B", "Israeli strikes on Gaza"): data/event_nouns.csv,
# read by the nominal coder; events.py uses the meeting nouns too.
@dataclass(frozen=True)
class Noun:
    code: str
    frame: str  # "meet" or "directed"
    before: frozenset[str]  # a word that must come right before ("phone call"); empty: any
    prepositions: frozenset[str] = frozenset()  # what introduces a directed act's target ("sanctions against")


@cache
def nouns() -> dict[str, tuple[Noun, ...]]:
    out: dict[str, list[Noun]] = {}
    with resources.files("dyadwatch.coding").joinpath("data/event_nouns.csv").open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            before = frozenset(w for w in row["before"].split("|") if w)
            prepositions = frozenset(w for w in row["prepositions"].split("|") if w)
            out.setdefault(row["noun"], []).append(Noun(row["code"], row["frame"], before, prepositions))
    return {k: tuple(v) for k, v in out.items()}


@cache
def meeting_nouns() -> frozenset[str]:
    """Nouns that name a meeting or talks ("summit", "talks", "negotiations")."""
    return frozenset(w for w, rows in nouns().items() if any(r.frame == "meet" and r.code[:2] == "04" for r in rows))
