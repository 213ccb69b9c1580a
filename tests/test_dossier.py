"""Dossier format, validation errors with lines, status rules and evaluation."""

from __future__ import annotations

from datetime import date

import pytest
from typer.testing import CliRunner

from dyadwatch.cli import app
from dyadwatch.dossier.evaluate import evaluate_dossier
from dyadwatch.dossier.indicators import IndicatorValue
from dyadwatch.dossier.load import load_dossier
from dyadwatch.dossier.model import Indicator, Item
from dyadwatch.dossier.rules import evaluate, trend
from dyadwatch.dossier.scaffold import scaffold
from dyadwatch.errors import DossierError, UsageError
from dyadwatch.sources import ingest_file
from dyadwatch.sources.chronicle import bundled_path


@pytest.fixture
def scaffolded(tmp_path):
    return scaffold("usa-geo", "USA", "GEO", tmp_path)


def _edit(path, old, new):
    text = path.read_text()
    assert old in text
    path.write_text(text.replace(old, new, 1))
    return text[: text.index(old)].count("\n") + 1


def test_scaffold_writes_a_valid_dossier_for_any_dyad(scaffolded, tmp_path):
    d = load_dossier(scaffolded)
    assert d.focus == [("USA", "GEO")] and {i.kind for i in d.items} == {"context", "opportunity", "risk"}
    with pytest.raises(UsageError):
        scaffold("usa-geo", "USA", "GEO", tmp_path)
    with pytest.raises(UsageError):
        scaffold("x", "USA", "QQQ", tmp_path)


@pytest.mark.parametrize("old,new,field,fragment", [
    ("status: high", "status: severe", "items[2]", "not one of low, elevated, high"),
    ("source: USA", "source: USX", "items[0].indicators[0].source", "unknown actor code 'USX'"),
    ("window_days: 180", "window_days: -3", "items[2].indicators[0].window_days", "greater than 0"),
    ("kind: risk", "kind: rumour", "items[2].kind", "Input should be"),
    ("- analyst\n", "- nowhere\n", "(top level)", "unknown source 'nowhere'"),
])
def test_validation_errors_name_file_line_and_field(scaffolded, old, new, field, fragment):
    line = _edit(scaffolded, old, new)
    with pytest.raises(DossierError) as e:
        load_dossier(scaffolded)
    msg = str(e.value)
    assert f"{scaffolded}:" in msg and f": {field}: " in msg and fragment in msg and "\n" not in msg
    reported = int(msg.split(f"{scaffolded}:")[1].split(":")[0])
    if field != "(top level)":
        assert 1 <= reported <= line and line - reported < 25


def test_yaml_syntax_errors_have_a_line(tmp_path):
    p = tmp_path / "bad.yaml"
    p.write_text("id: x\ntitle: [unclosed\nfocus: []\n")
    with pytest.raises(DossierError, match=r"bad.yaml:\d+: YAML syntax"):
        load_dossier(p)


def _value(current, previous, events=5, prev=5):
    ind = Indicator(id="i", source="USA", target="AZE")
    return IndicatorValue(ind, date(2024, 1, 1), date(2025, 1, 1), current, previous, events, prev)


def _item(**rule):
    base = dict(id="x", kind="risk", title="t", summary="s", sources=["a"],
                indicators=[{"id": "i", "source": "USA", "target": "AZE"}])
    return Item.model_validate({**base, **rule})


def test_threshold_rule_picks_the_highest_level_reached():
    item = _item(rule={"kind": "threshold", "indicator": "i", "levels": [
        {"at_least": 0, "status": "low"}, {"at_least": 5, "status": "elevated"}, {"at_least": 20, "status": "high"}]})
    assert [evaluate(item, {"i": _value(v, 1)}, date(2025, 1, 1)).status for v in (0, 4.9, 5, 19, 25)] == \
        ["low", "low", "elevated", "elevated", "high"]
    assert "at least 20" in evaluate(item, {"i": _value(1, 1)}, date(2025, 1, 1)).rule


