"""dyadwatch: watch relations between states.

The library is the product; the CLI is a thin layer over it::

    from dyadwatch import Store, ingest, series
    store = Store("events.duckdb")
    ingest(store, ["20191024143000.export.CSV"], kind="gdelt")
    series(store, "USA", "AZE", freq="month").to_pandas()
"""

from dyadwatch.errors import DyadwatchError
from dyadwatch.store import Store, default_store_path
from dyadwatch.sources import ingest, FileReport
from dyadwatch.analysis.series import series, SeriesQuery

__version__ = "0.1.0"

__all__ = [
    "DyadwatchError",
    "FileReport",
    "SeriesQuery",
    "Store",
    "default_store_path",
    "ingest",
    "series",
    "__version__",
]
