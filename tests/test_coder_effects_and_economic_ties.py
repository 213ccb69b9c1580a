"""What a visit will do is its effect, no one's act; economic ties strengthened are economic cooperation; deepening
exchanges, engagement or friendship is strengthening ties; phone talks are a call; a "press statement" presses no
one: the readings session 42 took from its third blind batch (fresh792-801, eval/gold/session42.jsonl)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.coder_helpers import PARSERS, coded


@pytest.mark.parametrize("parser", PARSERS)
def test_what_a_visit_will_do_is_its_effect(parser):
    got = coded("Kenyan President William Ruto's state visit to Ghana will bolster bilateral ties, the envoy said.",
                date(2023, 10, 4), parser)
    assert ("KENGOV", "GHA", "042") in got
    assert not any(code in ("032", "050", "036") for _, _, code in got)


@pytest.mark.parametrize("parser", PARSERS)
def test_a_leader_who_will_bolster_ties_still_intends_it(parser):
    got = coded("Kenyan President William Ruto will bolster ties with Ghana, his office said.", date(2023, 10, 4),
                parser)
    assert ("KENGOV", "GHA", "032") in got


@pytest.mark.parametrize("parser", PARSERS)
def test_strengthening_economic_collaboration_is_economic_cooperation(parser):
    got = coded("The Kenyan government looks forward to strengthening economic collaboration with Ghana.",
                date(2023, 10, 4), parser)
    assert any(code.startswith("031") or code == "061" for source, target, code in got
               if (source, target) == ("KENGOV", "GHA"))


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("noun", ["exchanges", "engagement", "friendship"])
def test_deepening_exchanges_or_friendship_strengthens_ties(parser, noun):
    got = coded(f"Kenya and Ghana agreed to deepen cultural {noun}.", date(2023, 10, 4), parser)
    assert {("KEN", "GHA", "032"), ("GHA", "KEN", "032")} <= got


@pytest.mark.parametrize("parser", PARSERS)
def test_phone_talks_are_a_call(parser):
    got = coded("Kenyan President William Ruto held phone talks with Ghanaian President Nana Akufo-Addo.",
                date(2023, 10, 4), parser)
    assert ("KENGOV", "GHAGOV", "041") in got
    assert ("KENGOV", "GHAGOV", "046") not in got


@pytest.mark.parametrize("parser", PARSERS)
def test_a_press_statement_presses_no_one(parser):
    got = coded("As per the Kenyan Ministry of Foreign Affairs (MFA) press statement, the relationship between Kenya "
                "and Ghana goes back to 1957.", date(2023, 10, 4), parser)
    assert not any(code.startswith("02") for _, _, code in got)


@pytest.mark.parametrize("parser", PARSERS)
def test_a_leader_framed_by_the_visit_still_acts(parser):
    got = coded("During the visit President William Ruto will make a state call on the President of Ghana.",
                date(2023, 10, 4), parser)
    assert ("KENGOV", "GHAGOV", "036") in got