def test_stated_rule_keeps_the_analysis_status():
    item = Item.model_validate(dict(id="o", kind="outcome", title="t", summary="s", sources=["a"], status="gradual"))
    v = evaluate(item, {}, date(2025, 1, 1))
    assert (v.status, v.trend) == ("gradual", "no data") and "source analysis" in v.rule


def test_milestones_rule_follows_the_dates():
    item = Item.model_validate(dict(
        id="p", kind="project", title="t", summary="s", sources=["a"], rule={"kind": "milestones"},
        milestones=[{"id": "a", "title": "a", "planned": "2025-08-08", "done": "2025-08-08"},
                    {"id": "b", "title": "b", "planned": "2026-06-01"}]))
    assert evaluate(item, {}, date(2025, 1, 1)).status == "planned"
    assert evaluate(item, {}, date(2025, 9, 1)).status == "implementation"
    assert "1 of 2 done" in evaluate(item, {}, date(2025, 9, 1)).rule
    assert evaluate(item, {}, date(2026, 7, 1)).status == "implementation"


def test_instrument_rule_takes_the_latest_state():
    item = Item.model_validate(dict(
        id="s907", kind="instrument", title="t", summary="s", sources=["a"], rule={"kind": "instrument"},
        states=[{"since": "1992-10-24", "state": "in force"}, {"since": "2002-01-25", "state": "waived"}]))
    assert evaluate(item, {}, date(1995, 1, 1)).status == "in force"
    assert evaluate(item, {}, date(2025, 1, 1)).status == "waived"


def test_trend_compares_windows():
    assert trend(_value(10, 5), 1.25) == "rising"
    assert trend(_value(4, 5), 1.25) == "falling"
    assert trend(_value(5, 5), 1.25) == "steady"
    assert trend(_value(0, 0, 0, 0), 1.25) == "no data"


def test_evaluation_on_the_chronicle_has_evidence_with_sources(store, scaffolded):
    _edit(scaffolded, "GEO", "AZE")
    text = scaffolded.read_text().replace("target: GEO", "target: AZE").replace("- GEO", "- AZE")
    scaffolded.write_text(text)
    ingest_file(store, bundled_path(), "chronicle")
    d = load_dossier(scaffolded)
    results = evaluate_dossier(store, d, date(2025, 12, 31))
    coop = next(r for r in results if r.item.id == "cooperation")
    assert coop.values["coop"].events > 0 and coop.datasets == ["chronicle"]
    assert coop.coverage[0]["events"] >= coop.values["coop"].events
    assert coop.evidence and all(e["url"].startswith("http") for e in coop.evidence)
    dates = [e["date"] for e in coop.evidence]
    assert dates == sorted(dates, reverse=True)
    early = evaluate_dossier(store, d, date(1990, 1, 1))
    assert all(r.evidence == [] for r in early)


def test_cli_dossier_new_and_check(tmp_path):
    runner = CliRunner()
    r = runner.invoke(app, ["dossier", "new", "usa-geo", "--dyad", "USA", "GEO", "--dir", str(tmp_path)])
    assert r.exit_code == 0, r.output
    r = runner.invoke(app, ["dossier", "check", str(tmp_path / "usa-geo.yaml")])
    assert r.exit_code == 0 and "valid: 3 items" in r.output
    bad = tmp_path / "usa-geo.yaml"
    bad.write_text(bad.read_text().replace("kind: risk", "kind: rumour"))
    r = runner.invoke(app, ["dossier", "check", str(bad)])
    assert r.exit_code == 2 and "items[2].kind" in r.output and "Traceback" not in r.output


def _synthetic_chronicle(path, rows):
    import csv as _csv

    with open(path, "w", newline="") as fh:
        w = _csv.writer(fh)
        w.writerow(["id", "date", "actor1", "actor2", "cameo_code", "summary", "source_url"])
        for i, (d, a1, a2, code) in enumerate(rows):
            w.writerow([f"S{i:05d}", d, a1, a2, code, "synthetic", f"https://example.org/{i}"])
    return path


