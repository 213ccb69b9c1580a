"""Insulting names as criticism and envoys withdrawn by a noun: the readings session 16 took from its fourth blind
round (fresh127-128)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.coder_helpers import PARSERS, coded, pipeline

D = date(2024, 10, 14)


@pytest.mark.parametrize("parser", PARSERS)
def test_naming_a_government_a_dictatorship_criticises_it(parser):
    got = coded("Bilateral relations had been on the brink of collapse after Pope Francis referred to the government "
                "of Socialist President Daniel Ortega in an interview last week as a dictatorship.", date(2023, 3, 19),
                parser)
    assert ("VATGOV", "NICGOV", "111") in got
    assert ("USAGOV", "CHNGOV", "111") in coded("Biden called Xi a dictator.", D, parser)
    # ruling as a dictator names no one judged
    assert not coded("Lukashenko has ruled Belarus as a dictator since 1994.", D, parser)


def test_a_withdrawal_of_envoys_cuts_relations():
    story = ["On Monday, India expelled six Canadian diplomats as tensions escalate between the two nations.",
             "The decision follows India's withdrawal of its High Commissioner and other diplomats after they were "
             "labeled as persons of interest by Ottawa."]
    second = {(e.source.code, e.target.code, e.code) for s in pipeline("none").story(story, D)[1] for e in s.events}
    assert second and all(e[2] == "161" for e in second)
    # troops withdrawn still withdraw
    assert ("FRA", "TCD", "087") in coded("France started the withdrawal of its troops from Chad.", D)
