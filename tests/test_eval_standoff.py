"""eval/: our stand-off gold (no news text in the repository) and the script that rebuilds a
scoreable PETRARCH file from it."""

from __future__ import annotations

import hashlib
import importlib.util
import json
from pathlib import Path

import pytest

from dyadwatch import reference
from dyadwatch.coding.evaluate import read_gold, stories

EVAL = Path(__file__).resolve().parents[1] / "eval"


def _hydrate():
    spec = importlib.util.spec_from_file_location("hydrate", EVAL / "hydrate.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


hydrate = _hydrate()
SENTENCES = ["Iran will reopen its embassy in Saudi Arabia, the ministry said.", "Nothing happened & no one met."]


def _row(i: int, text: str, events: list) -> dict:
    return {"set": "x1", "query": "q", "url": "https://example.org/a?b=1&c=2", "date": "2023-06-05", "sentence": i,
            "sha1": hashlib.sha1(text.encode()).hexdigest(), "events": events}


@pytest.fixture
def standoff(tmp_path: Path) -> Path:
    path = tmp_path / "gold.jsonl"
    rows = [_row(1, SENTENCES[0], [["IRN", "SAU", "032"]]), _row(2, SENTENCES[1], [])]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    (tmp_path / "text").mkdir()
    return path


def test_hydrated_file_reads_back_as_the_annotated_gold(standoff: Path, tmp_path: Path):
    (tmp_path / "text" / "x1.txt").write_text("# https://example.org/a\n" + "\n".join(SENTENCES) + "\n")
    out = tmp_path / "gold.xml"
    out.write_text(hydrate.hydrate(standoff, tmp_path / "text"))
    gold = read_gold(out)
    assert [g.text for g in gold] == SENTENCES
    assert gold[0].events == [("IRN", "SAU", "032")] and gold[1].events == []
    assert str(gold[0].date) == "2023-06-05"
    assert len(stories(gold)) == 1  # ids x1_1, x1_2: one story, as --by-story codes it


def test_a_changed_sentence_is_refused_with_its_file_and_line(standoff: Path, tmp_path: Path):
    (tmp_path / "text" / "x1.txt").write_text(SENTENCES[0] + "\nSomething else entirely.\n")
    with pytest.raises(hydrate.Mismatch, match=r"x1\.txt:2: the sentence differs"):
        hydrate.hydrate(standoff, tmp_path / "text")


def test_a_missing_sentence_or_set_is_refused(standoff: Path, tmp_path: Path):
    with pytest.raises(hydrate.Mismatch, match="no text for set x1"):
        hydrate.hydrate(standoff, tmp_path / "text")
    (tmp_path / "text" / "x1.txt").write_text(SENTENCES[0] + "\n")
    with pytest.raises(hydrate.Mismatch, match="sentence 2 is missing"):
        hydrate.hydrate(standoff, tmp_path / "text")


def test_the_command_line_answers_in_one_line(standoff: Path, tmp_path: Path, capsys):
    assert hydrate.main([str(standoff), str(tmp_path / "text"), str(tmp_path / "o.xml")]) == 1
    err = capsys.readouterr().err
    assert err.startswith("error: ") and err.count("\n") == 1


@pytest.mark.parametrize("path", sorted((EVAL / "gold").glob("*.jsonl")), ids=lambda p: p.name)
def test_committed_gold_is_well_formed(path: Path):
    """Every event of our gold uses a CAMEO code and actor codes our reference tables know,
    sentences are numbered without gaps within each set, and no row carries text."""
    codes = reference.cameo_codes()
    sets: dict[str, list[int]] = {}
    for line in path.read_text().splitlines():
        row = json.loads(line)
        assert "text" not in row and len(row["sha1"]) == 40
        sets.setdefault(row["set"], []).append(row["sentence"])
        for source, target, code in row["events"]:
            assert code in codes, (row["set"], row["sentence"], code)
            for actor in (source, target):
                # "---": CAMEO's actor of no known country ("human rights organisations" → ---HRI)
                assert reference.is_known_actor_country(actor[:3]) or actor[:3] in ("IGO", "---"), (row["set"], actor)
    for name, numbers in sets.items():
        assert numbers == list(range(1, len(numbers) + 1)), name
