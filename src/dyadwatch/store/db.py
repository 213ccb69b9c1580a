"""One database wrapper for the whole package (the sqlite-utils model).

Every read and write goes through :class:`Store`.  DuckDB allows one writing process per
file; a second writer gets a :class:`~dyadwatch.errors.StoreError` that says so, instead
of a lock traceback.
"""

from __future__ import annotations

import os
import shutil
import time
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterator

import duckdb
import platformdirs

from dyadwatch.errors import StoreError
from dyadwatch.store.schema import LATEST_VERSION, MIGRATIONS

ENV_VAR = "DYADWATCH_STORE"
SNAPSHOT_EVERY = 2.0  # seconds: a long ingest republishes at most this often (and always on close)


def snapshot_path(path: str | os.PathLike) -> Path:
    """Readers (the dashboard) open this copy, so a writer never blocks them."""
    return Path(str(path) + ".snapshot")


def default_store_path() -> Path:
    """``$DYADWATCH_STORE`` if set, else ``<user data dir>/dyadwatch/events.duckdb``."""
    env = os.environ.get(ENV_VAR)
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_data_dir("dyadwatch")) / "events.duckdb"


def utcnow() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


class Store:
    """An open dyadwatch store.

    ``Store(path)`` opens (creating and migrating if needed) a writable store;
    ``Store(path, read_only=True)`` opens an existing one for reading.
    """

    @classmethod
    def from_connection(cls, con: duckdb.DuckDBPyConnection, path: str | os.PathLike) -> "Store":
        """Wrap an open read-only connection (the dashboard's cursor per request)."""
        store = cls.__new__(cls)
        store.path, store.read_only, store._ibis, store._dirty, store._published = Path(path), True, None, False, 0.0
        store.con = con
        return store

    def __init__(self, path: str | os.PathLike | None = None, *, read_only: bool = False):
        self.path = Path(path).expanduser() if path is not None else default_store_path()
        self.read_only = read_only
        self._ibis = None
        self._dirty = False
        self._published = 0.0
        self.con = self._connect()
        if not read_only:
            self.migrate()
        else:
            self._check_version()

    def _connect(self) -> duckdb.DuckDBPyConnection:
        if self.read_only and not self.path.exists():
            raise StoreError(f"{self.path}: no store here yet; ingest something first")
        if not self.read_only:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            return duckdb.connect(str(self.path), read_only=self.read_only)
        except duckdb.IOException as e:
            if "lock" in str(e).lower():
                raise StoreError(
                    f"{self.path}: another dyadwatch process is writing to this store; "
                    "wait for it to finish or use --store for another file"
                ) from None
            raise StoreError(f"{self.path}: cannot open store ({e})") from None
        except duckdb.Error as e:
            raise StoreError(f"{self.path}: not a dyadwatch store ({e})") from None

    # -- schema -------------------------------------------------------------------------

    def schema_version(self) -> int:
        exists = self.con.execute(
            "SELECT count(*) FROM information_schema.tables WHERE table_name = 'schema_version'"
        ).fetchone()[0]
        if not exists:
            return 0
        return self.con.execute("SELECT coalesce(max(version), 0) FROM schema_version").fetchone()[0]

    def _check_version(self) -> None:
        version = self.schema_version()
        if version > LATEST_VERSION:
            raise StoreError(
                f"{self.path}: store schema v{version} is newer than this dyadwatch "
                f"(v{LATEST_VERSION}); upgrade dyadwatch"
            )

    def migrate(self) -> int:
        """Apply pending migrations; returns the schema version."""
        self._check_version()
        self.con.execute(
            "CREATE TABLE IF NOT EXISTS schema_version "
            "(version INTEGER PRIMARY KEY, description VARCHAR, applied_at TIMESTAMP)"
        )
        current = self.schema_version()
        self._dirty = current < LATEST_VERSION
        for version, description, statements in MIGRATIONS:
            if version <= current:
                continue
            with self.transaction():
                for sql in statements:
                    self.con.execute(sql)
                self.con.execute(
                    "INSERT INTO schema_version VALUES (?, ?, ?)", [version, description, utcnow()]
                )
        return self.schema_version()

    # -- transactions -------------------------------------------------------------------

    @contextmanager
    def transaction(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """All-or-nothing: DuckDB's WAL discards an uncommitted transaction on restart."""
        self.con.execute("BEGIN TRANSACTION")
        try:
            yield self.con
        except BaseException:
            self.con.execute("ROLLBACK")
            raise
        else:
            self.con.execute("COMMIT")
            self._dirty = True
            if time.monotonic() - self._published > SNAPSHOT_EVERY:
                self.publish_snapshot()

    def publish_snapshot(self) -> Path | None:
        """Copy the committed state to ``<store>.snapshot`` atomically (checkpoint, copy, rename).

        DuckDB lets one process write a file or many read it, not both; the dashboard reads
        the snapshot, so it keeps answering from the last committed state during an ingest.
        """
        if self.read_only or not self._dirty:
            return None
        self.con.execute("CHECKPOINT")
        target = snapshot_path(self.path)
        tmp = target.with_name(target.name + f".tmp{os.getpid()}")
        shutil.copyfile(self.path, tmp)
        os.replace(tmp, target)
        self._dirty = False
        self._published = time.monotonic()
        return target

    # -- queries --------------------------------------------------------------------------

    def query(self, sql: str, params: list | None = None) -> list[tuple]:
        """Run SQL and fetch every row (DuckDB 2.0 wants results fetched before the next call)."""
        return self.con.execute(sql, params or []).fetchall()

    def scalar(self, sql: str, params: list | None = None):
        row = self.con.execute(sql, params or []).fetchone()
        return row[0] if row else None

    def ibis(self):
        """An Ibis backend over this store's connection (same transaction view), made once."""
        if self._ibis is None:
            import ibis

            self._ibis = ibis.duckdb.from_connection(self.con)
        return self._ibis

    def stats(self) -> dict:
        """Counts per dataset, the date range, runs and quarantine size."""
        per_dataset = self.query(
            "SELECT dataset, count(*), min(event_date), max(event_date) FROM events "
            "GROUP BY dataset ORDER BY dataset"
        )
        return {
            "store": str(self.path),
            "schema_version": self.schema_version(),
            "events": self.scalar("SELECT count(*) FROM events"),
            "datasets": [
                {"dataset": d, "events": n, "first_date": str(lo), "last_date": str(hi)}
                for d, n, lo, hi in per_dataset
            ],
            "ingest_runs": self.scalar("SELECT count(*) FROM ingest_runs"),
            "quarantined_rows": self.scalar("SELECT count(*) FROM quarantine"),
        }

    def close(self) -> None:
        self.publish_snapshot()
        self.con.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()
