"""eval/blind.py: blind predictions kept as stand-off rows (no news text), pooled over stories with a bootstrap,
and the annotated sets turned into the gold's stand-off rows."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

EVAL = Path(__file__).resolve().parents[1] / "eval"


def _load(name: str):
    sys.path.insert(0, str(EVAL))  # blind.py reads hydrate.py beside it
    try:
        spec = importlib.util.spec_from_file_location(name, EVAL / f"{name}.py")
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
    finally:
        sys.path.remove(str(EVAL))
    return module


blind = _load("blind")

SET_TEXT = """query: r1 (rank 1, a test page)
url: https://example.org/story
date: 2017-04-25
# s1: a visit to come, 036 both ways
S Cypriot President Nicos Anastasiades will be in India on a state visit from today.
E CYPGOV IND 036
E IND CYPGOV 036
S Nothing else happened.
"""


@pytest.fixture
def annotated(tmp_path: Path) -> Path:
    sets = tmp_path / "sets"
    sets.mkdir()
    (sets / "f1.txt").write_text(SET_TEXT, encoding="utf-8")
    return sets


def test_standoff_rows_carry_the_hash_not_the_sentence(annotated: Path, tmp_path: Path):
    out = tmp_path / "gold.jsonl"
    assert blind.main(["standoff", str(annotated), "1", "1", str(out)]) == 0
    rows = [json.loads(x) for x in out.read_text().splitlines()]
    assert [r["sentence"] for r in rows] == [1, 2]
    assert rows[0]["events"] == [["CYPGOV", "IND", "036"], ["IND", "CYPGOV", "036"]] and rows[1]["events"] == []
    assert rows[0]["sha1"] == blind.sha1("Cypriot President Nicos Anastasiades will be in India on a state visit "
                                         "from today.")
    assert "Anastasiades" not in out.read_text()
    assert (tmp_path / "text" / "f1.txt").read_text().splitlines()[1] == "Nothing else happened."


def test_a_set_line_of_no_known_kind_is_refused(annotated: Path, tmp_path: Path):
    (annotated / "f1.txt").write_text(SET_TEXT + "X stray\n", encoding="utf-8")
    with pytest.raises(SystemExit, match=r"f1.txt:9: not a query"):
        blind.main(["standoff", str(annotated), "1", "1", str(tmp_path / "gold.jsonl")])


def test_tallies_count_roots_and_triples_as_multisets():
    pred = [["CYPGOV", "IND", "036"], ["CYPGOV", "IND", "042"]]
    gold = [["CYPGOV", "IND", "036"], ["IND", "CYPGOV", "036"]]
    assert blind.tally(pred, gold, "triple") == (1, 2, 2)
    assert blind.tally(pred, gold, "root") == (1, 2, 2)  # one "03" matched, the "04" is extra
    assert blind.f1(1, 2, 2) == 0.5 and blind.f1(0, 0, 0) == 0.0


def _run_rows(gold_path: Path, events_by_sentence: dict[int, list]) -> list[dict]:
    rows = [json.loads(x) for x in gold_path.read_text().splitlines()]
    return [{"label": "t", "commit": "abc", "mode": "none", "set": r["set"], "sentence": r["sentence"],
             "sha1": r["sha1"], "events": events_by_sentence.get(r["sentence"], [])} for r in rows]


def test_pool_joins_runs_to_the_gold_and_bootstraps(annotated: Path, tmp_path: Path, capsys):
    gold_dir = tmp_path / "gold"
    gold_dir.mkdir()
    blind.main(["standoff", str(annotated), "1", "1", str(gold_dir / "s.jsonl")])
    run = tmp_path / "run.jsonl"
    run.write_text("".join(json.dumps(r) + "\n" for r in _run_rows(gold_dir / "s.jsonl",
                                                                    {1: [["CYPGOV", "IND", "036"]]})))
    assert blind.main(["pool", str(run), "--gold-dir", str(gold_dir), "--boot", "50"]) == 0
    out = capsys.readouterr().out
    # one story: tp 1, predicted 1, gold 2, F1 2/3 in every draw
    assert "none: 1 stories; root 0.667 [0.667-0.667] P(>=0.6) 1.00" in out


def test_pool_refuses_a_run_on_other_text(annotated: Path, tmp_path: Path):
    gold_dir = tmp_path / "gold"
    gold_dir.mkdir()
    blind.main(["standoff", str(annotated), "1", "1", str(gold_dir / "s.jsonl")])
    rows = _run_rows(gold_dir / "s.jsonl", {})
    rows[0]["sha1"] = "0" * 40
    run = tmp_path / "run.jsonl"
    run.write_text("".join(json.dumps(r) + "\n" for r in rows))
    with pytest.raises(SystemExit, match="not the sentence annotated"):
        blind.main(["pool", str(run), "--gold-dir", str(gold_dir)])


def test_bootstrap_interval_holds_the_point_and_narrows_with_more_stories():
    small = {f"s{k}": {"root": [1, 2, 2], "triple": [1, 2, 2]} for k in range(4)}
    small.update({f"t{k}": {"root": [2, 2, 2], "triple": [2, 2, 2]} for k in range(4)})
    large = {f"{k}-{n}": v for n in range(25) for k, v in small.items()}
    point, low, high, _ = blind.bootstrap(small, "root", 500, 0.6)
    _, low_l, high_l, _ = blind.bootstrap(large, "root", 500, 0.6)
    assert low <= point <= high
    assert high_l - low_l < high - low


def test_committed_blind_runs_match_the_committed_gold():
    """Every committed blind run names sentences of the committed gold, by their hashes."""
    gold = blind.gold_rows(sorted((EVAL / "gold").glob("*.jsonl")))
    runs = sorted((EVAL / "blind").glob("*.jsonl"))
    assert runs
    for mode in ("none", "spacy"):
        assert blind.story_tallies(runs, gold, mode)


def test_score_on_text_of_another_page_says_so_in_one_line(annotated: Path, tmp_path: Path, capsys):
    blind.main(["standoff", str(annotated), "1", "1", str(tmp_path / "gold.jsonl")])
    (tmp_path / "text" / "f1.txt").write_text("Another sentence.\nNothing else happened.\n", encoding="utf-8")
    out = tmp_path / "run.jsonl"
    code = blind.main(["score", "t", str(tmp_path / "gold.jsonl"), str(tmp_path / "text"), "f1", "--out", str(out)])
    err = capsys.readouterr().err.strip()
    assert code == 1 and len(err.splitlines()) == 1 and "f1.txt:1: the sentence differs" in err
    assert not out.exists()
