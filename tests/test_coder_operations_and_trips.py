""""After his Kuwait visit, Erdogan arrived", a state's "intervention in" another, joint military operations, an
accord "signed in Rome on Monday by" two leaders, a fight against a thing, a visit to come on which a meeting is
planned, "talks with" two presidents, an infinitive joined to a forecast, places joined after "went to", a family
name after "bin", and an assembly of no named state met on a visit: the readings session 35 took from its first
blind batch (fresh490-499, eval/gold/session35.jsonl)."""

from __future__ import annotations

from datetime import date

import pytest

from dyadwatch.coding.modality import announced
from dyadwatch.coding.text import tokenize
from tests.coder_helpers import PARSERS, coded, coded_sentences

DOHA = date(2025, 10, 22)


@pytest.mark.parametrize("parser", PARSERS)
def test_his_place_visit_in_an_opening_phrase_is_the_subjects(parser):
    got = coded("After his Kuwait visit, Erdogan arrived in the Qatari capital Doha on Tuesday for an official visit.",
                DOHA, parser)
    assert {("TURGOV", "KWT", "042"), ("TURGOV", "QAT", "042")} <= got
    assert not any(s == "KWT" for s, _, _ in got)


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("text", ["After the United States' intervention in Venezuela, Mexico became the largest "
                                  "supplier of oil to the island.",
                                  "Russia's military intervention in Syria began in 2015."])
def test_a_states_intervention_in_another_is_force(parser, text):
    got = coded(text, DOHA, parser)
    assert any(c == "190" for _, _, c in got) and not any(t == "MEX" for _, t, _ in got)


@pytest.mark.parametrize("parser", PARSERS)
def test_a_joint_military_operation_extended_is_military_cooperation(parser):
    got = coded("Uganda has extended its joint military operation with the Democratic Republic of Congo (DRC) to "
                "hunt down the Allied Democratic Forces rebels for another six months.", date(2022, 6, 2), parser)
    assert {("UGA", "COD", "062"), ("COD", "UGA", "062")} <= got


@pytest.mark.parametrize("parser", PARSERS)
def test_a_joint_operation_between_two_armies(parser):
    got = coded("The joint operation between the Congolese army and the Uganda People's Defence Forces started late "
                "last year.", date(2022, 6, 2), parser)
    assert {("CODMIL", "UGAMIL", "062"), ("UGAMIL", "CODMIL", "062")} <= got


@pytest.mark.parametrize("parser", PARSERS)
def test_bilateral_relations_held_are_no_military_operation(parser):
    got = coded("Chakwera went to Zambia where he also held bilateral relations with President Edgar Lungu.",
                date(2020, 10, 6), parser)
    assert not any(c == "062" for _, _, c in got)


@pytest.mark.parametrize("parser", PARSERS)
def test_an_accord_signed_in_a_capital_on_a_day_by_two_leaders(parser):
    got = coded("Italy is to build two migration centres in Albania under an accord signed in Rome on Monday by "
                "premier Giorgia Meloni and her Albanian counterpart Edi Rama.", date(2023, 11, 6), parser)
    assert {("ITAGOV", "ALBGOV", "057"), ("ALBGOV", "ITAGOV", "057")} <= got


@pytest.mark.parametrize("parser", PARSERS)
def test_two_states_fighting_a_thing_do_not_fight_each_other(parser):
    assert not coded("Hungary and Austria pledged to fight climate change.", DOHA, parser)


@pytest.mark.parametrize("parser", PARSERS)
def test_two_states_that_fought_for_hours_fought_each_other(parser):
    got = coded("Armenia and Azerbaijan fought for hours.", DOHA, parser)
    assert {("ARM", "AZE", "190"), ("AZE", "ARM", "190")} <= got


@pytest.mark.parametrize("parser", PARSERS)
def test_a_meeting_to_come_during_a_visit_is_the_visit_to_come(parser):
    got = coded("British Prime Minister Keir Starmer will meet Taoiseach Simon Harris at Farmleigh House during a "
                "visit to Ireland.", date(2024, 9, 7), parser)
    assert {("GBRGOV", "IRL", "036"), ("IRL", "GBRGOV", "036"), ("GBRGOV", "IRLGOV", "036")} <= got
    assert not any(c == "042" for _, _, c in got)


