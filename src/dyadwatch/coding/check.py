"""Check an analysis's dated factual claims against the store.

A claim is a sentence with a written date (a day, or a month) and at least one actor.
Its verb, when the verb dictionary knows it, gives a quad class.  Matching events are
ranked by how many of the claim's actors they involve, then by distance from the claimed
date; the curated chronicle is consulted first.  Each claim comes back as ``agrees`` (a
matching event inside the claimed day or month), ``disagrees`` (the nearest matching
event is outside it: its date and source are given) or ``not found``.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import asdict, dataclass
from datetime import date, timedelta
from pathlib import Path

from dyadwatch import reference
from dyadwatch.coding.dates import MONTH_YEAR, MONTHS, explicit_dates
from dyadwatch.coding.pipeline import Pipeline
from dyadwatch.sources.documents import RejectedDocument, read_input

SEARCH_DAYS = {"day": 45, "month": 90}


@dataclass
class ClaimCheck:
    sentence: str
    claimed: str  # as written in words: "August 2023", "8 August 2025"
    start: date
    end: date
    actors: list[str]
    quad_class: int | None
    verdict: str  # agrees, disagrees, not found
    event_date: date | None = None
    event_source: str | None = None
    event_summary: str | None = None
    dataset: str | None = None

    def to_dict(self) -> dict:
        d = asdict(self)
        for k in ("start", "end", "event_date"):
            d[k] = d[k].isoformat() if d[k] else None
        return d


def document_date(text: str) -> date | None:
    """A dateline near the top ("NOVEMBER 2025") dates an analysis with no metadata."""
    m = MONTH_YEAR.search(text[:3000])
    if not m:
        return None
    year, month = int(m.group(2)), MONTHS[m.group(1).lower().rstrip(".")]
    return date(year, month, calendar.monthrange(year, month)[1])


def extract_claims(text: str, doc_date: date | None, pipeline: Pipeline) -> list[dict]:
    claims = []
    for s in pipeline(text, doc_date):
        actors = sorted({m.country for m in s.mentions})
        if not actors:
            continue
        quad = _quad(s, pipeline)
        for when, precision, span in explicit_dates(s.text, doc_date):
            if precision == "day":
                start = end = when
                said = f"{when.day} {when.strftime('%B %Y')}"
            else:
                start = when
                end = when.replace(day=calendar.monthrange(when.year, when.month)[1])
                said = when.strftime("%B %Y")
            claims.append({"sentence": " ".join(s.text.split()), "claimed": said, "start": start, "end": end,
                           "precision": precision, "actors": actors, "quad_class": quad})
    return claims


def _quad(sentence, pipeline: Pipeline) -> int | None:
    if sentence.events:
        return reference.quad_class(sentence.events[0].code[:2])
    verbs = pipeline.events.verbs
    for tok in sentence.tokens:
        lemma = verbs.lemma(tok.text)
        pats = verbs.patterns.get(lemma or "", [])
        real = [p for p in pats if not p.reporting]
        if real:
            return reference.quad_class(real[-1].code[:2])
    return None


def _candidates(store, claim: dict, datasets: list[str] | None) -> list[tuple]:
    pad = timedelta(days=SEARCH_DAYS[claim["precision"]])
    actors = claim["actors"]
    marks = ", ".join("?" for _ in actors)
    scope = f"AND dataset IN ({', '.join('?' for _ in datasets)})" if datasets else ""
    params = [*actors, *actors, claim["start"] - pad, claim["end"] + pad, *(datasets or [])]
    return store.query(
        f"""SELECT event_date, dataset, source_event_id, coalesce(source_url, source_ref, ''), coalesce(summary, ''),
                   (actor1_country IN ({marks}))::INT + (actor2_country IN ({marks}))::INT AS hits, quad_class
            FROM events WHERE (actor1_country IN ({marks}) OR actor2_country IN ({marks}))
              AND event_date BETWEEN ? AND ? {scope}""",
        [*actors, *actors, *params])


def _distance(d: date, start: date, end: date) -> int:
    return 0 if start <= d <= end else min(abs((d - start).days), abs((d - end).days))


def check_claim(store, claim: dict) -> ClaimCheck:
    base = {k: claim[k] for k in ("sentence", "claimed", "start", "end", "actors", "quad_class")}
    for datasets in (["chronicle"], None):
        rows = _candidates(store, claim, datasets)
        if not rows:
            continue
        same_quad = lambda r: claim["quad_class"] is None or r[6] == claim["quad_class"]  # noqa: E731
        best = min(rows, key=lambda r: (-r[5], not same_quad(r), _distance(r[0], claim["start"], claim["end"]),
                                        r[1], r[2]))
        verdict = "agrees" if _distance(best[0], claim["start"], claim["end"]) == 0 else "disagrees"
        return ClaimCheck(**base, verdict=verdict, event_date=best[0], event_source=best[3],
                          event_summary=best[4], dataset=best[1])
    return ClaimCheck(**base, verdict="not found")


def check_document(store, source: str | Path, doc_date: date | None = None,
                   pipeline: Pipeline | None = None) -> list[ClaimCheck]:
    read = read_input(str(source))
    if not read.documents:
        raise RejectedDocument(read.rejects[0].reason if read.rejects else f"{source}: nothing to check")
    doc = read.documents[0]
    dateline = document_date(doc.text)
    when = doc_date or doc.published or dateline
    pipeline = pipeline or Pipeline(parser="none")
    claims = extract_claims(_clean(doc.text), when, pipeline)
    if dateline:  # the dateline itself ("NOVEMBER 2025") is not a claim
        head = " ".join(_clean(doc.text)[:3000].split())
        claims = [c for c in claims if not (c["precision"] == "month" and c["end"] == dateline
                                            and c["sentence"][:200] in head)]
    return [check_claim(store, c) for c in claims]


def _clean(text: str) -> str:
    return re.sub(r"\*\*", "", text)
