"""Who the subject is when the dictionary sees only part of it: "China's Commerce Ministry", "the UN's body ... it"."""

from __future__ import annotations

from datetime import date

import pytest

from dyadwatch.coding import actors
from dyadwatch.coding.text import tokenize
from tests.coder_helpers import PARSERS, coded

D = date(2025, 3, 4)


@pytest.mark.parametrize("text, office, code", [
    ("China's Commerce Ministry reiterated its opposition.", "China 's Commerce Ministry", "CHNGOV"),
    ("Russia's Defence Ministry said the drones were downed.", "Russia 's Defence Ministry", "RUSMIL"),
    # a typographic apostrophe is an apostrophe
    ("Baku summoned Russia’s chargé d’affaires on Saturday.", "Russia ’s chargé d’affaires", "RUSGOV"),
])
def test_a_portfolio_between_a_state_and_its_office(text, office, code):
    assert (office, code) in [(m.text, m.code) for m in actors.bundled().find(tokenize(text), D)]


@pytest.mark.skipif("spacy" not in PARSERS, reason="needs the spaCy model: the subject phrase comes from the parse")
def test_an_institutions_it_is_the_owner_of_the_subject_phrase():
    got = coded("The UN's most powerful body said it deplored all North Korean ballistic missile activity.", D, "spacy")
    assert ("IGOUNO", "PRK", "111") in got


@pytest.mark.parametrize("text, expected", [
    ("The Knesset condemned the Turkish decision.", ("ISRLEG", "TUR", "111")),
    ("The US Treasury Department on Wednesday announced sanctions against Russia's two largest oil companies, "
     "Rosneft and Lukoil.", ("USAGOV", "RUSBUS", "163")),
    ("The IRGC seized a British tanker in the Strait of Hormuz.", ("IRNMIL", "GBR", "1711")),
])
def test_an_institution_named_by_its_own_name_is_its_states(text, expected):
    assert expected in coded(text, date(2024, 3, 1), "none")


def test_every_institution_belongs_to_a_known_state():
    from dyadwatch import reference
    from dyadwatch.coding.mentions import data_rows

    rows = data_rows("institutions.csv")
    assert rows and all(r["code"][:3] in reference.countries() and len(r["code"]) == 6 for r in rows)


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("text, expected", [
    # a second verb of a joint subject, after "and"
    ("China and Vietnam reset their diplomatic ties and signed a slew of agreements on Monday.",
     {("CHN", "VNM", "057"), ("VNM", "CHN", "057")}),
    # "the two countries" stands for a pair joined by a dash; their ministers are each side's (session 22)
    ("The Philippines-Japan Reciprocal Access Agreement was signed by the two countries' ministers.",
     {("PHLGOV", "JPN", "057"), ("JPNGOV", "PHL", "057")}),
    # approving a sale of arms is an intent to provide military aid
    ("The U.S. State Department has approved the possible sale to Taiwan of Abrams tanks and Stinger missiles.",
     {("USAGOV", "TWN", "0332")}),
    # a spelling of a leader's name
    ("Erdogan met with President Abdul Fattah Al Sissi at Cairo's Ittihadiya palace.",
     {("TURGOV", "EGYGOV", "040"), ("EGYGOV", "TURGOV", "040")}),
])
def test_subjects_pairs_and_names(parser, text, expected):
    assert expected <= coded(text, date(2024, 2, 14), parser)


@pytest.mark.parametrize("parser", PARSERS)
def test_whom_a_speaker_tells_is_no_agent_of_what_is_told(parser):
    from tests.coder_helpers import pipeline

    text = "Prime Minister Andrej Babis told reporters that the decision to expel the Russians was made on evidence."
    sentences = pipeline(parser)(text, date(2021, 4, 17))
    assert not [e for s in sentences for e in s.events + s.unattributed if e.source.code.endswith("MED")]


@pytest.mark.parametrize("name, when, code", [
    ("Foreign Minister Ayman Safadi", date(2023, 11, 1), "JORGOV"),
    ("Huitfeldt", date(2023, 4, 13), "NORGOV"),
    ("Huitfeldt", date(2024, 4, 13), "NORELI"),  # out of office
    ("Grlic Radman", date(2023, 3, 27), "HRVGOV"),
])
def test_foreign_ministers_in_their_terms(name, when, code):
    found = actors.bundled().find(tokenize(f"{name} said on Monday."), when)
    assert [m.code for m in found] == [code]


@pytest.mark.parametrize("parser", PARSERS)
def test_a_thing_standing_for_a_relative_pronoun_is_no_actor(parser):
    text = ("China has dropped its tariffs against Australian barley, putting an end to a dispute that went to the "
            "World Trade Organisation and helped relations between Beijing and Canberra to fall.")
    found = coded(text, date(2023, 8, 4), parser)
    assert ("CHN", "AUS", "085") in found and not [e for e in found if e[2] == "070"]
    # "that" after a verb of saying is no relative pronoun
    assert ("PAK", "IND", "036") in coded(
        "Pakistan and India on Thursday announced that they will resume the peace talks.", date(2010, 2, 25), parser)


def test_insisting_that_something_is_so_is_no_demand():
    assert not [e for e in coded("Denmark and Greenland insist that the island is not for sale.", date(2025, 3, 1))
                if e[2].startswith("10")]


@pytest.mark.parametrize("parser", PARSERS)
def test_whom_a_verb_acts_on_is_named_before_another_verbs_that_clause(parser):
    text = ("Iran asserted that it targeted an Iranian terrorist group and clarified that no Pakistani nationals "
            "were harmed in the strikes.")
    assert not [e for e in coded(text, date(2024, 1, 18), parser) if e[1].startswith("PAK")]


@pytest.mark.parametrize("parser", PARSERS)
def test_a_passive_with_no_one_as_its_subject_did_not_happen(parser):
    assert coded("Officials said no Azerbaijani diplomats were expelled by Iran.", date(2023, 1, 27), parser) == set()


@pytest.mark.parametrize("parser", PARSERS)
def test_an_object_of_a_preposition_with_its_article_is_no_subject(parser):
    found = coded("South Africa's submission to the International Court of Justice alleges that Israel committed "
                  "genocide in Gaza.", date(2023, 12, 29), parser)
    assert ("ZAF", "ISR", "112") in found and not [e for e in found if e[0].startswith("IGO")]


@pytest.mark.parametrize("parser", PARSERS)
def test_a_subject_whose_title_the_parse_tears_away_is_still_the_named_actor(parser):
    """spaCy hangs "the President of Turkmenistan" on "Ashgabat" and leaves "Gurbanguly Berdimuhamedov" as the
    subject: the actor whose words hold the subject is the one meant, not "a subject that is no actor"."""
    got = coded("On April 29, in Ashgabat the President of Turkmenistan Gurbanguly Berdimuhamedov hosted the "
                "President of Uzbekistan Shavkat Mirziyoyev.", date(2021, 4, 29), parser)
    assert ("TKMGOV", "UZBGOV", "043") in got
