"""The confidence model: features of a coded event, scoring, the filter component, training and files."""

from __future__ import annotations

import json
from datetime import date

import pytest
from typer.testing import CliRunner

from dyadwatch.cli import app
from dyadwatch.coding import confidence, train
from dyadwatch.coding.confidence import EventFilter, Lexicon, Model
from dyadwatch.coding.evaluate import evaluate, pipeline_for
from dyadwatch.coding.petrarch import GoldSentence
from dyadwatch.coding.pipeline import Pipeline
from dyadwatch.errors import UsageError

D = date(2024, 5, 1)
RULES = Pipeline(parser="none", model=None)


def _sentence(text: str):
    [s] = RULES(text, D)
    return s


def _features(text: str) -> list[dict[str, int]]:
    s = _sentence(text)
    lex = Lexicon()
    return [confidence.features(lex, s.tokens, s.mentions, e, [o for o in s.events if o is not e]) for e in s.events]


def test_features_name_the_code_the_verb_and_the_words_between_the_parties():
    [f] = _features("Russia sharply condemned the United States.")
    assert f["code:11"] == f["full:111"] == f["verb:condemned"] == f["dir:f"] == 1
    assert f["b:sharply"] == 1 and f["bc:11"] == 1 and f["bcf:11"] == 1  # "condemned" is between, an 11 verb
    assert f["ka:state"] == f["aa:-"] == f["afirst"] == f["norule"] == 1
    assert f == _features("Russia sharply condemned the United States.")[0]  # the same event, the same features


def test_a_reply_is_seen_from_the_other_event():
    fs = _features("Armenia met Azerbaijan.")
    assert len(fs) == 2 and all(f["rev:04"] == 1 and "norule" not in f for f in fs)


def test_right_is_the_same_two_countries_in_order_and_the_same_root():
    [e] = _sentence("Russia condemned the United States.").events
    assert confidence.right(e, [("RUSGOV", "USA", "112")])  # the office and the finer code do not matter
    assert not confidence.right(e, [("USA", "RUS", "111")])
    assert not confidence.right(e, [("RUS", "USA", "190")])


def test_the_model_is_a_logistic_score_against_a_threshold():
    m = Model({"code:11": 2.0, "dir:f": -1.0}, bias=0.0, threshold=0.5)
    assert m.probability({"code:11": 1}) == pytest.approx(0.8808, abs=1e-4)
    assert m.probability({"code:11": 1, "dir:f": 1}) == pytest.approx(0.7311, abs=1e-4)
    assert m.probability({"unknown": 1}) == 0.5
    assert m.probability({"code:11": 1000}) == pytest.approx(1.0)  # no overflow


def test_the_filter_sets_doubtful_events_apart_and_loses_none():
    s = _sentence("Armenia condemned Azerbaijan and Georgia met Turkey.")
    before = {(e.source.code, e.target.code, e.code) for e in s.events}
    EventFilter(Model({"code:04": -5.0}, bias=1.0, threshold=0.5))(s)
    assert {e.code[:2] for e in s.events} == {"11"} and {e.code[:2] for e in s.doubtful} == {"04"}
    assert {(e.source.code, e.target.code, e.code) for e in s.events + s.doubtful} == before
    assert all(0.0 <= e.confidence <= 1.0 for e in s.events + s.doubtful)
    assert all(e.confidence < 0.5 for e in s.doubtful)


def _examples(rows):
    return train.Examples([f for f, _ in rows], [y for _, y in rows])


def test_training_learns_what_separates_right_from_wrong_events():
    rows = [({"code:19": 1, "b:w%d" % i: 1}, 0) for i in range(20)] + [({"code:04": 1, "b:v%d" % i: 1}, 1) for i in range(20)]
    m = train.fit(_examples(rows), threshold=0.5, about="toy")
    assert m.probability({"code:19": 1}) < 0.4 < 0.6 < m.probability({"code:04": 1})
    assert m.about == "toy" and m.threshold == 0.5 and "code:19" in m.weights


