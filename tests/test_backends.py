"""The same Ibis series expression on another engine gives the same answer (Polars here;
Spark and BigQuery take the same expression for users who outgrow one machine)."""

from __future__ import annotations

import ibis
import pandas as pd
import pytest

from dyadwatch.analysis.series import SeriesQuery, series_expr
from dyadwatch.sources import ingest


@pytest.fixture(scope="module")
def engines(tmp_path_factory, gdelt_files):
    from dyadwatch.store import Store

    store = Store(tmp_path_factory.mktemp("b") / "s.duckdb")
    ingest(store, list(gdelt_files.values()))
    arrow = store.con.sql("SELECT * FROM events").to_arrow_table()
    polars = ibis.polars.connect()
    polars.create_table("events", arrow)
    yield {"duckdb": store.ibis().table("events"), "polars": polars.table("events")}
    store.close()


@pytest.mark.parametrize("args", [
    dict(source="USA", target="AZE", freq="month"),
    dict(source="USA", target="GEO", freq="week", both_directions=True),
    dict(source="GEO", target="RUS", freq="year", since="2011-09-01", until="2012-03-31"),
    dict(source="USA", target="GEO", freq="day", datasets=["gdelt"]),
])
def test_series_is_the_same_on_duckdb_and_polars(engines, args):
    q = SeriesQuery.make(**args)
    frames = {}
    for name, table in engines.items():
        df = series_expr(table, q).to_pandas()
        df["period"] = pd.to_datetime(df["period"])
        frames[name] = df.sort_values("period").reset_index(drop=True)
    assert len(frames["duckdb"]) > 0
    pd.testing.assert_frame_equal(frames["duckdb"], frames["polars"], check_dtype=False, atol=1e-9)
