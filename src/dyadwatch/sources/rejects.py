"""Problems as records: lines DuckDB's reader rejected, and rows our checks refused."""

from __future__ import annotations

import csv
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from dyadwatch.sources.base import Layout, ReadPlan


@dataclass
class Problem:
    """One quarantined row: where it was, what it said, and why it was refused."""

    line: int | None
    raw: str | None
    reason: str
    width: int = 0
    staged: bool = False  # True when the reader accepted the row and our checks refused it
    file: str = ""


def field_count(line: str, plan: ReadPlan) -> int:
    if plan.quote:
        try:
            return len(next(csv.reader([line], delimiter=plan.delim, quotechar=plan.quote)))
        except (csv.Error, StopIteration):
            return 0
    return line.count(plan.delim) + 1


_CAST_VALUE = re.compile(r'Could not convert string "(.*?)" to \'(\w+)\'')


def _reason(error_type: str, column: str | None, message: str, width: int, plan: ReadPlan) -> str:
    if error_type in ("MISSING COLUMNS", "TOO MANY COLUMNS"):
        widths = " or ".join(str(lay.width) for lay in plan.layouts)
        return f"wrong field count: {width} fields, expected {widths}"
    if error_type == "CAST":
        m = _CAST_VALUE.search(message)
        if m:
            return f"unparseable {column}: {m.group(1)!r} is not a {m.group(2)}"
        return f"unparseable {column}: {message}"
    if error_type == "INVALID ENCODING":
        return "bad encoding: not valid UTF-8"
    return f"unreadable row ({error_type.lower()}): {message}"


def collect_rejects(con, table: str, plan: ReadPlan, layout: Layout) -> dict[int, Problem]:
    """Read and drop DuckDB's reject tables for one read; one Problem per rejected line."""
    rows = con.execute(
        f"SELECT line, csv_line, error_type, column_name, error_message FROM {table} ORDER BY line"
    ).fetchall()
    con.execute(f"DROP TABLE IF EXISTS {table}")
    con.execute(f"DROP TABLE IF EXISTS {table}_scan")
    found: dict[int, Problem] = {}
    for line, raw, etype, column, message in rows:
        raw = (raw or "").strip("\r\n")
        width = field_count(raw, plan)
        reason = _reason(etype, column, message or "", width, plan)
        if line in found:
            if reason not in found[line].reason:
                found[line].reason += f"; {reason}"
            continue
        found[line] = Problem(int(line), raw, reason, width)
    return found


def _normal_id(value: str | None) -> str:
    return re.sub(r"\.0$", "", (value or "").strip())


def locate_lines(part: Path, plan: ReadPlan, bad: list[tuple[str | None, str]]) -> list[Problem]:
    """Find the lines of rows refused after reading, by their event id (a rare, slow path)."""
    wanted: dict[str, list[str]] = {}
    for event_id, reason in bad:
        wanted.setdefault(_normal_id(event_id), []).append(reason)
    left = Counter({k: len(v) for k, v in wanted.items()})
    positions = {lay.width: [n for n, _ in lay.columns].index(plan.id_column) for lay in plan.layouts}
    out: list[Problem] = []
    with open(part, encoding="utf-8", errors="replace", newline="") as fh:
        for number, line in enumerate(fh, start=1):
            if number == 1 and plan.header:
                continue
            text = line.rstrip("\r\n")
            fields = _split(text, plan)
            pos = positions.get(len(fields))
            if pos is None:
                continue
            key = _normal_id(fields[pos])
            if left.get(key, 0) > 0:
                reason = wanted[key][len(wanted[key]) - left[key]]
                left[key] -= 1
                out.append(Problem(number, text, reason, len(fields), staged=True))
    for key, n in left.items():  # not found again: still counted, without a line
        out += [Problem(None, None, wanted[key][-1], staged=True) for _ in range(n)]
    return out


def _split(text: str, plan: ReadPlan) -> list[str]:
    if plan.quote:
        try:
            return next(csv.reader([text], delimiter=plan.delim, quotechar=plan.quote))
        except (csv.Error, StopIteration):
            return []
    return text.split(plan.delim)
