"""Joint drills with a partner, deals forged, signers listed after one "by", a portfolio that is no state, aircraft
that attack, places beside a target, long "of" phrases before a closure's target, an infinitive's own "by", a holder
named before the office, weapons bought, arms makers, and judgements of "it" or by two judges: the readings session
28 took from its blind sets (fresh357-368, eval/gold/session28.jsonl)."""

from __future__ import annotations

from datetime import date

import pytest

from dyadwatch.coding.actors import bundled
from dyadwatch.coding.text import tokenize
from tests.coder_helpers import PARSERS, coded, coded_sentences

WHEN = date(2024, 11, 24)


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("text", [
    "Iran launched a joint military drill Sunday in northwestern Ardabil province with Azerbaijan.",
    "Iran launched a joint military drill with Azerbaijan.",
    "Special forces of the IRGC are participating in the drill along with the special forces of the Azerbaijani Army.",
])
def test_a_joint_drill_with_a_partner_is_both_sides_cooperation(parser, text):
    got = {(s[:3], t[:3], c) for s, t, c in coded(text, WHEN, parser)}
    assert {("IRN", "AZE", "062"), ("AZE", "IRN", "062")} <= got


@pytest.mark.parametrize("parser", PARSERS)
def test_joint_patrols_with_no_partner_stay_a_show_of_force(parser):
    assert ("CHN", "TWN", "150") in coded("China launched joint air and sea patrols around Taiwan.", WHEN, parser)


@pytest.mark.parametrize("parser", PARSERS)
def test_joining_drills_with_no_partner_named_codes_nothing(parser):
    assert coded("Belarus joined the drills.", WHEN, parser) == set()


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("text", ["Iraq and Turkey on Monday forged a ten-year strategic deal.",
                                  "Iraq forged a deal with Turkey."])
def test_a_deal_forged_is_made_by_both(parser, text):
    assert {("IRQ", "TUR", "057"), ("TUR", "IRQ", "057")} <= coded(text, date(2024, 4, 22), parser)


@pytest.mark.parametrize("parser", PARSERS)
def test_ties_forged_are_no_agreement(parser):
    assert not any(c == "057" for _, _, c in coded("Iraq forged closer ties with Turkey.", date(2024, 4, 22), parser))


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("text", [
    "The document was signed by Kazakhstan's Minister of Industry and Construction, Yersaiyn Nagaspayev, and U.S. "
    "Secretary of Commerce, Howard Lutnick.",
    "The document was signed by Kazakhstan's Minister of Industry and U.S. Secretary of Commerce Howard Lutnick.",
])
def test_signers_listed_after_one_by_signed_with_each_other(parser, text):
    assert {("KAZGOV", "USAGOV", "057"), ("USAGOV", "KAZGOV", "057")} <= coded(text, date(2025, 11, 6), parser)


@pytest.mark.parametrize("parser", PARSERS)
def test_a_signer_and_those_present_are_no_list(parser):
    got = coded("The agreement was signed by Russia's minister in the presence of Armenia and Azerbaijan.", WHEN,
                parser)
    assert ("ARM", "AZE", "057") not in got


def test_a_portfolio_before_and_is_not_the_next_states_office():
    found = bundled().find(tokenize("Kazakhstan's Minister of Industry and U.S. Secretary of Commerce met."), WHEN)
    assert [m.code for m in found] == ["KAZGOV", "USAGOV"]


def test_a_two_word_portfolio_keeps_its_state_after_of():
    found = bundled().find(tokenize("The Minister of Industry and Trade of Vietnam met."), WHEN)
    assert [m.code for m in found] == ["VNMGOV"]


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("text, code", [
    ("Israeli warplanes struck near Damascus' international airport on Sunday.", "195"),
    ("Israeli drones attacked a convoy in Syria.", "195"),
    ("Israeli troops attacked a convoy in Syria.", "190"),
])
def test_an_attack_by_aircraft_is_aerial(parser, text, code):
    assert ("ISRMIL", "SYR", code) in coded(text, WHEN, parser)


