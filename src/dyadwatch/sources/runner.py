"""Ingest event files into the store: one file, one transaction, one journal row.

For each file: hash it (a file already stored is skipped), sniff it with its importer,
stream it through DuckDB's CSV reader into a staging table, quarantine what cannot be
read or fails our checks, drop duplicates (in the file and against the store), insert the
rest, and journal the counts.  ``read = stored + duplicate + quarantined`` always holds,
and the whole file is committed at once or not at all.
"""

from __future__ import annotations

import hashlib
import tempfile
import time
import zipfile
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from dyadwatch.errors import DyadwatchError, NotAnEventFile, UnreadableFile, UsageError
from dyadwatch.sources import chronicle, gdelt, icews
from dyadwatch.sources.base import ReadPlan, read_csv_sql
from dyadwatch.sources.finalize import final_select_sql, install_reference_tables
from dyadwatch.sources.rejects import Problem, collect_rejects, locate_lines
from dyadwatch.store.db import Store, utcnow
from dyadwatch.store.schema import EVENT_COLUMN_NAMES

SNIFFERS = {"gdelt": gdelt.sniff, "icews": icews.sniff, "chronicle": chronicle.sniff}

Progress = Callable[[str, int, int], None]  # (stage, rows_done, rows_total)


@dataclass
class FileReport:
    """What happened to one file.  ``to_dict`` is the CLI's ``--json`` object."""

    path: str
    status: str  # "ok", "skipped", "error"
    dataset: str | None = None
    layout: str | None = None
    rows_read: int = 0
    rows_stored: int = 0
    rows_duplicate: int = 0
    rows_quarantined: int = 0
    run_id: int | None = None
    seconds: float = 0.0
    message: str = ""
    problems: list[Problem] = field(default_factory=list, repr=False)

    @property
    def reconciles(self) -> bool:
        return self.rows_read == self.rows_stored + self.rows_duplicate + self.rows_quarantined

    @property
    def rows_per_second(self) -> float:
        return self.rows_read / self.seconds if self.seconds else 0.0

    def to_dict(self) -> dict:
        d = asdict(self)
        d.pop("problems")
        return d


