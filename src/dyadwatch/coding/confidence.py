"""How likely a coded event is right, learned from gold sentences; unlikely events are set apart.

The rules find most events a sentence states, but on pages they were not written for about one in
three of their events is wrong (session 7: precision 0.56–0.68 on blind sets).  A logistic model over
the words around an event's two parties, the verb and its code, and the sentence's other events
tells which events look like the ones the rules got right on annotated sentences.  Events under the
model's threshold leave ``events`` for ``Sentence.doubtful``: kept for inspection, never counted.

The model is a table of weights (``data/confidence.json``, one per parser mode); scoring needs no
library.  ``dyadwatch train coder`` (``train.py``) fits a new one on a user's gold with
scikit-learn.  It suits the dictionaries it was trained with, so the pipeline applies the bundled
model only with the bundled dictionaries.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

from dyadwatch.coding import verbs as verb_dicts
from dyadwatch.coding.events import CodedEvent
from dyadwatch.coding.mentions import Mention, country_of
from dyadwatch.coding.text import Token
from dyadwatch.coding.verbs import VerbDictionary

WINDOW_BEFORE, WINDOW_AFTER = 4, 6


@dataclass(frozen=True)
class Model:
    weights: dict[str, float]
    bias: float
    threshold: float
    about: str = ""  # what it was trained on

    def probability(self, features: dict[str, int]) -> float:
        z = self.bias + sum(self.weights.get(f, 0.0) * v for f, v in features.items())
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def to_json(self) -> dict:
        return {"weights": self.weights, "bias": self.bias, "threshold": self.threshold, "about": self.about}

    @classmethod
    def from_json(cls, raw: dict) -> Model:
        return cls({k: float(v) for k, v in raw["weights"].items()}, float(raw["bias"]),
                   float(raw["threshold"]), str(raw.get("about", "")))


def load(path: str | Path, mode: str) -> Model:
    """The model for ``mode`` ("patterns" or "parser") from a file written by ``train.save``."""
    from dyadwatch.errors import UsageError

    try:
        raw = json.loads(Path(path).read_text("utf-8"))
        return Model.from_json(raw[mode])
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as e:
        raise UsageError(f"{path}: not a confidence model with a {mode!r} part ({e.__class__.__name__}: {e})")


@cache
def bundled(mode: str) -> Model | None:
    f = resources.files("dyadwatch.coding").joinpath("data", "confidence.json")
    if not f.is_file():
        return None
    raw = json.loads(f.read_text("utf-8"))
    return Model.from_json(raw[mode]) if mode in raw else None


class Lexicon:
    """The words the features see: a verb's lemma, and the CAMEO roots the dictionaries give a word.
    Memoised per instance (one per pipeline): the same words come back in every document."""

    def __init__(self, verbs: VerbDictionary | None = None):
        self.verbs = verbs or verb_dicts.bundled()
        self.nouns = verb_dicts.nouns()
        self._lemmas: dict[str, str] = {}
        self._roots: dict[str, frozenset[str]] = {}

    def lemma(self, word: str) -> str:
        if word not in self._lemmas:
            w = word.lower()
            self._lemmas[word] = self.verbs.lemma(w) or w
        return self._lemmas[word]

    def roots(self, word: str) -> frozenset[str]:
        if word not in self._roots:
            w = word.lower()
            lemma = self.verbs.lemma(w)
            out = {p.code[:2] for p in self.verbs.patterns.get(lemma, [])} if lemma else set()
            out |= {n.code[:2] for n in self.nouns.get(w, ()) + self.nouns.get(w.rstrip("s"), ())}
            self._roots[word] = frozenset(out)
        return self._roots[word]


def features(lex: Lexicon, tokens: list[Token], mentions: list[Mention], e: CodedEvent,
             others: list[CodedEvent]) -> dict[str, int]:
    """What the model sees of one event: its code and verb, the words between and around its parties,
    their kinds, and the sentence's other events."""
    f = {"code:" + e.code[:2]: 1, "full:" + e.code: 1, "verb:" + e.verb.lower(): 1,
         f"vc:{e.verb.lower()}:{e.code[:2]}": 1}
    a, b = e.source, e.target
    way = "f" if a.start < b.start else "b"
    lo, hi = (a, b) if way == "f" else (b, a)
    f["dir:" + way] = 1
    _words(f, lex, tokens[lo.end:hi.start], "b", ("bc", "bc" + way))
    _words(f, lex, tokens[max(0, lo.start - WINDOW_BEFORE):lo.start], "pre", ("prc",))
    _words(f, lex, tokens[hi.end:hi.end + WINDOW_AFTER], "post", ("poc" + way,))
    f["dist:%d" % min(max(hi.start - lo.end, 0) // 3, 6)] = 1
    f.update({"ka:" + a.kind: 1, "kb:" + b.kind: 1, "aa:" + (a.agent or "-"): 1, "ab:" + (b.agent or "-"): 1})
    if mentions and a.start == mentions[0].start:
        f["afirst"] = 1
    f["nm:%d" % min(len({m.country for m in mentions}), 4)] = 1
    _others(f, e, others)
    return f


def _words(f: dict, lex: Lexicon, span: list[Token], word_key: str, root_keys: tuple[str, ...]) -> None:
    for t in span:
        f[f"{word_key}:{lex.lemma(t.text)}"] = 1
        for r in lex.roots(t.text):
            f.update({f"{k}:{r}": 1 for k in root_keys})


def _others(f: dict, e: CodedEvent, others: list[CodedEvent]) -> None:
    for o in others:
        if o.source.code == e.target.code and o.target.code == e.source.code:
            f["rev:" + o.code[:2]] = 1
        f["rule:" + o.code[:2]] = 1
    if not others:
        f["norule"] = 1


def right(e: CodedEvent, gold: list[tuple[str, str, str]]) -> bool:
    """The training label: a gold event has the same two countries, in order, and the same root."""
    want = (e.source.country, e.target.country, e.code[:2])
    return any((country_of(s), country_of(t), c[:2]) == want for s, t, c in gold)


class EventFilter:
    """Sets each event's confidence; events under the model's threshold go to ``doubtful``."""

    name, requires, provides = "confidence", ("events",), ("events",)

    def __init__(self, model: Model, verbs: VerbDictionary | None = None):
        self.model = model
        self.lex = Lexicon(verbs)

    def __call__(self, s) -> None:
        kept, doubtful = [], []
        for e in s.events:
            others = [o for o in s.events if o is not e]
            e.confidence = round(self.model.probability(features(self.lex, s.tokens, s.mentions, e, others)), 4)
            (kept if e.confidence >= self.model.threshold else doubtful).append(e)
        s.events, s.doubtful = kept, doubtful
