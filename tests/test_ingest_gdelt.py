"""GDELT importers on the real files in ../shared/data, and on variants made from them."""

from __future__ import annotations

import csv
import zipfile

import pytest

from dyadwatch.errors import NotAnEventFile
from dyadwatch.sources import ingest, ingest_file
from tests.counting import header_rows, raw_rows


def _assert_reconciles(store, report, expected_read):
    assert report.status == "ok", report.message
    assert report.rows_read == expected_read
    assert report.rows_read == report.rows_stored + report.rows_duplicate + report.rows_quarantined
    run = store.query(
        "SELECT rows_read, rows_stored, rows_duplicate, rows_quarantined FROM ingest_runs WHERE run_id = ?",
        [report.run_id],
    )[0]
    assert run == (report.rows_read, report.rows_stored, report.rows_duplicate, report.rows_quarantined)
    assert store.scalar("SELECT count(*) FROM events WHERE ingest_run_id = ?", [report.run_id]) == report.rows_stored
    assert store.scalar("SELECT count(*) FROM quarantine WHERE run_id = ?", [report.run_id]) == report.rows_quarantined


def test_every_shared_gdelt_file_reconciles_with_an_independent_count(store, gdelt_files):
    for name, path in gdelt_files.items():
        report = ingest_file(store, path)
        if name.startswith("georgia"):
            expected = len(header_rows(path)[1])
        else:
            expected = len(raw_rows(path))
        _assert_reconciles(store, report, expected)


def test_mixed_57_and_58_column_file_is_parsed_whole(store, gdelt_files):
    report = ingest_file(store, gdelt_files["mixed"])
    assert (report.rows_read, report.rows_stored, report.rows_quarantined) == (710, 710, 0)
    with_url, without = store.query(
        "SELECT count(source_url), count(*) - count(source_url) FROM events WHERE dataset = 'gdelt'"
    )[0]
    assert (with_url, without) == (509, 201)
    assert store.scalar("SELECT count(*) FROM events WHERE actor1_country = 'AZE' OR actor2_country = 'AZE'") == 2


def test_gdelt2_file_is_parsed_with_its_own_dataset(store, gdelt_files):
    report = ingest_file(store, gdelt_files["v2"])
    assert report.dataset == "gdelt2" and report.rows_stored == 2111
    row = store.query(
        "SELECT event_date, event_code, event_root_code, quad_class, goldstein, action_geo_fips, "
        "action_geo_country, source_url FROM events WHERE source_event_id = '881990832'"
    )[0]
    assert str(row[0]) == "2018-10-24" and row[1:5] == ("139", "13", 3, -7.0)
    assert row[5:7] == ("CA", "CAN") and row[7].startswith("https://www.timescolonist.com/")


def test_header_csv_codes_keep_leading_zeros_and_spaces_are_trimmed(store, gdelt_files):
    ingest_file(store, gdelt_files["georgia_may2012"])
    codes = {r[0] for r in store.query("SELECT DISTINCT event_code FROM events")}
    assert "036" in codes and all(len(c) >= 2 for c in codes)
    assert store.scalar("SELECT count(*) FROM events WHERE actor1_country LIKE ' %'") == 0


