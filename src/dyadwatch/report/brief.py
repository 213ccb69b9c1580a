"""The "Opportunities and Risks" brief: a dossier evaluated against the store, as data.

``build_brief`` returns plain data (no formatting decisions beyond strings and numbers);
``render.py`` turns it into Markdown, HTML and PDF.  The order follows the analysis:
context, the four outcomes, the peace process, why each side needs the other, risks, the
TRIPP and Section 907 trackers, then the claims checked against the data.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from dyadwatch import reference
from dyadwatch.dossier.evaluate import ItemResult, evaluate_dossier
from dyadwatch.dossier.indicators import IndicatorValue
from dyadwatch.dossier.model import Dossier

SECTIONS = [
    ("context", "Context"),
    ("outcomes", "The four outcomes of the 2020 war"),
    ("peace", "The peace process"),
    ("us_needs", "Why the United States needs Azerbaijan"),
    ("aze_needs", "Why Azerbaijan needs the United States"),
    ("risks", "Risks"),
    ("trackers", "Trackers: TRIPP and Section 907"),
    ("claims", "Claims of the analysis, checked against the data"),
]
KIND_SECTION = {"context": "context", "outcome": "outcomes", "opportunity": "us_needs", "risk": "risks",
                "project": "trackers", "instrument": "trackers", "claim": "claims"}


@dataclass
class Brief:
    dossier: Dossier
    as_of: date
    sections: list[dict]
    overview: list[dict]
    changes: dict
    store_summary: list[dict]
    evidence_ids: dict[str, list[str]] = field(default_factory=dict)
    charts: dict[str, str] = field(default_factory=dict)
    series: dict[str, list[dict]] = field(default_factory=dict)


def _fmt_value(v: IndicatorValue, which: str) -> str:
    x = v.current if which == "current" else v.previous
    if x is None:
        return "n/a"
    m = v.indicator.measure
    if m == "count":
        return str(int(x))
    if m in ("share", "coop_share"):
        return f"{100 * x:.3f}%"
    return f"{x:.2f}"


def _event_label(code: str) -> str:
    c = reference.cameo_codes().get(code)
    return f"{code} {c.label}" if c else code


def _evidence_view(e: dict) -> dict:
    from_document = e["dataset"] == "docs"
    return {
        "date": e["date"].isoformat(), "dataset": e["dataset"], "id": e["id"],
        "actors": f"{e['source'] or '?'} → {e['target'] or '?'}" if e["source"] else "—",
        "event": (_event_label(e["code"]) if e["code"] else "document") + _confidence(e.get("confidence")),
        # A document's sentence is quoted as written: the span the evidence rests on.
        "summary": f"“{e['summary']}”" if from_document else e["summary"], "url": e["url"], "ref": e["ref"],
    }


def _confidence(c: float | None) -> str:
    """A coded document's event says how sure the coder's confidence model was of it."""
    return f" (confidence {c:.2f})" if c is not None else ""


def _citation(dossier: Dossier, key: str) -> str:
    s = dossier.sources[key]
    parts = [f"“{s.title}”", s.author, s.publisher, s.date]
    return ", ".join(p for p in parts if p) + (f" <{s.url}>" if s.url else "")


def _coverage_lines(r: ItemResult) -> list[str]:
    if not r.coverage:
        return ["analysis only: no event in the store matches this item's indicators"]
    return [f"{c['dataset']}: {c['events']} events, {c['first'].isoformat()} to {c['last'].isoformat()}"
            for c in r.coverage]


def _item_view(d: Dossier, r: ItemResult, lookup, as_of: date) -> dict:
    item = r.item
    analysis = item.status if item.kind != "context" else None
    return {
        "id": item.id, "kind": item.kind, "title": item.title,
        "short_title": item.short_title or item.title[:28], "summary": " ".join(item.summary.split()),
        "claim": " ".join(item.claim.split()) if item.claim else None,
        "status": r.verdict.status, "trend": r.verdict.trend, "rule": r.verdict.rule,
        "rule_kind": item.rule.kind, "analysis_status": analysis,
        "differs": bool(analysis and analysis != r.verdict.status),
        "order": item.order, "depends_on": item.depends_on, "serves": item.serves,
        "indicators": [{
            "label": v.indicator.label or v.indicator.id, "current": _fmt_value(v, "current"),
            "previous": _fmt_value(v, "previous"), "window": f"{v.start.isoformat()} to {v.end.isoformat()}",
            "events": v.events} for v in r.values.values()],
        "evidence": [_evidence_view(e) for e in r.evidence],
        "coverage": _coverage_lines(r),
        "sources": [_citation(d, k) for k in item.sources],
        "milestones": [{"title": m.title, "planned": m.planned.isoformat() if m.planned else "—",
                        "done": m.done.isoformat() if m.done and m.done <= as_of else "not yet",
                        "evidence": [lookup(x) for x in m.evidence]} for m in item.milestones],
        "states": [{"since": s.since.isoformat(), "state": s.state, "note": s.note or "",
                    "current": s.since <= as_of, "evidence": [lookup(x) for x in s.evidence]}
                   for s in sorted(item.states, key=lambda s: s.since)],
        "detail": _detail_view(r.detail),
    }


def _detail_view(detail: dict | None) -> dict | None:
    if not detail:
        return None
    out = {"reason": detail.get("reason", ""), "periods": None, "difference": None,
           "claimed": None, "matches": None}
    if "periods" in detail:
        out["periods"] = [{
            "label": p["label"], "span": f"{p['start'].isoformat()} to {p['end'].isoformat()}",
            "events": p["events"], "cooperative": p["cooperative"],
            "coop_share": "n/a" if p["coop_share"] is None else f"{100 * p['coop_share']:.1f}%",
            "share_of_all": "n/a" if p["share_of_all"] is None else f"{100 * p['share_of_all']:.3f}%",
            "datasets": ", ".join(f"{k} {v}" for k, v in sorted(p["datasets"].items())) or "none"}
            for p in detail["periods"]]
        if detail.get("interval"):
            lo, hi = detail["interval"]
            out["difference"] = f"{100 * detail['difference']:+.1f} points (95% interval {100 * lo:+.1f} to {100 * hi:+.1f})"
    if "claimed" in detail:
        out["claimed"] = detail["claimed"]
        out["matches"] = [{"date": m["date"].isoformat(), "dataset": m["dataset"], "id": m["id"],
                           "url": m["url"], "summary": m["summary"]} for m in detail["matches"]]
    return out


def _lookup_factory(store):
    def lookup(ref: str) -> dict:
        dataset, _, event_id = ref.partition(":")
        rows = store.query("SELECT event_date, coalesce(source_url, ''), coalesce(summary, '') FROM events "
                           "WHERE dataset = ? AND source_event_id = ?", [dataset, event_id])
        if not rows:
            return {"ref": ref, "date": "", "url": "", "summary": "(not in the store)"}
        d, url, summary = rows[0]
        return {"ref": ref, "date": d.isoformat(), "url": url, "summary": summary}
    return lookup


def store_summary(store, as_of: date) -> list[dict]:
    return [{"dataset": d, "events": n, "first": lo.isoformat(), "last": hi.isoformat()}
            for d, n, lo, hi in store.query(
                "SELECT dataset, count(*), min(event_date), max(event_date) FROM events "
                "WHERE event_date <= ? GROUP BY dataset ORDER BY dataset", [as_of])]


def build_brief(store, dossier: Dossier, as_of: date, previous: dict | None = None) -> Brief:
    results = evaluate_dossier(store, dossier, as_of)
    lookup = _lookup_factory(store)
    views: dict[str, list[dict]] = {key: [] for key, _ in SECTIONS}
    for r in results:
        section = r.item.section if r.item.section in views else KIND_SECTION[r.item.kind]
        views[section].append(_item_view(dossier, r, lookup, as_of))
    for items in views.values():
        items.sort(key=lambda v: (v["order"] is None, v["order"] or 0))
    sections = [{"key": k, "title": t, "entries": views[k]} for k, t in SECTIONS if views[k]]
    overview = [{"section": s["title"], "id": v["id"], "title": v["title"], "status": v["status"],
                 "trend": v["trend"], "analysis_status": v["analysis_status"] or "", "differs": v["differs"]}
                for s in sections for v in s["entries"] if v["kind"] != "context"]
    evidence_ids = {v["id"]: [f"{e['dataset']}:{e['id']}" for e in v["evidence"]]
                    for s in sections for v in s["entries"]}
    brief = Brief(dossier, as_of, sections, overview, {}, store_summary(store, as_of), evidence_ids)
    brief.changes = compare(previous, brief)
    return brief


def state_of(brief: Brief) -> dict:
    """What ``brief.json`` keeps, to say what changed next time."""
    return {
        "dossier": brief.dossier.id, "as_of": brief.as_of.isoformat(),
        "items": {o["id"]: {"status": o["status"], "trend": o["trend"]} for o in brief.overview},
        "evidence": brief.evidence_ids,
        "store": brief.store_summary,
    }


def compare(previous: dict | None, brief: Brief) -> dict:
    if not previous or previous.get("dossier") != brief.dossier.id:
        return {"previous": None, "lines": []}
    lines = []
    before = previous.get("items", {})
    for o in brief.overview:
        old = before.get(o["id"])
        if old is None:
            lines.append(f"{o['title']}: new item ({o['status']})")
        elif old["status"] != o["status"]:
            lines.append(f"{o['title']}: status {old['status']} → {o['status']}")
        elif old["trend"] != o["trend"]:
            lines.append(f"{o['title']}: trend {old['trend']} → {o['trend']}")
    old_ev = previous.get("evidence", {})
    for item_id, ids in brief.evidence_ids.items():
        new = [i for i in ids if i not in old_ev.get(item_id, [])]
        if new and item_id in old_ev:
            lines.append(f"{item_id}: {len(new)} new evidence row(s) ({', '.join(new)})")
    old_store = {s["dataset"]: s for s in previous.get("store", [])}
    for s in brief.store_summary:
        o = old_store.get(s["dataset"])
        if o is None:
            lines.append(f"dataset {s['dataset']} added: {s['events']} events, {s['first']} to {s['last']}")
        elif o["events"] != s["events"]:
            lines.append(f"dataset {s['dataset']}: {o['events']} → {s['events']} events")
    return {"previous": previous.get("as_of"), "lines": lines}
