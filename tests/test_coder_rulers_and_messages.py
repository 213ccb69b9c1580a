""""The prime ministers" opening a sentence after a pair was named, a given name after an office that is also a
capital, a state's "de facto ruler", another spelling of a prime minister's name, "Prince Mohammed", a forecast
split by "then", relations "addressed", a guest seen off and a leader's message handed over: the readings session 34
took from its second blind batch (fresh482-489, eval/gold/session34.jsonl)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.coder_helpers import PARSERS, coded, coded_sentences, pipeline

JEDDAH = date(2022, 6, 26)


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("opening", ["The prime ministers", "The presidents"])
def test_the_office_holders_opening_a_sentence_are_the_pair_named_before(parser, opening):
    _, second = coded_sentences("Estonian Prime Minister Kaja Kallas will visit Helsinki on Friday at the invitation "
                                f"of Prime Minister Sanna Marin. {opening} will discuss bilateral relations.",
                                date(2021, 2, 16), parser)
    assert {("ESTGOV", "FINGOV", "036"), ("FINGOV", "ESTGOV", "036")} <= second


def test_the_ministers_of_a_group_are_no_pair():
    _, second = pipeline()("Kallas visited Helsinki. The foreign ministers of the Nordic states will meet in Oslo.",
                           date(2021, 2, 16))
    assert not any(m.kind == "anaphor" for m in second.mentions)


@pytest.mark.parametrize("parser", PARSERS)
def test_a_given_name_after_an_office_is_no_capital(parser):
    got = coded("Argentine Foreign Minister Santiago Cafiero flew to Paraguay Friday on his first official visit.",
                date(2022, 4, 9), parser)
    assert ("ARGGOV", "PRY", "042") in got and not any(s.startswith("CHL") for s, _, _ in got)


@pytest.mark.parametrize("parser", PARSERS)
def test_a_capital_after_in_stays_a_place(parser):
    assert ("ARGGOV", "CHL", "042") in coded("Argentine Foreign Minister Santiago Cafiero arrived in Santiago Monday.",
                                             date(2022, 4, 9), parser)


@pytest.mark.parametrize("parser", PARSERS)
def test_a_states_de_facto_ruler_is_its_government(parser):
    got = coded("Iraq's prime minister met with Saudi Arabia's de facto ruler, Crown Prince Mohammed bin Salman, in "
                "Jeddah on Sunday.", JEDDAH, parser)
    assert {("IRQGOV", "SAUGOV", "040"), ("SAUGOV", "IRQGOV", "040")} <= got


@pytest.mark.parametrize("parser", PARSERS)
def test_a_forecast_split_by_then_is_no_visit(parser):
    got = coded("Mustafa al-Kadhemi, who headed to Saudi Arabia on Saturday, is expected to then visit Iran.", JEDDAH,
                parser)
    assert ("IRQGOV", "SAU", "042") in got and not any(t == "IRN" for _, t, _ in got)


@pytest.mark.parametrize("parser", PARSERS)
def test_relations_addressed_by_two_leaders_are_their_talks(parser):
    got = coded("Prince Mohammed and Kadhemi addressed bilateral relations and opportunities for joint cooperation.",
                JEDDAH, parser)
    assert {("SAUGOV", "IRQGOV", "040"), ("IRQGOV", "SAUGOV", "040")} <= got


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("text, expected", [
    ("The Nepalese deputy prime minister saw the Bangladeshi prime minister off at the airport.",
     {("NPLGOV", "BGDGOV", "043")}),
    ("The army saw off the attack by Russian troops.", set()),
])
def test_a_guest_seen_off_by_a_host_is_hosted(parser, text, expected):
    assert {e for e in coded(text, date(2018, 8, 31), parser) if e[2] == "043"} == expected


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("text, pair", [
    ("Lavrov delivered a message from Putin to Erdogan.", ("RUSGOV", "TURGOV")),
    ("The envoy of President Idriss Deby Itno of Chad handed to President Paul Biya of Cameroon a message.",
     ("TCDGOV", "CMRGOV")),
])
def test_a_message_handed_over_is_a_meeting(parser, text, pair):
    got = {(s[:3], t[:3], c) for s, t, c in coded(text, date(2021, 2, 22), parser)}
    assert {(pair[0][:3], pair[1][:3], "040"), (pair[1][:3], pair[0][:3], "040")} <= got


@pytest.mark.parametrize("parser", PARSERS)
def test_a_message_of_condemnation_delivered_is_no_meeting(parser):
    got = coded('Jordan said the Israeli charge d\'affaires will be summoned "to deliver the kingdom\'s firm '
                'message of condemnation of the Israeli actions".', date(2015, 9, 14), parser)
    assert not any(c == "040" for _, _, c in got)
