"""Status rules: indicator values in, a status, a trend and a plain-words rule out.

Four kinds, each a small function:

* ``stated``: the status the source analysis gives (no data decides it);
* ``threshold``: the first level whose ``at_least`` the indicator's current value reaches;
* ``milestones``: achieved when every milestone is done by the date, implementation when
  some are, stalled when none is and one is overdue, planned otherwise;
* ``instrument``: the latest state whose ``since`` is on or before the date.

The trend compares the indicator's current window with the one before it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from dyadwatch.dossier.indicators import IndicatorValue
from dyadwatch.dossier.model import Item


@dataclass
class Verdict:
    status: str
    trend: str
    rule: str


def _label(v: IndicatorValue) -> str:
    ind = v.indicator
    arrow = "↔" if ind.both_directions else "→"
    what = ind.label or f"{ind.measure.replace('_', ' ')} of {ind.source}{arrow}{ind.target} events"
    return f"{what} over the {ind.window_days} days to the date"


def trend(v: IndicatorValue | None, ratio: float) -> str:
    if v is None or v.current is None or v.previous is None:
        return "no data"
    if v.events == 0 and v.previous_events == 0:
        return "no data"
    if v.previous == 0:
        return "rising" if v.current > 0 else "steady"
    r = v.current / v.previous
    if r >= ratio:
        return "rising"
    if r <= 1 / ratio:
        return "falling"
    return "steady"


def _stated(item: Item, v, as_of: date) -> tuple[str, str]:
    status = item.rule.status or item.status or "background"
    return status, f"status as the source analysis states it ({status}); no indicator decides it"


def _threshold(item: Item, v: IndicatorValue, as_of: date) -> tuple[str, str]:
    levels = sorted(item.rule.levels, key=lambda lv: -lv.at_least)
    steps = "; ".join(f"'{lv.status}' when at least {lv.at_least:g}" for lv in levels)
    text = f"{_label(v)}: {steps}"
    value = v.current if v.current is not None else float("-inf")
    for lv in levels:
        if value >= lv.at_least:
            return lv.status, text
    return levels[-1].status, text + " (lowest level when no value)"


def _milestones(item: Item, v, as_of: date) -> tuple[str, str]:
    done = [m for m in item.milestones if m.done and m.done <= as_of]
    overdue = [m for m in item.milestones if m not in done and m.planned and m.planned < as_of]
    text = ("'achieved' when every milestone is done, 'implementation' when some are, "
            f"'stalled' when none is and one is overdue ({len(done)} of {len(item.milestones)} done"
            f", {len(overdue)} overdue)")
    if len(done) == len(item.milestones):
        return "achieved", text
    if done:
        return "implementation", text
    return ("stalled" if overdue else "planned"), text


def _instrument(item: Item, v, as_of: date) -> tuple[str, str]:
    current = [s for s in sorted(item.states, key=lambda s: s.since) if s.since <= as_of]
    text = "the latest recorded state of the instrument on or before the date"
    return (current[-1].state if current else "pending"), text


RULES = {"stated": _stated, "threshold": _threshold, "milestones": _milestones, "instrument": _instrument}


def evaluate(item: Item, values: dict[str, IndicatorValue], as_of: date) -> Verdict:
    key = item.rule.indicator or (item.indicators[0].id if item.indicators else None)
    v = values.get(key) if key else None
    if item.rule.kind == "threshold" and v is None:
        raise ValueError(f"item {item.id}: threshold rule without an indicator value")
    status, text = RULES[item.rule.kind](item, v, as_of)
    return Verdict(status, trend(v, item.rule.trend_ratio), text)