def _contrast_item(expect="second_higher", min_events=30):
    return Item.model_validate(dict(
        id="c", kind="claim", title="t", summary="s", sources=["a"],
        indicators=[{"id": "i", "source": "USA", "target": "AZE", "both_directions": True}],
        rule={"kind": "contrast", "indicator": "i", "expect": expect, "min_events": min_events,
              "periods": [{"label": "A", "start": "2021-01-01", "end": "2021-12-31"},
                          {"label": "B", "start": "2022-01-01"}]}))


@pytest.mark.parametrize("first_coop,second_coop,expect,status", [
    (0.2, 0.8, "second_higher", "supported"),
    (0.8, 0.2, "second_higher", "contradicted"),
    (0.5, 0.5, "second_higher", "undecided"),
    (0.8, 0.2, "first_higher", "supported"),
])
def test_contrast_rule_decides_with_a_bootstrap_interval(store, tmp_path, first_coop, second_coop, expect, status):
    from dyadwatch.dossier.claims import contrast

    rows = []
    for year, share in (("2021", first_coop), ("2022", second_coop)):
        for i in range(100):
            code = "057" if i < share * 100 else "111"
            rows.append((f"{year}-03-{1 + i % 28:02d}", "USA" if i % 2 else "AZE", "AZE" if i % 2 else "USA", code))
    ingest_file(store, _synthetic_chronicle(tmp_path / "c.csv", rows), "chronicle")
    verdict, detail = contrast(store, _contrast_item(expect), date(2022, 12, 31))
    assert verdict.status == status
    lo, hi = detail["interval"]
    assert lo <= second_coop - first_coop <= hi
    assert [p["events"] for p in detail["periods"]] == [100, 100]


def test_contrast_rule_says_when_data_are_too_thin(store, tmp_path):
    from dyadwatch.dossier.claims import contrast

    rows = [("2021-05-01", "USA", "AZE", "057")] * 5 + [("2022-05-01", "USA", "AZE", "111")] * 50
    ingest_file(store, _synthetic_chronicle(tmp_path / "c.csv", [(d, a, b, c) for d, a, b, c in rows]), "chronicle")
    verdict, detail = contrast(store, _contrast_item(), date(2022, 12, 31))
    assert verdict.status == "undecided" and "too thin" in detail["reason"] and "A has 5 events" in detail["reason"]


def test_date_check_supports_contradicts_or_finds_nothing(store, tmp_path):
    from dyadwatch.dossier.claims import date_check

    rows = [("2023-09-17", "USA", "RUS", "040"), ("2025-08-08", "AZE", "ARM", "057")]
    ingest_file(store, _synthetic_chronicle(tmp_path / "c.csv", rows), "chronicle")

    def item(claimed, target="RUS", source="USA"):
        return Item.model_validate(dict(
            id="d", kind="claim", title="t", summary="s", sources=["a"],
            indicators=[{"id": "i", "source": source, "target": target, "both_directions": True}],
            rule={"kind": "date_check", "indicator": "i", "claimed": claimed}))

    v, d = date_check(store, item("2023-08"), date(2025, 12, 31))
    assert v.status == "contradicted" and "17 September 2023" in d["reason"] and "example.org" in d["reason"]
    assert date_check(store, item("2023-09"), date(2025, 12, 31))[0].status == "supported"
    assert date_check(store, item("2025-08-08", "ARM", "AZE"), date(2025, 12, 31))[0].status == "supported"
    assert date_check(store, item("2019-01"), date(2025, 12, 31))[0].status == "undecided"


def test_group_codes_expand_to_members(store, tmp_path):
    from dyadwatch.dossier.indicators import evaluate_indicator

    rows = [("2024-01-10", "USA", "KAZ", "042"), ("2024-02-10", "UZB", "USA", "042"), ("2024-03-10", "USA", "C5", "043")]
    ingest_file(store, _synthetic_chronicle(tmp_path / "c.csv", rows), "chronicle")
    ind = Indicator(id="i", source="USA", target="C5", both_directions=True, window_days=365)
    assert evaluate_indicator(store, ind, date(2024, 12, 31)).events == 3
