"""A tour's later stops are still to come; ties cherished or praised between two states are hailed; what a visit by
someone will do is its effect; a tour's traveller "intends" or "plans" a schedule both sides keep; aid sent as medical
teams or scholarships; "the Asian country" after a city "the capital of" its state; leaders the dictionary lacked; a
state called an important partner: the readings session 43 took from its second blind batch (fresh813-824,
eval/gold/session43.jsonl)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.coder_helpers import PARSERS, coded, coded_sentences

WHEN = date(2019, 5, 14)


@pytest.mark.parametrize("parser", PARSERS)
def test_a_tours_later_stops_are_to_come(parser):
    got = coded("Indian Prime Minister Narendra Modi left Delhi on Sunday for Suva, the first stop on a Pacific tour "
                "that includes Samoa, Tonga and Vanuatu.", WHEN, parser)
    assert ("INDGOV", "FJI", "042") in got
    for stop in ("WSM", "TON", "VUT"):
        assert ("INDGOV", stop, "036") in got
        assert not any(target == stop and code == "042" for _, target, code in got)


@pytest.mark.parametrize("parser", PARSERS)
def test_a_tour_that_included_stops_is_no_schedule(parser):
    got = coded("Modi visited Fiji last year on a tour that included Samoa and Tonga.", WHEN, parser)
    assert not any(code == "036" for _, _, code in got)


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("verb", ["has cherished", "praised", "lauded", "welcomed"])
def test_ties_cherished_between_two_states_are_hailed(parser, verb):
    got = coded(f"Fijian Prime Minister Frank Bainimarama {verb} the long and cordial relationship between Fiji and "
                "India.", WHEN, parser)
    assert ("FJIGOV", "IND", "051") in got


@pytest.mark.parametrize("parser", PARSERS)
def test_ties_highlighted_without_a_fine_word_are_no_praise(parser):
    got = coded("Fijian Prime Minister Frank Bainimarama highlighted the review of relations between Fiji and "
                "India.", WHEN, parser)
    assert ("FJIGOV", "IND", "051") not in got


@pytest.mark.parametrize("parser", PARSERS)
def test_what_a_visit_by_someone_will_do_is_its_effect(parser):
    got = coded("The minister said that the visit by the Indian Prime Minister will strengthen bilateral relations "
                "with Fiji.", WHEN, parser)
    assert not any(code == "032" for _, _, code in got)


@pytest.mark.parametrize("parser", PARSERS)
def test_a_visit_one_intends_is_both_sides_plan(parser):
    got = coded("The Emir of Qatar intends to travel to India next week.", WHEN, parser)
    assert {("QATGOV", "IND", "036"), ("IND", "QATGOV", "036")} <= got


@pytest.mark.parametrize("parser", PARSERS)
def test_a_meeting_the_pair_plans_to_hold_is_to_come(parser):
    got = coded_sentences("Indian Prime Minister Narendra Modi arrived in Fiji on Monday. He will be received by "
                          "Fijian Prime Minister Frank Bainimarama. The two heads of government plan to hold a "
                          "bilateral meeting on Tuesday.", WHEN, parser)
    assert ("INDGOV", "FJIGOV", "036") in got[2]
    assert not any(code == "040" for _, _, code in got[2])


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("aid", ["sent two medical teams", "provided scholarships", "offered scholarships"])
def test_medical_teams_and_scholarships_are_aid(parser, aid):
    got = coded(f"India has {aid} to Fiji.", WHEN, parser)
    assert ("IND", "FJI", "070") in got


@pytest.mark.parametrize("parser", PARSERS)
def test_the_asian_country_after_the_capital_of_a_state_is_that_state(parser):
    got = coded("Indian Prime Minister Narendra Modi arrived in Tokyo, the capital of Japan, to start a state visit "
                "to the Asian country after a similar one to China last week.", WHEN, parser)
    assert ("INDGOV", "JPN", "042") in got
    assert not any(source == "JPN" for source, _, _ in got)


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("name, when, code", [("John Evans Atta Mills", date(2010, 9, 29), "GHAGOV"),
                                               ("Sheikh Sabah Al-Ahmad", date(2018, 7, 6), "KWTGOV"),
                                               ("Jakaya Kikwete", date(2010, 3, 1), "TZAGOV"),
                                               ("Goodluck Jonathan", date(2013, 3, 1), "NGAGOV")])
def test_leaders_of_the_batch_are_in_the_dictionary(parser, name, when, code):
    got = coded(f"President {name} arrived in Tokyo on Monday.", when, parser)
    assert (code, "JPN", "042") in got


@pytest.mark.parametrize("parser", PARSERS)
def test_a_state_called_an_important_partner_is_praised(parser):
    got = coded("Erdogan stressed that Uzbekistan is an important partner of Turkey.", date(2017, 10, 12), parser)
    assert ("TURGOV", "UZB", "051") in got
