"""A statesman is his state's government, importance placed on relations, a visit made by one who "returned home
after" it, a date "on April 16, 1998" past its day's comma, "Sheikh Tamim bin Hamad Al Thani's state visit", a visit
in the present progressive dated after the story, and Liberia's presidents by surname: the readings session 38 took
from its third blind batch (fresh613-622, eval/gold/session38.jsonl)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.coder_helpers import PARSERS, coded


@pytest.mark.parametrize("parser", PARSERS)
def test_a_statesman_is_his_states_government(parser):
    got = coded("At the airport, the Angolan statesman was welcomed by the Zambian President, Edgar Lungu.",
                date(2018, 5, 3), parser)
    assert ("ZMBGOV", "AGOGOV", "043") in got


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("text", ["Kenya attaches great importance to its relations with Uganda.",
                                  "Kenya places great importance on its relations with Uganda."])
def test_importance_placed_on_relations_is_praise(parser, text):
    assert ("KEN", "UGA", "051") in coded(text, date(2023, 2, 24), parser)


@pytest.mark.parametrize("parser", PARSERS)
def test_who_returned_home_after_a_visit_made_it(parser):
    got = coded("President George Manneh Weah has returned home after a three-day state visit to Ghana.",
                date(2019, 4, 9), parser)
    assert ("LBRGOV", "GHA", "042") in got


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("when, history", [(date(2023, 9, 4), True), (date(2010, 9, 4), False)])
def test_a_year_past_the_days_comma(parser, when, history):
    got = coded("Cuba and the Dominican Republic reestablished bilateral relations on April 16, 1998.", when, parser)
    assert (("CUB", "DOM", "054") in got) is not history


@pytest.mark.parametrize("parser", PARSERS)
def test_a_visit_owned_past_the_lineage(parser):
    got = coded("Two deals were signed during Sheikh Tamim bin Hamad Al Thani's state visit to Muscat.",
                date(2025, 1, 29), parser)
    assert ("QATGOV", "OMN", "042") in got


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("story, arranged", [(date(2023, 4, 4), True), (date(2023, 4, 5), False)])
def test_a_visit_in_the_progressive_dated_after_the_story(parser, story, arranged):
    got = coded("President Christodoulides is paying a visit to Egypt on April 5.", story, parser)
    assert (("CYPGOV", "EGY", "036") in got and ("EGY", "CYPGOV", "036") in got) is arranged
    assert (("CYPGOV", "EGY", "042") in got) is not arranged


@pytest.mark.parametrize("parser", PARSERS)
def test_liberias_presidents_by_name(parser):
    assert ("LBRGOV", "CIVGOV", "040") in coded("President Ellen Johnson Sirleaf met Ivorian President Alassane "
                                               "Ouattara in Abidjan.", date(2016, 5, 2), parser)
    assert ("LBRGOV", "CIV", "042") in coded("President Weah arrived in Ivory Coast on Monday.", date(2019, 4, 9),
                                            parser)
