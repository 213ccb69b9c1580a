"""What the dashboard shows, as data: read-only queries over the store's snapshot, cached.

The dashboard reads ``<store>.snapshot`` (published by every writer after each committed
ingest), so it never meets a writer's lock; it reopens the snapshot when a newer one
appears.  Results are cached per snapshot version: a page costs a query once per ingest.
"""

from __future__ import annotations

import os
import shutil
import threading
from collections import OrderedDict
from datetime import date
from pathlib import Path

import duckdb

from dyadwatch import reference
from dyadwatch.errors import DyadwatchError, StoreError
from dyadwatch.store.db import Store, snapshot_path

PAGE_SIZE = 50


class NotFound(DyadwatchError):
    """A dossier, item or document that does not exist (HTTP 404)."""

    code = "DW501"


class Reader:
    """Read-only access to the newest published snapshot (or the store itself if none)."""

    def __init__(self, store_path: str | Path):
        import tempfile

        self.store_path = Path(store_path)
        self._lock = threading.Lock()
        self._con: duckdb.DuckDBPyConnection | None = None
        self._retired: list[duckdb.DuckDBPyConnection] = []
        self._version: tuple[str, int] | None = None
        self._dir = tempfile.TemporaryDirectory(prefix="dyadwatch-serve-")

    def _source(self) -> Path:
        snap = snapshot_path(self.store_path)
        if snap.exists():
            return snap
        if self.store_path.exists():
            return self.store_path
        raise StoreError(f"{self.store_path}: no store here yet; ingest something first")

    def version(self) -> tuple[str, int]:
        src = self._source()
        return str(src), src.stat().st_mtime_ns

    def store(self) -> Store:
        """A Store over a fresh cursor of the current snapshot (one per request thread)."""
        with self._lock:
            version = self.version()
            if self._con is None or version != self._version:
                self._open(version)
            return Store.from_connection(self._con.cursor(), self.store_path)

    def _open(self, version: tuple[str, int]) -> None:
        # DuckDB caches databases by path inside a process, so each snapshot version gets a
        # path of its own: a hard link (no copy) when the file system allows it.
        private = Path(self._dir.name) / f"v{version[1]}.duckdb"
        if not private.exists():
            try:
                os.link(version[0], private)
            except OSError:
                shutil.copyfile(version[0], private)
        try:
            con = duckdb.connect(str(private), read_only=True)
        except duckdb.Error as e:
            raise StoreError(f"{version[0]}: cannot open for reading ({e})") from None
        if self._con is not None:
            self._retired.append(self._con)  # requests in flight may still hold its cursors
        while len(self._retired) > 2:
            self._retired.pop(0).close()
        self._con, self._version = con, version


_CACHE: "OrderedDict[tuple, object]" = OrderedDict()
_CACHE_LOCK = threading.Lock()
CACHE_SIZE = 512


def peek(version: tuple[str, int], key: tuple):
    """The cached value, or None (no computing: safe on the event loop)."""
    with _CACHE_LOCK:
        return _CACHE.get((version, key))


def cached(version: tuple[str, int], key: tuple, compute):
    """``compute()`` once per snapshot version and key (an LRU of ``CACHE_SIZE`` entries)."""
    k = (version, key)
    with _CACHE_LOCK:
        if k in _CACHE:
            _CACHE.move_to_end(k)
            return _CACHE[k]
    value = compute()
    with _CACHE_LOCK:
        _CACHE[k] = value
        while len(_CACHE) > CACHE_SIZE:
            _CACHE.popitem(last=False)
    return value


# -- pages as data -----------------------------------------------------------------------------


def overview(reader: Reader, dossiers: dict) -> dict:
    from dyadwatch.report.brief import build_brief
    from dyadwatch.report.render import default_as_of

    def compute():
        store = reader.store()
        as_of = default_as_of(store)
        out = []
        for name, dossier in dossiers.items():
            b = build_brief(store, dossier, as_of)
            outcomes = next((s["entries"] for s in b.sections if s["key"] == "outcomes"), [])
            out.append({"id": name, "title": dossier.title, "sections": b.sections, "outcomes": outcomes})
        return {"as_of": as_of, "dossiers": out}

    return cached(reader.version(), ("overview", tuple(dossiers)), compute)


