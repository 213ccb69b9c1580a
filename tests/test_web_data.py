"""The dashboard's data layer without a server: pages as data, cached per snapshot."""

from __future__ import annotations

from datetime import date

import pytest

from dyadwatch.dossier.load import load_dossier
from dyadwatch.sources import ingest_file
from dyadwatch.sources.chronicle import bundled_path
from dyadwatch.store import Store
from dyadwatch.web import data


@pytest.fixture
def reader(tmp_path, gdelt_files):
    path = tmp_path / "s.duckdb"
    with Store(path) as store:
        ingest_file(store, bundled_path(), "chronicle")
        ingest_file(store, gdelt_files["georgia_may2012"])
    return data.Reader(path)


def test_segments_highlight_roles_without_losing_text():
    text = "Turkey praised Georgia on Monday."
    segs = data.segments(text, [(0, 6, 15, 22, 7, 14, "051", "TUR", "GEO"), (0, 6, 15, 22, 7, 14, "051", "x", "y")])
    assert "".join(s["text"] for s in segs) == text
    assert [(s["text"], s["role"]) for s in segs if s["role"]] == [("Turkey", "source"), ("praised", "verb"),
                                                                  ("Georgia", "target")]


def test_a_highlight_says_the_mentions_confidence_when_it_has_one():
    text = "Turkey praised Georgia on Monday."
    scored = data.segments(text, [(0, 6, 15, 22, 7, 14, "051", "TUR", "GEO", "e1", 0.876)])
    assert scored[0]["title"] == "051 TUR→GEO, confidence 0.88"
    unscored = data.segments(text, [(0, 6, 15, 22, 7, 14, "051", "TUR", "GEO", "e1", None)])
    assert unscored[0]["title"] == "051 TUR→GEO"


def test_events_pages_and_filters(reader):
    first = data.events(reader, source="USA", target="GEO", both=True)
    assert first["total"] > 0 and len(first["events"]) <= data.PAGE_SIZE
    dates = [e["date"] for e in first["events"]]
    assert dates == sorted(dates, reverse=True)
    chron = data.events(reader, dataset="chronicle", since=date(2025, 1, 1))
    assert chron["total"] > 10 and all(e["dataset"] == "chronicle" and e["date"] >= "2025" for e in chron["events"])
    assert data.events(reader, root="19", dataset="chronicle")["events"][0]["code"].startswith("19")
    beyond = data.events(reader, dataset="chronicle", page=99)
    assert beyond["events"] == [] and beyond["page"] == 99


def test_overview_item_and_cache(reader):
    dossiers = {"us-azerbaijan": load_dossier("us-azerbaijan")}
    ov = data.overview(reader, dossiers)
    assert ov["as_of"] == date(2025, 11, 30) and ov["dossiers"][0]["outcomes"]
    assert data.overview(reader, dossiers) is ov  # cached for this snapshot
    item = data.item_page(reader, dossiers, "us-azerbaijan", "out-peace")
    assert item["item"]["status"] == "in progress" and len(item["history"]) >= 5
    with pytest.raises(data.NotFound):
        data.item_page(reader, dossiers, "us-azerbaijan", "nope")
    with pytest.raises(data.NotFound):
        data.document(reader, "0000000000000000")


def test_runs_and_chronicle(reader):
    runs = data.runs(reader)
    assert {r["dataset"] for r in runs["runs"]} == {"chronicle", "gdelt"}
    chron = data.chronicle(reader)
    assert len(chron) >= 150 and chron[0]["date"] <= chron[-1]["date"]
