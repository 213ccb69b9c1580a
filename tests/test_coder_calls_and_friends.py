"""A courtesy call whose clause ends before a later "for"; a guest "visiting" past a rank; a state regarded as a
friend or partner; a visit one "would like" to make: the readings session 46 took from its second blind batch
(fresh911-922, eval/gold/session46.jsonl)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.coder_helpers import PARSERS, coded


@pytest.mark.parametrize("parser", PARSERS)
def test_a_courtesy_call_is_a_meeting_whatever_another_clause_asks_for(parser):
    got = coded("Hungarian Prime Minister Viktor Orban called on the President, Pranab Mukherjee, on Thursday, and "
                "said Hungary supported India's bid for a permanent seat.", date(2013, 10, 17), parser)
    assert {("HUNGOV", "INDGOV", "040"), ("INDGOV", "HUNGOV", "040")} <= got
    assert not any(code == "020" for _, _, code in got)


@pytest.mark.parametrize("parser", PARSERS)
def test_an_appeal_past_a_relative_clause_is_still_an_appeal(parser):
    got = coded("The UN chief called on Hamas, which holds the hostages, to release them.", date(2024, 1, 5), parser)
    assert any(code[:2] == "02" for _, _, code in got)


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("where, visit", [("", None), (" in Ljubljana", ("CHNGOV", "SVN", "042"))])
def test_a_visiting_guest_past_a_rank(parser, where, visit):
    got = coded(f"Slovenian President Borut Pahor met with visiting senior Chinese diplomat Yang Jiechi{where} on "
                "Wednesday.", date(2021, 5, 26), parser)
    assert {("SVNGOV", "CHNGOV", "040"), ("CHNGOV", "SVNGOV", "040")} <= got
    assert ("SVNGOV", "CHN", "042") not in got
    assert visit is None or visit in got


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("sentence", ["Song said China regarded Croatia as a good friend and a good partner.",
                                      "Song said China considers Croatia a reliable partner."])
def test_a_state_regarded_as_a_friend_is_praised(parser, sentence):
    assert ("CHN", "HRV", "051") in coded(sentence, date(2012, 10, 26), parser)


@pytest.mark.parametrize("parser", PARSERS)
def test_a_state_regarded_as_a_threat_is_not_praised(parser):
    got = coded("China considers Russia as a threat.", date(2012, 10, 26), parser)
    assert ("CHN", "RUS", "051") not in got


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("wish", ["would like “to visit India in the future”", "would love to visit India"])
def test_a_visit_one_would_like_to_make_is_meant(parser, wish):
    got = coded(f"Speaking in the Dáil on Tuesday, Taoiseach Leo Varadkar said he {wish}.", date(2017, 10, 4), parser)
    assert ("IRLGOV", "IND", "036") in got
    assert ("IRLGOV", "IND", "042") not in got
