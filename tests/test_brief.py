"""The main job: the bundled dossier rendered as a brief (Markdown, HTML, PDF)."""

from __future__ import annotations

import json
import re
import shutil
import subprocess

import pytest
from typer.testing import CliRunner

from dyadwatch.cli import app
from dyadwatch.dossier.load import load_dossier
from dyadwatch.report.job import run_brief
from dyadwatch.sources import ingest
from dyadwatch.store import Store

AS_OF = "2025-11-30"


@pytest.fixture(scope="module")
def default_brief(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("brief")
    result = run_brief(None, tmp / "out", AS_OF, tmp / "store.duckdb")
    return result, result.markdown.read_text("utf-8")


def _sections(md: str) -> dict[str, str]:
    parts = re.split(r"\n### ", md)[1:]
    return {p.split("\n", 1)[0]: p for p in parts}


def test_every_item_appears_with_status_and_sourced_evidence(default_brief):
    _, md = default_brief
    sections = _sections(md)
    dossier = load_dossier("us-azerbaijan")
    assert len(sections) == len(dossier.items) >= 35
    for item in dossier.items:
        body = sections[item.title]
        assert re.search(r"\*\*Status: [a-z ]+\*\*", body), item.id
        rows = [ln for ln in body.splitlines() if re.match(r"\| \d{4}-\d{2}-\d{2} \|", ln)]
        assert rows, f"{item.id}: no evidence row"
        assert any("<http" in r for r in rows), f"{item.id}: no evidence row with a source link"
        assert "Coverage:" in body and "Sources:" in body


def test_brief_follows_the_analysis_structure(default_brief):
    _, md = default_brief
    order = ["## Context", "## The four outcomes", "## The peace process",
             "## Why the United States needs Azerbaijan", "## Why Azerbaijan needs the United States",
             "## Risks", "## Trackers: TRIPP and Section 907", "## Claims of the analysis"]
    positions = [md.index(h) for h in order]
    assert positions == sorted(positions)
    for title, status in [("Restored territorial integrity", "achieved"), ("An irreversible peace", "in progress"),
                          ("Normalisation of Armenia", "gradual"), ("Opening of regional communications", "implementation")]:
        assert re.search(rf"\| {title}[^|]*\| \*\*{status}\*\* \|", md)


def test_claim_checks_are_shown_as_findings(default_brief):
    _, md = default_brief
    turkiye = _sections(md)["Claim: US and Russian envoys met in Türkiye in August 2023"]
    assert "**Status: contradicted**" in turkiye
    assert "the analysis says August 2023; the chronicle dates it 17 September 2023" in turkiye
    biden = _sections(md)["Claim: relations were worse under Biden than under Trump"]
    assert "**Status: undecided**" in biden and "too thin to decide" in biden
    assert re.search(r"\| Biden \| 2021-01-20 to 2025-01-19 \| \d+ \|", biden)
    washington = _sections(md)["Claim: the peace breakthrough was formalised in Washington on 8 August (2025)"]
    assert "**Status: supported**" in washington


def test_three_files_and_charts_are_written(default_brief):
    result, _ = default_brief
    for p in (result.markdown, result.html, result.pdf):
        assert p.stat().st_size > 10_000
    charts = sorted(p.name for p in (result.html.parent / "charts").glob("*.svg"))
    assert charts == ["outcomes.svg", "regional.svg", "timeline.svg", "usa-aze.svg"]
    state = json.loads(result.state.read_text())
    assert state["as_of"] == AS_OF and state["items"]["out-peace"]["status"] == "in progress"


def test_html_opens_offline(default_brief):
    result, _ = default_brief
    html = result.html.read_text("utf-8")
    assert "<script" not in html
    assert not re.search(r'(src|href)="(?!#|data:|https?://)', html)
    assert not re.search(r'<(img|link)[^>]+(src|href)="https?://', html)  # nothing fetched from the network
    assert html.count('src="data:image/svg+xml;base64,') == 4


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="make test installs poppler-utils")
def test_pdf_pages_render_and_are_not_blank(default_brief, tmp_path):
    result, _ = default_brief
    subprocess.run(["pdftoppm", "-r", "30", "-f", "1", "-l", "2", "-gray", str(result.pdf), str(tmp_path / "p")],
                   check=True)
    pages = sorted(tmp_path.glob("p-*.pgm"))
    assert len(pages) == 2
    for page in pages:
        data = page.read_bytes()
        pixels = data[data.index(b"255\n") + 4:]  # after the PGM header
        dark = sum(1 for b in pixels if b < 128)
        assert dark > len(pixels) * 0.005, f"{page.name} looks blank"


