"""Coding many documents over several processes: the same events, in the same order, as one process."""

from __future__ import annotations

import os
import xml.etree.ElementTree as ET
from datetime import date

import pytest
from typer.testing import CliRunner

from dyadwatch.cli import app
from dyadwatch.coding import processes
from dyadwatch.coding.ingest import ingest_documents
from dyadwatch.coding.pipeline import Pipeline, load_spacy
from dyadwatch.coding.text import split_sentences
from dyadwatch.errors import UsageError
from dyadwatch.store.db import Store

WHEN = date(2025, 11, 20)
PATTERNS = Pipeline(parser="none")


@pytest.fixture(scope="module")
def documents(shared) -> list[str]:
    """Real news (PETRARCH's GigaWord sample) and the AIR Center analysis, cut into documents of eight sentences."""
    news = ET.parse(shared / "petrarch2/petrarch2/data/text/GigaWord.sample.PETR.xml").getroot().iter("Text")
    sentences = [" ".join(el.text.split()) for el in news if el.text and el.text.strip()]
    text = (shared.parent / "reference/seed-analysis-us-azerbaijan-2025.txt").read_text()
    sentences += [" ".join(text[a:b].split()) for a, b in split_sentences(text)]
    return [" ".join(sentences[k:k + 8]) for k in range(0, len(sentences), 8)]


def _events(coded) -> list:
    return [[(s.index, str(s.date), [(e.source.code, e.target.code, e.code, e.verb_start, e.confidence)
                                     for e in s.events]) for s in doc] for doc in coded]


def test_two_processes_code_what_one_does(documents):
    one = list(PATTERNS.pipe((d, WHEN) for d in documents))
    two = list(PATTERNS.pipe(((d, WHEN) for d in documents), n_process=2))
    assert len(two) == len(documents)
    assert _events(two) == _events(one)
    assert sum(len(s.events) for doc in one for s in doc) > 20  # the comparison is over real events


def test_one_process_codes_as_the_pipeline_does(documents):
    assert _events(PATTERNS.pipe((d, WHEN) for d in documents[:5])) == _events(PATTERNS(d, WHEN) for d in documents[:5])


@pytest.mark.skipif(load_spacy() is None, reason="spaCy's en_core_web_sm is not installed")
def test_parser_mode_in_two_processes(documents):
    parser = Pipeline(parser="spacy")
    one = list(parser.pipe((d, WHEN) for d in documents[:12]))
    assert _events(parser.pipe(((d, WHEN) for d in documents[:12]), n_process=2)) == _events(one)


class _Pid:
    def __call__(self, text, when):
        return os.getpid()


def test_the_work_runs_in_other_processes():
    pids = list(processes.imap(_Pid(), ((str(k), None) for k in range(40)), 2, chunksize=1))
    assert len(pids) == 40 and os.getpid() not in pids


def test_without_fork_the_documents_are_coded_here(monkeypatch):
    monkeypatch.setattr(processes, "can_fork", lambda: False)
    assert set(processes.imap(_Pid(), ((str(k), None) for k in range(6)), 2)) == {os.getpid()}


def test_minus_one_is_one_process_per_core():
    assert processes.resolve(-1) == (os.cpu_count() or 1)
    assert processes.resolve(3) == 3


@pytest.mark.parametrize("bad", [0, -2])
def test_a_bad_count_is_refused_before_any_work(bad):
    with pytest.raises(UsageError, match=f"--jobs {bad}"):
        PATTERNS.pipe([("text", None)], n_process=bad)


def _stored(path, documents, tmp_path, n_process):
    for k, d in enumerate(documents):
        (tmp_path / f"{n_process}_{k:02}.txt").write_text(d)
    files = sorted(str(p) for p in tmp_path.glob(f"{n_process}_*.txt"))
    with Store(path) as store:
        reports = ingest_documents(store, files, published=WHEN, pipeline=PATTERNS, n_process=n_process)
        rows = store.query("SELECT source_event_id, event_code, actor1_code, actor2_code, num_mentions FROM events "
                           "ORDER BY source_event_id")
        mentions = store.scalar("SELECT count(*) FROM event_mentions")
    return [(r.rows_read, r.rows_stored, r.events_new, r.mentions) for r in reports], rows, mentions


def test_ingest_in_two_processes_stores_what_one_does(documents, tmp_path):
    one = _stored(tmp_path / "one.duckdb", documents, tmp_path, 1)
    two = _stored(tmp_path / "two.duckdb", documents, tmp_path, 2)
    assert two == one and one[2] > 20


def test_cli_jobs_option(tmp_path, documents):
    f = tmp_path / "a.txt"
    f.write_text(" ".join(documents[:3]))
    args = ["ingest", "docs", str(f), "--date", "2025-11-20", "--parser", "none", "--store", str(tmp_path / "s.duckdb")]
    ok = CliRunner().invoke(app, args + ["--jobs", "2", "--json"])
    assert ok.exit_code == 0, ok.output
    bad = CliRunner().invoke(app, args + ["--jobs", "0"])
    assert bad.exit_code != 0 and "[DW301] --jobs 0" in bad.output and "Traceback" not in bad.output
