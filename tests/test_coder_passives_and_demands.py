"""Doers a passive names by its weapon, demands whose speaker comes last, and shows of force by fire:
the readings session 15 took from the blind round fresh98-99."""

from __future__ import annotations

from datetime import date

import pytest

from dyadwatch.coding import actors as actor_dicts
from dyadwatch.coding import passives
from dyadwatch.coding.text import tokenize
from tests.coder_helpers import PARSERS, coded

D = date(2024, 4, 5)


def _events(text: str, parser: str = "none", when: date = D) -> set[tuple[str, str, str]]:
    return coded(text, when, parser)


@pytest.mark.parametrize("parser", PARSERS)
def test_the_owner_of_the_weapon_killed_the_subject_of_a_passive(parser):
    assert _events("Three Syrian soldiers were killed in Israeli strikes near Damascus.", parser) == \
        {("ISR", "SYRMIL", "190")}


@pytest.mark.parametrize("parser", PARSERS)
def test_fire_from_a_state_names_who_fired(parser):
    text = "Two Pakistani soldiers were killed in cross-border fire from Afghanistan, the Pakistani military said."
    assert ("AFG", "PAKMIL", "190") in _events(text, parser)


def test_the_attacker_is_read_from_the_weapon_alone():
    text = "Two soldiers were killed in an Israeli airstrike in Gaza."
    tokens = tokenize(text)
    mentions = actor_dicts.bundled().find(tokens, D)
    killed = next(t.i for t in tokens if t.lower == "killed")
    assert passives.attacker(tokens, mentions, killed).code == "ISR"
    # where someone was killed names no attacker
    other = tokenize("Two soldiers were killed in Gaza on Monday.")
    found = actor_dicts.bundled().find(other, D)
    assert passives.attacker(other, found, next(t.i for t in other if t.lower == "killed")) is None


@pytest.mark.parametrize("parser", PARSERS)
def test_a_demand_whose_speaker_comes_after_it(parser):
    assert _events("Israel should apologize for the killing of the aid worker, Poland's prime minister said.",
                   parser) == {("POLGOV", "ISR", "102")}
    assert _events("Russia must withdraw its troops from Moldova, the Romanian foreign minister told reporters.",
                   parser) == {("ROUGOV", "RUS", "1056")}


@pytest.mark.parametrize("parser", PARSERS)
def test_a_demand_of_a_joint_subject_is_made_of_each(parser):
    assert _events("Turkey said Armenia and France must withdraw their troops.", parser) == \
        {("TUR", "ARM", "1056"), ("TUR", "FRA", "1056")}


@pytest.mark.parametrize("parser", PARSERS)
def test_a_speaker_among_those_who_should_act_demands_nothing(parser):
    found = _events("In a meeting with Australia's Defence Minister Richard Marles, Rabuka said that evolving security "
                    "threats meant Australia and Fiji should strengthen cooperation in cyber security, Fiji's "
                    "government said in a statement.", parser)
    assert not {e for e in found if e[2].startswith("10")}


@pytest.mark.parametrize("parser", PARSERS)
def test_warning_shots_are_a_show_of_force(parser):
    assert _events("South Korean soldiers fired warning shots at North Korean soldiers.", parser) == \
        {("KORMIL", "PRKMIL", "150")}


def test_pausing_relations_reduces_them():
    assert _events("Mexico's president decided to pause relations with Spain.") == {("MEXGOV", "ESP", "160")}


# -- from the recall review of fresh83-108 (session 15) --

L = date(2025, 1, 1)


@pytest.mark.parametrize("parser", PARSERS)
def test_a_participle_after_a_thing_acts_on_it_not_on_an_actor_further_back(parser):
    assert _events('A spokesman pointed to the "agreements signed by the Cook Islands and China" as a reason for the '
                   'aid pause.', parser) == {("COK", "CHN", "057"), ("CHN", "COK", "057")}
    assert ("IGOEUREEC", "BLR", "163") in _events("Minsk responded to the restrictive measures introduced by the "
                                                  "European Union against Belarus.", parser)
    # restrictions imposed by the two countries on someone the sentence does not name: no event between them
    found = _events("Tanzania banned agricultural products from Malawi and South Africa, citing retaliatory action "
                    "against similar trade restrictions imposed by the two countries.", parser)
    assert ("MWI", "ZAF", "163") not in found


def test_mediators_do_not_mediate_between_themselves():
    found = _events("Hamas has agreed to a comprehensive peace proposal brokered by Egypt and Qatar.")
    assert not {(a, b) for a, b, _ in found} & {("EGY", "QAT"), ("QAT", "EGY")}


@pytest.mark.parametrize("parser", PARSERS)
def test_the_two_countries_after_two_leaders_are_their_states(parser):
    found = _events("Chinese President Xi Jinping held talks with his Maldivian counterpart Mohamed Muizzu, following "
                    "which the two countries signed 20 agreements.", parser, date(2024, 1, 10))
    assert {("CHN", "MDV", "057"), ("MDV", "CHN", "057")} <= found


def test_a_ministerial_meeting_set_to_take_place_is_to_come():
    assert _events("A Syrian-Israeli ministerial meeting is set to take place Thursday in Baku to discuss security "
                   "matters in southern Syria, a diplomat told AFP.", when=L) == {("SYR", "ISR", "036"),
                                                                                ("ISR", "SYR", "036")}


@pytest.mark.parametrize("parser", PARSERS)
def test_support_expressed_endorses(parser):
    assert _events("Macron expressed his support for Astana's policy.", parser, L) == {("FRAGOV", "KAZ", "051")}


@pytest.mark.parametrize("parser", PARSERS)
def test_a_split_infinitive_is_governed_as_the_plain_one(parser):
    assert _events("Ireland had earlier expressed its will to officially recognize a Palestinian state.", parser,
                   L) == {("IRL", "PSE", "032")}
    assert _events("Armenia vowed to swiftly retaliate against Azerbaijan.", parser, L) == {("ARM", "AZE", "130")}
    assert _events("Russia agreed to supply weapons to Iran.", parser, L) == {("RUS", "IRN", "0332")}


# -- from the sixth blind round (fresh117-118) --

@pytest.mark.parametrize("parser", PARSERS)
def test_after_with_the_actor_before_an_ing_verb_is_its_subject(parser):
    assert ("SDN", "ARE", "112") in {(s, t, c[:3]) for s, t, c in _events(
        "Tensions rose, with Khartoum accusing the UAE of breaking the UN Genocide Convention.", parser, L)}


def test_an_organisation_naming_a_document_is_no_party():
    found = _events("Sudan and the United Arab Emirates will cross swords at the International Court of Justice on "
                    "Thursday, with Khartoum accusing the UAE of breaking the UN Genocide Convention with its alleged "
                    "support for rebel fighters.", when=date(2025, 4, 10))
    assert found and not any("IGOUNO" in s + t for s, t, _ in found)


@pytest.mark.parametrize("parser", PARSERS)
def test_strikes_on_each_other_are_mutual(parser):
    assert _events("Pakistan and Iran have carried out missile strikes on each other's territories.", parser, L) == \
        {("PAK", "IRN", "195"), ("IRN", "PAK", "195")}


def test_what_is_discussed_is_no_one_met():
    assert _events("Trump said he would discuss the purchase of Greenland.", when=date(2019, 8, 21)) == set()
    assert ("USAGOV", "ISRGOV", "040") in _events("Blinken discussed the war in Gaza with Netanyahu.", when=L)
