"""A second verb joined to a modal's far back ("will pay a courtesy call on ... and have a meeting with"); a bare
invitation after "upon"; enterprises as businesses; a host and a "visiting" guest as one pair; ties elevated; a day
spent in a city; a king who goes by his given name: the readings session 45 took from its second blind batch
(fresh879-890, eval/gold/session45.jsonl)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.coder_helpers import PARSERS, coded, coded_sentences


@pytest.mark.parametrize("parser", PARSERS)
def test_a_meeting_joined_to_a_far_modal_is_to_come(parser):
    got = coded("Norwegian Prime Minister Jens Stoltenberg will pay a courtesy call on Indian President A P J Abdul "
                "Kalam and have a meeting with Indian Prime Minister Manmohan Singh.", date(2005, 12, 6), parser)
    assert {("NORGOV", "INDGOV", "036"), ("INDGOV", "NORGOV", "036")} <= got
    assert not any(code == "040" for _, _, code in got)


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("invitation", ["upon official invitation of", "on invitation of"])
def test_a_bare_invitation_after_its_preposition(parser, invitation):
    got = coded(f"Iranian Foreign Minister Mohammad Javad Zarif arrived in Beijing for a three-day visit {invitation} "
                "his Chinese counterpart.", date(2019, 9, 4), parser)
    assert ("CHNGOV", "IRNGOV", "036") in got


@pytest.mark.parametrize("parser", PARSERS)
def test_enterprises_are_businesses(parser):
    got = coded("On Monday, Chinese and Finnish enterprises signed several agreements on cooperation.",
                date(2026, 1, 27), parser)
    assert {("CHNBUS", "FINBUS", "057"), ("FINBUS", "CHNBUS", "057")} <= got


@pytest.mark.parametrize("parser", PARSERS)
def test_a_host_and_his_visiting_guest_are_one_pair(parser):
    got = coded("President Xi Jinping and visiting Colombian President Gustavo Petro announced the upgrading of the "
                "countries' ties during their talks in Beijing.", date(2023, 10, 26), parser)
    assert {("CHNGOV", "COLGOV", "046"), ("COLGOV", "CHNGOV", "046"), ("COLGOV", "CHN", "042")} <= got


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("verb", ["elevated", "upgraded"])
def test_ties_elevated_are_coded_as_the_decision(parser, verb):
    got = coded(f"China and Colombia {verb} their relations to a strategic partnership on Wednesday.",
                date(2023, 10, 26), parser)
    assert {("CHN", "COL", "032"), ("COL", "CHN", "032")} <= got
    assert not any(code == "050" for _, _, code in got)


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("spell", ["spent his second day", "spends two days", "spent the weekend"])
def test_time_spent_in_a_city_is_a_visit(parser, spell):
    got = coded(f"Brazilian President Luiz Inacio Lula da Silva {spell} in Beijing.", date(2009, 5, 19), parser)
    assert ("BRAGOV", "CHN", "042") in got


@pytest.mark.parametrize("parser", PARSERS)
def test_money_spent_in_a_state_is_no_visit(parser):
    got = coded("Brazilian President Luiz Inacio Lula da Silva spent billions in China.", date(2009, 5, 19), parser)
    assert ("BRAGOV", "CHN", "042") not in got


@pytest.mark.parametrize("parser", PARSERS)
def test_a_king_named_later_by_his_given_name(parser):
    later = coded_sentences("Jordanian King Abdullah II Bin Al-Hussein arrived in Beijing on Monday. Abdullah met "
                            "Chinese President Hu Jintao on Tuesday.", date(2007, 10, 31), parser)[1]
    assert ("JORGOV", "CHNGOV", "040") in later
