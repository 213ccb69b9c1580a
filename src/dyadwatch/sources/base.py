"""The shape every importer shares: sniff, stream, errors as records.

An importer is a module with two functions:

* ``sniff(path, name) -> ReadPlan``: look at the head of the file and decide how to read
  it; raise :class:`~dyadwatch.errors.NotAnEventFile` if it is not an event file.
* the plan itself: how DuckDB's CSV reader streams the file (``layouts``: one or more
  column layouts, tried in order for the lines an earlier layout rejected), and the SQL
  that maps the file's columns onto the ``events`` table.

Rows DuckDB cannot read (wrong field count, bad encoding, an uncastable value) land in
DuckDB's reject tables and become quarantine records with their line number; rows it
reads but that fail our checks (an unknown CAMEO code) are quarantined too.
"""

from __future__ import annotations

import gzip
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from dyadwatch.errors import NotAnEventFile

HEAD_BYTES = 256 * 1024


@dataclass(frozen=True)
class Layout:
    """One way to read the file: column names (ours) and DuckDB types, in file order."""

    name: str
    columns: list[tuple[str, str]]

    @property
    def width(self) -> int:
        return len(self.columns)

    @property
    def names(self) -> set[str]:
        return {n for n, _ in self.columns}


@dataclass
class ReadPlan:
    """How to read one file, as decided by an importer's ``sniff``."""

    dataset: str
    layouts: list[Layout]
    select_sql: Callable[[set[str]], str]  # given a layout's columns: SELECT list from ``_raw``
    delim: str
    quote: str = ""
    header: bool = False
    dateformat: str = "%Y%m%d"
    nullstr: list[str] = field(default_factory=lambda: [""])
    id_column: str = "id"  # the canonical column holding the source event id
    actors_by: str = "code"  # "code": CAMEO/ISO codes (GDELT); "name": country names (ICEWS)
    description: str = ""

    def layout_by_width(self, width: int) -> Layout | None:
        return next((lay for lay in self.layouts if lay.width == width), None)


def read_head(path: Path, name: str) -> list[str]:
    """The first complete lines of a file, decoded leniently, for sniffing."""
    opener = gzip.open if str(path).endswith(".gz") else open
    try:
        with opener(path, "rb") as fh:
            head = fh.read(HEAD_BYTES)
    except (OSError, EOFError) as e:
        raise NotAnEventFile(f"{name}: cannot read ({e})") from None
    if not head.strip():
        raise NotAnEventFile(f"{name}: file is empty")
    if b"\x00" in head[:4096]:
        raise NotAnEventFile(f"{name}: binary content, not a delimited text file")
    lines = head.decode("utf-8", errors="replace").splitlines()
    if len(head) == HEAD_BYTES and len(lines) > 1:
        lines = lines[:-1]  # the last line may be cut off
    return [ln for ln in lines if ln.strip()]


def normalize_name(name: str) -> str:
    """Header names compare without case and punctuation: ``Actor1Geo_Lat`` = ``actor1geolat``."""
    return re.sub(r"[^0-9a-z]", "", name.lower())


def sql_str(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def columns_sql(columns: list[tuple[str, str]]) -> str:
    return "{" + ", ".join(f"{sql_str(n)}: {sql_str(t)}" for n, t in columns) + "}"


def read_csv_sql(path: str, plan: ReadPlan, layout: Layout, rejects: str) -> str:
    """A ``read_csv`` call for one layout, with rejects stored in temp table ``rejects``."""
    opts = [
        f"delim={sql_str(plan.delim)}",
        f"quote={sql_str(plan.quote)}",
        f"escape={sql_str(plan.quote)}",
        f"header={str(plan.header).lower()}",
        f"columns={columns_sql(layout.columns)}",
        f"dateformat={sql_str(plan.dateformat)}",
        "nullstr=[" + ", ".join(sql_str(s) for s in plan.nullstr) + "]",
        "store_rejects=true",
        f"rejects_table={sql_str(rejects)}",
        f"rejects_scan={sql_str(rejects + '_scan')}",
        "max_line_size=4000000",
        "parallel=true",
        "auto_detect=false",
    ]
    return f"read_csv({sql_str(path)}, " + ", ".join(opts) + ")"
