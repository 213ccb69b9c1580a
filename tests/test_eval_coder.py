"""The coder against gold-standard data, and PETRARCH/Phoenix dictionaries read as they are."""

from __future__ import annotations

import json
from datetime import date

import pytest
from typer.testing import CliRunner

from dyadwatch.cli import app
from dyadwatch.coding import actors as actor_dicts
from dyadwatch.coding.evaluate import FIELDS, evaluate
from dyadwatch.coding.petrarch import read_actors, read_agents, read_petrarch_gold, read_verbs
from dyadwatch.coding.text import tokenize


@pytest.fixture(scope="module")
def petr(shared):
    base = shared / "petrarch2/petrarch2/data"
    return {"unit": base / "text/PETR.UnitTest.records.xml", "dicts": base / "dictionaries"}


def test_unit_test_records_are_read_whole(petr):
    gold, env = read_petrarch_gold(petr["unit"])
    assert len(gold) == 284 and sum(len(g.events) for g in gold) == 359
    assert env["Actorfile"] == "PETR.Validate.actors.txt"


def test_petrarch_dictionaries_are_read(petr):
    actors = read_actors(petr["dicts"] / "PETR.Validate.actors.txt")
    read_agents(petr["dicts"] / "PETR.Validate.agents.txt", actors)
    found = lambda text, when=None: [m.code for m in actors.find(tokenize(text), when)]  # noqa: E731
    assert found("Arnor") == ["ARN"] and found("Minas Tirith") == ["GON"]
    assert found("Gollum", date(1996, 1, 1)) == ["HOBGOV"] and found("Gollum", date(2000, 1, 1)) == ["HOBREB"]
    assert found("Argentina") == ["ARG"]  # a PETRARCH stem
    assert found("Arnor's foreign minister") == ["ARNGOVFRM"]
    verbs = read_verbs(petr["dicts"] / "PETR.Validate.verbs.txt")
    assert verbs.lemma("restored") == "restore"
    assert any(p.code == "064" and "ties" in p.after for p in verbs.patterns["restore"])


def test_phoenix_dated_leaders_agree_with_our_office_holders(shared):
    phoenix = read_actors(shared / "petrarch2/petrarch2/data/dictionaries/Phoenix.Countries.actors.txt")
    ours = actor_dicts.bundled()
    checks = [("Ilham Aliyev", date(2010, 1, 1)), ("Heydar Aliyev", date(1998, 1, 1)),
              ("Elmar Mammadyarov", date(2010, 1, 1)), ("Vladimir Putin", date(2013, 1, 1)),
              ("Sergei Lavrov", date(2010, 1, 1)), ("Recep Tayyip Erdogan", date(2015, 1, 1)),
              ("Serzh Sargsyan", date(2010, 1, 1)), ("Mikheil Saakashvili", date(2010, 1, 1))]
    agree = 0
    for name, when in checks:
        theirs = [m.code for m in phoenix.find(tokenize(name), when)]
        mine = [m.code for m in ours.find(tokenize(name), when)]
        assert mine and mine[0][3:] in ("GOV", "MIL"), name
        agree += bool(theirs) and theirs[0][:6] == mine[0][:6]
    assert agree >= 6


def test_unit_tests_with_their_dictionaries_stay_above_thresholds(petr):
    result = evaluate(petr["unit"], parser="none")
    assert set(FIELDS) <= set(result) and result["sentences"] == 284 and result["events"] == 359
    # Regression thresholds: measured 0.69 / 0.51 (patterns mode) when they were last raised.
    assert result["root"]["f1"] >= 0.67
    assert result["triple"]["f1"] >= 0.49


def test_parser_mode_on_unit_tests(petr):
    from dyadwatch.coding.pipeline import load_spacy

    if load_spacy() is None:
        pytest.skip("spaCy English model not installed")
    result = evaluate(petr["unit"], parser="spacy")
    assert result["mode"] == "parser"
    # Measured 0.74 / 0.55 when last raised.
    assert result["root"]["f1"] >= 0.73 and result["triple"]["f1"] >= 0.54


def test_universal_petrarch_sample_with_our_dictionaries(shared):
    result = evaluate(shared / "UniversalPetrarch/UniversalPetrarch/tests/english_sample.xml", parser="none")
    assert result["sentences"] == 5
    # Measured 0.50 / 0.75: one of the four misses is a convention, not an error ("has agreed to
    # release" is the release itself, 0842, in this gold; an intent, 0353, in CAMEO's codebook).
    assert result["root"]["f1"] >= 0.45 and result["source"]["f1"] >= 0.7


