"""A holder named inside "President X, Jr. of Palau" and a description set off after him, a meeting to come during a
visit under way, a demonym two states share, an office the dictionary has him out of, an offer "available to
support", a fund provided, ties a pair severed with each other, ties dropped, what others "must" yet approve, a host
of no state's word who receives a visitor, a long name between commas before the verb, a meeting whose partners a list
follows, "was to head ... for talks", and a visit the sentence places up front: the readings session 37 took from its
second blind batch (fresh569-578, eval/gold/session37.jsonl)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.coder_helpers import PARSERS, coded, coded_sentences

PALAU = ("President Tommy Remengesau, Jr. of Palau, one of Taiwan's six diplomatic allies in the Pacific, arrived in "
         "Taiwan Saturday for a state visit. ")


@pytest.mark.parametrize("parser", PARSERS)
def test_a_holder_named_inside_his_office_and_state(parser):
    first, second = coded_sentences(PALAU + "President Tsai Ing-wen is to welcome Remengesau with full military "
                                    "honors, MOFA said.", date(2018, 11, 10), parser)
    assert ("PLWGOV", "TWN", "042") in first
    assert {("TWNGOV", "PLWGOV", "036"), ("PLWGOV", "TWNGOV", "036")} <= second


@pytest.mark.parametrize("parser", PARSERS)
def test_an_office_met_later_in_a_visit_under_way_is_the_hosts(parser):
    _, second = coded_sentences(PALAU + "During his five-day visit, the Palau President will also meet with Foreign "
                                "Minister Joseph Wu.", date(2018, 11, 10), parser)
    assert {("PLWGOV", "TWNGOV", "036"), ("TWNGOV", "PLWGOV", "036")} <= second


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("opening, other", [
    ("The Prime Minister of Cabo Verde (Cape Verde), José Maria Neves, began a visit to Guinea-Bissau on Thursday.",
     "GNBGOV"),
    ("The Prime Minister of Cabo Verde, José Maria Neves, began a visit to Guinea on Thursday.", "GINGOV"),
])
def test_a_demonym_two_states_share_and_an_office_held_then(parser, opening, other):
    _, second = coded_sentences(opening + " Neves said so after a brief meeting with his Guinean counterpart Domingos "
                                "Simoes Pereira.", date(2015, 7, 17), parser)
    assert {("CPVGOV", other, "040"), (other, "CPVGOV", "040")} <= second


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("text, event", [
    ("The prime minister said the government of Cabo Verde was available to support Guinea-Bissau.",
     ("CPVGOV", "GNB", "03")),
    ("Cabo Verde had provided a fund for Guinea-Bissau.", ("CPV", "GNB", "070")),
    ("\"Today we are also announcing that we are dropping ties with Kiribati,\" Taiwan's foreign minister said.",
     ("TWNGOV", "KIR", "161")),
])
def test_offers_funds_and_ties_dropped(parser, text, event):
    got = coded(text, date(2019, 9, 20), parser)
    assert any((s, t) == event[:2] and c.startswith(event[2]) for s, t, c in got)


@pytest.mark.parametrize("parser", PARSERS)
def test_ties_a_pair_severed_are_with_each_other(parser):
    got = coded("Taiwan and Kiribati severed ties on Friday after the tiny Pacific nation decided to switch diplomatic "
                "recognition to China.", date(2019, 9, 20), parser)
    assert {("TWN", "KIR", "161"), ("KIR", "TWN", "161")} <= got
    assert ("TWN", "CHN", "161") not in got
    assert ("TWN", "KIR", "161") not in coded("Kiribati severed ties with Taiwan on Friday.", date(2019, 9, 20), parser)


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("text, event", [
    ("The package must be approved by the U.S. Congress and the Marshall Islands Parliament.", None),
    ("Official Warsaw has decided that all border crossings between Poland and Belarus should be closed until "
     "further notice.", ("POL", "BLR", "191")),
])
def test_what_others_must_yet_approve_is_no_act(parser, text, event):
    got = coded(text, date(2025, 9, 12), parser)
    assert (event in got) if event else not got


@pytest.mark.parametrize("parser", PARSERS)
def test_whoever_receives_a_visitor_there_is_the_visited_states(parser):
    _, second = coded_sentences("The President of Sierra Leone, Julius Maada Bio, arrived in Liberia on Tuesday for a "
                                "one-day working visit. President George Manneh Weah received Bio in audience.",
                                date(2018, 5, 9), parser)
    assert ("LBRGOV", "SLEGOV", "043") in second


@pytest.mark.parametrize("parser", PARSERS)
def test_a_long_name_between_commas_before_the_verb(parser):
    got = coded("Prime Minister Anthony Albanese and the President of Nauru, His Excellency David Waiau Ranibok "
                "Adeang, signed the Treaty in Canberra this week.", date(2024, 12, 9), parser)
    assert {("AUSGOV", "NRUGOV", "057"), ("NRUGOV", "AUSGOV", "057")} <= got


@pytest.mark.parametrize("parser", PARSERS)
def test_a_meeting_whose_partners_a_list_follows(parser):
    got = coded("Speaking briefly to journalists at the end of a meeting with Guinea-Bissau officials, including the "
                "country's president, Umaro Sissoco Embalo, the Senegalese head of state said relations were "
                "excellent.", date(2025, 5, 26), parser)
    assert {("SENGOV", "GNBGOV", "040"), ("GNBGOV", "SENGOV", "040")} <= got


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("verb, code", [("was to head", "036"), ("headed", "046")])
def test_talks_a_trip_was_to_lead_to_are_still_to_come(parser, verb, code):
    got = coded(f"King Albert {verb} to the national palace for talks with President Joseph Kabila.",
                date(2010, 6, 28), parser)
    assert ("BELGOV", "CODGOV", code) in got


@pytest.mark.parametrize("parser", PARSERS)
def test_a_visit_the_sentence_places_up_front(parser):
    got = coded("In Vienna, the traditional inaugural visit of the Swiss head of state took place three months late.",
                date(2024, 4, 10), parser)
    assert ("CHEGOV", "AUT", "042") in got


@pytest.mark.parametrize("parser", PARSERS)
def test_an_embassy_opened_twenty_one_years_before_is_still_news(parser):
    got = coded("South Korea opened its Embassy in Mongolia in 1990.", date(2011, 8, 18), parser)
    assert ("KOR", "MNG", "054") in got
