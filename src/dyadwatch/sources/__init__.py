"""Importers: every format the same small shape (sniff, stream, errors as records)."""

from dyadwatch.sources.runner import FileReport, ingest, ingest_file

__all__ = ["FileReport", "ingest", "ingest_file"]