def test_training_needs_right_and_wrong_events():
    with pytest.raises(UsageError, match="right and wrong"):
        train.fit(_examples([({"code:04": 1}, 1), ({"code:19": 1}, 1)]))


GOLD = [  # our own sentences; the rules read the last two the way the gold does not
    ("Russia condemned the United States.", [("RUS", "USA", "111")]),
    ("Turkey praised Georgia.", [("TUR", "GEO", "051")]),
    ("Armenia accused Azerbaijan of shelling border villages.", [("ARM", "AZE", "112")]),
    ("France praised Germany.", [("FRA", "DEU", "051")]),
    ("Iran met Iraq in a dream the minister described.", []),
    ("China condemned the report that Japan praised India.", [("CHN", "JPN", "111")]),
]


def _gold_file(tmp_path, sentences=GOLD):
    rows = "".join(f'<Sentence id="T_{i}" date="20240501">'
                   + "".join(f'<EventCoding sourcecode="{s}" targetcode="{t}" eventcode="{c}"/>' for s, t, c in events)
                   + f"<Text>{text}</Text></Sentence>" for i, (text, events) in enumerate(sentences, 1))
    path = tmp_path / "gold.xml"
    path.write_text(f"<Sentences>{rows}</Sentences>", "utf-8")
    return path


def test_examples_are_the_rules_events_labelled_by_the_gold():
    gold = [GoldSentence(str(i), D, text, events) for i, (text, events) in enumerate(GOLD)]
    ex = train.examples(RULES, gold)
    assert len(ex.labels) == len(ex.features) >= len(GOLD) and 0 < ex.right < len(ex.labels)


def test_a_saved_model_keeps_the_files_other_mode(tmp_path):
    path = tmp_path / "m.json"
    train.save(path, "patterns", Model({"code:04": 1.5}, -0.25, 0.3, "a"))
    train.save(path, "parser", Model({"code:19": -2.0}, 0.5, 0.4, "b"))
    assert confidence.load(path, "patterns") == Model({"code:04": 1.5}, -0.25, 0.3, "a")
    assert confidence.load(path, "parser").threshold == 0.4
    assert not list(tmp_path.glob("*.tmp"))


def test_a_file_that_is_no_model_is_a_usage_error_naming_it(tmp_path):
    bad = tmp_path / "notes.json"
    bad.write_text('{"patterns": {"weights": 3}}', "utf-8")
    with pytest.raises(UsageError, match="notes.json: not a confidence model"):
        confidence.load(bad, "patterns")
    with pytest.raises(UsageError, match="parser"):
        confidence.load(bad, "parser")
    bad.write_text("weights", "utf-8")
    with pytest.raises(UsageError, match="exists and is not a confidence model"):
        train.save(bad, "patterns", Model({}, 0.0, 0.3))


def test_the_bundled_model_runs_only_with_the_bundled_dictionaries(shared):
    for mode in ("patterns", "parser"):
        m = confidence.bundled(mode)
        assert m is not None and m.threshold == train.THRESHOLD and len(m.weights) > 1000 and m.about
    assert "confidence" in [c.name for c in Pipeline(parser="none").components]
    unit = shared / "petrarch2/petrarch2/data/text/PETR.UnitTest.records.xml"
    petr = pipeline_for(unit, {"Actorfile": "PETR.Validate.actors.txt", "Verbfile": "PETR.Validate.verbs.txt"},
                        parser="none")
    assert "confidence" not in [c.name for c in petr.components]  # its weights name our verbs, not PETRARCH's