def item_page(reader: Reader, dossiers: dict, dossier_id: str, item_id: str) -> dict:
    from dyadwatch.dossier.evaluate import evaluate_dossier
    from dyadwatch.report.brief import build_brief
    from dyadwatch.report.render import default_as_of

    if dossier_id not in dossiers:
        raise NotFound(f"no dossier {dossier_id!r}")
    dossier = dossiers[dossier_id]
    item = next((i for i in dossier.items if i.id == item_id), None)
    if item is None:
        raise NotFound(f"dossier {dossier_id!r} has no item {item_id!r}")

    def compute():
        store = reader.store()
        as_of = default_as_of(store)
        view = next(v for s in build_brief(store, dossier, as_of).sections for v in s["entries"] if v["id"] == item_id)
        history = []
        one = dossier.model_copy(update={"items": [item]})
        for year in range(max(as_of.year - 5, dossier.period.start.year), as_of.year + 1):
            when = min(date(year, 12, 31), as_of)
            r = evaluate_dossier(store, one, when)[0]
            history.append({"as_of": when.isoformat(), "status": r.verdict.status, "trend": r.verdict.trend,
                            "values": {k: v.current for k, v in r.values.items()}})
        return {"dossier": dossier_id, "item": view, "history": history, "as_of": as_of}

    return cached(reader.version(), ("item", dossier_id, item_id), compute)


def dyad(reader: Reader, source: str, target: str, freq: str, since, until, both: bool) -> list[dict]:
    from dyadwatch.analysis.series import series

    def compute():
        df = series(reader.store(), source, target, freq, since, until, both, output="pandas")
        return [{**r, "period": r["period"].isoformat() if hasattr(r["period"], "isoformat") else str(r["period"])}
                for r in df.to_dict("records")]

    return cached(reader.version(), ("series", source, target, freq, since, until, both), compute)


