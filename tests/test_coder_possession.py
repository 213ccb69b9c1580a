"""Whose an agent is when no state stands before it: "its troops", "the two sides", "jet fighters"."""

from __future__ import annotations

from datetime import date

import pytest

from dyadwatch.coding import actors
from dyadwatch.coding.text import tokenize
from tests.coder_helpers import PARSERS, coded

D = date(2023, 3, 10)


def _mentions(text: str) -> list[tuple[str, str, str]]:
    return [(m.text, m.code, m.kind) for m in actors.bundled().find(tokenize(text), D)]


def test_a_possessed_agent_is_its_owners_and_names_no_other_party():
    assert ("army", "ISRMIL", "possessed") in _mentions("Israel said its army struck.")
    assert ("navy", "PHLMIL", "possessed") in _mentions("The Philippines said its navy was shadowed.")
    assert ("ambassadors", "UKRGOV", "possessed") in _mentions("Ukraine has recalled its ambassadors to Georgia.")


@pytest.mark.parametrize("parser", PARSERS)
def test_recalling_ones_own_envoys_targets_where_they_served(parser):
    got = coded("Ukrainian President Volodymyr Zelenskiy says his country has recalled its ambassadors to "
                "Kyrgyzstan and Georgia for consultations.", D, parser)
    assert {("UKR", "KGZ", "161"), ("UKR", "GEO", "161")} <= got
    assert not any(t.startswith("---") for _, t, _ in got)


def test_jet_fighters_are_aircraft_not_fighters():
    assert [text for text, *_ in _mentions("The Israeli army said its jet fighters struck targets.")] == ["Israeli army"]
    assert ("fighters", "---REB", "unowned") in _mentions("Armed fighters attacked the convoy.")


@pytest.mark.parametrize("parser", PARSERS)
def test_a_pair_we_cannot_see_is_nobody(parser):
    assert coded("In the Thursday call, the two sides conferred on the situation in northern Syria.", D, parser) == set()
    assert coded("The sides hailed the successful cooperation between Azerbaijan and the OSCE.", D, parser) == set()
    # a pair named before is still the pair
    got = coded("Armenia and Azerbaijan said the two sides would meet in Brussels.", D, parser)
    assert {("ARM", "AZE", "036"), ("AZE", "ARM", "036")} <= got or {("ARM", "AZE", "040")} <= got


@pytest.mark.parametrize("parser", PARSERS)
def test_a_possessed_agent_does_not_stand_in_for_the_joint_subject(parser):
    got = coded("Mali, Niger and Burkina Faso withdrew their ambassadors from Algeria after accusing Algerian forces "
                "of downing a drone.", D, parser)
    assert {("MLI", "DZA", "161"), ("NER", "DZA", "161"), ("BFA", "DZA", "161")} <= got
    assert {("MLI", "DZAMIL", "112"), ("NER", "DZAMIL", "112"), ("BFA", "DZAMIL", "112")} <= got
