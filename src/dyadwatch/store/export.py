"""Export the store for other tools (Spark, pandas, BigQuery loads)."""

from __future__ import annotations

from pathlib import Path

from dyadwatch.store.db import Store


def export_parquet(store: Store, directory: str | Path) -> dict:
    """Write ``events`` as Parquet under ``year=YYYY/month=M/``; returns what was written."""
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    store.con.execute(
        f"COPY (SELECT *, year(event_date) AS year, month(event_date) AS month FROM events) "
        f"TO '{_quote(directory)}' (FORMAT parquet, PARTITION_BY (year, month), OVERWRITE_OR_IGNORE)"
    )
    files = sorted(directory.rglob("*.parquet"))
    return {"directory": str(directory), "files": len(files), "events": store.scalar("SELECT count(*) FROM events")}


def _quote(path: Path) -> str:
    return str(path).replace("'", "''")