@pytest.mark.parametrize("parser", PARSERS)
def test_talks_with_two_presidents_pair_each_with_the_host_only(parser):
    got = coded("Chakwera held bilateral talks with presidents Edgar Lungu and Emmerson Mnangagwa.",
                date(2020, 10, 6), parser)
    assert {("MWIGOV", "ZMBGOV", "046"), ("MWIGOV", "ZWEGOV", "046")} <= got
    assert ("ZMBGOV", "ZWEGOV", "046") not in got


@pytest.mark.parametrize("parser", PARSERS)
def test_trilateral_talks_with_two_leaders_pair_all_three(parser):
    got = coded("Putin held trilateral talks with Aliyev and Pashinyan.", date(2021, 1, 11), parser)
    assert ("AZEGOV", "ARMGOV", "046") in got


@pytest.mark.parametrize("parser", PARSERS)
def test_an_infinitive_joined_to_a_forecast_is_forecast_too(parser):
    got = coded("Following the meeting, the delegations of Türkiye and Qatar are expected to hold talks and attend a "
                "signing ceremony for a series of bilateral agreements.", DOHA, parser)
    assert not any(c == "057" for _, _, c in got)


@pytest.mark.parametrize("text, word, how", [
    ("The two sides are expected to hold talks and attend a signing ceremony.", "attend", "forecast"),
    ("The two sides agreed to hold talks and sign a deal.", "sign", "commissive"),
    ("The two sides agreed to a ceasefire and signed a deal.", "signed", None),
    ("The two sides went to Baku and signed a deal.", "signed", None),
])
def test_a_verb_joined_to_an_infinitive_is_governed_alike(text, word, how):
    tokens = tokenize(text)
    assert announced(tokens, next(t.i for t in tokens if t.lower == word)) == how


@pytest.mark.parametrize("parser", PARSERS)
def test_places_joined_after_went_to_are_visited(parser):
    got = coded("Recently Chakwera went to Zambia and Zimbabwe.", date(2020, 10, 6), parser)
    assert {("MWIGOV", "ZMB", "042"), ("MWIGOV", "ZWE", "042")} <= got


@pytest.mark.parametrize("parser", PARSERS)
def test_a_family_name_after_bin_names_the_emir_later(parser):
    _, second = coded_sentences("President Recep Tayyip Erdogan met with Qatari Emir Sheikh Tamim bin Hamad Al Thani "
                                "in Doha on Wednesday. The one-on-one meeting between Erdogan and Al Thani is being "
                                "held behind closed doors.", DOHA, parser)
    assert {("TURGOV", "QATGOV", "040"), ("QATGOV", "TURGOV", "040")} <= second


@pytest.mark.parametrize("parser", PARSERS)
def test_an_assembly_of_no_named_state_met_on_a_visit_is_the_hosts(parser):
    _, second = coded_sentences("President of the Republic of Korea Yoon Suk Yeol left Hanoi on June 24, wrapping up a "
                                "three-day State visit to Vietnam. He also had meetings with Prime Minister Pham Minh "
                                "Chinh and National Assembly Chairman Vuong Dinh Hue.", date(2023, 6, 25), parser)
    assert {("KORGOV", "VNMLEG", "040"), ("VNMLEG", "KORGOV", "040")} <= second


@pytest.mark.parametrize("parser", PARSERS)
def test_officials_met_on_a_visit_stay_unattributed(parser):
    _, second = coded_sentences("Turkmen President Gurbanguly Berdimuhamedov arrived in Baku on a visit. Officials met "
                                "President Gurbanguly Berdimuhamedov at the airport.", date(2021, 1, 11), parser)
    assert not any(c == "040" for _, _, c in second)


@pytest.mark.parametrize("parser", PARSERS)
def test_a_company_in_a_list_of_names_is_no_verb(parser):
    got = coded("One of the licenses permits a group of major oil companies - Chevron, BP, Eni, Shell and Repsol - to "
                "restart oil and gas operations in Venezuela.", date(2024, 11, 22), parser)
    assert not any(c == "194" for _, _, c in got)
