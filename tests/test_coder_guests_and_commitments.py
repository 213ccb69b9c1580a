""""welcomed the Honorable Dato' Sri Ismail SabriYaakob, Prime Minister of Malaysia, at the Government House", "as a
guest of the Royal Thai Government", an invitation from one person's two titles or from an office of no named state,
ties "reinvigorated", a "commitment to promote" cooperation and talks to come "inter alia": the readings session 35
took from its second blind batch (fresh500-509, eval/gold/session35.jsonl)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.coder_helpers import PARSERS, coded

BANGKOK = date(2022, 2, 25)


@pytest.mark.parametrize("parser", PARSERS)
def test_a_guest_named_by_an_unknown_name_then_his_office_is_welcomed_at_the_seat(parser):
    got = coded("Prime Minister Prayut Chan-o-cha welcomed the Honorable Dato' Sri Ismail SabriYaakob, Prime Minister "
                "of Malaysia, at the Government House on February 25, 2022.", BANGKOK, parser)
    assert {("THAGOV", "MYSGOV", "043"), ("MYSGOV", "THA", "042")} <= got
    assert not any(c == "051" for _, _, c in got)


@pytest.mark.parametrize("parser", PARSERS)
def test_a_thing_welcomed_before_a_speaker_is_no_guest(parser):
    got = coded("The minister welcomed the Paris Agreement, Chinese President Xi Jinping said.", BANGKOK, parser)
    assert not any(c == "043" for _, _, c in got)


@pytest.mark.parametrize("parser", PARSERS)
def test_a_guest_of_a_government_is_hosted_by_it(parser):
    got = coded("The Malaysian prime minister is paying an official visit to Thailand as a guest of the Royal Thai "
                "Government from February 24-26, 2022.", BANGKOK, parser)
    assert {("MYSGOV", "THA", "042"), ("THAGOV", "MYSGOV", "043")} <= got


@pytest.mark.parametrize("parser", PARSERS)
def test_the_guest_of_an_evening_is_hosted_by_no_one(parser):
    got = coded("The guest of the evening, President Macron, spoke of Germany.", BANGKOK, parser)
    assert not any(c == "043" for _, _, c in got)


@pytest.mark.parametrize("parser", PARSERS)
def test_an_invitation_from_one_persons_two_titles(parser):
    got = coded("Foreign Minister Shah Mehmood Qureshi is visiting China at the invitation of the State Councilor and "
                "Chinese Foreign Minister Wang Yi.", date(2021, 7, 23), parser)
    assert {("PAKGOV", "CHN", "042"), ("CHNGOV", "PAKGOV", "036")} <= got


@pytest.mark.parametrize("parser", PARSERS)
def test_an_invitation_from_an_office_of_no_named_state_is_the_visited_states(parser):
    got = coded("Ghana's President Nana Akufo-Addo arrived in Nigeria on Tuesday on the invitation of the Acting "
                "President.", date(2017, 8, 1), parser)
    assert ("NGAGOV", "GHAGOV", "036") in got


@pytest.mark.parametrize("parser", PARSERS)
def test_ties_reinvigorated_by_agreement_are_meant(parser):
    got = coded("Lebanon and Jordan have agreed to reinvigorate their bilateral ties.", date(2025, 8, 19), parser)
    assert {("LBN", "JOR", "032"), ("JOR", "LBN", "032")} <= got


@pytest.mark.parametrize("parser", PARSERS)
def test_a_commitment_to_promote_cooperation_is_meant(parser):
    got = coded("Thailand and Malaysia have affirmed their commitment to promote border cooperation and economic "
                "development.", BANGKOK, parser)
    assert {("THA", "MYS", "032"), ("MYS", "THA", "032")} <= got


@pytest.mark.parametrize("parser", PARSERS)
def test_talks_to_come_inter_alia(parser):
    got = coded("During the visit, Pakistan and China will inter alia discuss further deepening of bilateral "
                "relations.", date(2021, 7, 23), parser)
    assert {("PAK", "CHN", "036"), ("CHN", "PAK", "036")} <= got
    assert not any(c == "040" for _, _, c in got)
