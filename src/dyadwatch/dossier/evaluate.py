"""Evaluate every item of a dossier against the store as of a date."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from dyadwatch.dossier.claims import CLAIM_RULES
from dyadwatch.dossier.indicators import (IndicatorValue, coverage_of, document_evidence, evaluate_indicator,
                                          evidence_rows)
from dyadwatch.dossier.model import Dossier, Item
from dyadwatch.dossier.rules import Verdict, evaluate


@dataclass
class ItemResult:
    item: Item
    verdict: Verdict
    values: dict[str, IndicatorValue]
    evidence: list[dict] = field(default_factory=list)
    detail: dict | None = None
    coverage: list[dict] = field(default_factory=list)

    @property
    def datasets(self) -> list[str]:
        """Datasets that fed this item's indicators (empty: the analysis alone)."""
        return sorted({c["dataset"] for c in self.coverage})


def evaluate_dossier(store, dossier: Dossier, as_of: date, evidence_limit: int = 5) -> list[ItemResult]:
    results = []
    for item in dossier.items:
        values = {ind.id: evaluate_indicator(store, ind, as_of) for ind in item.indicators}
        evidence: list[dict] = []
        for ind in item.indicators:
            evidence += evidence_rows(store, ind, as_of, evidence_limit)
            evidence += document_evidence(store, ind, as_of, evidence_limit)
        evidence.sort(key=lambda e: (e["date"], e["dataset"], e["id"]), reverse=True)
        unique = list({(e["dataset"], e["id"]): e for e in evidence}.values())[:evidence_limit]
        detail = None
        if item.rule.kind in CLAIM_RULES:
            verdict, detail = CLAIM_RULES[item.rule.kind](store, item, as_of)
        else:
            verdict = evaluate(item, values, as_of)
        coverage = coverage_of(store, item.indicators, as_of)
        results.append(ItemResult(item, verdict, values, unique, detail, coverage))
    return results
