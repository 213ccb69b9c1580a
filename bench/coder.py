"""Benchmark: end-to-end coder throughput (sentences/s) with and without the parser.

Input: >= 10,000 real English sentences (PETRARCH unit-test and GigaWord sentences, the
UniversalPetrarch sample and the AIR Center analysis from ../shared), repeated, grouped
into documents of 20 sentences.  Baselines measured in the same run: tokenising only
(the floor), and a naive parser-first coder that runs spaCy on every sentence.  Medians of
``--repeat`` runs.  Target: >= 1,000 sentences/s.

Each coder also runs over ``--jobs`` processes (``Pipeline.pipe``; default 2, this machine's
cores), against spaCy's own ``n_process`` as the like-for-like baseline.

    python bench/coder.py [--sentences 10000] [--repeat 3] [--jobs 2]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

from dyadwatch.coding.pipeline import Pipeline, load_spacy
from dyadwatch.coding.text import split_sentences, tokenize

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def real_sentences() -> list[str]:
    out = []
    for rel in ("data/petrarch2/petrarch2/data/text/PETR.UnitTest.records.xml",
                "data/petrarch2/petrarch2/data/text/GigaWord.sample.PETR.xml",
                "data/UniversalPetrarch/UniversalPetrarch/tests/english_sample.xml"):
        for el in ET.parse(SHARED / rel).getroot().iter("Text"):
            if el.text and el.text.strip():
                out.append(" ".join(el.text.split()))
    text = (SHARED / "reference/seed-analysis-us-azerbaijan-2025.txt").read_text()
    out += [" ".join(text[a:b].split()) for a, b in split_sentences(text) if b - a > 30]
    return out


def documents(n: int) -> list[str]:
    """Documents of 20 real sentences until the splitter counts at least ``n`` sentences."""
    base = real_sentences()
    docs, count, k = [], 0, 0
    while count < n:
        doc = " ".join(base[(k + j) % len(base)] for j in range(20))
        docs.append(doc)
        count += len(split_sentences(doc))
        k += 20
    return docs


def run(fn, docs) -> float:
    t0 = time.perf_counter()
    fn(docs)
    return time.perf_counter() - t0


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sentences", type=int, default=10_000)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--jobs", type=int, default=2, help="processes for the multi-process lines (-1: one per core)")
    args = ap.parse_args()
    docs = documents(args.sentences)
    n = sum(len(split_sentences(d)) for d in docs)
    when = date(2023, 5, 3)
    methods = {"tokenize only": lambda ds: [tokenize(d) for d in ds]}
    patterns, rules_only = Pipeline(parser="none"), Pipeline(parser="none", model=None)
    methods["coder, patterns"] = lambda ds: [patterns(d, when) for d in ds]
    methods["patterns, no confidence"] = lambda ds: [rules_only(d, when) for d in ds]  # what the model costs
    methods[f"coder, patterns, {args.jobs} proc"] = lambda ds: list(patterns.pipe(((d, when) for d in ds), args.jobs))
    nlp = load_spacy()
    if nlp is not None:
        parser = Pipeline(parser="spacy")
        methods["coder, parser"] = lambda ds: [parser(d, when) for d in ds]
        methods["spaCy on every sentence"] = lambda ds: list(nlp.pipe(ds, batch_size=64))
        # like for like: spaCy's own n_process against the coder's
        methods[f"coder, parser, {args.jobs} proc"] = lambda ds: list(parser.pipe(((d, when) for d in ds), args.jobs))
        methods[f"spaCy, every sentence, {args.jobs} proc"] = lambda ds: list(
            nlp.pipe(ds, batch_size=64, n_process=args.jobs))
    else:
        print("spaCy model not installed: parser mode skipped (pip install 'dyadwatch[nlp]')")
    medians = {name: statistics.median(run(fn, docs) for _ in range(args.repeat)) for name, fn in methods.items()}
    floor = medians["tokenize only"]
    print(f"{n:,} sentences in {len(docs)} documents, median of {args.repeat} runs")
    print(f"{'method':32} {'median s':>9} {'sentences/s':>12} {'x tokenize':>11}")
    for name, m in medians.items():
        print(f"{name:32} {m:9.3f} {n / m:12,.0f} {floor / m:10.3f}x")
    if "spaCy on every sentence" in medians:
        many = medians[f"spaCy, every sentence, {args.jobs} proc"] / medians[f"coder, parser, {args.jobs} proc"]
        print(f"parser-mode coder vs spaCy on every sentence: "
              f"{medians['spaCy on every sentence'] / medians['coder, parser']:.2f}x faster; "
              f"in {args.jobs} processes each: {many:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
