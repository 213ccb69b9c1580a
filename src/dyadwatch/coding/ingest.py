"""Documents into the store, coded into events with their provenance.

One input (path, URL or feed) is one ingest run and one transaction: its documents, its
rejects, the events coded from it and their mentions.  ``read = stored + duplicate +
rejected`` holds for documents.  Coded events are de-duplicated to one event per (date,
source, target, code) per story cluster; each report behind an event adds a mention row
and raises the event's ``num_mentions``.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from datetime import date

from dyadwatch import reference
from dyadwatch.coding import processes
from dyadwatch.coding.pipeline import CODER_VERSION, Pipeline, Sentence
from dyadwatch.sources.documents import Document, read_input
from dyadwatch.store.db import Store, utcnow

DATASET = "docs"
# 64-bit simhashes of unrelated texts differ in ~32 bits; a one-word edit of a short story
# moves ~10. At 10 bits a chance match is ~1e-7.
NEAR_BITS = 10


@dataclass
class DocsReport:
    path: str
    status: str = "ok"
    rows_read: int = 0
    rows_stored: int = 0
    rows_duplicate: int = 0
    rows_quarantined: int = 0
    near_duplicates: int = 0
    events_new: int = 0
    mentions: int = 0
    doubtful: int = 0  # coded, then set apart by the confidence model: not stored
    mode: str = ""
    run_id: int | None = None
    rejects: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        return asdict(self)


def _event_id(when: date | None, source: str, target: str, code: str, cluster: str) -> str:
    key = f"{when}|{source}|{target}|{code}|{cluster}"
    return hashlib.sha1(key.encode()).hexdigest()[:20]


def _cluster(store: Store, doc: Document) -> tuple[str, str | None]:
    row = store.query(
        "SELECT doc_id, cluster_id FROM documents WHERE bit_count(xor(simhash, ?)) <= ? "
        "ORDER BY fetched_at LIMIT 1", [doc.simhash, NEAR_BITS])
    if row:
        return row[0][1], row[0][0]
    return doc.doc_id, None


def ingest_documents(store: Store, inputs: list[str], allow_private: bool = False,
                     published: date | None = None, pipeline: Pipeline | None = None,
                     n_process: int = 1) -> list[DocsReport]:
    """``n_process``: processes the coder runs in (-1: one per core); the store has one writer, this one."""
    pipeline = pipeline or Pipeline()
    processes.resolve(n_process)  # a bad count is refused before anything is read
    return [_ingest_one(store, spec, allow_private, published, pipeline, n_process) for spec in inputs]


def _new_documents(store: Store, read, published: date | None) -> tuple[list[Document], int]:
    """The documents the store does not hold yet (each once), and how many were duplicates."""
    new, seen, duplicates = [], set(), 0
    for doc in read.documents:
        if doc.doc_id in seen or store.scalar("SELECT count(*) FROM documents WHERE doc_id = ?", [doc.doc_id]):
            duplicates += 1
            continue
        seen.add(doc.doc_id)
        doc.published = doc.published or published
        new.append(doc)
    return new, duplicates


def _ingest_one(store: Store, spec: str, allow_private: bool, published: date | None,
                pipeline: Pipeline, n_process: int) -> DocsReport:
    read = read_input(spec, allow_private=allow_private)
    report = DocsReport(spec, mode=pipeline.mode)
    report.rows_read = len(read.documents) + len(read.rejects)
    report.rejects = [r.reason for r in read.rejects]
    started = utcnow()
    with store.transaction():
        run_id = store.scalar("SELECT nextval('ingest_run_seq')")
        for r in read.rejects:
            store.con.execute("INSERT INTO document_rejects VALUES (?, ?, ?, ?)", [run_id, r.source, r.reason, utcnow()])
        new, report.rows_duplicate = _new_documents(store, read, published)
        coded = pipeline.pipe(((doc.text, doc.published) for doc in new), n_process)
        for doc, sentences in zip(new, coded):
            cluster, near = _cluster(store, doc)
            report.near_duplicates += near is not None
            store.con.execute(
                "INSERT INTO documents VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [doc.doc_id, doc.source, doc.url, doc.title, doc.published, utcnow(), doc.language,
                 doc.content_type, doc.text, doc.simhash, cluster, near, run_id])
            report.rows_stored += 1
            added, mentions, doubtful = _store_events(store, doc, sentences, cluster, pipeline.mode, run_id)
            report.events_new += added
            report.mentions += mentions
            report.doubtful += doubtful
        report.rows_quarantined = len(read.rejects)
        status = "ok" if read.documents or not read.rejects else "rejected"
        store.con.execute(
            "INSERT INTO ingest_runs VALUES (?, ?, ?, ?, ?, NULL, ?, ?, ?, ?, ?, ?, ?, ?)",
            [run_id, DATASET, spec, hashlib.sha256(spec.encode()).hexdigest(), 0, started, utcnow(), status,
             report.rows_read, report.rows_stored, report.rows_duplicate, report.rows_quarantined,
             f"{report.events_new} events, {report.mentions} mentions, {report.doubtful} doubtful, "
             f"mode {pipeline.mode}"])
    report.run_id, report.status = run_id, status
    return report


def _store_events(store: Store, doc: Document, sentences: list[Sentence], cluster: str, mode: str,
                  run_id: int) -> tuple[int, int, int]:
    new = mentions = doubtful = 0
    when_default = doc.published
    for s in sentences:
        doubtful += len(s.doubtful)
        for e in s.events:
            when = s.date or when_default
            if when is None:
                continue
            eid = _event_id(when, e.source.code, e.target.code, e.code, cluster)
            if store.scalar("SELECT count(*) FROM events WHERE dataset = ? AND source_event_id = ?", [DATASET, eid]):
                store.con.execute(
                    "UPDATE events SET num_mentions = num_mentions + 1 WHERE dataset = ? AND source_event_id = ?",
                    [DATASET, eid])
            else:
                _insert_event(store, eid, when, e, doc, s.text, run_id)
                new += 1
            store.con.execute(
                "INSERT INTO event_mentions (dataset, source_event_id, doc_id, sentence_index, sentence, source_start, "
                "source_end, target_start, target_end, verb_start, verb_end, coder_version, mode, confidence) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [DATASET, eid, doc.doc_id, s.index, s.text, e.source.char_start, e.source.char_end,
                 e.target.char_start, e.target.char_end, e.verb_start, e.verb_end, CODER_VERSION, mode,
                 e.confidence])
            mentions += 1
    return new, mentions, doubtful


def _insert_event(store: Store, eid: str, when: date, e, doc: Document, sentence: str, run_id: int) -> None:
    c = reference.cameo_codes().get(e.code)
    store.con.execute(
        """INSERT INTO events (dataset, source_event_id, event_date, actor1_code, actor1_name, actor1_country,
           actor1_agent, actor2_code, actor2_name, actor2_country, actor2_agent, event_code, event_base_code,
           event_root_code, quad_class, goldstein, plover, num_mentions, num_sources, num_articles,
           source_url, source_ref, summary, ingest_run_id)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, 1, 1, ?, ?, ?, ?)""",
        [DATASET, eid, when, e.source.code, e.source.text, _country(e.source), e.source.agent,
         e.target.code, e.target.text, _country(e.target), e.target.agent, e.code, e.code[:3], e.code[:2],
         reference.quad_class(e.code[:2]), c.goldstein if c else None, c.plover if c else None,
         doc.url, f"document {doc.doc_id[:12]}" + (f" ({doc.title})" if doc.title else ""), sentence, run_id])


def _country(m) -> str | None:
    """CAMEO's "---" (an actor of unknown country) is stored as no country, as GDELT leaves it blank."""
    return None if m.country == "---" else m.country
