"""What the coder's feature tests share: the parser modes to run and one pipeline per mode."""

from __future__ import annotations

from datetime import date
from functools import cache

from dyadwatch.coding.pipeline import Pipeline, load_spacy

# Every mode this machine can run: without a parser always, with spaCy's when its model is installed.
PARSERS = ["none"] + (["spacy"] if load_spacy() is not None else [])


@cache
def pipeline(parser: str = "none") -> Pipeline:
    """The rules alone: the feature tests are about what the rules read, and the confidence model
    (tests/test_confidence.py), retrained as the gold grows, must not make them pass or fail."""
    return Pipeline(parser=parser, model=None)


def coded(text: str, when: date | None, parser: str = "none") -> set[tuple[str, str, str]]:
    """(source, target, code) of every event the coder finds in ``text``."""
    return {(e.source.code, e.target.code, e.code) for s in pipeline(parser)(text, when) for e in s.events}


def coded_sentences(text: str, when: date | None, parser: str = "none") -> list[set[tuple[str, str, str]]]:
    """Each sentence's (source, target, code), in order: what a later sentence reads from an earlier one."""
    return [{(e.source.code, e.target.code, e.code) for e in s.events} for s in pipeline(parser)(text, when)]
