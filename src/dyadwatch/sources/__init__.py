"""Importers: every format the same small shape (sniff, stream, errors as records)."""

from dyadwatch.sources.runner import FileReport, ingest, ingest_file


def ensure_bundled(store) -> FileReport:
    """Ingest the chronicle shipped with the package; skipped when that file is already stored."""
    from dyadwatch.sources.chronicle import bundled_path

    return ingest_file(store, bundled_path(), "chronicle")


__all__ = ["FileReport", "ensure_bundled", "ingest", "ingest_file"]