def test_as_of_gives_byte_identical_markdown(tmp_path):
    first = run_brief(None, tmp_path / "a", AS_OF, tmp_path / "s1.duckdb").markdown.read_bytes()
    second = run_brief(None, tmp_path / "b", AS_OF, tmp_path / "s2.duckdb").markdown.read_bytes()
    assert first == second


def test_gdelt_samples_change_series_and_coverage_and_what_changed(tmp_path, gdelt_files):
    store = tmp_path / "s.duckdb"
    out = tmp_path / "out"
    before = run_brief(None, out, AS_OF, store).markdown.read_text("utf-8")
    with Store(store) as s:
        ingest(s, list(gdelt_files.values()))
    after = run_brief(None, out, AS_OF, store).markdown.read_text("utf-8")
    series = lambda md: md[md.index("## Series"):md.index("## Method")]  # noqa: E731
    assert series(before) != series(after)
    assert "| 2011 |" in series(after) and "| 2011 |" not in series(before)
    coverage = lambda md: re.findall(r"Coverage: (.*)", md)  # noqa: E731
    assert not any("gdelt" in c for c in coverage(before))
    assert any("gdelt:" in c for c in coverage(after))
    changed = after[after.index("## What changed"):after.index("## Context")]
    assert f"Compared with the brief as of {AS_OF}" in changed and "dataset gdelt added" in changed


def test_any_dossier_renders(tmp_path):
    runner = CliRunner()
    r = runner.invoke(app, ["dossier", "new", "usa-geo", "--dyad", "USA", "GEO", "--dir", str(tmp_path)])
    assert r.exit_code == 0, r.output
    r = runner.invoke(app, ["brief", str(tmp_path / "usa-geo.yaml"), "--out", str(tmp_path / "out"),
                            "--as-of", AS_OF, "--store", str(tmp_path / "s.duckdb"), "--verbose"])
    assert r.exit_code == 0, r.output
    assert "brief.pdf" in r.stdout and "evaluate:" in r.stderr and "total:" in r.stderr
    md = (tmp_path / "out" / "brief.md").read_text()
    assert "# United States–Georgia relations" in md and "## Risks" in md


def test_brief_user_errors_are_one_line(tmp_path):
    runner = CliRunner()
    r = runner.invoke(app, ["brief", str(tmp_path / "nope.yaml"), "--out", str(tmp_path)])
    assert r.exit_code == 2 and "no such dossier file" in r.output and "Traceback" not in r.output
    r = runner.invoke(app, ["brief", "--as-of", "last week", "--out", str(tmp_path)])
    assert r.exit_code == 2 and "--as-of" in r.output


def test_document_evidence_reaches_the_brief(tmp_path):
    from datetime import date as _date

    from dyadwatch.coding.ingest import ingest_documents
    from dyadwatch.coding.pipeline import Pipeline

    doc = tmp_path / "note.txt"
    doc.write_text("Washington weighs Section 907 again. Lawmakers said the Section 907 waiver should stay. "
                   "President Trump praised Azerbaijan on Monday.")
    store = tmp_path / "s.duckdb"
    with Store(store) as s:
        ingest_documents(s, [str(doc)], published=_date(2025, 11, 20), pipeline=Pipeline(parser="none"))
    md = run_brief(None, tmp_path / "out", AS_OF, store).markdown.read_text("utf-8")
    s907 = _sections(md)["Section 907 of the FREEDOM Support Act"]
    assert "“Washington weighs Section 907 again.”" in s907
    priorities = _sections(md)["Washington's shifting priorities toward Baku"]
    row = next(ln for ln in priorities.splitlines() if "President Trump praised" in ln)
    assert row.startswith("| 2025-11-17 | 051 Praise or endorse (confidence 0.") and "| USA → AZE" in row and "(docs " in row
    chronicle_rows = [ln for ln in md.splitlines() if "(chronicle " in ln]
    assert chronicle_rows and not any("confidence" in ln for ln in chronicle_rows)  # only coded documents have one
