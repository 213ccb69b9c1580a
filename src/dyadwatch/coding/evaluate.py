"""Score the coder against gold-standard sentences: precision, recall and F1 per field.

Each sentence's predicted and gold events are compared as multisets of the root code, the
full code, the source, the target and the whole (source, target, code) triple; counts are
summed over sentences before precision and recall are taken.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from dyadwatch import reference
from dyadwatch.coding.mentions import country_of
from dyadwatch.coding.petrarch import GoldSentence, read_actors, read_agents, read_petrarch_gold, read_verbs
from dyadwatch.coding.pipeline import Pipeline
from dyadwatch.errors import UnreadableFile, UsageError

FIELDS = ("root", "code", "source", "target", "triple")
# Beyond the PETRARCH fields: (source country, target country, root), the level at which
# dyadwatch aggregates events into series.  "USAGOV" and "USA" are the same dyad side.
EXTRA_FIELDS = ("dyad",)
_SCORED = FIELDS + EXTRA_FIELDS


@dataclass
class Tally:
    tp: int = 0
    predicted: int = 0
    gold: int = 0

    def add(self, pred: Counter, gold: Counter) -> None:
        self.tp += sum((pred & gold).values())
        self.predicted += sum(pred.values())
        self.gold += sum(gold.values())

    def scores(self) -> dict:
        p = self.tp / self.predicted if self.predicted else 0.0
        r = self.tp / self.gold if self.gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


def views(events: list[tuple[str, str, str]], plover: bool) -> dict[str, Counter]:
    def root(code: str) -> str:
        if plover:
            return code
        return code[:2]

    return {
        "root": Counter(root(c) for _, _, c in events),
        "code": Counter(c for _, _, c in events),
        "source": Counter(s for s, _, _ in events),
        "target": Counter(t for _, t, _ in events),
        "triple": Counter(events),
        "dyad": Counter((country_of(s), country_of(t), root(c)) for s, t, c in events),
    }


def score(pipeline: Pipeline, gold: list[GoldSentence], plover: bool = False, by_story: bool = False) -> dict:
    """Scores over ``gold``; ``by_story`` codes consecutive sentences of one story (``story_of``) as
    one document, as ``ingest docs`` codes a document, so that a state or office named in an earlier
    sentence lends itself to a later one."""
    tallies = {f: Tally() for f in _SCORED}
    n_events = 0
    groups = stories(gold) if by_story else [[g] for g in gold]
    for group in groups:
        coded = pipeline.story([g.text for g in group], group[0].date)
        for g, sentences in zip(group, coded):
            predicted = [(e.source.code, e.target.code, _as_scored(e.code, plover)) for s in sentences for e in s.events]
            n_events += len(g.events)
            pv, gv = views(predicted, plover), views(g.events, plover)
            for f in _SCORED:
                tallies[f].add(pv[f], gv[f])
    out = {f: tallies[f].scores() for f in _SCORED}
    out.update(sentences=len(gold), events=n_events, mode=pipeline.mode, model=pipeline.model, by_story=by_story)
    return out


def _as_scored(code: str, plover: bool) -> str:
    if not plover:
        return code
    c = reference.cameo_codes().get(code)
    return c.plover if c and c.plover else code


def story_of(sentence_id: str) -> str:
    """The story a sentence belongs to, by PETRARCH's id convention "STORY_N" (GigaWord's
    "AFP0808020625_4"); an id without "_N" is a story of its own."""
    head, sep, tail = sentence_id.rpartition("_")
    return head if sep and head and tail.isdigit() else sentence_id


def stories(gold: list[GoldSentence]) -> list[list[GoldSentence]]:
    """Runs of consecutive sentences of the same story."""
    out: list[list[GoldSentence]] = []
    for g in gold:
        if out and story_of(out[-1][-1].id) == story_of(g.id) != g.id:
            out[-1].append(g)
        else:
            out.append([g])
    return out


def read_plover_gold(path: Path) -> list[GoldSentence]:
    """PLOVER records: a JSON list or JSON lines of {id, text, date, events: [{source, target, event_type}]}."""
    try:
        raw = Path(path).read_text(encoding="utf-8")
    except OSError as e:
        raise UnreadableFile(f"{path}: cannot read ({e.strerror})") from None
    try:
        records = json.loads(raw) if raw.lstrip().startswith("[") else [json.loads(x) for x in raw.splitlines() if x.strip()]
    except json.JSONDecodeError as e:
        raise UnreadableFile(f"{path}:{e.lineno}: not PLOVER JSON ({e.msg})") from None
    out = []
    for r in records:
        events = [(e.get("source") or e.get("actor", ""), e.get("target") or e.get("recipient", ""),
                   (e.get("event_type") or e.get("plover", "")).upper()) for e in r.get("events", [])]
        when = date.fromisoformat(r["date"][:10]) if r.get("date") else None
        out.append(GoldSentence(str(r.get("id", "")), when, r.get("text", ""), events))
    return out


def pipeline_for(gold_path: Path, env: dict[str, str], actors=None, agents=None, verbs=None,
                 parser: str = "auto", model="bundled") -> Pipeline:
    """Our dictionaries, or the PETRARCH ones the gold file names (found beside it)."""
    base = Path(gold_path).resolve().parent
    search = [base, base.parent / "dictionaries", base.parent / "data" / "dictionaries"]

    def find(name: str | None) -> Path | None:
        if not name:
            return None
        for folder in search:
            if (folder / name).exists():
                return folder / name
        return None

    actors = actors or find(env.get("Actorfile"))
    agents = agents or find(env.get("Agentfile"))
    verbs = verbs or find(env.get("Verbfile"))
    actor_dict = None
    if actors:
        actor_dict = read_actors(Path(actors))
        if agents:
            read_agents(Path(agents), actor_dict)
    verb_dict = read_verbs(Path(verbs)) if verbs else None
    return Pipeline(actor_dict, verb_dict, parser=parser, model=model)


def evaluate(gold_path: str | Path, fmt: str = "petrarch", actors=None, agents=None, verbs=None,
             parser: str = "auto", categories: list[str] | None = None, by_story: bool = False,
             model: str | Path | None = "bundled") -> dict:
    """Scores on a gold file; ``categories`` keeps only PETRARCH records of those categories
    (validation files mix real news sentences with constructed feature tests); ``by_story`` codes
    each story's sentences as one document (see ``score``)."""
    gold_path = Path(gold_path)
    if fmt == "petrarch":
        gold, env = read_petrarch_gold(gold_path)
        if categories:
            wanted = {c.upper() for c in categories}
            gold = [g for g in gold if g.category.upper() in wanted]
            if not gold:
                raise UsageError(f"--category: no sentence of {gold_path} is in {', '.join(sorted(wanted))}")
        return score(pipeline_for(gold_path, env, actors, agents, verbs, parser, model), gold, by_story=by_story)
    if fmt == "plover":
        gold = read_gold(gold_path, fmt)
        return score(pipeline_for(gold_path, {}, actors, agents, verbs, parser, model), gold, plover=True,
                     by_story=by_story)
    raise UsageError(f"--format: {fmt!r} is not one of petrarch, plover")


def read_gold(path: str | Path, fmt: str = "petrarch") -> list[GoldSentence]:
    """Gold sentences from PETRARCH XML or PLOVER JSON."""
    if fmt == "petrarch":
        return read_petrarch_gold(Path(path))[0]
    if fmt == "plover":
        return read_plover_gold(Path(path))
    raise UsageError(f"--format: {fmt!r} is not one of petrarch, plover")
