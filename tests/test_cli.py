"""The CLI through typer's runner: each command over its library function."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from dyadwatch.cli import app

runner = CliRunner()


def _invoke(*args):
    return runner.invoke(app, [str(a) for a in args])


def test_ingest_json_report_has_the_documented_keys(tmp_path, gdelt_files):
    store = tmp_path / "s.duckdb"
    r = _invoke("ingest", "gdelt", "--json", "--store", store, gdelt_files["mixed"], gdelt_files["v2"])
    assert r.exit_code == 0, r.output
    objs = [json.loads(line) for line in r.stdout.splitlines() if line.strip()]
    assert [o["rows_read"] for o in objs] == [710, 2111]
    for o in objs:
        assert {"path", "status", "rows_read", "rows_stored", "rows_duplicate", "rows_quarantined"} <= set(o)
        assert o["rows_read"] == o["rows_stored"] + o["rows_duplicate"] + o["rows_quarantined"]


def test_stats_series_and_export(tmp_path, gdelt_files, icews_file):
    store = tmp_path / "s.duckdb"
    assert _invoke("ingest", "gdelt", "--store", store, *gdelt_files.values()).exit_code == 0
    assert _invoke("ingest", "icews", "--store", store, icews_file).exit_code == 0
    stats = json.loads(_invoke("stats", "--json", "--store", store).stdout)
    assert {d["dataset"] for d in stats["datasets"]} == {"gdelt", "gdelt2", "icews"}
    csv_out = _invoke("series", "USA", "AZE", "--freq", "year", "--format", "csv", "--store", store)
    assert csv_out.exit_code == 0 and csv_out.stdout.splitlines()[0].startswith("period,events,verbal_coop")
    js = json.loads(_invoke("series", "usa", "aze", "--both-directions", "--format", "json", "--store", store).stdout)
    assert sum(row["events"] for row in js) > 0
    table = _invoke("series", "USA", "GEO", "--store", store)
    assert table.exit_code == 0 and "USA→GEO" in table.stdout
    exp = _invoke("export", "parquet", tmp_path / "pq", "--store", store)
    assert exp.exit_code == 0 and list((tmp_path / "pq").glob("year=2012/month=5/*.parquet"))


def test_user_errors_are_one_line_without_traceback(tmp_path, shared):
    store = tmp_path / "s.duckdb"
    r = _invoke("ingest", "gdelt", "--store", store, shared / "CountryInfo/CountryInfo.120116.txt")
    assert r.exit_code == 1
    assert "Traceback" not in r.output and "not a GDELT event file" in r.output
    r = _invoke("series", "USA", "NOPE", "--store", store)
    assert r.exit_code == 2 and "unknown country code" in r.output and "Traceback" not in r.output
    r = _invoke("stats", "--store", tmp_path / "none.duckdb")
    assert r.exit_code == 2 and "no store here yet" in r.output


def test_bundled_chronicle_ingests_once(tmp_path):
    store = tmp_path / "s.duckdb"
    first = json.loads(_invoke("ingest", "chronicle", "--json", "--store", store).stdout)
    assert first["status"] == "ok" and first["rows_read"] == first["rows_stored"] >= 150
    again = json.loads(_invoke("ingest", "chronicle", "--json", "--store", store).stdout)
    assert again["status"] == "skipped"


def test_human_readable_reports(tmp_path, shared):
    """The tables and lines a person reads, for the commands whose tests otherwise use --json."""
    store = tmp_path / "s.duckdb"
    story = tmp_path / "story.txt"
    story.write_text("Turkey praised Georgia on Monday. Insurgents attacked Syria's army.")
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    r = _invoke("ingest", "docs", story, empty, "--date", "2023-05-03", "--parser", "none", "--store", store)
    said = " ".join(r.output.split())  # the console wraps long lines
    assert r.exit_code == 0, r.output
    assert "rejected: " in said and "empty: no text to code" in said  # the bad file is named, the batch goes on
    assert "read 1 = stored 1 + duplicate 0 + rejected 0" in said and "2 new events from 2 mentions" in said
    assert "coder mode: patterns" in said
    again = _invoke("ingest", "docs", story, "--parser", "none", "--store", store)
    assert "duplicate 1" in " ".join(again.output.split())
    stats = _invoke("stats", "--store", store)
    assert stats.exit_code == 0 and "docs" in stats.output and "quarantined rows" in stats.output
    gold = shared / "petrarch2/petrarch2/data/text/PETR.UnitTest.records.xml"
    table = _invoke("eval", "coder", gold, "--parser", "none")
    assert table.exit_code == 0 and "284 sentences, 359 gold" in " ".join(table.output.split())
    assert all(f in table.output for f in ("root", "code", "source", "target", "triple", "dyad"))


def test_check_prints_verdicts_with_their_sources(tmp_path):
    analysis = tmp_path / "analysis.txt"
    analysis.write_text("The Washington summit of 8 August 2025 brought Aliyev and Pashinyan together. "
                        "US and Russian envoys met in Türkiye in August 2023.")
    r = _invoke("check", analysis, "--date", "2025-11-20", "--store", tmp_path / "s.duckdb")
    said = " ".join(r.output.split())
    assert r.exit_code == 0, r.output
    assert "agrees" in said and "disagrees" in said and "dates it 2023-09-17" in said


def test_an_error_message_keeps_its_brackets(monkeypatch, tmp_path):
    import builtins

    real_import = builtins.__import__

    def no_sklearn(name, *args, **kwargs):
        if name.startswith("sklearn"):
            raise ImportError(name)
        return real_import(name, *args, **kwargs)

    gold = tmp_path / "gold.xml"
    gold.write_text('<Sentences><Sentence id="T_1" date="20240501"><EventCoding sourcecode="RUS" targetcode="USA" '
                    'eventcode="111"/><Text>Russia condemned the United States.</Text></Sentence></Sentences>', "utf-8")
    monkeypatch.setattr(builtins, "__import__", no_sklearn)
    r = CliRunner().invoke(app, ["train", "coder", str(gold), "--out", str(tmp_path / "m.json"), "--parser", "none"])
    assert r.exit_code == 2 and "pip install 'dyadwatch[learn]'" in r.output