def test_plover_records_are_scored_by_category(tmp_path):
    records = [
        {"id": "1", "date": "2023-05-03", "text": "Turkey praised Georgia on Monday.",
         "events": [{"source": "TUR", "target": "GEO", "event_type": "SUPPORT"}]},
        {"id": "2", "date": "2023-05-03", "text": "Iran condemned Azerbaijan.",
         "events": [{"source": "IRN", "target": "AZE", "event_type": "ACCUSE"}]},
        {"id": "3", "date": "2023-05-03", "text": "Armenia hosted Georgia.",
         "events": [{"source": "ARM", "target": "GEO", "event_type": "ASSAULT"}]},
    ]
    gold = tmp_path / "plover.json"
    gold.write_text(json.dumps(records))
    result = evaluate(gold, "plover", parser="none")
    assert result["triple"] == {"precision": 0.6667, "recall": 0.6667, "f1": 0.6667}
    assert result["dyad"] == result["triple"]  # country-level sides, PLOVER categories as roots
    assert result["source"]["f1"] == 1.0


def test_cli_eval_coder_json(petr):
    r = CliRunner().invoke(app, ["eval", "coder", str(petr["unit"]), "--format", "petrarch", "--json", "--parser", "none"])
    assert r.exit_code == 0, r.output
    obj = json.loads(r.stdout)
    assert {"root", "code", "source", "target", "triple", "sentences", "events"} <= set(obj)
    assert all(set(obj[f]) == {"precision", "recall", "f1"} for f in FIELDS)
    bad = CliRunner().invoke(app, ["eval", "coder", str(petr["unit"]), "--format", "xml"])
    assert bad.exit_code == 2 and "--format" in bad.output


# A validation file in UniversalPetrarch's shape: a doubled XML declaration, <EventCoding ...>
# never closed, categories that separate real news from constructed feature tests.
_UD_VALIDATION = """<?xml version='1.0' encoding='utf-8'?>
<?xml version='1.0' encoding='utf-8'?>
<Validation>
<Environment><Verbfile>CAMEO.2.0.txt</Verbfile></Environment>
<Sentences>
<Sentence category="NEWS" date="20230503" id="N_1" evaluate="true">
<EventCoding eventcode="051" sourcecode="TUR" targetcode="GEO" >
<Text>
Turkey praised Georgia on Monday.
</Text>
<Parse>
1\tTurkey\tTurkey\tPROPN\tNNP\t_\t2\tnsubj\t_\t_
</Parse></Sentence>
<Sentence category="NEWS" date="20230503" id="N_2" evaluate="true">
<EventCoding noevents="True" />
<Text>
Officials in Baku & Yerevan said little.
</Text>
</Sentence>
<Sentence category="TEST" date="20230503" id="T_1" evaluate="true">
<EventCoding eventcode="190" sourcecode="ARM" targetcode="GEO" >
<Text>
Armenia hosted Georgia.
</Text>
</Sentence>
</Sentences>
</Validation>
"""


def test_universal_petrarch_validation_files_are_read_despite_their_xml(tmp_path):
    path = tmp_path / "validation.xml"
    path.write_text(_UD_VALIDATION)
    gold, env = read_petrarch_gold(path)
    assert [(g.id, g.category, g.events) for g in gold] == [
        ("N_1", "NEWS", [("TUR", "GEO", "051")]), ("N_2", "NEWS", []), ("T_1", "TEST", [("ARM", "GEO", "190")])]
    assert env == {"Verbfile": "CAMEO.2.0.txt"} and gold[1].text == "Officials in Baku & Yerevan said little."


def test_category_filter_scores_only_the_chosen_records(tmp_path):
    path = tmp_path / "validation.xml"
    path.write_text(_UD_VALIDATION)
    news = evaluate(path, parser="none", categories=["news"])
    assert news["sentences"] == 2 and news["triple"]["f1"] == 1.0 and news["dyad"]["f1"] == 1.0
    everything = evaluate(path, parser="none")
    assert everything["sentences"] == 3 and everything["triple"]["recall"] == 0.5
    r = CliRunner().invoke(app, ["eval", "coder", str(path), "--category", "NEWS", "--json", "--parser", "none"])
    assert r.exit_code == 0 and json.loads(r.stdout)["sentences"] == 2
    bad = CliRunner().invoke(app, ["eval", "coder", str(path), "--category", "GOLD"])
    assert bad.exit_code == 2 and "--category" in bad.output and "Traceback" not in bad.output


def test_broken_gold_xml_names_the_file_and_line(tmp_path):
    path = tmp_path / "broken.xml"
    path.write_text("<Sentences>\n<Sentence id='1'>\n<Text>unclosed\n</Sentences>\n")
    r = CliRunner().invoke(app, ["eval", "coder", str(path)])
    assert r.exit_code != 0 and f"{path}:" in r.output and "Traceback" not in r.output


def test_dyad_field_compares_country_sides_and_roots():
    from collections import Counter

    from dyadwatch.coding.evaluate import views

    assert views([("USAGOV", "CHN", "042"), ("---REB", "IGOUNO", "1951")], False)["dyad"] == Counter(
        {("USA", "CHN", "04"): 1, ("---", "UN", "19"): 1})


