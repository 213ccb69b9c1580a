"""What a visit is "aimed at", a modal with a time phrase before its verb ("will on Monday, May 6 begin"), two who
visit something together, "the two officials", a trip "of the newly elected" president, a meeting named in an
opening "During ..." phrase, a surname two office holders shared, and "who is on an official visit to": the readings
session 38 took from its second blind batch (fresh601-612, eval/gold/session38.jsonl)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.coder_helpers import PARSERS, coded, coded_sentences

WHEN = date(2024, 5, 2)


@pytest.mark.parametrize("parser", PARSERS)
def test_what_a_visit_is_aimed_at_is_not_coded(parser):
    got = coded("South Korean President Yoon Suk Yeol arrived in Manila for a state visit aimed at boosting relations "
                "with the Philippines.", WHEN, parser)
    assert ("KORGOV", "PHL", "042") in got and not any(c[:2] == "05" for _, _, c in got)


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("when", ["on Monday, May 6", "next week", "on Tuesday"])
def test_a_time_phrase_between_the_modal_and_its_verb(parser, when):
    got = coded(f"Kenyan President William Ruto will {when} begin a two-day state visit to Uganda.", WHEN, parser)
    assert {("KENGOV", "UGA", "036"), ("UGA", "KENGOV", "036")} <= got and ("KENGOV", "UGA", "042") not in got


@pytest.mark.parametrize("parser", PARSERS)
def test_those_who_visit_together_do_not_visit_each_other(parser):
    got = coded("President William Ruto and his Ugandan counterpart visited an exhibition featuring the land and "
                "people of the two countries.", WHEN, parser)
    assert not any(c == "042" for _, _, c in got)


@pytest.mark.parametrize("parser", PARSERS)
def test_a_visit_to_a_site_in_a_state_stays_a_visit(parser):
    got = coded("President William Ruto visited a factory in Uganda on Monday.", WHEN, parser)
    assert ("KENGOV", "UGA", "042") in got


@pytest.mark.parametrize("parser", PARSERS)
def test_the_two_officials_are_the_last_pair(parser):
    _, got = coded_sentences("Bulgarian Foreign Minister Ekaterina Zaharieva met Romanian Foreign Minister Teodor "
                             "Melescanu in Sofia. The two officials talked about the Schengen area.", date(2018, 2, 16),
                             parser)
    assert {("BGRGOV", "ROUGOV", "040"), ("ROUGOV", "BGRGOV", "040")} <= got


@pytest.mark.parametrize("parser", PARSERS)
def test_a_trip_of_the_newly_elected_president(parser):
    got = coded("It is the first trip of the newly elected Latvian president to Lithuania.", date(2015, 7, 20), parser)
    assert ("LVAGOV", "LTU", "042") in got


@pytest.mark.parametrize("parser", PARSERS)
def test_a_meeting_in_an_opening_during_phrase_happens_when_its_clause_does(parser):
    _, got = coded_sentences("Latvian President Egils Levits arrived in Vilnius on Monday to meet Lithuanian President "
                             "Gitanas Nauseda. During their meeting, the two presidents will address regional "
                             "security.", date(2019, 9, 2), parser)
    assert ("LVAGOV", "LTUGOV", "036") in got and not any(c == "040" for _, _, c in got)


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("when, in_office", [(date(2021, 3, 19), True), (date(2010, 6, 1), True),
                                             (date(2017, 7, 13), False)])
def test_a_surname_two_office_holders_shared(parser, when, in_office):
    got = coded("Rajapaksa will hold bilateral meetings with Hasina in Dhaka.", when, parser)
    assert (("LKAGOV", "BGDGOV", "036") in got) is in_office


@pytest.mark.parametrize("parser", PARSERS)
def test_who_is_on_an_official_visit_to_a_capital(parser):
    got = coded("The minister met Bulgarian Foreign Minister Ekaterina Zaharieva, who is on an official visit to "
                "Bucharest.", date(2018, 2, 16), parser)
    assert ("BGRGOV", "ROU", "042") in got
