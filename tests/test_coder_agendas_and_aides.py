"""What an agenda includes is still to come; what two states decide to do with their cooperation is an intent; a
passive's doer named as an aide to an office; a guest set off by ", on a state visit to X,"; a title modified by
"junta-appointed"; President Bashir: the readings session 43 took from its third blind batch (fresh825-836,
eval/gold/session43.jsonl)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.coder_helpers import PARSERS, coded, coded_sentences

WHEN = date(2019, 4, 3)


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("noun", ["agenda", "programme", "itinerary"])
def test_what_an_agenda_includes_is_to_come(parser, noun):
    got = coded(f"Angolan President Joao Lourenco's {noun} in Moscow includes a meeting with Vladimir Putin.", WHEN,
                parser)
    assert {("AGOGOV", "RUSGOV", "036"), ("RUSGOV", "AGOGOV", "036")} <= got
    assert not any(code == "040" for _, _, code in got)


@pytest.mark.parametrize("parser", PARSERS)
def test_cooperation_two_states_decide_to_intensify_is_an_intent(parser):
    got = coded("Angola and Russia have decided to intensify cooperation in the energy sector.", WHEN, parser)
    assert {("AGO", "RUS", "032"), ("RUS", "AGO", "032")} <= got
    assert not any(code == "050" for _, _, code in got)


@pytest.mark.parametrize("parser", PARSERS)
def test_a_decision_to_expel_is_still_an_expulsion(parser):
    got = coded("Poland decided to expel three Russian diplomats.", WHEN, parser)
    assert ("POL", "RUSGOV", "161") in got


@pytest.mark.parametrize("parser", PARSERS)
def test_an_aide_to_an_office_is_its_states_agent(parser):
    got = coded("On arrival in Tokyo, the Emir of Qatar was received by Special Assistant to the Foreign Minister of "
                "Japan Seiichi Otsuka.", date(2019, 10, 21), parser)
    assert ("JPNGOV", "QATGOV", "043") in got


@pytest.mark.parametrize("parser", PARSERS)
def test_a_guest_set_off_on_a_state_visit_is_there(parser):
    got = coded("The President of Colombia, Gustavo Petro, on a state visit to Spain, received the key of the city.",
                date(2023, 5, 3), parser)
    assert ("COLGOV", "ESP", "042") in got


@pytest.mark.parametrize("parser", PARSERS)
def test_a_time_set_off_after_the_name_is_no_trip(parser):
    got = coded("Putin, on Monday, met Erdogan.", date(2023, 5, 3), parser)
    assert ("RUSGOV", "TURGOV", "040") in got
    assert not any(code == "042" for _, _, code in got)


@pytest.mark.parametrize("parser", PARSERS)
def test_a_junta_appointed_prime_minister_is_his_government(parser):
    got = coded_sentences("Niger's junta-appointed Prime Minister Ali Mahamane Lamine Zeine has arrived in Moscow "
                          "for a visit. During the visit, Zeine intends to discuss widening a partnership with Russia.",
                          date(2024, 1, 16), parser)
    assert ("NERGOV", "RUS", "042") in got[0]
    assert {("NERGOV", "RUS", "036"), ("RUS", "NERGOV", "036")} <= got[1]


@pytest.mark.parametrize("parser", PARSERS)
def test_president_bashir_and_his_officials_at_the_airport_receive_the_guest(parser):
    got = coded("President Bashir and senior government officials were at Khartoum International Airport to receive "
                "President Erdogan.", date(2017, 12, 24), parser)
    assert ("SDNGOV", "TURGOV", "043") in got


@pytest.mark.parametrize("parser", PARSERS)
def test_recognition_a_state_decides_to_switch_is_given(parser):
    got = coded("Taiwan and Kiribati severed ties on Friday after the Pacific nation decided to switch diplomatic "
                "recognition to China.", date(2019, 9, 20), parser)
    assert ("KIR", "CHN", "054") in got
