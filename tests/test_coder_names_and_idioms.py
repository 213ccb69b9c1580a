"""Names that hide a state, initials that stand for a name, figures of speech and nouns that look like
verbs: the readings session 15 took from its second blind round (fresh103-104)."""

from __future__ import annotations

from datetime import date

import pytest

from dyadwatch.coding import actors as actor_dicts
from dyadwatch.coding.text import tokenize
from tests.coder_helpers import PARSERS, coded, pipeline

D = date(2024, 1, 23)


def _events(text: str, parser: str = "none", when: date = D) -> set[tuple[str, str, str]]:
    return coded(text, when, parser)


def _story(parts: list[str], parser: str = "none") -> list[set[tuple[str, str, str]]]:
    return [{(e.source.code, e.target.code, e.code) for s in ss for e in s.events}
            for ss in pipeline(parser).story(parts, D)]


def _codes(text: str) -> list[str]:
    return [m.code for m in actor_dicts.bundled().find(tokenize(text), D)]


def test_a_demonym_between_two_parts_of_a_name_is_the_name():
    assert "THA" not in _codes("Vietnam's Ambassador to the Philippines, Dr. Lai Thai Binh, attended.")
    # an office after the demonym keeps it a state's
    assert _codes("On Sunday Chinese Foreign Minister Wang Yi arrived.")[-1] == "CHNGOV"


def test_a_standing_deputy_minister_is_his_states():
    assert "VNMGOV" in _codes("A delegation led by Vietnam's Standing Deputy Minister of Foreign Affairs arrived.")


@pytest.mark.parametrize("parser", PARSERS)
def test_initials_stand_for_a_name_the_document_spelled_out(parser):
    later = _story(["A Vietnamese delegation visited the Philippine Coast Guard's headquarters in Manila.",
                    "PCG deputy commandant Vice Admiral Allan Victor Dela Vega also met with Vietnam's Ambassador "
                    "to the Philippines."], parser)[1]
    assert later == {("PHLMIL", "VNMGOV", "040"), ("VNMGOV", "PHLMIL", "040")}
    # without the spelled-out name the initials are nobody
    assert _story(["PCG deputy commandant Vice Admiral Allan Victor Dela Vega met with Vietnam's Ambassador."],
                  parser) == [set()]


@pytest.mark.parametrize("parser", PARSERS)
def test_relations_hitting_a_low_hit_no_one(parser):
    assert _events("Relations between Russia and Azerbaijan hit an all-time low this week.", parser) == set()
    assert _events("Russia hit Ukrainian energy facilities.", parser) == {("RUS", "UKR", "190")}


@pytest.mark.parametrize("parser", PARSERS)
def test_a_parliament_approving_an_accession_ratifies_it(parser):
    assert _events("The Turkish parliament has approved Sweden's admission to NATO.", parser) == \
        {("TURLEG", "SWE", "057")}


@pytest.mark.parametrize("parser", PARSERS)
def test_a_speaker_inside_a_relative_clause_is_not_its_subject(parser):
    assert _events("The troops, which India says provide help with humanitarian aid for the residents, have become "
                   "a point of contention between India and Maldives.", parser) == set()


def test_a_briefing_provided_is_a_thing_and_a_statement_condemning_is_an_act():
    assert _events("The Philippine navy provided a comprehensive briefing on Vietnam's maritime operations.") == set()
    assert _events("Iraqi officials issued a statement condemning Turkish airstrikes.") == {("IRQGOV", "TUR", "111")}


def test_an_arrest_warrant_arrests_no_one():
    assert _events("Putin is the subject of an international arrest warrant issued by the International Criminal "
                   "Court.") == set()
