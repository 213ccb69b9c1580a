"""Indicator values from the store: one window ending at ``as_of`` and the window before it."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from dyadwatch.dossier.model import Indicator
from dyadwatch.reference import expand_group


@dataclass
class IndicatorValue:
    indicator: Indicator
    start: date
    end: date
    current: float | None
    previous: float | None
    events: int
    previous_events: int
    datasets: list[str] = field(default_factory=list)


def _in(column: str, values: list) -> str:
    return f"{column} IN ({', '.join('?' for _ in values)})"


def dataset_scope(datasets: list[str] | None) -> tuple[str, list]:
    """`` AND dataset IN (...)`` for an indicator's datasets, or nothing when it reads them all."""
    if not datasets:
        return "", []
    return f" AND {_in('dataset', datasets)}", list(datasets)


def where_clause(ind: Indicator) -> tuple[str, list]:
    """SQL condition and parameters selecting the events an indicator counts (no window)."""
    src, tgt = expand_group(ind.source), expand_group(ind.target)
    dyad = f"({_in('actor1_country', src)} AND {_in('actor2_country', tgt)})"
    params: list = [*src, *tgt]
    if ind.both_directions:
        dyad = f"({dyad} OR ({_in('actor1_country', tgt)} AND {_in('actor2_country', src)}))"
        params += [*tgt, *src]
    clauses = [dyad]
    if ind.source_agents:
        clauses.append(_in("actor1_agent", ind.source_agents))
        params += list(ind.source_agents)
    for column, values in (("event_root_code", ind.roots), ("plover", ind.plover),
                           ("quad_class", ind.quad), ("dataset", ind.datasets or [])):
        if values:
            clauses.append(_in(column, values))
            params += list(values)
    if ind.codes:
        clauses.append("(" + " OR ".join("starts_with(event_code, ?)" for _ in ind.codes) + ")")
        params += list(ind.codes)
    if ind.kind == "milestones":
        clauses.append("dataset = 'chronicle'")
    return " AND ".join(clauses), params


def _measure(store, ind: Indicator, where: str, params: list, start: date, end: date) -> tuple[float | None, int]:
    n, coop, gold = store.query(
        f"SELECT count(*), count(*) FILTER (WHERE quad_class <= 2), avg(goldstein) FROM events "
        f"WHERE {where} AND event_date > ? AND event_date <= ?", params + [start, end])[0]
    if ind.measure == "count":
        return float(n), n
    if ind.measure == "goldstein_mean":
        return gold, n
    if ind.measure == "coop_share":
        return (coop / n if n else None), n
    scope, scope_params = dataset_scope(ind.datasets)
    total = store.scalar(f"SELECT count(*) FROM events WHERE event_date > ? AND event_date <= ?{scope}",
                         [start, end] + scope_params)
    return (n / total if total else None), n


def evaluate_indicator(store, ind: Indicator, as_of: date) -> IndicatorValue:
    where, params = where_clause(ind)
    start = as_of - timedelta(days=ind.window_days)
    prev_start = start - timedelta(days=ind.window_days)
    current, n = _measure(store, ind, where, params, start, as_of)
    previous, n_prev = _measure(store, ind, where, params, prev_start, start)
    datasets = [r[0] for r in store.query(
        f"SELECT DISTINCT dataset FROM events WHERE {where} AND event_date > ? AND event_date <= ? ORDER BY 1",
        params + [prev_start, as_of])]
    return IndicatorValue(ind, start, as_of, current, previous, n, n_prev, datasets)


def evidence_rows(store, ind: Indicator, as_of: date, limit: int = 5) -> list[dict]:
    """The most recent events behind an indicator, with their sources."""
    where, params = where_clause(ind)
    # a coded document's event carries the confidence model's best score among its mentions; other datasets none
    rows = store.query(
        f"SELECT dataset, source_event_id, event_date, actor1_country, actor2_country, event_code, "
        f"coalesce(source_url, ''), coalesce(source_ref, ''), coalesce(summary, ''), confidence FROM events "
        f"LEFT JOIN (SELECT dataset, source_event_id, max(confidence) AS confidence FROM event_mentions "
        f"GROUP BY dataset, source_event_id) USING (dataset, source_event_id) "
        f"WHERE {where} AND event_date <= ? ORDER BY event_date DESC, dataset, source_event_id LIMIT ?",
        params + [as_of, limit])
    keys = ("dataset", "id", "date", "source", "target", "code", "url", "ref", "summary", "confidence")
    return [dict(zip(keys, r)) for r in rows]


def coverage_of(store, indicators: list[Indicator], as_of: date) -> list[dict]:
    """Which datasets and periods feed these indicators, up to ``as_of``."""
    spans: dict[str, dict] = {}
    for ind in indicators:
        where, params = where_clause(ind)
        for dataset, n, lo, hi in store.query(
                f"SELECT dataset, count(*), min(event_date), max(event_date) FROM events "
                f"WHERE {where} AND event_date <= ? GROUP BY dataset ORDER BY dataset", params + [as_of]):
            s = spans.setdefault(dataset, {"dataset": dataset, "events": 0, "first": lo, "last": hi})
            s["events"] += n
            s["first"], s["last"] = min(s["first"], lo), max(s["last"], hi)
    return [spans[k] for k in sorted(spans)]


def document_evidence(store, ind: Indicator, as_of: date, limit: int = 5) -> list[dict]:
    """Sentences of ingested documents that contain one of the indicator's keywords."""
    if not ind.keywords:
        return []
    from dyadwatch.coding.text import split_sentences

    likes = " OR ".join("text ILIKE ?" for _ in ind.keywords)
    rows = store.query(
        f"SELECT doc_id, coalesce(published, CAST(fetched_at AS DATE)), coalesce(url, source), coalesce(title, ''), text "
        f"FROM documents WHERE coalesce(published, CAST(fetched_at AS DATE)) <= ? AND ({likes}) "
        f"ORDER BY 2 DESC, doc_id LIMIT 20", [as_of, *(f"%{k}%" for k in ind.keywords)])
    out = []
    for doc_id, when, url, title, text in rows:
        for i, (a, b) in enumerate(split_sentences(text)):
            sentence = " ".join(text[a:b].split())
            if any(k.lower() in sentence.lower() for k in ind.keywords):
                out.append({"dataset": "docs", "id": f"{doc_id[:12]}#s{i}", "date": when, "source": None,
                            "target": None, "code": "", "url": url if url.startswith("http") else "",
                            "ref": f"document {doc_id[:12]} {title}".strip(), "summary": sentence, "confidence": None})
                break
    return out[:limit]
