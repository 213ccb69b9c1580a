"""Snapshots for readers, and exports that other tools read back."""

from __future__ import annotations

import duckdb
import pyarrow.parquet as pq

from dyadwatch.sources import ingest_file
from dyadwatch.store import Store
from dyadwatch.store.db import snapshot_path
from dyadwatch.store.export import export_parquet


def test_every_writer_publishes_a_readable_snapshot(tmp_path, gdelt_files):
    path = tmp_path / "s.duckdb"
    with Store(path) as store:
        ingest_file(store, gdelt_files["mixed"])
    snap = snapshot_path(path)
    assert snap.exists()
    con = duckdb.connect(str(snap), read_only=True)
    assert con.execute("SELECT count(*) FROM events").fetchone()[0] == 710
    con.close()
    first = snap.stat().st_mtime_ns
    with Store(path) as store:  # nothing written: the snapshot is left alone
        store.scalar("SELECT count(*) FROM events")
    assert snap.stat().st_mtime_ns == first
    with Store(path) as store:
        ingest_file(store, gdelt_files["v2"])
    con = duckdb.connect(str(snap), read_only=True)
    assert con.execute("SELECT count(*) FROM events").fetchone()[0] == 710 + 2111
    assert not list(tmp_path.glob("*.tmp*"))  # published by rename, no leftovers


def test_read_only_stores_do_not_publish(tmp_path, gdelt_files):
    path = tmp_path / "s.duckdb"
    with Store(path) as store:
        ingest_file(store, gdelt_files["mixed"])
    snapshot_path(path).unlink()
    with Store(path, read_only=True) as store:
        assert store.scalar("SELECT count(*) FROM events") == 710
    assert not snapshot_path(path).exists()


def test_parquet_export_reads_back_whole(store, gdelt_files, tmp_path):
    ingest_file(store, gdelt_files["georgia_may2012"])
    ingest_file(store, gdelt_files["v2"])
    result = export_parquet(store, tmp_path / "pq")
    table = pq.read_table(tmp_path / "pq")
    assert table.num_rows == result["events"] == store.scalar("SELECT count(*) FROM events")
    years = {p.name for p in (tmp_path / "pq").iterdir()}
    assert {"year=2012", "year=2019"} <= years
    again = export_parquet(store, tmp_path / "pq")  # re-export overwrites, no duplicates
    assert pq.read_table(tmp_path / "pq").num_rows == again["events"]
