"""Independent counts with the csv module only, to check the importers against."""

from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path


def raw_rows(path: Path) -> list[list[str]]:
    with open(path, encoding="utf-8", newline="") as fh:
        return [line.rstrip("\r\n").split("\t") for line in fh if line.strip()]


def header_rows(path: Path, delimiter: str = ",") -> tuple[list[str], list[list[str]]]:
    with open(path, encoding="utf-8", newline="") as fh:
        rows = [r for r in csv.reader(fh, delimiter=delimiter) if r]
    return rows[0], rows[1:]


def gdelt_dyad_months(path: Path, source: str, target: str) -> Counter:
    """USA→AZE-style counts per YYYY-MM, de-duplicated on GLOBALEVENTID, by plain parsing."""
    seen, counts = set(), Counter()
    if path.read_text(encoding="utf-8", errors="replace")[:200].lower().find("globaleventid") >= 0:
        header, rows = header_rows(path)
        idx = {h: i for i, h in enumerate(header)}
        get = lambda r, name: r[idx[name]]  # noqa: E731
    else:
        rows = raw_rows(path)
        pos = {"GLOBALEVENTID": 0, "SQLDATE": 1, "Actor1CountryCode": 7, "Actor2CountryCode": 17}
        get = lambda r, name: r[pos[name]]  # noqa: E731
    for r in rows:
        eid = get(r, "GLOBALEVENTID")
        a1, a2 = get(r, "Actor1CountryCode").strip(), get(r, "Actor2CountryCode").strip()
        if eid in seen or (a1, a2) != (source, target):
            continue
        seen.add(eid)
        d = get(r, "SQLDATE")
        counts[f"{d[:4]}-{d[4:6]}"] += 1
    return counts
