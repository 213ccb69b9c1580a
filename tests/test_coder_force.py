"""Force at sea and in the air: water cannon, strikes named by nouns, agents shared across "and"."""

from __future__ import annotations

from datetime import date

import pytest

from dyadwatch.coding import actors as actor_dicts
from dyadwatch.coding.text import tokenize
from tests.coder_helpers import PARSERS, coded

D = date(2025, 9, 16)


def _events(text: str, parser: str = "none") -> set[tuple[str, str, str]]:
    return coded(text, D, parser)


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("text", [
    "On Tuesday the Chinese Coast Guard sprayed water cannons at several Philippine vessels.",
    "The China Coast Guard let loose with powerful water cannons against two Philippine vessels.",
])
def test_water_cannon_against_ships_is_force_not_small_arms(parser, text):
    assert _events(text, parser) == {("CHNMIL", "PHL", "190")}


@pytest.mark.parametrize("parser", PARSERS)
def test_a_participle_after_a_reported_clause_is_the_main_subjects(parser):
    got = _events("China's Coast Guard said on Tuesday it fired water cannon at Philippine ships, accusing Manila of "
                  "an illegal intrusion.", parser)
    assert {("CHNMIL", "PHL", "190"), ("CHNMIL", "PHL", "112")} <= got


def test_an_agent_after_and_shares_the_country_of_the_one_before():
    found = actor_dicts.bundled().find(tokenize("Chinese coast guard and navy ships used water cannons."), D)
    assert [m.code for m in found] == ["CHNMIL", "CHNMIL"]


def test_the_un_nuclear_watchdog_is_the_iaea():
    found = actor_dicts.bundled().find(tokenize("Iran suspended cooperation with the UN nuclear watchdog."), D)
    assert [m.code for m in found] == ["IRN", "IGOUNOIAE"]


def test_airstrikes_is_a_noun_even_after_a_state_name():
    # "After US airstrikes on key nuclear sites in Iran, ...": the noun's target, not the next actor after a verb
    got = _events("After US airstrikes on nuclear sites in Iran, the president ordered a halt to cooperation with the IAEA.")
    assert ("USA", "IGOUNOIAE", "195") not in got and ("USA", "IRN", "195") in got


@pytest.mark.parametrize("parser", PARSERS)
def test_a_by_past_a_comma_or_under_another_verb_is_not_the_passive_agent_nor_is_the_speaker(parser):
    got = _events("North Korean soldiers have been deployed to Kursk, the Russian region partly controlled by "
                  "Ukrainian troops, NATO chief Mark Rutte said Monday.", parser)
    assert not any(s == "IGOWSTNAT" for s, _, _ in got)
    assert ("UKRMIL", "PRKMIL", "150") not in got or parser == "spacy"  # spaCy itself attaches this "by" to "deployed"
    got = _events("Lithuania, Latvia and Estonia have declared ten Russian diplomats persona non grata.", parser)
    assert {s for s, _, _ in got} == {"LTU", "LVA", "EST"}


@pytest.mark.parametrize("parser", PARSERS)
def test_a_joint_ceasefire_is_mutual_and_a_patterns_word_stays_in_its_clause(parser):
    got = _events("Pakistan and Afghanistan have agreed to an immediate ceasefire, following talks mediated by Qatar.", parser)
    assert {("PAK", "AFG", "0356"), ("AFG", "PAK", "0356")} <= got
    assert not any(code == "036" for *_, code in got)  # the talks after the comma are not what was agreed


@pytest.mark.parametrize("parser", PARSERS)
def test_the_means_a_subject_took_is_its_act(parser):
    got = _events("Thailand and Cambodia have taken significant steps towards peace by agreeing to an immediate "
                  "ceasefire following five days of violent confrontations.", parser)
    assert got == {("THA", "KHM", "0356"), ("KHM", "THA", "0356")}
    # a gerund after "for" is the charge, not an act
    assert not any(c == "0356" for *_, c in _events("Russia jailed two Ukrainians for agreeing to a ceasefire.", parser))


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("text,expected", [
    ("India attributed the attack to Pakistan-based militants.", ("IND", "PAKREB", "112")),
    ("Kyiv held Moscow responsible for the strike.", ("UKR", "RUS", "112")),
    ("Cambodia and Thailand have quickly reached consensus on an immediate ceasefire.", ("KHM", "THA", "0356")),
])
def test_blame_and_agreement_by_other_words(parser, text, expected):
    assert expected in _events(text, parser)


def test_a_state_based_somewhere_owns_an_agent_but_only_qualifies_a_group():
    got = _events("The Israeli Air Force carried out air strikes targeting the Lebanon-based Hezbollah party.")
    assert got == {("ISRMIL", "LBNREB", "195")}


def test_border_clashes_and_fierce_fighting_are_nouns():
    assert _events("Pakistan and Afghanistan agreed to a truce after deadly border clashes.") == \
        {("PAK", "AFG", "0356"), ("AFG", "PAK", "0356")}
    # agreeing to a truce is an intent to de-escalate (the codebook's 0356); declaring one is the truce (0871)
    assert _events("Israel and Lebanon declared a truce.") == {("ISR", "LBN", "0871"), ("LBN", "ISR", "0871")}
    got = _events("Vietnamese-led forces have retaken a village after fierce fighting with Cambodian guerrillas.")
    assert any(code == "190" for *_, code in got)


def test_a_reduced_relative_with_by_is_passive():
    got = _events("A round of negotiations between Pakistan and Afghanistan was held in Doha, mediated by the State of "
                  "Qatar and the Republic of Türkiye.")
    assert {("QAT", "PAK", "045"), ("QAT", "AFG", "045"), ("TUR", "PAK", "045"), ("TUR", "AFG", "045")} <= got
    assert not any(t in ("QAT", "TUR") and code == "045" for s, t, code in got)
