"""dyadwatch: watch relations between states.

The library is the product; the CLI is a thin layer over it::

    from dyadwatch import Store, ingest, series
    store = Store("events.duckdb")
    ingest(store, ["20191024143000.export.CSV"], kind="gdelt")
    series(store, "USA", "AZE", freq="month", output="pandas")
"""

from importlib import import_module

__version__ = "0.1.0"

# Names resolve on first use, so that ``dyadwatch --help`` does not pay for Ibis and pandas.
_EXPORTS = {
    "DyadwatchError": "dyadwatch.errors",
    "Store": "dyadwatch.store",
    "default_store_path": "dyadwatch.store",
    "ingest": "dyadwatch.sources",
    "ingest_file": "dyadwatch.sources",
    "FileReport": "dyadwatch.sources",
    "series": "dyadwatch.analysis.series",
    "SeriesQuery": "dyadwatch.analysis.series",
    "load_dossier": "dyadwatch.dossier.load",
    "evaluate_dossier": "dyadwatch.dossier.evaluate",
    "run_brief": "dyadwatch.report.job",
}

__all__ = [*_EXPORTS, "__version__"]


def __getattr__(name: str):
    if name in _EXPORTS:
        return getattr(import_module(_EXPORTS[name]), name)
    raise AttributeError(f"module 'dyadwatch' has no attribute {name!r}")
