"""Blind scores that outlive the text: what a coder predicted on our gold, kept without the news.

Sessions 17-45 kept each blind batch's predictions beside the sentences' text, outside the
repository, and lost both with the machine.  The pooled figure (each set scored by the coder its
batch started from) could then no longer be recomputed.  This script keeps the predictions in the
repository instead, as stand-off rows like the gold's: set, sentence, the sentence's SHA-1, the
coder's commit and mode, and the events it coded, never the sentence itself.

    python eval/blind.py score LABEL GOLD.jsonl TEXTDIR SET... [--out eval/blind/sessionNN.jsonl]
    python eval/blind.py pool eval/blind/*.jsonl [--boot 2000] [--label-prefix 46]
    python eval/blind.py misses RUN.jsonl GOLD.jsonl [TEXTDIR] [--mode none]
    python eval/blind.py standoff SETDIR FIRST LAST OUT.jsonl

``standoff`` turns annotated sets (``SETDIR/f<N>.txt``: ``query:``, ``url:`` and ``date:`` lines,
``#`` comments, then ``S sentence`` lines each followed by its ``E SOURCE TARGET CODE`` lines)
into the gold's stand-off rows, the sentence replaced by its SHA-1, and writes each set's
sentences to ``SETDIR/../text/f<N>.txt`` for ``hydrate.py`` and ``score``.

``score`` codes each set as one document (as ``ingest docs`` does) in every parser mode that can
run, prints root and triple precision, recall and F1, and appends its rows to ``--out``.
``pool`` joins the runs with the gold (by set, sentence and SHA-1, so a run on other text is
refused) and bootstraps F1 over stories: micro-F1 is 2 tp / (predicted + gold) summed over the
stories drawn.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
from collections import Counter, defaultdict
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from hydrate import Mismatch, joined, read_standoff, read_text, sha1  # noqa: E402

LEVELS = ("root", "triple")


def commit_of(repo: Path) -> str:
    """The last commit that changed the package: the coder a run measures, whatever eval/ or docs/
    commits came after it (a working tree with changes under src/ is marked "+")."""
    try:
        out = subprocess.run(["git", "-C", str(repo), "log", "-1", "--format=%h", "--", "src"],
                             capture_output=True, text=True)
        dirty = subprocess.run(["git", "-C", str(repo), "status", "--porcelain", "--", "src"],
                               capture_output=True, text=True).stdout.strip()
    except OSError:
        return "unknown"
    return (out.stdout.strip() or "unknown") + ("+" if dirty else "")


def keyed(events, level: str) -> Counter:
    if level == "root":
        return Counter(c[:2] for _, _, c in events)
    return Counter(tuple(e) for e in events)


def tally(pred, gold, level: str) -> tuple[int, int, int]:
    p, g = keyed(pred, level), keyed(gold, level)
    return sum((p & g).values()), sum(p.values()), sum(g.values())


def f1(tp: int, predicted: int, gold: int) -> float:
    return 2 * tp / (predicted + gold) if predicted + gold else 0.0


def pipelines():
    from dyadwatch.coding.pipeline import Pipeline

    out = {"none": Pipeline(parser="none")}
    try:
        out["spacy"] = Pipeline(parser="spacy")
    except Exception as e:  # the spaCy model is an extra; a run without it says so
        print(f"spacy mode skipped: {e}", file=sys.stderr)
    return out


def code_set(pipeline, rows: list[dict], sentences: list[str]) -> list[list[list[str]]]:
    when = date.fromisoformat(rows[0]["date"]) if rows[0].get("date") else None
    coded = pipeline.story(sentences, when)
    return [[[e.source.code, e.target.code, e.code] for s in parts for e in s.events] for parts in coded]


def score(args) -> int:
    gold = read_standoff(Path(args.gold))
    commit = commit_of(Path(__file__).resolve().parent.parent)
    out_rows = []
    for mode, pipeline in pipelines().items():
        sums = {lv: [0, 0, 0] for lv in LEVELS}
        for name in args.sets:
            rows = sorted(gold[name], key=lambda r: r["sentence"])
            if not rows:
                raise SystemExit(f"{args.gold}: no set {name}")
            pairs = joined(rows, read_text(Path(args.textdir) / f"{name}.txt"), Path(args.textdir) / f"{name}.txt")
            predicted = code_set(pipeline, rows, [t for _, t in pairs])
            for (row, _), pred in zip(pairs, predicted):
                out_rows.append({"label": args.label, "commit": commit, "mode": mode, "set": name,
                                 "sentence": row["sentence"], "sha1": row["sha1"], "events": pred})
                for lv in LEVELS:
                    for i, v in enumerate(tally(pred, row["events"], lv)):
                        sums[lv][i] += v
        print(f"{args.label} {mode} ({commit}): " + "; ".join(_figures(lv, *sums[lv]) for lv in LEVELS))
    if args.out:
        with open(args.out, "a", encoding="utf-8") as fh:
            fh.writelines(json.dumps(r) + "\n" for r in out_rows)
    return 0


def _figures(level: str, tp: int, predicted: int, gold: int) -> str:
    p = tp / predicted if predicted else 0.0
    r = tp / gold if gold else 0.0
    return f"{level} P {p:.3f} R {r:.3f} F1 {f1(tp, predicted, gold):.3f} (tp {tp}, pred {predicted}, gold {gold})"


def gold_rows(paths) -> dict[tuple[str, int], dict]:
    out = {}
    for path in paths:
        for rows in read_standoff(Path(path)).values():
            out.update({(r["set"], r["sentence"]): r for r in rows})
    return out


def story_tallies(runs, gold: dict, mode: str, prefix: str = "") -> dict[str, dict[str, list[int]]]:
    """Per set and level: [tp, predicted, gold]."""
    out: dict[str, dict[str, list[int]]] = defaultdict(lambda: {lv: [0, 0, 0] for lv in LEVELS})
    for path in runs:
        for line in Path(path).read_text(encoding="utf-8").splitlines():
            run = json.loads(line)
            if run["mode"] != mode or not str(run["label"]).startswith(prefix):
                continue
            g = gold.get((run["set"], run["sentence"]))
            if g is None or g["sha1"] != run["sha1"]:
                raise SystemExit(f"{path}: {run['set']}:{run['sentence']} is not the sentence annotated")
            for lv in LEVELS:
                for i, v in enumerate(tally(run["events"], g["events"], lv)):
                    out[run["set"]][lv][i] += v
    return dict(out)


def bootstrap(stories: dict[str, dict[str, list[int]]], level: str, n: int, line: float, seed: int = 46):
    rows = [s[level] for s in stories.values()]
    tp, pr, gd = (sum(r[i] for r in rows) for i in range(3))
    rng = random.Random(seed)
    draws = []
    for _ in range(n):
        pick = [rows[rng.randrange(len(rows))] for _ in rows]
        draws.append(f1(sum(r[0] for r in pick), sum(r[1] for r in pick), sum(r[2] for r in pick)))
    draws.sort()
    low, high = draws[int(0.025 * n)], draws[int(0.975 * n) - 1]
    share = sum(d >= line for d in draws) / n
    return f1(tp, pr, gd), low, high, share


def pool(args) -> int:
    gold = gold_rows(sorted(Path(args.gold_dir).glob("*.jsonl")))
    for mode in ("none", "spacy"):
        stories = story_tallies(args.runs, gold, mode, args.label_prefix)
        if not stories:
            continue
        parts = []
        for level, line in (("root", 0.6), ("triple", 0.4)):
            point, low, high, share = bootstrap(stories, level, args.boot, line)
            parts.append(f"{level} {point:.3f} [{low:.3f}-{high:.3f}] P(>={line}) {share:.2f}")
        print(f"{mode}: {len(stories)} stories; " + "; ".join(parts))
    return 0


def misses(args) -> int:
    gold = gold_rows([args.gold])
    texts: dict[str, list[str]] = {}
    for line in Path(args.run).read_text(encoding="utf-8").splitlines():
        run = json.loads(line)
        g = gold.get((run["set"], run["sentence"]))
        if run["mode"] != args.mode or g is None:
            continue
        pred, want = Counter(map(tuple, run["events"])), Counter(map(tuple, g["events"]))
        if pred == want:
            continue
        if args.textdir and run["set"] not in texts:
            texts[run["set"]] = read_text(Path(args.textdir) / f"{run['set']}.txt")
        text = texts.get(run["set"], [""] * run["sentence"])[run["sentence"] - 1]
        print(f"{run['set']}:{run['sentence']} {text}")
        print(f"   missed {sorted(want - pred)}  extra {sorted(pred - want)}")
    return 0


def read_set(path: Path) -> tuple[dict, list[tuple[str, list[list[str]]]]]:
    head: dict[str, str] = {}
    sentences: list[tuple[str, list[list[str]]]] = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        tag, _, rest = line.partition(" ")
        if tag in ("query:", "url:", "date:"):
            head[tag[:-1]] = rest.strip()
        elif tag == "S":
            sentences.append((rest.strip(), []))
        elif tag == "E" and sentences and len(rest.split()) == 3:
            sentences[-1][1].append(rest.split())
        elif line.strip() and not line.startswith("#"):
            raise SystemExit(f"{path}:{n}: not a query/url/date, S, E or # line")
    return head, sentences


def standoff(args) -> int:
    setdir = Path(args.setdir)
    textdir = setdir.parent / "text"
    textdir.mkdir(exist_ok=True)
    rows = []
    for number in range(args.first, args.last + 1):
        name = f"f{number}"
        head, sentences = read_set(setdir / f"{name}.txt")
        (textdir / f"{name}.txt").write_text("".join(s + "\n" for s, _ in sentences), encoding="utf-8")
        rows += [{"set": name, "query": head.get("query", ""), "url": head.get("url", ""), "date": head.get("date", ""),
                  "sentence": i, "sha1": sha1(text), "events": events}
                 for i, (text, events) in enumerate(sentences, 1)]
    Path(args.out).write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    print(f"{args.out}: {len(rows)} sentences, {sum(len(r['events']) for r in rows)} events")
    return 0


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="command", required=True)
    s = sub.add_parser("score")
    s.add_argument("label")
    s.add_argument("gold")
    s.add_argument("textdir")
    s.add_argument("sets", nargs="+")
    s.add_argument("--out")
    p = sub.add_parser("pool")
    p.add_argument("runs", nargs="+")
    p.add_argument("--gold-dir", default=str(Path(__file__).resolve().parent / "gold"))
    p.add_argument("--boot", type=int, default=2000)
    p.add_argument("--label-prefix", default="")
    m = sub.add_parser("misses")
    m.add_argument("run")
    m.add_argument("gold")
    m.add_argument("textdir", nargs="?")
    m.add_argument("--mode", default="none")
    w = sub.add_parser("standoff")
    w.add_argument("setdir")
    w.add_argument("first", type=int)
    w.add_argument("last", type=int)
    w.add_argument("out")
    args = ap.parse_args(argv)
    try:
        return {"score": score, "pool": pool, "misses": misses, "standoff": standoff}[args.command](args)
    except (Mismatch, OSError, json.JSONDecodeError, KeyError) as e:  # as hydrate.py: one line, nothing written
        print(f"error: {e}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
