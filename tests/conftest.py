"""Fixtures: the real public files in ../shared/data, and fresh stores."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from dyadwatch.store import Store

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("DYADWATCH_SHARED", ROOT.parent / "shared")).resolve()


@pytest.fixture(scope="session")
def shared() -> Path:
    """``../shared/data``: real public files, read in place, never copied into the repo."""
    data = SHARED / "data"
    if not data.is_dir():
        raise RuntimeError(f"{data} is missing: the tests need ../shared beside the clone")
    return data


@pytest.fixture(scope="session")
def gdelt_files(shared: Path) -> dict[str, Path]:
    georgia = sorted((shared / "gdelt_undp_bcpr_georgia" / "individual_csvs").glob("*.csv"))
    return {
        "mixed": shared / "gdelt_reed9999_gdelt-demo/data_related/sample_data/events.csv",
        "v2": shared / "gdelt_arekziobrowski_gdelt-big-data/logs/20191024143000.export.CSV",
        **{f"georgia_{p.stem}": p for p in georgia},
    }


@pytest.fixture(scope="session")
def icews_file(shared: Path) -> Path:
    return shared / "icews_andybega/inst/extdata/events.2018.sample.tab"


@pytest.fixture
def store(tmp_path: Path):
    with Store(tmp_path / "events.duckdb") as s:
        yield s
