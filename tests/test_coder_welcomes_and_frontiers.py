"""Guests welcomed (a passive reception, a "red-carpet welcome to" a state), a state's own Security Council, "will
“soon” visit", clashes listed before "media reports said", "each ... the other country", troops sent to a frontier,
an attack answered with "an exchange of fire", a call to hand someone to a court, a second clause after an appeal,
signing as a trip's purpose and its intent code (030), and breaking ground on a joint project: the readings session 31
took from its blind sets (fresh393-403, eval/gold/session31.jsonl)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.coder_helpers import PARSERS, coded

WHEN = date(2024, 9, 4)


@pytest.mark.parametrize("parser", PARSERS)
def test_a_guest_welcomed_in_the_passive_is_received(parser):
    got = coded("Pezeshkian was formally welcomed in Yerevan on Tuesday by Armenian Prime Minister Nikol Pashinyan at "
                "the presidential palace.", date(2025, 8, 19), parser)
    assert ("ARMGOV", "IRNGOV", "043") in got and not any(c == "051" for _, _, c in got)


@pytest.mark.parametrize("parser", PARSERS)
def test_a_guest_welcomed_in_the_active_is_received(parser):
    assert ("AZEGOV", "TURGOV", "043") in coded("Aliyev welcomed Erdogan at the airport.", WHEN, parser)


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("what", ["Japan's decision to lift the ban", "the US statement on the peace deal",
                                  "the agreement between Armenia and Azerbaijan"])
def test_welcoming_a_states_act_is_praise(parser, what):
    got = coded(f"Australia welcomed {what}.", WHEN, parser)
    assert got and all(c == "051" for _, _, c in got)


@pytest.mark.parametrize("parser", PARSERS)
def test_a_red_carpet_welcome_to_a_state_is_the_guests_visit(parser):
    got = coded("Russian President Vladimir Putin has received a red-carpet welcome to Mongolia, as the country "
                "ignored calls to arrest him.", WHEN, parser)
    assert ("RUSGOV", "MNG", "042") in got and not any(c == "043" for _, _, c in got)


@pytest.mark.parametrize("parser", PARSERS)
def test_a_states_national_security_council_is_its_own(parser):
    got = coded("She said President Radev has full right to convene the National Security Council of Bulgaria to "
                "discuss the situation in Macedonia.", date(2021, 12, 20), parser)
    assert not any("IGOUNO" in (s, t) for s, t, _ in got)


@pytest.mark.parametrize("parser", PARSERS)
def test_a_states_security_council_secretary_is_its_official(parser):
    got = coded("Russia's Security Council secretary Nikolai Patrushev met Iranian officials.", WHEN, parser)
    assert ("RUSGOV", "IRNGOV", "040") in got


@pytest.mark.parametrize("parser", PARSERS)
def test_the_un_security_council_stays_the_uns(parser):
    assert ("IGOUNO", "ISR", "111") in coded("The Security Council condemned Israel.", WHEN, parser)


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("soon", ["“soon”", '"soon"'])
def test_a_quoted_adverb_after_will_keeps_the_visit_to_come(parser, soon):
    got = coded(f"Speaking at the Delphi Economic Forum, Tsipras said that he will {soon} visit Skopje.",
                date(2019, 3, 7), parser)
    assert ("GRCGOV", "MKD", "036") in got and not any(c == "042" for _, _, c in got)


@pytest.mark.parametrize("parser", PARSERS)
def test_a_clash_list_ends_at_its_and(parser):
    got = coded("Clashes broke out on Saturday between Iranian border guards and Taliban forces, media reports said.",
                date(2023, 5, 27), parser)
    assert {("IRNMIL", "AFGMIL", "190"), ("AFGMIL", "IRNMIL", "190")} <= got
    assert not any("MED" in s + t for s, t, _ in got)


@pytest.mark.parametrize("parser", PARSERS)
def test_a_list_of_three_still_joins(parser):
    got = coded("Talks between Egypt, Ethiopia and Sudan resumed in Khartoum.", WHEN, parser)
    assert {("EGY", "ETH", "046"), ("ETH", "SDN", "046"), ("SDN", "EGY", "046")} <= got


@pytest.mark.parametrize("parser", PARSERS)
def test_each_expelling_a_diplomat_of_the_other(parser):
    got = coded("Serbia and Croatia each have expelled a diplomat from the other country, a move that further "
                "strains relations.", date(2023, 11, 21), parser)
    assert {("SRB", "HRVGOV", "161"), ("HRV", "SRBGOV", "161")} <= got


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("sentence, pair", [
    ("The Sudanese government is said to be sending more troops to its border with neighboring Ethiopia.",
     ("SDNGOV", "ETH")),
    ("Russia sent troops to the border with Ukraine.", ("RUS", "UKR"))])
def test_troops_sent_to_a_frontier_are_a_show_of_force(parser, sentence, pair):
    got = coded(sentence, date(2020, 12, 20), parser)
    assert (*pair, "150") in got and not any(c == "074" for _, _, c in got)


@pytest.mark.parametrize("parser", PARSERS)
def test_troops_sent_to_a_state_still_help_it(parser):
    assert ("RWA", "MOZ", "074") in coded("Rwanda sent troops to Mozambique.", WHEN, parser)


@pytest.mark.parametrize("parser", PARSERS)
def test_an_attack_answered_by_an_exchange_of_fire_is_both_ways(parser):
    got = coded("An Iranian police official said a border outpost in southeastern Iran had come under heavy attack "
                "by the Taliban, prompting an exchange of fire.", date(2023, 5, 27), parser)
    assert {("AFGGOV", "IRN", "190"), ("IRN", "AFGGOV", "190")} <= got


@pytest.mark.parametrize("parser", PARSERS)
def test_an_attack_alone_stays_one_way(parser):
    got = coded("A border outpost in southeastern Iran came under heavy attack by the Taliban.", date(2023, 5, 27),
                parser)
    assert ("AFGGOV", "IRN", "190") in got and ("IRN", "AFGGOV", "190") not in got


@pytest.mark.parametrize("parser", PARSERS)
def test_a_call_to_hand_someone_to_a_court_asks_for_judicial_cooperation(parser):
    got = coded("Ukraine urged Mongolia to hand Putin over to the court in The Hague.", WHEN, parser)
    assert ("UKR", "MNG", "0213") in got


@pytest.mark.parametrize("parser", PARSERS)
def test_a_clause_of_its_own_after_an_appeal_is_coded(parser):
    got = coded("Ahead of his visit, Ukraine urged Mongolia to hand Putin over to the court in The Hague, and the "
                "European Union expressed concern that Mongolia might not execute the warrant.", WHEN, parser)
    assert ("IGOEUREEC", "MNG", "012") in got


@pytest.mark.parametrize("parser", PARSERS)
def test_a_second_act_asked_for_stays_asked(parser):
    got = coded("Russia urged Armenia to stop the drills, and to withdraw its troops from the border.", WHEN, parser)
    assert got and all(c[:2] == "02" for _, _, c in got)


@pytest.mark.parametrize("parser", PARSERS)
def test_signing_as_a_trips_purpose_is_an_intent_with_the_host(parser):
    got = coded("Iranian President Masoud Pezeshkian is in Armenia to sign key agreements reflecting shared interests "
                "and to address what Tehran sees as serious concerns over the United States’ presence in the region.",
                date(2025, 8, 19), parser)
    assert {("IRNGOV", "ARM", "042"), ("IRNGOV", "ARM", "030")} <= got
    assert not any(t.startswith("USA") for _, t, _ in got)


@pytest.mark.parametrize("parser", PARSERS)
def test_a_deal_to_be_signed_is_an_intent_to_cooperate(parser):
    got = coded("The Philippines and Vietnam are set to sign an agreement that would further enhance their maritime "
                "cooperation.", date(2024, 1, 23), parser)
    assert {("PHL", "VNM", "030"), ("VNM", "PHL", "030")} <= got


@pytest.mark.parametrize("parser", PARSERS)
def test_signing_with_a_named_partner_on_a_trip_keeps_the_partner(parser):
    got = coded("Erdogan traveled to Baku to sign agreements with Aliyev.", WHEN, parser)
    assert ("TURGOV", "AZEGOV", "030") in got


@pytest.mark.parametrize("parser", PARSERS)
def test_laying_a_foundation_together_inaugurates_a_joint_project(parser):
    got = coded("Aliyev and Erdogan laid the foundation stone of the Igdir-Nakhchivan gas pipeline.", WHEN, parser)
    assert {("AZEGOV", "TURGOV", "061"), ("TURGOV", "AZEGOV", "061")} <= got
