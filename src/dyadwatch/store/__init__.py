"""The event store: one DuckDB file, one writer."""

from dyadwatch.store.db import Store, default_store_path

__all__ = ["Store", "default_store_path"]
