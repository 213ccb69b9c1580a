"""Dyadic series against plain csv-module counts."""

from __future__ import annotations

from collections import Counter

import pytest

from dyadwatch.analysis.series import SERIES_COLUMNS, series
from dyadwatch.errors import UsageError
from dyadwatch.sources import ingest
from tests.counting import gdelt_dyad_months


@pytest.fixture
def loaded(store, gdelt_files):
    ingest(store, list(gdelt_files.values()))
    return store


def _expected(gdelt_files, source, target):
    total: Counter = Counter()
    for path in gdelt_files.values():
        total += gdelt_dyad_months(path, source, target)
    return total


def test_usa_to_aze_monthly_counts_equal_a_csv_module_count(loaded, gdelt_files):
    df = series(loaded, "USA", "AZE", freq="month", output="pandas")
    got = {str(p)[:7]: n for p, n in zip(df.period, df.events) if n}
    assert got == dict(_expected(gdelt_files, "USA", "AZE"))
    assert sum(got.values()) > 0


def test_both_directions_adds_the_reverse_dyad(loaded, gdelt_files):
    df = series(loaded, "USA", "AZE", freq="year", both_directions=True, output="pandas")
    forward = _expected(gdelt_files, "USA", "AZE")
    backward = _expected(gdelt_files, "AZE", "USA")
    assert df.events.sum() == sum(forward.values()) + sum(backward.values())


def test_columns_quads_and_shares_are_consistent(loaded):
    t = series(loaded, "GEO", "RUS", freq="month")
    assert t.column_names == SERIES_COLUMNS
    df = t.to_pandas()
    quads = df.verbal_coop + df.material_coop + df.verbal_conflict + df.material_conflict
    assert (quads == df.events).all()
    totals = dict(loaded.query(
        "SELECT date_trunc('month', event_date)::DATE, count(*) FROM events GROUP BY 1"))
    for p, n, share in zip(df.period, df.events, df.share_of_all):
        assert share == pytest.approx(n / totals[p])
    assert df.events.sum() > 0


def test_window_frequency_and_output_types(loaded):
    week = series(loaded, "USA", "GEO", freq="week", since="2011-09-01", until="2011-09-30", output="pandas")
    assert all(p.weekday() == 0 for p in week.period)
    assert min(week.period).isoformat() >= "2011-08-29"
    pl = series(loaded, "USA", "GEO", freq="year", output="polars")
    assert pl.columns == SERIES_COLUMNS


@pytest.mark.parametrize("args", [("USA", "XXX"), ("USA", "AZE", "fortnight"), ("USA", "AZE", "month", "May 2012")])
def test_bad_arguments_raise_usage_errors(store, args):
    with pytest.raises(UsageError):
        series(store, *args)