def sha256_of(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def ingest(store: Store, paths: Iterable[str | Path], kind: str = "gdelt",
           progress: Progress | None = None) -> list[FileReport]:
    """Ingest several files; a file that cannot be used becomes an ``error`` report."""
    reports = []
    for p in paths:
        try:
            reports.append(ingest_file(store, p, kind, progress))
        except DyadwatchError as e:
            reports.append(FileReport(path=str(p), status="error", message=str(e)))
    return reports


def ingest_file(store: Store, path: str | Path, kind: str = "gdelt",
                progress: Progress | None = None) -> FileReport:
    """Ingest one file (plain, ``.gz`` or ``.zip``).  Raises if it is not an event file."""
    if kind not in SNIFFERS:
        raise UsageError(f"unknown importer {kind!r}; choose one of {', '.join(SNIFFERS)}")
    path = Path(path)
    if not path.is_file():
        raise UnreadableFile(f"{path}: no such file")
    started, t0 = utcnow(), time.perf_counter()
    digest = sha256_of(path)
    earlier = store.scalar(
        "SELECT run_id FROM ingest_runs WHERE sha256 = ? AND status = 'ok' LIMIT 1", [digest]
    )
    if earlier is not None:
        return FileReport(str(path), "skipped", run_id=earlier,
                          message=f"already ingested as run {earlier} (same sha256)")
    with _members(path) as parts:
        plans = [(name, p, SNIFFERS[kind](p, name)) for name, p in parts]
        report = _store_file(store, path, digest, started, plans, progress)
    report.seconds = time.perf_counter() - t0
    return report


class _members:
    """The data files inside a path: itself, or the members of a zip extracted to a temp dir."""

    def __init__(self, path: Path):
        self.path = path
        self.tmp: tempfile.TemporaryDirectory | None = None

    def __enter__(self) -> list[tuple[str, Path]]:
        if not zipfile.is_zipfile(self.path):
            return [(str(self.path), self.path)]
        self.tmp = tempfile.TemporaryDirectory(prefix="dyadwatch-zip-")
        try:
            with zipfile.ZipFile(self.path) as zf:
                names = [n for n in zf.namelist() if not n.endswith("/")]
                if not names:
                    raise NotAnEventFile(f"{self.path}: zip archive is empty")
                return [(f"{self.path}!{n}", Path(zf.extract(n, self.tmp.name))) for n in names]
        except (zipfile.BadZipFile, OSError) as e:
            raise UnreadableFile(f"{self.path}: cannot unzip ({e})") from None

    def __exit__(self, *exc) -> None:
        if self.tmp is not None:
            self.tmp.cleanup()


def _store_file(store: Store, path: Path, digest: str, started, plans, progress) -> FileReport:
    con = store.con
    install_reference_tables(con)
    dataset = plans[0][2].dataset
    report = FileReport(str(path), "ok", dataset=dataset,
                        layout=", ".join(sorted({lay.name for _, _, pl in plans for lay in pl.layouts})))
    with store.transaction():
        run_id = store.scalar("SELECT nextval('ingest_run_seq')")
        for name, part, plan in plans:
            _stage_part(store, name, part, plan, run_id, report, progress)
        con.execute(
            "INSERT INTO ingest_runs VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'ok', ?, ?, ?, ?, ?)",
            [run_id, dataset, str(path), digest, path.stat().st_size, report.layout, started,
             utcnow(), report.rows_read, report.rows_stored, report.rows_duplicate,
             report.rows_quarantined, f"{len(report.problems)} quarantined"],
        )
    report.run_id = run_id
    return report


def _stage_part(store: Store, name: str, part: Path, plan: ReadPlan, run_id: int,
                report: FileReport, progress: Progress | None) -> None:
    con = store.con
    _note(progress, f"reading {Path(name).name}", 0, 0)
    problems = _read_into_staging(con, part, plan)
    staged = con.execute("SELECT count(*) FROM _staged").fetchone()[0]
    _note(progress, "checking", staged, staged + len(problems))
    problems += _semantic_problems(con, part, plan, name)
    valid = staged - sum(1 for p in problems if p.staged)
    stored = _insert_events(con, plan.dataset, run_id)
    for p in problems:
        p.file = name
    if problems:
        con.executemany(
            "INSERT INTO quarantine VALUES (?, ?, ?, ?, ?)",
            [[run_id, p.file, p.line, p.raw, p.reason] for p in problems],
        )
    unstaged = sum(1 for p in problems if not p.staged)
    report.rows_read += staged + unstaged
    report.rows_stored += stored
    report.rows_duplicate += valid - stored
    report.rows_quarantined += len(problems)
    report.problems += problems
    con.execute("DROP TABLE IF EXISTS _staged")
    _note(progress, "stored", report.rows_read, report.rows_read)


def _note(progress: Progress | None, stage: str, done: int, total: int) -> None:
    if progress is not None:
        progress(stage, done, total)


def _read_into_staging(con, part: Path, plan: ReadPlan) -> list[Problem]:
    """Stream the file through each layout in turn; returns the lines no layout could read."""
    con.execute("DROP TABLE IF EXISTS _staged")
    pending: dict[int, Problem] | None = None
    for i, layout in enumerate(plan.layouts):
        if pending is not None and not any(p.width == layout.width for p in pending.values()):
            continue
        rejects = f"_rejects{i}"
        source = read_csv_sql(str(part), plan, layout, rejects)
        verb = "CREATE TEMP TABLE _staged AS" if i == 0 else "INSERT INTO _staged"
        con.execute(f"{verb} SELECT {plan.select_sql(layout.names)} FROM {source} AS _raw")
        found = collect_rejects(con, rejects, plan, layout)
        if pending is None:
            pending = found
        else:  # a line another layout rejected is settled by the layout of its own width
            for line, p in list(pending.items()):
                if p.width == layout.width:
                    pending.pop(line)
                    if line in found:
                        pending[line] = found[line]
    return sorted((pending or {}).values(), key=lambda p: p.line)


def _semantic_problems(con, part: Path, plan: ReadPlan, name: str) -> list[Problem]:
    """Rows the reader accepted but that we cannot store; removed from staging."""
    con.execute(f"CREATE OR REPLACE TEMP TABLE _checked AS SELECT * FROM ({final_select_sql(plan)})")
    bad = con.execute(
        "SELECT source_event_id, problem FROM _checked WHERE problem IS NOT NULL"
    ).fetchall()
    if not bad:
        return []
    con.execute("DELETE FROM _checked WHERE problem IS NOT NULL")
    return locate_lines(part, plan, bad)


def _insert_events(con, dataset: str, run_id: int) -> int:
    cols = ", ".join(EVENT_COLUMN_NAMES)
    select = ", ".join(c if c != "ingest_run_id" else f"{run_id} AS ingest_run_id" for c in EVENT_COLUMN_NAMES)
    n, distinct = con.execute("SELECT count(*), count(DISTINCT source_event_id) FROM _checked").fetchone()
    first_only = "" if n == distinct else (
        "QUALIFY row_number() OVER (PARTITION BY source_event_id ORDER BY event_date) = 1"
    )
    has_dataset = con.execute("SELECT count(*) FROM (SELECT 1 FROM events WHERE dataset = ? LIMIT 1)",
                              [dataset]).fetchone()[0]
    not_stored = (
        "WHERE NOT EXISTS (SELECT 1 FROM events e WHERE e.dataset = c.dataset "
        "AND e.source_event_id = c.source_event_id)" if has_dataset else ""
    )
    inserted = con.execute(
        f"INSERT INTO events ({cols}) SELECT {select} FROM _checked c {not_stored} {first_only}"
    ).fetchone()[0]
    con.execute("DROP TABLE _checked")
    return inserted