def _rewrite(src, dst, transform):
    header, rows = header_rows(src)
    header, rows = transform(header, rows)
    with open(dst, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        if header is not None:
            w.writerow(header)
        w.writerows(rows)
    return len(rows)


@pytest.mark.parametrize("variant", ["r_rownames", "pandas_index", "extra_named", "shuffled", "lowercase"])
def test_header_variants_map_by_name(store, gdelt_files, tmp_path, variant):
    src = gdelt_files["georgia_dec2011"]

    def transform(header, rows):
        if variant == "r_rownames":  # R write.table: row names, no header cell for them
            return header, [[str(i)] + r for i, r in enumerate(rows, 1)]
        if variant == "pandas_index":
            return [""] + header, [[str(i)] + r for i, r in enumerate(rows)]
        if variant == "extra_named":
            return header + ["country_name"], [r + ["Georgia"] for r in rows]
        if variant == "shuffled":
            order = list(reversed(range(len(header))))
            return [header[i] for i in order], [[r[i] for i in order] for r in rows]
        return [h.lower() for h in header], rows

    dst = tmp_path / f"{variant}.csv"
    n = _rewrite(src, dst, transform)
    report = ingest_file(store, dst)
    _assert_reconciles(store, report, n)
    assert report.rows_quarantined == 0 and report.rows_stored + report.rows_duplicate == n
    original = ingest_file(store, src)  # same events: all duplicates now
    assert original.rows_stored == 0 and original.rows_duplicate == report.rows_stored


def test_codes_that_lost_leading_zeros_are_restored(store, gdelt_files, tmp_path):
    src = gdelt_files["georgia_oct2011"]
    header, rows = header_rows(src)
    i_code, i_base, i_root = header.index("EventCode"), header.index("EventBaseCode"), header.index("EventRootCode")

    def unpad(r):
        r = list(r)
        for i in (i_code, i_base, i_root):
            r[i] = str(int(r[i]))
        return r

    dst = tmp_path / "ints.csv"
    with open(dst, "w", newline="") as fh:
        csv.writer(fh).writerows([header] + [unpad(r) for r in rows])
    report = ingest_file(store, dst)
    assert report.rows_quarantined == 0
    ours = dict(store.query("SELECT source_event_id, event_code FROM events"))
    assert all(ours[r[0]] == r[i_code] for r in rows)


def test_zip_files_are_ingested_like_plain_ones(store, gdelt_files, tmp_path):
    z = tmp_path / "20191024143000.export.CSV.zip"
    with zipfile.ZipFile(z, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.write(gdelt_files["v2"], "20191024143000.export.CSV")
    report = ingest_file(store, z)
    _assert_reconciles(store, report, 2111)


def test_gzip_files_are_read_by_duckdb_directly(store, gdelt_files, tmp_path):
    import gzip

    gz = tmp_path / "events.csv.gz"
    with gzip.open(gz, "wb") as fh:
        fh.write(gdelt_files["mixed"].read_bytes())
    _assert_reconciles(store, ingest_file(store, gz), 710)


def test_reingesting_adds_nothing(store, gdelt_files, tmp_path):
    first = ingest(store, [gdelt_files["mixed"], gdelt_files["georgia_mar2012"]])
    total = store.scalar("SELECT count(*) FROM events")
    again = ingest(store, [gdelt_files["mixed"], gdelt_files["georgia_mar2012"]])
    assert [r.status for r in again] == ["skipped", "skipped"]
    copy = tmp_path / "copy.tsv"  # same rows, different bytes: every row is a duplicate
    copy.write_text(gdelt_files["mixed"].read_text(encoding="utf-8") + "\n", encoding="utf-8")
    third = ingest_file(store, copy)
    assert (third.rows_stored, third.rows_duplicate) == (0, 710)
    assert store.scalar("SELECT count(*) FROM events") == total == sum(r.rows_stored for r in first)


def test_bad_rows_are_quarantined_with_line_and_reason(store, gdelt_files, tmp_path):
    lines = gdelt_files["mixed"].read_bytes().splitlines()
    good = lines[:20]
    fields = good[3].split(b"\t")
    bad_date = b"\t".join([b"999000001", b"2016x728"] + fields[2:])
    bad_code = b"\t".join([b"999000002"] + fields[1:26] + [b"999"] + fields[27:])
    short = b"\t".join(fields[:30])
    bad_utf8 = b"\t".join([b"999000003"] + fields[1:6] + [b"CAF\xe9 \xff"] + fields[7:])
    body = good[:5] + [bad_date] + good[5:10] + [short, bad_code] + good[10:] + [bad_utf8]
    path = tmp_path / "bad.tsv"
    path.write_bytes(b"\n".join(body) + b"\n")
    report = ingest_file(store, path)
    _assert_reconciles(store, report, 24)
    assert (report.rows_stored, report.rows_quarantined) == (20, 4)
    got = {line: reason for line, reason in store.query("SELECT line_number, reason FROM quarantine")}
    assert set(got) == {6, 12, 13, 24}
    assert "sqldate" in got[6] and "2016x728" in got[6]
    assert "field count: 30" in got[12]
    assert "unknown CAMEO event code '999'" in got[13]
    assert "encoding" in got[24]
    raw = store.scalar("SELECT raw_line FROM quarantine WHERE line_number = 13")
    assert raw.startswith("999000002\t")


def test_a_file_that_is_not_an_event_file_writes_nothing(store, shared, tmp_path):
    before = store.query("SELECT (SELECT count(*) FROM events), (SELECT count(*) FROM ingest_runs)")
    for path in [shared / "CountryInfo/CountryInfo.120116.txt", shared / "PLOVER/CAMEO2PLOVER-2021.txt",
                 shared / "icews_andybega/data/goldstein_mappings.rda"]:
        with pytest.raises(NotAnEventFile) as e:
            ingest_file(store, path)
        assert str(path) in str(e.value) and "\n" not in str(e.value)
    empty = tmp_path / "empty.csv"
    empty.write_text("")
    with pytest.raises(NotAnEventFile):
        ingest_file(store, empty)
    assert store.query("SELECT (SELECT count(*) FROM events), (SELECT count(*) FROM ingest_runs)") == before
