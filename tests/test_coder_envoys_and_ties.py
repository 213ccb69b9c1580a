"""Envoys called home, ties restored, words exchanged and guests received: the readings session 20 took
from its blind sets (fresh261-272, eval/gold/session20.jsonl). A recall is the envoy's own state's act
against the state it serves in, wherever the sentence names the two; a summons of one's own envoy is a
recall, of another state's a protest."""

from __future__ import annotations

from datetime import date

import pytest

from tests.coder_helpers import PARSERS, coded

D = date(2023, 11, 4)


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("text, expected", [
    ("The recall of Thailand's Ambassador to Cambodia was for official consultations, the ministry said.",
     {("THA", "KHM", "161")}),
    ("Turkey's ambassador has been recalled from Israel for consultations, the Turkish Foreign Ministry said.",
     {("TUR", "ISR", "161")}),
    ("India's high commissioner to Canada was recalled on Monday.", {("IND", "CAN", "161")}),
    ("Israel recalled its envoys from Ireland and Norway.", {("ISR", "IRL", "161"), ("ISR", "NOR", "161")}),
])
def test_a_recalled_envoy_is_its_states_act_on_where_it_serves(parser, text, expected):
    assert coded(text, D, parser) == expected


@pytest.mark.parametrize("parser", PARSERS)
def test_our_ambassador_is_owned_by_where_it_is_called_home_to(parser):
    """Read around the verb, Israel (named first) came out as the recaller of Turkey's envoy."""
    text = ("\"In view of Israel's attacks on civilians, it has been decided to recall our Ambassador to Tel Aviv, "
            "Sakir Ozkan Torunlar, to Ankara for consultations,\" the ministry said.")
    got = coded(text, D, parser)
    assert ("TUR", "ISR", "161") in got
    assert not any(s[:3] == "ISR" and c == "161" for s, _, c in got)


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("text, expected", [
    ("Algeria decided to summon its ambassador in Rabat, Abdelhamid Abdaoui, for consultation.",
     {("DZA", "MAR", "161")}),
    ("It was decided to summon Algeria's ambassador in Rabat immediately for consultation.", {("DZA", "MAR", "161")}),
    ("Ukraine summoned the Russian ambassador on Monday.", {("UKR", "RUSGOV", "114")}),
])
def test_a_summons_of_ones_own_envoy_is_a_recall(parser, text, expected):
    assert coded(text, D, parser) == expected


@pytest.mark.parametrize("parser", PARSERS)
def test_allies_who_recall_their_ambassadors_each_recall_them(parser):
    """The envoy rule leaves "their ambassadors" after a joint subject to the verb coder."""
    got = coded("Mali and its allies Burkina Faso and Niger recalled their ambassadors from Algeria.", D, parser)
    assert {("MLI", "DZA", "161"), ("BFA", "DZA", "161"), ("NER", "DZA", "161")} <= got


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("text, expected", [
    ("Somalia on Thursday announced resumption of diplomatic ties with neighboring Kenya.", {("SOM", "KEN", "054")}),
    ("Somalia's information minister announced the restoration of diplomatic relations with Kenya.",
     {("SOMGOV", "KEN", "054")}),
    ("The restoration of diplomatic relations between Iran and Saudi Arabia was announced in Beijing.",
     {("IRN", "SAU", "054"), ("SAU", "IRN", "054")}),
    ("The resumption of talks with Russia was announced by Ukraine.", set()),
])
def test_ties_resumed_or_restored_as_a_noun_are_restored_ties(parser, text, expected):
    assert coded(text, D, parser) == expected


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("text, expected", [
    ("The war of words between Moscow and Kyiv escalated.", {("RUS", "UKR", "111"), ("UKR", "RUS", "111")}),
    ("Caricom is concerned about the harsh exchanges of statements between Venezuela and Guyana.",
     {("VEN", "GUY", "111"), ("GUY", "VEN", "111")}),
    ("There was an exchange of accusations between Armenia and Azerbaijan.",
     {("ARM", "AZE", "112"), ("AZE", "ARM", "112")}),
    ("Russia's war on Ukraine continued.", {("RUS", "UKR", "190")}),
])
def test_a_war_of_words_is_criticism_both_ways_not_war(parser, text, expected):
    assert coded(text, D, parser) == expected


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("text, expected", [
    ("Indonesian President Joko Widodo received an honorary visit from Malaysian Foreign Minister Saifuddin "
     "Abdullah at the Merdeka Palace on Monday.", {("IDNGOV", "MYSGOV", "043"), ("MYSGOV", "IDN", "042")}),
    ("President Aliyev received the visiting Georgian prime minister.",
     {("AZEGOV", "GEOGOV", "043"), ("GEOGOV", "AZE", "042")}),
    ("President Aliyev received the Georgian prime minister.", {("AZEGOV", "GEOGOV", "043")}),
])
def test_a_reception_that_names_a_visit_is_also_the_guests_visit(parser, text, expected):
    assert coded(text, D, parser) == expected


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("text, expected", [
    ("Serbian President Aleksandar Vucic and Kosovo Prime Minister Albin Kurti held separate talks with EU foreign "
     "policy chief Josep Borrell.", {("SRBGOV", "IGOEUREEC", "046"), ("IGOEUREEC", "SRBGOV", "046"),
                                     ("XKXGOV", "IGOEUREEC", "046"), ("IGOEUREEC", "XKXGOV", "046")}),
    ("Serbia and Kosovo held talks with the EU.", {("SRB", "IGOEUREEC", "046"), ("IGOEUREEC", "SRB", "046"),
                                                   ("XKX", "IGOEUREEC", "046"), ("IGOEUREEC", "XKX", "046")}),
    ("Serbia and Kosovo held talks on Monday.", {("SRB", "XKX", "046"), ("XKX", "SRB", "046")}),
])
def test_a_joint_subject_that_talks_with_someone_talks_with_them_not_each_other(parser, text, expected):
    assert coded(text, D, parser) == expected


@pytest.mark.parametrize("parser", PARSERS)
def test_a_planned_visit_is_both_sides_plan(parser):
    got = coded("Foreign Minister Retno Marsudi said Malaysian Prime Minister Ismail Sabri Yakoob plans to visit "
                "Indonesia in November.", date(2021, 10, 18), parser)
    assert got == {("MYSGOV", "IDN", "036"), ("IDN", "MYSGOV", "036")}
    assert coded("Iran wants to visit Egypt.", D, parser) == {("IRN", "EGY", "036")}