def test_train_and_eval_from_the_command_line(tmp_path):
    gold, model = _gold_file(tmp_path), tmp_path / "model.json"
    r = CliRunner().invoke(app, ["train", "coder", str(gold), "--out", str(model), "--parser", "none", "--json"])
    assert r.exit_code == 0, r.output
    got = json.loads(r.stdout)
    assert got["mode"] == "patterns" and got["sentences"] == len(GOLD) and 0 < got["right"] < got["events"]
    assert json.loads(model.read_text("utf-8"))["patterns"]["about"] == f"{len(GOLD)} sentences in 1 gold file(s): gold.xml"
    kept = evaluate(gold, parser="none", model=str(model))
    every = evaluate(gold, parser="none", model="none")
    assert kept["root"]["precision"] >= every["root"]["precision"] and kept["events"] == every["events"]
    r = CliRunner().invoke(app, ["eval", "coder", str(gold), "--parser", "none", "--model", str(tmp_path / "none.json")])
    assert r.exit_code != 0 and "none.json: not a confidence model" in r.output


def test_leave_one_file_out_scores_the_rules_with_and_without_the_model(tmp_path):
    halves = []
    for name, part in (("a", [0, 1, 4]), ("b", [2, 3, 5])):  # a wrong reading in each
        (tmp_path / name).mkdir()
        halves.append(_gold_file(tmp_path / name, [GOLD[i] for i in part]))
    r = CliRunner().invoke(app, ["train", "coder", *map(str, halves), "--out", str(tmp_path / "m.json"),
                                 "--parser", "none", "--cv", "--json"])
    assert r.exit_code == 0, r.output
    cv = json.loads(r.stdout)["cv"]
    assert cv["sets"] == 2 and cv["sentences"] == len(GOLD) and cv["mode"] == "patterns"
    assert set(cv["rules"]) == set(cv["model"]) == {"root", "triple"}
    assert cv["model"]["root"]["precision"] >= cv["rules"]["root"]["precision"]
    r = CliRunner().invoke(app, ["train", "coder", str(halves[0]), "--out", str(tmp_path / "m.json"), "--cv"])
    assert r.exit_code == 2 and "--cv needs two or more gold files" in r.output


def test_ingested_documents_store_only_confident_events_and_count_the_doubtful(store, tmp_path):
    from dyadwatch.coding.ingest import ingest_documents

    doc = tmp_path / "story.txt"
    doc.write_text("Armenia condemned Azerbaijan. Georgia met Turkey.", "utf-8")
    doubting_meetings = Pipeline(parser="none", model=Model({"code:04": -5.0}, bias=1.0, threshold=0.5))
    [r] = ingest_documents(store, [str(doc)], published=D, pipeline=doubting_meetings)
    assert (r.events_new, r.doubtful) == (1, 2)  # the meeting is mutual: an event each way, both doubtful
    assert store.query("SELECT event_code FROM events WHERE dataset = 'docs'") == [("111",)]


def test_the_evaluation_says_which_model_ran(tmp_path):
    gold = _gold_file(tmp_path)
    assert evaluate(gold, parser="none", model="none")["model"] == "none"
    assert evaluate(gold, parser="none")["model"] == confidence.bundled("patterns").about


def test_each_stored_mention_keeps_its_confidence(store, tmp_path):
    from dyadwatch.coding.ingest import ingest_documents

    doc = tmp_path / "story.txt"
    doc.write_text("Armenia condemned Azerbaijan.", "utf-8")
    sure = Pipeline(parser="none", model=Model({"code:11": 2.0}, bias=0.0, threshold=0.5))
    ingest_documents(store, [str(doc)], published=D, pipeline=sure)
    assert store.query("SELECT confidence FROM event_mentions") == [(pytest.approx(0.8808, abs=1e-4),)]
    doc.write_text("Georgia condemned Turkey.", "utf-8")
    ingest_documents(store, [str(doc)], published=D, pipeline=RULES)  # no model: no score
    assert sorted(store.query("SELECT confidence IS NULL FROM event_mentions")) == [(False,), (True,)]


def test_an_unwritable_out_is_one_clear_line_before_any_training(tmp_path):
    gold = _gold_file(tmp_path)
    for out, said in ((tmp_path, "is a folder"), (tmp_path / "missing" / "m.json", "no folder")):
        r = CliRunner().invoke(app, ["train", "coder", str(gold), "--out", str(out), "--parser", "none"])
        assert r.exit_code == 2 and said in r.output and "Traceback" not in r.output
