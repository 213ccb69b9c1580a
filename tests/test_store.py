"""The store: migrations, versions, locking and all-or-nothing writes."""

from __future__ import annotations

import os
import signal
import subprocess
import sys

import duckdb
import pytest

from dyadwatch.errors import StoreError
from dyadwatch.store import Store, default_store_path
from dyadwatch.store.schema import LATEST_VERSION
from tests.helpers import slow_ingest_script


def test_new_store_is_migrated_and_reopening_is_idempotent(tmp_path):
    path = tmp_path / "s.duckdb"
    with Store(path) as s:
        assert s.schema_version() == LATEST_VERSION
    with Store(path) as s:
        assert s.query("SELECT count(*) FROM schema_version")[0][0] == LATEST_VERSION


def test_a_store_of_an_older_version_is_migrated_and_keeps_its_rows(tmp_path):
    from dyadwatch.store.schema import MIGRATIONS

    path = tmp_path / "old.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, description VARCHAR, applied_at TIMESTAMP)")
    for version, description, statements in MIGRATIONS[:2]:  # a store written before event mentions had a confidence
        for sql in statements:
            con.execute(sql)
        con.execute("INSERT INTO schema_version VALUES (?, ?, now())", [version, description])
    con.execute("INSERT INTO event_mentions VALUES ('docs', 'e1', 'd1', 0, 'Armenia met Azerbaijan.', 0, 7, 12, 22, 8, "
                "11, 'dyadwatch-coder 0.1', 'patterns')")
    con.close()
    with Store(path) as s:
        assert s.schema_version() == LATEST_VERSION
        assert s.query("SELECT source_event_id, confidence FROM event_mentions") == [("e1", None)]


def test_newer_schema_is_refused_with_a_clear_error(tmp_path):
    path = tmp_path / "s.duckdb"
    Store(path).close()
    con = duckdb.connect(str(path))
    con.execute("INSERT INTO schema_version VALUES (999, 'future', now())")
    con.close()
    with pytest.raises(StoreError, match="newer"):
        Store(path)


def test_env_var_overrides_default_path(monkeypatch, tmp_path):
    monkeypatch.setenv("DYADWATCH_STORE", str(tmp_path / "x.duckdb"))
    assert default_store_path() == tmp_path / "x.duckdb"


def test_read_only_store_must_exist(tmp_path):
    with pytest.raises(StoreError, match="no store"):
        Store(tmp_path / "missing.duckdb", read_only=True)


_KILL_SCRIPT = slow_ingest_script("inserted", 60)


def test_a_killed_ingest_leaves_nothing_behind(tmp_path, gdelt_files):
    path = tmp_path / "s.duckdb"
    with Store(path) as s:
        from dyadwatch.sources import ingest_file

        ingest_file(s, gdelt_files["mixed"])
    proc = subprocess.Popen([sys.executable, "-c", _KILL_SCRIPT, str(path), str(gdelt_files["v2"])],
                            stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "inserted"  # rows written, not yet committed
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    with Store(path) as s:
        assert s.scalar("SELECT count(*) FROM events") == 710
        assert s.scalar("SELECT count(*) FROM ingest_runs") == 1
        assert s.scalar("SELECT count(*) FROM events WHERE dataset = 'gdelt2'") == 0


def test_second_writer_gets_a_clear_error(tmp_path):
    path = tmp_path / "s.duckdb"
    Store(path).close()
    holder = subprocess.Popen(
        [sys.executable, "-c", "import duckdb,sys,time; c=duckdb.connect(sys.argv[1]); print('ok', flush=True); time.sleep(30)", str(path)],
        stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "ok"
        with pytest.raises(StoreError, match="another dyadwatch process"):
            Store(path)
    finally:
        holder.kill()
        holder.wait()
