"""Talks "had" behind an adjective, "the head of the government", an accusation in a ministry's statement, a commander
visiting another state's forces, a subordinate clause's subject, ties strengthened as a visit's purpose, a deal
approved, a meeting that "would be convened", a pair's possessive before a modified agent, forecasts ("are expected
to"), signing "alongside" a partner and a dated deputy prime minister: the readings session 32 took from its blind
sets (fresh404-415, eval/gold/session32.jsonl)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.coder_helpers import PARSERS, coded, coded_sentences

WHEN = date(2023, 3, 20)
PAIR = "Prime Minister Edi Rama met Greek Prime Minister Kyriakos Mitsotakis in Athens. "


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("talks", ["bilateral talks", "productive talks", "talks"])
def test_talks_the_pair_will_have_are_a_meeting_to_come(parser, talks):
    last = coded_sentences(f"{PAIR}The two delegations will have {talks} regarding open topics.", WHEN, parser)[-1]
    assert {("ALBGOV", "GRCGOV", "036"), ("GRCGOV", "ALBGOV", "036")} <= last


@pytest.mark.parametrize("parser", PARSERS)
def test_a_meeting_the_pair_has_delayed_is_no_meeting(parser):
    last = coded_sentences(f"{PAIR}The two delegations have delayed their meeting.", WHEN, parser)[-1]
    assert not any(c[:2] == "04" or c == "036" for _, _, c in last)


@pytest.mark.parametrize("parser", PARSERS)
def test_the_head_of_the_government_is_the_prime_minister_named_before(parser):
    last = coded_sentences("Prime Minister Edi Rama is on a two-day visit to Athens. The head of the government met "
                           "the Greek Prime Minister, Kyrakos Mitsotakis, on Monday.", WHEN, parser)[-1]
    assert {("ALBGOV", "GRCGOV", "040"), ("GRCGOV", "ALBGOV", "040")} <= last


@pytest.mark.parametrize("parser", PARSERS)
def test_a_president_named_before_is_not_the_head_of_the_government(parser):
    last = coded_sentences("Azerbaijani President Ilham Aliyev visited Tbilisi. The head of the government met the "
                           "Armenian ambassador.", WHEN, parser)[-1]
    assert not any(s == "AZEGOV" for s, _, _ in last)


@pytest.mark.parametrize("parser", PARSERS)
def test_a_statement_that_an_ambassador_has_been_interfering_accuses_him(parser):
    got = coded("On the same day, the Ministry of Foreign Affairs of Montenegro issued a statement saying that "
                "Vladimir Bozovic, Serbia's ambassador to Montenegro, \u201chas been interfering in Montenegro's "
                "internal affairs for a long time\u201d.", date(2020, 11, 29), parser)
    assert ("MNEGOV", "SRBGOV", "112") in got


@pytest.mark.parametrize("parser", PARSERS)
def test_a_statement_that_an_ambassador_was_invited_accuses_nobody(parser):
    got = coded("The Ministry of Foreign Affairs of Montenegro issued a statement saying that Serbia's ambassador had "
                "been invited to the ceremony.", date(2020, 11, 29), parser)
    assert not any(c == "112" for _, _, c in got)


@pytest.mark.parametrize("parser", PARSERS)
def test_a_commander_visiting_another_states_forces_meets_them(parser):
    got = coded("The Mozambique armed forces Chief of General Staff Admiral Joaquim Mangrasse on 13 September visited "
                "Rwandan security forces in Cabo Delgado province.", date(2022, 9, 13), parser)
    assert {("MOZMIL", "RWACOP", "040"), ("RWACOP", "MOZMIL", "040")} <= got
    assert not any(c == "042" for _, _, c in got)


@pytest.mark.parametrize("parser", PARSERS)
def test_a_commander_visiting_a_state_still_visits_it(parser):
    got = coded("The Mozambique armed forces Chief of General Staff Admiral Joaquim Mangrasse visited Rwanda on "
                "Monday.", date(2022, 9, 13), parser)
    assert ("MOZMIL", "RWA", "042") in got


SINCE = "Admiral Joaquim Mangrasse, the Mozambique armed forces Chief of General Staff, visited Cabo Delgado. "


@pytest.mark.parametrize("parser", PARSERS)
def test_the_subject_of_a_since_clause_is_not_the_one_commended(parser):
    last = coded_sentences(f"{SINCE}He commended the progress made over the past year, since Rwanda Security Forces "
                           "deployed to fight terrorists.", date(2022, 9, 13), parser)[-1]
    assert not any(c == "051" for _, _, c in last)


@pytest.mark.parametrize("parser", PARSERS)
def test_the_object_before_a_since_clause_is_commended(parser):
    last = coded_sentences(f"{SINCE}He commended Rwanda Security Forces, since they deployed to fight terrorists.",
                           date(2022, 9, 13), parser)[-1]
    assert ("MOZMIL", "RWACOP", "051") in last


CHILE = date(2021, 1, 26)


@pytest.mark.parametrize("parser", PARSERS)
def test_deepening_ties_as_a_visits_purpose_is_an_intent_toward_the_host(parser):
    got = coded("The president of Argentina, Alberto Fernández, arrived this Tuesday in Chile on a two-day state "
                "visit, in which he met with his colleague Sebastián Piñera, to deepen bilateral ties.", CHILE, parser)
    assert ("ARGGOV", "CHLGOV", "032") in got and not any(c == "050" for _, _, c in got)


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("text, event", [
    ("Alberto Fernández visited Chile to strengthen ties with Bolivia.", ("ARGGOV", "BOL", "032")),
    ("Alberto Fernández met with Sebastián Piñera to strengthen ties between the two countries.",
     ("ARGGOV", "CHL", "032")),
])
def test_a_purpose_naming_its_partner_is_an_intent_toward_it(parser, text, event):
    got = coded(text, CHILE, parser)
    assert event in got and not any(c == "050" for _, _, c in got)


@pytest.mark.parametrize("parser", PARSERS)
def test_ties_strengthened_without_a_visit_stay_cooperation(parser):
    assert ("ARGGOV", "CHL", "050") in coded("Alberto Fernández strengthened ties with Chile.", CHILE, parser)


@pytest.mark.parametrize("parser", PARSERS)
def test_approving_a_deal_with_a_state_ratifies_it(parser):
    got = coded("Iraq yesterday approved a deal with Kuwait regulating the use of a shared waterway.",
                date(2013, 1, 30), parser)
    assert ("IRQ", "KWT", "057") in got and not any(c == "051" for _, _, c in got)


@pytest.mark.parametrize("parser", PARSERS)
def test_approving_a_deal_between_others_endorses_it(parser):
    got = coded("The EU approved the agreement between Serbia and Kosovo.", date(2013, 1, 30), parser)
    assert ("IGOEUREEC", "SRB", "051") in got and not any(c == "057" for _, _, c in got)


SUDANS = "Sudan's leader Abdel Fattah al-Burhan held talks with South Sudan's adviser Tut Gatluak. "


@pytest.mark.parametrize("parser", PARSERS)
def test_a_meeting_that_would_be_convened_is_to_come(parser):
    last = coded_sentences(f"{SUDANS}A meeting between the two nations' oil ministries would be convened to discuss "
                           "the matter, he said.", date(2024, 6, 3), parser)[-1]
    assert {("SDNGOV", "SSDGOV", "036"), ("SSDGOV", "SDNGOV", "036")} <= last
    assert not any(c == "040" for _, _, c in last)


@pytest.mark.parametrize("parser", PARSERS)
def test_a_meeting_that_was_held_happened(parser):
    last = coded_sentences(f"{SUDANS}A meeting between the two nations' oil ministries was held in Port Sudan.",
                           date(2024, 6, 3), parser)[-1]
    assert ("SDNGOV", "SSDGOV", "040") in last


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("what", ["The two leaders are expected to hold discussions on bilateral matters.",
                                  "The two leaders are expected to sign several agreements.",
                                  "The two leaders are also expected to meet on Thursday."])
def test_what_parties_are_expected_to_do_is_a_forecast(parser, what):
    last = coded_sentences(f"{PAIR}{what}", WHEN, parser)[-1]
    assert not last


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("what, code", [("are scheduled to meet on Thursday", "036"),
                                        ("are set to sign several agreements", "030")])
def test_what_parties_are_scheduled_to_do_is_still_their_plan(parser, what, code):
    last = coded_sentences(f"{PAIR}The two leaders {what}.", WHEN, parser)[-1]
    assert {("ALBGOV", "GRCGOV", code), ("GRCGOV", "ALBGOV", code)} <= last


@pytest.mark.parametrize("parser", PARSERS)
def test_signing_alongside_a_partner_is_both_sides_signature(parser):
    got = coded("Deputy prime minister and minister for Defence, Richard Marles, signed the historic agreement "
                "alongside Indonesian minister of Defence, Prabowo Subianto.", date(2024, 8, 30), parser)
    assert {("AUSGOV", "IDNMIL", "057"), ("IDNMIL", "AUSGOV", "057")} <= got


@pytest.mark.parametrize("parser", PARSERS)
def test_marles_is_australias_government_only_from_may_2022(parser):
    text = "Richard Marles met Indonesian Foreign Minister Retno Marsudi in Jakarta."
    assert any(s == "AUSGOV" for s, _, _ in coded(text, date(2024, 8, 30), parser))
    assert not any(s == "AUSGOV" for s, _, _ in coded(text, date(2020, 3, 1), parser))


@pytest.mark.parametrize("parser", PARSERS)
def test_another_states_move_to_bolster_ties_is_not_the_visitors_purpose(parser):
    got = coded("Chinese President Xi Jinping met with Vietnamese leaders on the second day of his trip to Hanoi, "
                "following Vietnam's move to bolster relations with the United States and Japan.", date(2023, 12, 13),
                parser)
    assert not any(s == "CHNGOV" and t in ("USA", "JPN") for s, t, _ in got)
