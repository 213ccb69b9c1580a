"""Dyadic time series over the store, written once in Ibis so any backend can run them.

``series_expr`` takes any Ibis table with the ``events`` columns (DuckDB here; Spark or
BigQuery for users who outgrow one machine) and returns the series expression; ``series``
runs it on a :class:`~dyadwatch.store.Store`.

The aggregation rule, stated once:

* a period is a calendar day, ISO week (starting Monday), month or year of ``event_date``;
* ``events`` counts stored events (one row per dataset event id; duplicates were dropped
  on ingest) whose actor 1 country is SOURCE and actor 2 country is TARGET (either way
  round with ``both_directions``);
* the four quad counts split ``events`` by the quad class of the CAMEO root code;
* ``goldstein_mean`` and ``tone_mean`` are plain means over the dyad's events (tone is
  only reported by GDELT; it is null when no event has it);
* ``share_of_all`` is ``events`` divided by all events in the store in the same period
  (same dataset filter): raw GDELT counts follow media volume, shares do not;
* every period in which the store has any event appears, with zeros when the dyad had none.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import ibis.expr.types as ir

from dyadwatch import reference
from dyadwatch.errors import UsageError

FREQS = {"day": "D", "week": "W", "month": "M", "year": "Y"}
SERIES_COLUMNS = [
    "period", "events", "verbal_coop", "material_coop", "verbal_conflict",
    "material_conflict", "goldstein_mean", "tone_mean", "share_of_all",
]


def check_actor_code(code: str) -> str:
    """An upper-cased ISO3 (or CAMEO region / XNK / C5) code, or a clear error."""
    c = code.strip().upper()
    if not reference.is_known_actor_country(c):
        raise UsageError(f"unknown country code {code!r}: use ISO 3166 alpha-3 such as USA, AZE, GEO")
    return reference.normalize_country(c)


def parse_date(value: date | str | None, what: str) -> date | None:
    """A date from YYYY-MM-DD (or None), or a UsageError naming the option."""
    if value is None or isinstance(value, date):
        return value
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise UsageError(f"{what}: {value!r} is not a date (use YYYY-MM-DD)") from None


@dataclass(frozen=True)
class SeriesQuery:
    """What the user asks for, apart from how an engine runs it."""

    source: str
    target: str
    freq: str = "month"
    since: date | None = None
    until: date | None = None
    both_directions: bool = False
    datasets: tuple[str, ...] | None = None

    @classmethod
    def make(cls, source: str, target: str, freq: str = "month", since=None, until=None,
             both_directions: bool = False, datasets=None) -> "SeriesQuery":
        if freq not in FREQS:
            raise UsageError(f"unknown frequency {freq!r}: choose one of {', '.join(FREQS)}")
        return cls(check_actor_code(source), check_actor_code(target), freq,
                   parse_date(since, "--since"), parse_date(until, "--until"),
                   both_directions, tuple(datasets) if datasets else None)


def _in_scope(events: ir.Table, q: SeriesQuery) -> ir.Table:
    t = events
    if q.datasets:
        t = t.filter(t.dataset.isin(list(q.datasets)))
    if q.since:
        t = t.filter(t.event_date >= q.since)
    if q.until:
        t = t.filter(t.event_date <= q.until)
    return t.mutate(period=t.event_date.truncate(FREQS[q.freq]).cast("date"))


def _dyad(t: ir.Table, q: SeriesQuery) -> ir.BooleanValue:
    forward = (t.actor1_country == q.source) & (t.actor2_country == q.target)
    if not q.both_directions:
        return forward
    return forward | ((t.actor1_country == q.target) & (t.actor2_country == q.source))


def series_expr(events: ir.Table, q: SeriesQuery) -> ir.Table:
    """The series as an Ibis expression over any backend's ``events`` table."""
    scoped = _in_scope(events, q)
    totals = scoped.group_by("period").aggregate(all_events=scoped.count())
    d = scoped.filter(_dyad(scoped, q))
    quads = {
        label: d.quad_class.cast("int32").isin([k]).ifelse(1, 0).sum()
        for k, label in reference.QUAD_LABELS.items()
    }
    dyad = d.group_by("period").aggregate(
        events=d.count(), **quads, goldstein_mean=d.goldstein.mean(), tone_mean=d.tone.mean(),
    )
    j = totals.left_join(dyad, "period")
    zero = {c: j[c].fill_null(0) for c in ["events", *reference.QUAD_LABELS.values()]}
    out = j.select(
        period=totals.period, **zero, goldstein_mean=j.goldstein_mean, tone_mean=j.tone_mean,
        share_of_all=(zero["events"].cast("float64") / j.all_events),
    )
    return out.order_by("period")


def series(store, source: str, target: str, freq: str = "month", since=None, until=None,
           both_directions: bool = False, datasets=None, output: str = "arrow"):
    """Run the series on a store; ``output`` is ``arrow``, ``pandas`` or ``polars``."""
    q = SeriesQuery.make(source, target, freq, since, until, both_directions, datasets)
    expr = series_expr(store.ibis().table("events"), q)
    table = expr.to_pyarrow()
    if output == "arrow":
        return table
    if output == "pandas":
        return table.to_pandas()
    if output == "polars":
        import polars as pl

        return pl.from_arrow(table)
    raise UsageError(f"unknown output {output!r}: choose arrow, pandas or polars")
