"""Visits told by who spoke on them, exits from organisations, names the story shortens, passives that name
no doer and people placed by a described state: the readings session 16 took from its second blind round
(fresh123-124)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.coder_helpers import PARSERS, coded, pipeline

D = date(2024, 3, 18)


def _story(parts: list[str], parser: str = "none") -> list[set[tuple[str, str, str]]]:
    return [{(e.source.code, e.target.code, e.code) for s in ss for e in s.events}
            for ss in pipeline(parser).story(parts, D)]


def _mentions(parts: list[str]) -> list[list[tuple[str, str]]]:
    return [[(m.text, m.code) for s in ss for m in s.mentions] for ss in pipeline("none").story(parts, D)]


@pytest.mark.parametrize("parser", PARSERS)
def test_who_spoke_on_a_visit_made_it(parser):
    got = coded("President Recep Tayyip Erdogan said on a visit to Cyprus on Sunday that talks should aim for two "
                "states.", D, parser)
    assert ("TURGOV", "CYP", "042") in got
    got = coded("Blinken told reporters during a two-day trip to Egypt that the talks were going well.", D, parser)
    assert ("USAGOV", "EGY", "042") in got


def test_speaking_during_a_visit_names_the_visitor_after_the_comma():
    got = coded("Speaking during a visit to Kenya, Chinese Foreign Minister Wang Yi said the ties were strong.", D)
    assert ("CHNGOV", "KEN", "042") in got
    # a state that only said something visited nothing
    assert not coded("Speaking on Monday, Kenya said China was a partner.", D)


@pytest.mark.parametrize("parser", PARSERS)
def test_sitting_down_with_someone_is_meeting_him(parser):
    assert {("USAGOV", "CHNGOV", "040"), ("CHNGOV", "USAGOV", "040")} <= coded(
        "Blinken sat down with Wang Yi in Beijing.", D, parser)


def test_a_family_name_that_comes_first_is_the_short_name():
    got = _story(["Chinese Foreign Minister Wang Yi arrived in New Zealand on Monday.",
                  "Wang met Prime Minister Christopher Luxon for a courtesy call."])
    assert ("CHNGOV", "NZLGOV", "040") in got[1]
    # a given name is not remembered as the family's
    assert ("Yi", "CHNGOV") not in _mentions(["Chinese Foreign Minister Wang Yi arrived.", "Yi spoke."])[1]


@pytest.mark.parametrize("parser", PARSERS)
def test_leaving_an_organisation_reduces_relations_with_it(parser):
    assert ("USA", "IGOUNOHLHWHO", "160") in coded("The United States withdrew from the World Health Organization.",
                                                   D, parser)
    got = coded("Mali, Burkina Faso and Niger quit ECOWAS on Sunday.", D, parser)
    assert {("MLI", "IGOWAFWAS", "160"), ("NER", "IGOWAFWAS", "160")} <= got
    got = coded("The military regimes of Burkina Faso, Mali, and Niger declared their swift exit from ECOWAS.", D,
                parser)
    assert ("BFAGOV", "IGOWAFWAS", "160") in got
    # a state's troops leaving a state still withdraw (087)
    assert ("RUS", "GEO", "087") in coded("Russia withdrew its troops from Georgia.", D, parser)


@pytest.mark.parametrize("parser", PARSERS)
def test_a_passive_killing_with_no_killer_named_codes_no_killer(parser):
    got = coded("Iraq said one person was killed when Turkish forces opened fire.", D, parser)
    assert not any(e[0].startswith("IRQ") for e in got)
    assert not coded("Iraq said one person was killed on Sunday in Turkey.", D, parser)
    # a killer named after the attack still is one
    assert ("---REB", "PAKMIL", "190") in coded("Four Pakistani soldiers have been killed in two separate attacks by "
                                                "heavily armed militants.", D, parser)


def test_people_in_a_described_state_are_its_own_and_stay_so():
    got = _story(["Iraq said it would summon the Turkish ambassador after Turkish troops opened fire on "
                  "demonstrators in the country's northwest.",
                  "Witnesses said Turkish troops opened fire on the demonstrators."])
    assert ("TURMIL", "IRQOPP", "190") in got[0]
    assert ("TURMIL", "IRQOPP", "190") in got[1]


# fresh125-126 (round C)

@pytest.mark.parametrize("parser", PARSERS)
def test_standing_with_a_state_endorses_it(parser):
    assert ("TUR", "AZE", "051") in coded("Turkey stands by Azerbaijan.", D, parser)
    got = coded("“We stand with the Chinese government, for the well-being of our people,” Anwar told state-run "
                "Chinese broadcaster CGTN on Wednesday.", date(2025, 4, 16), parser)
    assert ("MYSGOV", "CHNGOV", "051") in got  # the speaker is Anwar, not the broadcaster he told


@pytest.mark.parametrize("parser", PARSERS)
def test_regret_at_anothers_decision_disapproves(parser):
    assert ("UKR", "POL", "111") in coded("Ukraine expressed regret over Poland's decision.", D, parser)


@pytest.mark.parametrize("parser", PARSERS)
def test_an_arrest_with_no_one_named_making_it_codes_no_jailer(parser):
    story = ["The move comes after Mexico granted asylum to the family of ousted former Peruvian President Pedro "
             "Castillo.", "Castillo was arrested while on his way to the Mexican Embassy in Lima to seek protection."]
    got = {(e.source.code, e.target.code, e.code) for s in pipeline(parser).story(story, date(2022, 12, 21))[1]
           for e in s.events}
    assert not any(e[2].startswith("17") for e in got)
    assert ("IRN", "FRACVL", "173") in coded("Two French citizens were detained by Iran.", D, parser)
