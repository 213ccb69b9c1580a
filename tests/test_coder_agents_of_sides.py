"""Which of a state's agents acted: the agent convention audit of session 22, read from the gold's wrong
triples whose countries and code were right (fresh133-296).  "the heads of state of A and B" are both
governments; "Egypt's water ministry" is Egypt's government; "the two countries' respective foreign
ministers" are each side's; a "he" opening a clause is the person named before it; and attending an
organisation's summit "in Uzbekistan" is a visit to Uzbekistan."""

from __future__ import annotations

from datetime import date

import pytest

from tests.coder_helpers import PARSERS, coded, pipeline

D = date(2022, 9, 16)


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("text, expected", [
    ("The agreement was signed following talks between the heads of state of Tajikistan and Kyrgyzstan.",
     {("TJKGOV", "KGZGOV", "046"), ("KGZGOV", "TJKGOV", "046")}),
    ("Talks between the heads of government of Malaysia and Singapore ended on Tuesday.",
     {("MYSGOV", "SGPGOV", "046"), ("SGPGOV", "MYSGOV", "046")}),
])
def test_heads_of_state_of_two_states_are_their_governments(parser, text, expected):
    assert expected <= coded(text, D, parser)


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("text, expected", [
    ("Egypt's water ministry blamed Ethiopia for the failure of the talks.", ("EGYGOV", "ETH", "112")),
    ("China's commerce ministry criticised Australia's decision.", ("CHNGOV", "AUS", "111")),
])
def test_a_states_portfolio_ministry_is_its_government(parser, text, expected):
    got = coded(text, D, parser)
    assert any((s, t, c[:3]) == expected for s, t, c in got)


@pytest.mark.parametrize("parser", PARSERS)
def test_a_pairs_respective_ministers_are_each_sides(parser):
    sentences = pipeline(parser).story(["Venezuela and Colombia agreed to meet on Monday.",
                                        "The two countries' respective foreign ministers met in Quito."], D)
    got = {(e.source.code, e.target.code, e.code) for e in sentences[1][0].events}
    assert {("VENGOV", "COLGOV", "040"), ("COLGOV", "VENGOV", "040")} <= got


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("text, when, expected", [
    ("President Xi Jinping hailed China's long-standing ties with Kazakhstan as he arrived in the Central Asian "
     "country on Tuesday for a state visit.", date(2022, 9, 14), ("CHNGOV", "KAZ", "042")),
    ("Erdogan praised Azerbaijan's victory when he arrived in Baku on Monday.", date(2023, 6, 12),
     ("TURGOV", "AZE", "042")),
])
def test_a_clauses_he_is_the_person_named_before(parser, text, when, expected):
    got = coded(text, when, parser)
    assert expected in got and (expected[0][:3], expected[1], "042") not in got


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("text, when, expected", [
    ("Erdogan attended a NATO summit in Vilnius on Tuesday.", date(2023, 7, 11), ("TURGOV", "LTU", "042")),
    ("Modi attended a summit of the Shanghai Cooperation Organisation in Uzbekistan.", D, ("INDGOV", "UZB", "042")),
])
def test_an_organisations_summit_in_a_state_is_a_visit_to_it(parser, text, when, expected):
    got = coded(text, when, parser)
    assert expected in got and not [e for e in got if e[2] == "042" and e[1].startswith("IGO")]
