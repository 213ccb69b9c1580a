"""Fit the confidence model (confidence.py) on gold sentences: ``dyadwatch train coder``.

Each event the rules code on a gold sentence is an example, right when a gold event of that sentence
has its two countries and its root code (``confidence.right``).  A logistic regression (scikit-learn,
the ``learn`` extra) weighs the features; the weights are all scoring needs, so the core install
reads a model without scikit-learn.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from dyadwatch.coding import confidence
from dyadwatch.coding.petrarch import GoldSentence
from dyadwatch.coding.pipeline import Pipeline
from dyadwatch.errors import UsageError

C = 0.3  # L2 strength: chosen by leave-one-set-out runs on our development gold (DEVELOPERS.md)
THRESHOLD = 0.3  # below it an event is doubtful; the same runs
MIN_WEIGHT = 1e-3  # smaller weights are dropped from the file: they change no decision


@dataclass
class Examples:
    features: list[dict[str, int]]
    labels: list[int]

    @property
    def right(self) -> int:
        return sum(self.labels)


def examples(pipeline: Pipeline, gold: list[GoldSentence]) -> Examples:
    """The rules' events on ``gold``, each with its features and whether it is right."""
    lex = confidence.Lexicon(pipeline.events.verbs)
    out = Examples([], [])
    for g in gold:
        for s in pipeline(g.text, g.date):
            for e in s.events:
                others = [o for o in s.events if o is not e]
                out.features.append(confidence.features(lex, s.tokens, s.mentions, e, others))
                out.labels.append(int(confidence.right(e, g.events)))
    return out


def fit(ex: Examples, c: float = C, threshold: float = THRESHOLD, about: str = "") -> confidence.Model:
    try:
        from sklearn.feature_extraction import DictVectorizer
        from sklearn.linear_model import LogisticRegression
    except ImportError:
        raise UsageError("training needs scikit-learn: pip install 'dyadwatch[learn]'") from None
    if len(set(ex.labels)) < 2:
        raise UsageError(f"training needs right and wrong events; the gold gave {len(ex.labels)} event(s), "
                         f"{ex.right} right")
    vec = DictVectorizer()
    clf = LogisticRegression(C=c, max_iter=5000).fit(vec.fit_transform(ex.features), ex.labels)
    weights = {name: round(float(w), 4) for name, w in zip(vec.get_feature_names_out(), clf.coef_[0])
               if abs(w) >= MIN_WEIGHT}
    return confidence.Model(weights, round(float(clf.intercept_[0]), 4), threshold, about)


def train(gold: list[GoldSentence], parser: str = "auto", about: str = "") -> tuple[str, confidence.Model, Examples]:
    """A model for the mode ``parser`` runs in; its mode, the model and the examples it saw."""
    pipeline = Pipeline(parser=parser, model=None)
    ex = examples(pipeline, gold)
    return pipeline.mode, fit(ex, about=about), ex


def train_files(paths: list[Path], out: Path, fmt: str = "petrarch", parser: str = "auto", cv: bool = False) -> dict:
    """``dyadwatch train coder``: a model fitted on the gold files, saved as ``out``'s part for its
    mode; with ``cv``, also each file scored by a model fitted on the others."""
    from dyadwatch.coding.evaluate import read_gold

    if cv and len(set(paths)) < 2:
        raise UsageError("--cv needs two or more gold files: each is scored with a model fitted on the others")
    _check_out(Path(out))
    sets = {str(p): read_gold(p, fmt) for p in paths}
    sentences = [g for gold in sets.values() for g in gold]
    names = [Path(p).name for p in paths]
    about = f"{len(sentences)} sentences in {len(names)} gold file(s)" + (f": {', '.join(names)}" if len(names) <= 3 else "")
    mode, model, ex = train(sentences, parser, about)
    save(out, mode, model)
    result = {"mode": mode, "sentences": len(sentences), "events": len(ex.labels), "right": ex.right,
              "features": len(model.weights), "threshold": model.threshold, "out": str(out)}
    if cv:
        result["cv"] = cross_validate(sets, parser)
    return result


def save(path: str | Path, mode: str, model: confidence.Model) -> None:
    """Writes ``model`` as the ``mode`` part of ``path``, keeping the file's other mode."""
    path = Path(path)
    _check_out(path)
    raw = {}
    if path.exists():
        try:
            raw = json.loads(path.read_text("utf-8"))
        except ValueError:
            raise UsageError(f"{path}: exists and is not a confidence model; choose another --out") from None
    raw[mode] = model.to_json()
    tmp = path.with_suffix(path.suffix + ".tmp")
    try:
        tmp.write_text(json.dumps(raw, sort_keys=True, separators=(",", ":")) + "\n", "utf-8")
        tmp.replace(path)
    except OSError as e:
        raise UsageError(f"{path}: cannot write the model ({e.strerror})") from None


def _check_out(path: Path) -> None:
    """Before minutes of training, not after: --out must name a file in a folder that exists."""
    if path.is_dir():
        raise UsageError(f"{path}: is a folder; --out names the model file to write")
    if not path.parent.is_dir():
        raise UsageError(f"{path}: no folder {path.parent}; create it or choose another --out")


def cross_validate(sets: dict[str, list[GoldSentence]], parser: str = "auto") -> dict:
    """Leave one set out: for each set, a model fitted on the others scores it.  The pooled scores of
    the rules alone and of the rules with those models, so a user sees whether the filter helps on
    their own gold before trusting it (a set is a file: sentences of one file share topics)."""
    from dyadwatch.coding.evaluate import Tally, views

    base = Pipeline(parser=parser, model=None)
    ex = {name: examples(base, gold) for name, gold in sets.items()}
    tallies = {k: {f: Tally() for f in ("root", "triple")} for k in ("rules", "model")}
    for name, gold in sets.items():
        rest = Examples([f for o in sets if o != name for f in ex[o].features],
                        [y for o in sets if o != name for y in ex[o].labels])
        filtered = Pipeline(parser=parser, model=fit(rest))
        for g in gold:
            gv = views(g.events, False)
            for key, pipe in (("rules", base), ("model", filtered)):
                pv = views([(e.source.code, e.target.code, e.code) for s in pipe(g.text, g.date) for e in s.events], False)
                for f, t in tallies[key].items():
                    t.add(pv[f], gv[f])
    out = {k: {f: t.scores() for f, t in v.items()} for k, v in tallies.items()}
    out.update(mode=base.mode, sets=len(sets), sentences=sum(map(len, sets.values())))
    return out
