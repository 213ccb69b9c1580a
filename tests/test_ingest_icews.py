"""ICEWS Dataverse import on the real sample."""

from __future__ import annotations

import csv

from dyadwatch.sources import ingest_file


def test_icews_sample_imports_whole_with_its_azerbaijan_rows(store, icews_file):
    with open(icews_file, encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    report = ingest_file(store, icews_file, "icews")
    assert report.rows_read == len(rows) == 3705
    assert report.rows_stored + report.rows_duplicate + report.rows_quarantined == report.rows_read
    assert report.rows_quarantined == 0
    n_aze = store.scalar("SELECT count(*) FROM events WHERE dataset = 'icews' AND "
                         "(actor1_country = 'AZE' OR actor2_country = 'AZE')")
    assert n_aze == 28
    visit = store.query(
        "SELECT actor1_country, actor1_agent, actor2_country, event_code, goldstein, quad_class "
        "FROM events WHERE actor1_name = 'Elmar Mammadyarov' AND event_code = '042'"
    )
    assert visit and visit[0][0] == "AZE" and visit[0][2] == "USA" and visit[0][5] == 1


def test_icews_countries_and_codes_map_like_an_independent_lookup(store, icews_file):
    ingest_file(store, icews_file, "icews")
    by_id = {r[0]: r[1:] for r in store.query(
        "SELECT source_event_id, actor1_country, actor2_country, event_code FROM events")}
    with open(icews_file, encoding="utf-8", newline="") as fh:
        for r in csv.DictReader(fh, delimiter="\t"):
            a1, a2, code = by_id[r["Event ID"]]
            assert code == r["CAMEO Code"]
            if r["Source Country"] == "Russian Federation":
                assert a1 == "RUS"
            if r["Target Country"] == "United States":
                assert a2 == "USA"


def test_icews_file_given_to_gdelt_importer_is_refused(store, icews_file):
    import pytest

    from dyadwatch.errors import NotAnEventFile

    with pytest.raises(NotAnEventFile):
        ingest_file(store, icews_file, "gdelt")
