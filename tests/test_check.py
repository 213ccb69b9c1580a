"""Checking an analysis's dated claims against the store."""

from __future__ import annotations

import json
from datetime import date

from typer.testing import CliRunner

from dyadwatch.cli import app
from dyadwatch.coding.check import check_document, document_date
from dyadwatch.sources import ingest_file
from dyadwatch.sources.chronicle import bundled_path

SEED = "reference/seed-analysis-us-azerbaijan-2025.txt"


def test_seed_analysis_claims(store, shared):
    ingest_file(store, bundled_path(), "chronicle")
    results = {r.claimed: r for r in check_document(store, shared.parent / SEED)}
    turkiye = results["August 2023"]
    assert turkiye.verdict == "disagrees" and turkiye.event_date == date(2023, 9, 17)
    assert "mediamax" in turkiye.event_source and "Türkiye" in turkiye.sentence
    washington = results["8 August 2025"]
    assert washington.verdict == "agrees" and washington.event_date == date(2025, 8, 8)
    assert "November 2025" not in results  # the dateline is not a claim


def test_claims_without_evidence_are_not_found(store, tmp_path):
    ingest_file(store, bundled_path(), "chronicle")
    doc = tmp_path / "a.txt"
    doc.write_text("MARCH 2020\n\nIn June 1999 Azerbaijan and Georgia signed a pipeline deal. "
                   "Armenia and Iran held talks on 3 May 2001.")
    assert document_date(doc.read_text()) == date(2020, 3, 31)
    verdicts = [r.verdict for r in check_document(store, doc)]
    assert verdicts == ["not found", "not found"]


def test_cli_check_json(tmp_path, shared):
    r = CliRunner().invoke(app, ["check", str(shared.parent / SEED), "--json", "--store", str(tmp_path / "s.duckdb")])
    assert r.exit_code == 0, r.output
    claims = json.loads(r.stdout)
    assert {c["verdict"] for c in claims} <= {"agrees", "disagrees", "not found"}
    assert any(c["verdict"] == "disagrees" and c["event_date"] == "2023-09-17" for c in claims)
    missing = CliRunner().invoke(app, ["check", str(tmp_path / "none.txt"), "--store", str(tmp_path / "s.duckdb")])
    assert missing.exit_code == 2 and "no such file" in missing.output