def events(reader: Reader, *, since=None, until=None, root=None, code=None, actor=None, dataset=None,
           source=None, target=None, both=False, page: int = 1) -> dict:
    """A page of events, newest first, with every filter a bound parameter."""
    clauses, params = [], []
    if source and target:
        pair = "(actor1_country = ? AND actor2_country = ?)"
        params += [source, target]
        if both:
            pair = f"({pair} OR (actor1_country = ? AND actor2_country = ?))"
            params += [target, source]
        clauses.append(pair)
    for column, value in (("event_root_code", root), ("dataset", dataset)):
        if value:
            clauses.append(f"{column} = ?")
            params.append(value)
    if code:
        clauses.append("starts_with(event_code, ?)")
        params.append(code)
    if actor:
        clauses.append("(actor1_country = ? OR actor2_country = ? OR actor1_code = ? OR actor2_code = ?)")
        params += [actor] * 4
    if since:
        clauses.append("event_date >= ?")
        params.append(since)
    if until:
        clauses.append("event_date <= ?")
        params.append(until)
    where = "WHERE " + " AND ".join(clauses) if clauses else ""
    page = max(1, page)

    def compute():
        store = reader.store()
        total = store.scalar(f"SELECT count(*) FROM events {where}", params)
        rows = store.query(
            f"SELECT dataset, source_event_id, event_date, actor1_code, actor1_country, actor2_code, actor2_country, "
            f"event_code, quad_class, goldstein, coalesce(source_url, ''), coalesce(source_ref, ''), "
            f"coalesce(summary, '') FROM events {where} ORDER BY event_date DESC, dataset, source_event_id "
            f"LIMIT ? OFFSET ?", params + [PAGE_SIZE, (page - 1) * PAGE_SIZE])
        keys = ("dataset", "id", "date", "actor1", "country1", "actor2", "country2", "code", "quad", "goldstein",
                "url", "ref", "summary")
        items = [dict(zip(keys, r)) for r in rows]
        for e in items:
            e["date"] = e["date"].isoformat()
            c = reference.cameo_codes().get(e["code"])
            e["label"] = c.label if c else ""
        if items:
            _attach_documents(store, items)
        return {"total": total, "page": page, "pages": max(1, -(-total // PAGE_SIZE)), "events": items}

    key = ("events", since, until, root, code, actor, dataset, source, target, both, page)
    return cached(reader.version(), key, compute)


def _attach_documents(store: Store, items: list[dict]) -> None:
    ids = [e["id"] for e in items if e["dataset"] == "docs"]
    if not ids:
        return
    marks = ", ".join("?" for _ in ids)
    docs = dict(store.query(f"SELECT source_event_id, min(doc_id) FROM event_mentions WHERE source_event_id IN ({marks}) "
                            "GROUP BY source_event_id", ids))
    for e in items:
        e["doc_id"] = docs.get(e["id"])


def document(reader: Reader, doc_id: str) -> dict:
    def compute():
        store = reader.store()
        if len(doc_id) < 12:
            raise NotFound(f"no document {doc_id!r}")
        rows = store.query("SELECT doc_id, source, url, title, published, fetched_at, language, text, cluster_id, "
                           "near_duplicate_of FROM documents WHERE starts_with(doc_id, ?) ORDER BY doc_id LIMIT 1",
                           [doc_id])
        if not rows:
            raise NotFound(f"no document {doc_id!r}")
        keys = ("doc_id", "source", "url", "title", "published", "fetched_at", "language", "text", "cluster_id",
                "near_duplicate_of")
        doc = dict(zip(keys, rows[0]))
        spans = store.query(
            "SELECT m.source_start, m.source_end, m.target_start, m.target_end, m.verb_start, m.verb_end, "
            "e.event_code, e.actor1_code, e.actor2_code, e.source_event_id, m.confidence FROM event_mentions m JOIN events e "
            "USING (dataset, source_event_id) WHERE m.doc_id = ? ORDER BY m.verb_start", [doc["doc_id"]])
        doc["segments"] = segments(doc["text"], spans)
        doc["events"] = [{"code": s[6], "source": s[7], "target": s[8], "id": s[9], "confidence": s[10]} for s in spans]
        return doc

    return cached(reader.version(), ("document", doc_id), compute)


def segments(text: str, spans: list[tuple]) -> list[dict]:
    """The text cut into plain and highlighted pieces (role: source, target or verb)."""
    marks = []
    for s in spans:
        for role, a, b in (("source", s[0], s[1]), ("target", s[2], s[3]), ("verb", s[4], s[5])):
            if a is not None and b is not None and 0 <= a < b <= len(text):
                marks.append((a, b, role, f"{s[6]} {s[7]}→{s[8]}" + _confidence(s)))
    marks.sort()
    out, pos = [], 0
    for a, b, role, title in marks:
        if a < pos:
            continue  # overlapping highlight: the first one wins
        if a > pos:
            out.append({"text": text[pos:a], "role": None, "title": ""})
        out.append({"text": text[a:b], "role": role, "title": title})
        pos = b
    if pos < len(text):
        out.append({"text": text[pos:], "role": None, "title": ""})
    return out


def _confidence(span: tuple) -> str:
    """", confidence 0.88" when the coder's confidence model scored the mention (NULL when no model ran)."""
    c = span[10] if len(span) > 10 else None
    return f", confidence {c:.2f}" if c is not None else ""


def documents_list(reader: Reader, page: int = 1) -> dict:
    def compute():
        store = reader.store()
        total = store.scalar("SELECT count(*) FROM documents")
        rows = store.query("SELECT doc_id, coalesce(title, ''), coalesce(url, source), published, language, "
                           "near_duplicate_of IS NOT NULL FROM documents ORDER BY fetched_at DESC, doc_id "
                           "LIMIT ? OFFSET ?", [PAGE_SIZE, (max(1, page) - 1) * PAGE_SIZE])
        keys = ("doc_id", "title", "source", "published", "language", "near_duplicate")
        return {"total": total, "page": page, "documents": [dict(zip(keys, r)) for r in rows]}

    return cached(reader.version(), ("documents", page), compute)


def chronicle(reader: Reader) -> list[dict]:
    def compute():
        rows = reader.store().query(
            "SELECT event_date, source_event_id, actor1_country, actor2_country, event_code, coalesce(summary, ''), "
            "coalesce(source_url, ''), coalesce(source_ref, '') FROM events WHERE dataset = 'chronicle' "
            "ORDER BY event_date, source_event_id")
        keys = ("date", "id", "actor1", "actor2", "code", "summary", "url", "ref")
        return [dict(zip(keys, (r[0].isoformat(), *r[1:]))) for r in rows]

    return cached(reader.version(), ("chronicle",), compute)


def runs(reader: Reader, page: int = 1) -> dict:
    def compute():
        store = reader.store()
        r = store.query("SELECT run_id, dataset, path, status, rows_read, rows_stored, rows_duplicate, "
                        "rows_quarantined, finished_at FROM ingest_runs ORDER BY run_id DESC LIMIT 200")
        q = store.query("SELECT run_id, file, line_number, reason, raw_line FROM quarantine ORDER BY run_id DESC, "
                        "line_number LIMIT ? OFFSET ?", [PAGE_SIZE, (max(1, page) - 1) * PAGE_SIZE])
        rejects = store.query("SELECT run_id, source, reason FROM document_rejects ORDER BY run_id DESC LIMIT 200")
        total_q = store.scalar("SELECT count(*) FROM quarantine")
        rk = ("run_id", "dataset", "path", "status", "read", "stored", "duplicate", "quarantined", "finished")
        return {"runs": [dict(zip(rk, (*x[:8], str(x[8])))) for x in r],
                "quarantine": [dict(zip(("run_id", "file", "line", "reason", "raw"), x)) for x in q],
                "quarantine_total": total_q, "page": page,
                "document_rejects": [dict(zip(("run_id", "source", "reason"), x)) for x in rejects]}

    return cached(reader.version(), ("runs", page), compute)