@pytest.mark.parametrize("parser", PARSERS)
def test_fighters_on_the_ground_still_exchange_fire(parser):
    got = coded("Pakistani border guards and Afghan Taliban fighters exchanged fire on September 6.", date(2023, 9, 11),
                parser)
    assert not any(c == "195" for _, _, c in got)


@pytest.mark.parametrize("parser", PARSERS)
def test_a_state_beside_the_place_struck_is_no_target(parser):
    got = coded("Israeli warplanes struck near Damascus' international airport on Sunday, as well as outside a town "
                "close to the Lebanese border.", WHEN, parser)
    assert ("ISRMIL", "SYR", "195") in got and not any(t == "LBN" for _, t, _ in got)


@pytest.mark.parametrize("parser", PARSERS)
def test_a_closure_of_all_but_one_crossing_with_a_state(parser):
    got = coded("Finland's government has announced the closure of all but one border crossing with Russia.",
                date(2023, 11, 23), parser)
    assert ("FINGOV", "RUS", "191") in got


@pytest.mark.parametrize("parser", PARSERS)
def test_an_infinitives_by_is_not_the_allegers(parser):
    got = coded("Described by Sudan's acting justice minister, Muawia Osman, as genocide, these attacks are alleged to "
                "be backed by the UAE through its support of the Rapid Support Forces.", date(2025, 4, 10), parser)
    assert ("ARE", "SDNGOV", "112") not in got


@pytest.mark.parametrize("parser", PARSERS)
def test_a_holder_named_before_the_office_is_remembered(parser):
    got = coded_sentences("A statement from Japan's Foreign Ministry said that Takehiro Funakoshi, the country's vice "
                          "foreign minister, called in Ambassador Wu Jianghao. The ministry noted that Funakoshi once "
                          "again strongly demanded that the Chinese side take appropriate actions.",
                          date(2025, 11, 15), parser)
    assert ("JPNGOV", "CHN", "100") in got[1]


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("text, expected", [
    ("In particular, Armenia reportedly purchased $245 million worth of Indian multiple-launch rocket systems, "
     "anti-tank rockets and ammunition.", ("ARM", "IND", "062")),
    ("Armenia bought weapons from India.", ("ARM", "IND", "062")),
    ("Hungary buys gas from Russia.", ("HUN", "RUS", "061")),
])
def test_buying_weapons_or_gas_from_a_state(parser, text, expected):
    assert expected in coded(text, date(2023, 5, 18), parser)


@pytest.mark.parametrize("parser", PARSERS)
def test_arms_makers_are_business(parser):
    got = coded("The move follows a series of defense contracts signed by Yerevan with Indian arms manufacturers "
                "last year.", date(2023, 5, 18), parser)
    assert ("ARM", "INDBUS", "057") in got and ("ARM", "IND", "057") not in got


@pytest.mark.parametrize("parser", PARSERS)
def test_it_called_aggression_is_the_force_just_reported_and_both_judges_judge(parser):
    got = coded("Russia on Monday demanded an explanation for Israeli airstrikes on two areas near Damascus, while the "
                "Syrian and Iranian foreign ministers called it an act of aggression.", date(2014, 12, 8), parser)
    assert {("SYRGOV", "ISR", "112"), ("IRNGOV", "ISR", "112")} <= got


@pytest.mark.parametrize("parser", PARSERS)
def test_it_called_aggression_after_the_judges_own_act_is_what_they_acted_on(parser):
    got = coded("Somalia rejected a port deal with Ethiopia, calling it an act of aggression.", WHEN, parser)
    assert ("SOM", "ETH", "112") in got or ("SOM", "ETH", "120") in got


@pytest.mark.parametrize("parser", PARSERS)
def test_a_statement_made_in_a_capital_is_told_to_nobody(parser):
    got = coded("Egypt's foreign minister Mohamed Amr told a news conference in the Ethiopian capital, Addis Ababa.",
                date(2013, 6, 18), parser)
    assert not any(c == "010" for _, _, c in got)
