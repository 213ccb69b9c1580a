"""A meeting put off and one agreed, ties stopped, a visit "in" a state, a guest welcomed "to" a city or met on
arrival at its airport, a host met on the sidelines in his own state, the aim "as part of a drive to", an office's
capitalised "Vice-President", the subject past an opening phrase, an intent "interested in" a gerund, a meeting dated
after the story, an unnamed state's minister and "her Chinese counterpart", seeking to resolve a dispute, talks about
an invasion (not concern about exchanges): the readings
session 39 took from its first blind batch (fresh623-634, eval/gold/session39.jsonl)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.coder_helpers import PARSERS, coded, coded_sentences


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("verb", ["was postponed by one week", "has been cancelled", "was called off"])
def test_a_meeting_put_off_is_no_meeting(parser, verb):
    got = coded(f"A joint meeting of the governments of Kosovo and Albania in Shkoder {verb}.", date(2020, 9, 23),
                parser)
    assert not {e for e in got if e[2][:2] == "04"}


@pytest.mark.parametrize("parser", PARSERS)
def test_a_meeting_called_historic_still_happened(parser):
    got = coded("The meeting between Kosovo and Albania was called historic.", date(2020, 9, 23), parser)
    assert ("XKX", "ALB", "040") in got


@pytest.mark.parametrize("parser", PARSERS)
def test_a_postponement_agreed_with_a_counterpart(parser):
    got = coded("Kosovo Prime Minister Avdullah Hoti announced that he had agreed regarding the postponement with "
                "Albania's Prime Minister Edi Rama.", date(2020, 9, 23), parser)
    assert {("XKXGOV", "ALBGOV", "161"), ("ALBGOV", "XKXGOV", "161")} <= got
    assert not {e for e in got if e[2] == "030"}


@pytest.mark.parametrize("parser", PARSERS)
def test_a_meeting_agreed_is_to_come_both_ways(parser):
    got = coded("Kosovo Prime Minister Avdullah Hoti said he agreed with Albanian Prime Minister Edi Rama that the "
                "joint meeting of the two governments be held on October 2.", date(2020, 9, 23), parser)
    assert {("XKXGOV", "ALBGOV", "036"), ("ALBGOV", "XKXGOV", "036")} <= got


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("text, code", [("Burundi has stopped ties with Rwanda.", "161"),
                                        ("Burundi stopped trade with Rwanda.", "163")])
def test_stopping_ties_or_trade(parser, text, code):
    assert ("BDI", "RWA", code) in coded(text, date(2024, 1, 12), parser)


@pytest.mark.parametrize("parser", PARSERS)
def test_a_visit_in_a_state(parser):
    got = coded("President Andry Rajoelina of Madagascar is currently on an official visit in Mauritius to attend a "
                "ceremony.", date(2024, 9, 30), parser)
    assert ("MDGGOV", "MUS", "042") in got


@pytest.mark.parametrize("parser", PARSERS)
def test_welcomed_to_a_city(parser):
    got = coded("Gambian Vice-President Mohammed Jallow was welcomed to Dakar by Senegalese Prime Minister Ousmane "
                "Sonko.", date(2024, 7, 29), parser)
    assert {("SENGOV", "GMBGOV", "043"), ("GMBGOV", "SEN", "042")} <= got


@pytest.mark.parametrize("parser", PARSERS)
def test_met_upon_arrival_at_an_airport_in_the_hosts_city(parser):
    got = coded("Jordan's King Abdullah II met today with the Iraqi Prime Minister, Muhammad Shia Al-Sudani, upon "
                "his arrival at Marka Military Airport in Amman.", date(2022, 11, 21), parser)
    assert {("JORGOV", "IRQGOV", "040"), ("IRQGOV", "JOR", "042")} <= got
    assert ("JORGOV", "IRQ", "042") not in got


@pytest.mark.parametrize("parser", PARSERS)
def test_a_host_met_on_the_sidelines_in_his_own_state(parser):
    got = coded("External Affairs Minister Sushma Swaraj met Chinese president Xi Jinping on the sidelines of the "
                "Shanghai Cooperation Organisation (SCO) foreign ministers' meeting which began in Beijing Monday.",
                date(2018, 4, 24), parser)
    assert ("INDGOV", "CHN", "042") in got
    assert ("CHNGOV", "CHN", "042") not in got


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("aim", ["as part of a drive to strengthen", "in an effort to strengthen"])
def test_what_a_visit_is_for(parser, aim):
    got = coded(f"Gambia's vice-president Mohammed Jallow is in Senegal for a two-day working visit {aim} friendly "
                "relations between the two neighbours.", date(2024, 7, 29), parser)
    assert ("GMBGOV", "SEN", "042") in got
    assert not {e for e in got if e[2] == "032"}


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("named", ["Gambia's vice-president Mohammed Jallow", "Gambian Vice-President Mohammed Jallow"])
def test_the_capitalised_office_the_document_named(parser, named):
    sentences = coded_sentences(f"{named} is in Senegal for a working visit. The Vice-President will also meet with "
                                "President Bassirou Diomaye Faye.", date(2024, 7, 29), parser)
    assert {("GMBGOV", "SENGOV", "036"), ("SENGOV", "GMBGOV", "036")} <= sentences[1]


@pytest.mark.parametrize("parser", PARSERS)
def test_he_is_the_subject_past_the_opening_phrase(parser):
    sentences = coded_sentences("President Emmerson Mnangagwa is on a State visit to Botswana. After his private "
                                "talks with Khama, Mnangagwa later addressed Parliament. Today, he is touring "
                                "Gaborone.", date(2018, 2, 13), parser)
    assert ("ZWEGOV", "BWA", "042") in sentences[2]
    assert not {e for e in sentences[2] if e[0] == "BWAGOV"}


@pytest.mark.parametrize("parser", PARSERS)
def test_interested_in_a_gerund_is_an_intent(parser):
    sentences = coded_sentences("Slovakia and Austria held talks. Both countries are interested in deepening these "
                                "relations.", date(2022, 10, 16), parser)
    assert {("SVK", "AUT", "032"), ("AUT", "SVK", "032")} <= sentences[1]


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("story, ahead", [(date(2018, 4, 24), True), (date(2018, 4, 30), False)])
def test_a_meeting_dated_after_the_story(parser, story, ahead):
    got = coded("India and China announced a summit meeting between Xi and Modi at Wuhan on April 27.", story, parser)
    assert (("INDGOV", "CHNGOV", "036") in got and ("CHNGOV", "INDGOV", "036") in got) is ahead
    assert (("INDGOV", "CHNGOV", "040") in got) is not ahead
    assert ("INDGOV", "CHN", "036") not in got


@pytest.mark.parametrize("parser", PARSERS)
def test_an_unnamed_states_minister_and_her_counterpart(parser):
    sentences = coded_sentences("External Affairs Minister Sushma Swaraj met Chinese president Xi Jinping in "
                                "Beijing. Defence Minister Nirmala Sitharaman was also in Beijing, and she will meet "
                                "her Chinese counterpart Lt Gen Wei Fenghe.", date(2018, 4, 24), parser)
    assert {("INDMIL", "CHNMIL", "036"), ("CHNMIL", "INDMIL", "036")} <= sentences[1]


@pytest.mark.parametrize("parser", PARSERS)
def test_seeking_to_resolve_issues(parser):
    got = coded("Pakistan seeks to resolve the dispute with India.", date(2018, 4, 24), parser)
    assert ("PAK", "IND", "037") in got


@pytest.mark.parametrize("parser", PARSERS)
def test_an_invasion_talked_about_is_the_topic(parser):
    got = coded("Scholz will hold meetings with senior Czech politicians about the Russian invasion of Ukraine.",
                date(2022, 8, 22), parser)
    assert ("RUS", "UKR", "192") not in got
    assert ("RUS", "UKR", "192") in coded("The talks came after the Russian invasion of Ukraine.", date(2022, 8, 22),
                                          parser)


@pytest.mark.parametrize("parser", PARSERS)
def test_concern_about_exchanges_is_no_topic(parser):
    got = coded("Caricom expressed concern about the increasingly harsh exchanges of statements between Guyana and "
                "Venezuela.", date(2023, 12, 14), parser)
    assert {("GUY", "VEN", "111"), ("VEN", "GUY", "111")} <= got
