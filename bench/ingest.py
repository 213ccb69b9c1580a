"""Benchmark: `dyadwatch ingest gdelt` against two baselines, in one run, on the same files.

(a) DuckDB's bare typed ``read_csv`` into a table in a DuckDB file (the floor of any import);
(b) the pandas ``read_csv`` + append loop GDELT users write by hand, into a DuckDB file.

Files: the real samples from ../shared/data, and a raw GDELT 2.0 file of >= 1M rows built by
repeating real rows with fresh event ids.  Each measurement is repeated; medians are printed
with rows/s and the ratios ours/(a) and ours/(b).  Targets: >= 0.6x (a) and >= 2x (b).

    python bench/ingest.py [--rows 1000000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

import duckdb
import pandas as pd

from dyadwatch.sources import ingest_file
from dyadwatch.sources.gdelt import GDELT2_61
from dyadwatch.store import Store

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "data"
V2 = SHARED / "gdelt_arekziobrowski_gdelt-big-data/logs/20191024143000.export.CSV"


def build_big(dst: Path, rows: int) -> int:
    lines = V2.read_text(encoding="utf-8").splitlines()
    written = 0
    with open(dst, "w", encoding="utf-8") as fh:
        while written < rows:
            for line in lines:
                _, rest = line.split("\t", 1)
                fh.write(f"{10_000_000_000 + written}\t{rest}\n")
                written += 1
                if written >= rows:
                    break
    return written


def bare_duckdb(path: Path, db: Path) -> None:
    cols = {n.lower(): "VARCHAR" for n in GDELT2_61}
    cols.update({"sqldate": "DATE", "goldsteinscale": "DOUBLE", "nummentions": "INTEGER",
                 "numsources": "INTEGER", "numarticles": "INTEGER", "avgtone": "DOUBLE"})
    spec = "{" + ", ".join(f"'{k}': '{v}'" for k, v in cols.items()) + "}"
    con = duckdb.connect(str(db))
    con.execute(f"CREATE TABLE events AS SELECT * FROM read_csv('{path}', delim='\t', header=false, "
                f"quote='', escape='', columns={spec}, dateformat='%Y%m%d', auto_detect=false)")
    con.close()


def pandas_loop(path: Path, db: Path) -> None:
    con = duckdb.connect(str(db))
    first = True
    for chunk in pd.read_csv(path, sep="\t", header=None, names=GDELT2_61, dtype=str,
                             chunksize=200_000, quoting=3, keep_default_na=False):
        chunk["SQLDATE"] = pd.to_datetime(chunk["SQLDATE"], format="%Y%m%d", errors="coerce")
        for c in ("GoldsteinScale", "AvgTone"):
            chunk[c] = pd.to_numeric(chunk[c], errors="coerce")
        if first:
            con.execute("CREATE TABLE events AS SELECT * FROM chunk")
            first = False
        else:
            con.execute("INSERT INTO events SELECT * FROM chunk")
    con.close()


def ours(path: Path, db: Path) -> None:
    with Store(db) as s:
        r = ingest_file(s, path)
        assert r.reconciles and r.rows_quarantined == 0, r


def measure(fn, path: Path, work: Path, repeat: int) -> list[float]:
    times = []
    for i in range(repeat):
        db = work / f"{fn.__name__}-{i}.duckdb"
        t0 = time.perf_counter()
        fn(path, db)
        times.append(time.perf_counter() - t0)
        db.unlink()
    return times


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=1_000_000)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="dyadwatch-bench-") as tmp:
        work = Path(tmp)
        big = work / "big.export.CSV"
        n_big = build_big(big, args.rows)
        cases = [("gdelt2 sample", V2, 2111), (f"gdelt2 x{n_big // 2111} (repeated)", big, n_big)]
        print(f"{'file':32} {'method':12} {'median s':>9} {'rows/s':>11} {'vs (a)':>7} {'vs (b)':>7}")
        for label, path, n in cases:
            med = {}
            for fn in (bare_duckdb, pandas_loop, ours):
                med[fn.__name__] = statistics.median(measure(fn, path, work, args.repeat))
            for name, m in med.items():
                ra = med["bare_duckdb"] / m
                rb = med["pandas_loop"] / m
                print(f"{label:32} {name:12} {m:9.3f} {n / m:11,.0f} {ra:6.2f}x {rb:6.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