def test_world_leaders_agree_with_phoenix_where_it_knows_them(shared):
    """Heads of state and government beyond the watched region, dated, against Phoenix's dictionary."""
    phoenix = read_actors(shared / "petrarch2/petrarch2/data/dictionaries/Phoenix.Countries.actors.txt")
    ours = actor_dicts.bundled()
    checks = [("Jacques Chirac", 2000), ("Angela Merkel", 2010), ("Tony Blair", 2000), ("Hu Jintao", 2008),
              ("Junichiro Koizumi", 2004), ("Manmohan Singh", 2010), ("Hosni Mubarak", 2000),
              ("Bashar al-Assad", 2010), ("Nouri al-Maliki", 2010), ("Pervez Musharraf", 2003), ("Kim Jong Il", 2005),
              ("Stephen Harper", 2010), ("Silvio Berlusconi", 2009), ("Donald Tusk", 2010),
              ("Viktor Yanukovych", 2011), ("Nicolas Sarkozy", 2010), ("Gordon Brown", 2009), ("Wen Jiabao", 2010),
              ("Saddam Hussein", 1995), ("Nawaz Sharif", 1998), ("Dilma Rousseff", 2012)]
    for name, year in checks:
        when = date(year, 6, 1)
        theirs = [m.code for m in phoenix.find(tokenize(name), when)]
        mine = [m.code for m in ours.find(tokenize(name), when)]
        assert theirs and mine and mine[0][:6] == theirs[0][:6], (name, mine, theirs)
    # and out of office they are elites, not the government
    assert [m.code for m in ours.find(tokenize("Angela Merkel"), date(2023, 1, 1))] == ["DEUELI"]


def test_world_leaders_table_agrees_with_phoenix_where_it_knows_them(shared):
    """world_leaders.csv (heads of state and government of states we do not watch) against Phoenix."""
    phoenix = read_actors(shared / "petrarch2/petrarch2/data/dictionaries/Phoenix.Countries.actors.txt")
    ours = actor_dicts.bundled()
    checks = [("Hamid Karzai", 2010), ("Jacob Zuma", 2012), ("Yoweri Museveni", 2010), ("Paul Kagame", 2010),
              ("Paul Biya", 2010), ("Abdelaziz Bouteflika", 2010), ("Hugo Chavez", 2010), ("Raul Castro", 2012),
              ("Evo Morales", 2010), ("Juan Manuel Santos", 2012), ("Mark Rutte", 2013), ("Robert Mugabe", 2010),
              ("Salva Kiir", 2012), ("Lee Hsien Loong", 2010), ("Hailemariam Desalegn", 2013),
              ("Boyko Borissov", 2010), ("Dalia Grybauskaite", 2010), ("Mahmoud Abbas", 2010),
              ("Daniel Ortega", 2010), ("King Mohammed VI", 2010), ("Hamad bin Isa Al Khalifa", 2010),
              # smaller states' heads, added in session 9
              ("Pierre Nkurunziza", 2010), ("Ismail Omar Guelleh", 2010), ("Faure Gnassingbe", 2010),
              ("Hassanal Bolkiah", 2010), ("Pravind Jugnauth", 2017), ("Mswati III", 2010)]
    for name, year in checks:
        when = date(year, 6, 1)
        theirs = [m.code for m in phoenix.find(tokenize(name), when)]
        mine = [m.code for m in ours.find(tokenize(name), when)]
        assert theirs and mine == theirs, (name, mine, theirs)
    assert [m.code for m in ours.find(tokenize("Macky Sall"), date(2025, 1, 1))] == ["SENELI"]


def test_story_ids_follow_petrarchs_convention():
    from dyadwatch.coding.evaluate import story_of

    assert story_of("AFP0808020625_4") == "AFP0808020625"
    assert story_of("DEMO-01") == "DEMO-01"  # no "_N": a story of its own
    assert story_of("NOTE_x") == "NOTE_x"


def test_by_story_codes_a_storys_sentences_as_one_document(tmp_path):
    """The second sentence names no country for "the ministry"; only the story's first sentence does."""
    from dyadwatch.coding.evaluate import evaluate

    gold = tmp_path / "stories.xml"
    gold.write_text("""<Sentences>
<Sentence date="20231226" id="S1_1" sentence="True" source="T"><Text>Azerbaijan's Foreign Ministry summoned the French ambassador on Tuesday.</Text>
<EventCoding sourcecode="AZEGOV" targetcode="FRAGOV" eventcode="114"/></Sentence>
<Sentence date="20231226" id="S1_2" sentence="True" source="T"><Text>The ministry said it had declared two French diplomats personae non gratae.</Text>
<EventCoding sourcecode="AZEGOV" targetcode="FRAGOV" eventcode="161"/></Sentence>
</Sentences>""")
    alone = evaluate(gold, parser="none")
    together = evaluate(gold, parser="none", by_story=True)
    assert together["by_story"] and not alone["by_story"]
    assert together["triple"]["recall"] == 1.0 > alone["triple"]["recall"]
