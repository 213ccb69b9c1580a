"""Claim rules: test what an analysis asserts against the store.

* ``contrast``: is the cooperation share of a dyad's events higher in one period than in
  another?  Counts, volume-normalized shares and a bootstrap interval for the difference;
  ``undecided`` when either period has fewer than ``min_events`` events.
* ``date_check``: does a dated event matching the indicator fall in the claimed month or
  on the claimed day?  If one falls nearby instead, the claim is ``contradicted`` and the
  other date and its source are reported; if none is found, ``undecided``.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta

import numpy as np

from dyadwatch.dossier.indicators import dataset_scope, where_clause
from dyadwatch.dossier.model import Item
from dyadwatch.dossier.rules import Verdict

BOOTSTRAP_SAMPLES = 2000
BOOTSTRAP_SEED = 20251108  # fixed so that a brief is reproducible


def _period_events(store, item: Item, start: date, end: date) -> list[tuple[str, int]]:
    where, params = where_clause(item.indicators[0])
    return store.query(
        f"SELECT dataset, quad_class FROM events WHERE {where} AND event_date >= ? AND event_date < ? "
        "ORDER BY dataset, source_event_id", params + [start, end])


def _scope_total(store, item: Item, start: date, end: date) -> int:
    scope, extra = dataset_scope(item.indicators[0].datasets)
    return store.scalar(f"SELECT count(*) FROM events WHERE event_date >= ? AND event_date < ?{scope}",
                        [start, end] + extra)


def _bootstrap_diff(a: np.ndarray, b: np.ndarray) -> tuple[float, float]:
    rng = np.random.default_rng(BOOTSTRAP_SEED)
    ma = rng.choice(a, size=(BOOTSTRAP_SAMPLES, a.size), replace=True).mean(axis=1)
    mb = rng.choice(b, size=(BOOTSTRAP_SAMPLES, b.size), replace=True).mean(axis=1)
    lo, hi = np.percentile(mb - ma, [2.5, 97.5])
    return float(lo), float(hi)


def _period_summary(store, item: Item, label: str, start: date, end: date) -> dict:
    rows = _period_events(store, item, start, end)
    coop = np.array([1.0 if q <= 2 else 0.0 for _, q in rows])
    total = _scope_total(store, item, start, end)
    by_dataset: dict[str, int] = {}
    for d, _ in rows:
        by_dataset[d] = by_dataset.get(d, 0) + 1
    return {
        "label": label, "start": start, "end": end - timedelta(days=1), "events": len(rows),
        "cooperative": int(coop.sum()), "coop_share": float(coop.mean()) if rows else None,
        "share_of_all": len(rows) / total if total else None, "datasets": by_dataset, "_coop": coop,
    }


def contrast(store, item: Item, as_of: date) -> tuple[Verdict, dict]:
    rule = item.rule
    first, second = (
        _period_summary(store, item, p.label, p.start, min(p.end or as_of, as_of) + timedelta(days=1))
        for p in rule.periods
    )
    text = (f"share of cooperative events (quad classes 1–2) among matching events, {first['label']} "
            f"vs {second['label']}; 95% bootstrap interval of the difference ({BOOTSTRAP_SAMPLES} resamples); "
            f"'undecided' when either period has fewer than {rule.min_events} events")
    detail = {"periods": [first, second], "interval": None, "difference": None}
    thin = [p for p in (first, second) if p["events"] < rule.min_events]
    if thin:
        detail["reason"] = ("too thin to decide: " + ", ".join(
            f"{p['label']} has {p['events']} events" for p in thin) + f" (need {rule.min_events} in each)")
        return Verdict("undecided", "n/a", text), _public(detail)
    lo, hi = _bootstrap_diff(first["_coop"], second["_coop"])
    diff = second["coop_share"] - first["coop_share"]
    detail.update(interval=(lo, hi), difference=diff)
    if lo > 0 or hi < 0:
        status = "supported" if (lo > 0) == (rule.expect == "second_higher") else "contradicted"
        detail["reason"] = "the interval excludes zero"
    else:
        status = "undecided"
        detail["reason"] = "the interval includes zero: no clear difference"
    return Verdict(status, "n/a", text), _public(detail)


def _public(detail: dict) -> dict:
    for p in detail.get("periods", []):
        p.pop("_coop", None)
    return detail


def _claimed_span(claimed: str) -> tuple[date, date, str]:
    parts = [int(x) for x in claimed.split("-")]
    if len(parts) == 3:
        d = date(*parts)
        return d, d, d.strftime("%-d %B %Y")
    y, m = parts
    return date(y, m, 1), date(y, m, calendar.monthrange(y, m)[1]), date(y, m, 1).strftime("%B %Y")


def date_check(store, item: Item, as_of: date) -> tuple[Verdict, dict]:
    rule = item.rule
    start, end, said = _claimed_span(rule.claimed)
    lo, hi = start - timedelta(days=rule.search_days), min(end + timedelta(days=rule.search_days), as_of)
    where, params = where_clause(item.indicators[0])
    rows = store.query(
        f"SELECT event_date, dataset, source_event_id, coalesce(source_url, ''), coalesce(summary, '') "
        f"FROM events WHERE {where} AND event_date BETWEEN ? AND ? ORDER BY event_date, dataset, source_event_id",
        params + [lo, hi])
    text = (f"the claimed date ({said}) against dated events matching the indicator within "
            f"{rule.search_days} days of it")
    inside = [r for r in rows if start <= r[0] <= end]
    found = [{"date": r[0], "dataset": r[1], "id": r[2], "url": r[3], "summary": r[4]} for r in rows]
    detail = {"claimed": said, "matches": found}
    if inside:
        detail["reason"] = f"an event matching the claim is dated {inside[0][0].isoformat()}"
        return Verdict("supported", "n/a", text), detail
    if rows:
        nearest = min(rows, key=lambda r: min(abs((r[0] - start).days), abs((r[0] - end).days)))
        detail["reason"] = (f"the analysis says {said}; the {nearest[1]} dates it "
                            f"{nearest[0].strftime('%-d %B %Y')} ({nearest[3] or nearest[2]})")
        detail["other_date"] = nearest[0]
        return Verdict("contradicted", "n/a", text), detail
    detail["reason"] = "no matching event found in the store near the claimed date"
    return Verdict("undecided", "n/a", text), detail


CLAIM_RULES = {"contrast": contrast, "date_check": date_check}
