"""A criticism in the passive with no critic named, a deal "signed between" its parties, "entered into" an agreement,
"instruments of cooperation", a fight against a disease, "his visit" after a state, "hope to visit", a meeting "two
months ago", a second partner with his office before his name ("and Speaker of the ..."), "the state leader" and a
dated army commander: the readings session 32 took from its fourth blind batch (fresh439-449,
eval/gold/session32.jsonl)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.coder_helpers import PARSERS, coded, coded_sentences

CAIRO = date(2020, 8, 7)


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("text", [
    "The Turkey-Libya deal was widely criticized as a violation of the economic rights of Egypt, Cyprus and Greece.",
    "Turkey was criticized over the deal with Libya.",
])
def test_a_criticism_in_the_passive_names_no_critic(parser, text):
    assert not any(c[:2] == "11" for _, _, c in coded(text, CAIRO, parser))


@pytest.mark.parametrize("parser", PARSERS)
def test_a_criticism_in_the_passive_by_a_state_is_its(parser):
    assert ("GRC", "TUR", "111") in coded("Turkey was widely criticized by Greece.", CAIRO, parser)


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("text", [
    "The deal is regarded as a retort to the controversial agreement signed between Turkey and Libya last year.",
    "The agreement was signed between Turkey and Libya last year.",
])
def test_a_deal_signed_between_two_states_is_both_sides(parser, text):
    assert {("TUR", "LBY", "057"), ("LBY", "TUR", "057")} <= coded(text, CAIRO, parser)


KAMPALA = date(2024, 5, 16)


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("text", [
    "Kenya and Uganda have entered into a tripartite agreement that permits Uganda's state oil company to import "
    "petroleum products through Kenya.",
    "During this session, Kenya and Uganda signed seven instruments of cooperation.",
])
def test_entering_into_an_agreement_or_signing_instruments_concludes_it(parser, text):
    assert {("KEN", "UGA", "057"), ("UGA", "KEN", "057")} <= coded(text, KAMPALA, parser)


ASMARA = date(2020, 5, 3)
SUMMIT = "President Isaias Afwerki departed to Ethiopia this morning for a two-day Summit with PM Abiy Ahmed. "


@pytest.mark.parametrize("parser", PARSERS)
def test_a_fight_against_a_disease_is_no_clash(parser):
    last = coded_sentences(f"{SUMMIT}The two leaders will discuss bilateral ties, fight against COVID-19 and "
                           "regional matters.", ASMARA, parser)[-1]
    assert not any(c[:2] == "19" for _, _, c in last)


@pytest.mark.parametrize("parser", PARSERS)
def test_a_fight_against_a_state_is_a_clash(parser):
    assert ("AZE", "ARM", "190") in coded("Azerbaijan fought against Armenia in September.", ASMARA, parser)


MUSCAT = date(2023, 5, 24)
SULTAN = "Sultan Haitham Bin Tarik of Oman will leave for Tehran on Sunday. "


@pytest.mark.parametrize("parser", PARSERS)
def test_his_visit_after_a_state_is_the_persons(parser):
    last = coded_sentences(f"{SULTAN}Sultan Haitham’s visit to Iran follows his visit to Syria and Egypt.", MUSCAT,
                           parser)[-1]
    assert {("OMNGOV", "SYR", "042"), ("OMNGOV", "EGY", "042")} <= last
    assert not any(s == "IRN" and c == "042" for s, _, c in last)  # Iran visits nothing
    # (the visit to Iran the sentence before put later is still to come, as fresh444's gold codes it)
    assert {("OMNGOV", "IRN", "036"), ("IRN", "OMNGOV", "036")} <= last


@pytest.mark.parametrize("parser", PARSERS)
def test_hope_to_visit_is_an_intent_and_a_meeting_months_ago_happened(parser):
    last = coded_sentences(f"{SULTAN}Two months ago, Sultan Haitham expressed hope to visit Iran during a meeting "
                           "with Iranian Foreign Minister Hossein Amir-Abdollahian in Muscat.", MUSCAT, parser)[-1]
    assert {("OMNGOV", "IRN", "036"), ("OMNGOV", "IRNGOV", "040"), ("IRNGOV", "OMNGOV", "040")} <= last
    assert not any(c == "042" and s == "OMNGOV" for s, _, c in last)


@pytest.mark.parametrize("parser", PARSERS)
def test_a_second_partner_with_his_office_before_his_name_is_met_too(parser):
    got = coded("The Egyptian President Abdel Fattah Al-Sisi held a meeting on Wednesday with Khalifa Haftar and "
                "Speaker of the Libyan House of Representatives Aqila Saleh in Cairo.", date(2020, 9, 23), parser)
    assert {("EGYGOV", "LBYMIL", "040"), ("EGYGOV", "LBYLEG", "040")} <= got


@pytest.mark.parametrize("parser", PARSERS)
def test_haftar_commands_libyas_army_from_2015(parser):
    text = "Khalifa Haftar met Egyptian President Abdel Fattah al-Sisi in Cairo."
    assert any(s == "LBYMIL" for s, _, _ in coded(text, date(2020, 9, 23), parser))
    assert not any(s == "LBYMIL" for s, _, _ in coded(text, date(2010, 1, 15), parser))


@pytest.mark.parametrize("parser", PARSERS)
def test_the_state_leader_is_the_one_head_of_state_named(parser):
    last = coded_sentences("Today, the President of the Republic of Uzbekistan Shavkat Mirziyoyev arrived on an "
                           "official visit to Dushanbe. The state leader was solemnly greeted at Dushanbe "
                           "International Airport by the Prime Minister of Tajikistan Kohir Rasulzoda.",
                           date(2025, 10, 9), parser)[-1]
    assert ("TJKGOV", "UZBGOV", "043") in last
