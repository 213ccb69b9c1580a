"""Ties hailed as friendship in a speaker's words; a meeting in a future's time clause is to come; a trip begun on
arrival is under way; where a traveller flies in from is a stop made; a passive's doer set off after an unknown name,
or not known at all; "the two statesmen"; "his first visit" after the sentence that named him; the meeting one looks
forward to; a ruling party is its government: the readings session 43 took from its first blind batch
(fresh802-812, eval/gold/session43.jsonl)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.coder_helpers import PARSERS, coded, coded_sentences

WHEN = date(2019, 5, 14)


@pytest.mark.parametrize("parser", PARSERS)
def test_a_pair_said_to_enjoy_friendly_relations_is_hailed_by_the_speaker(parser):
    got = coded("Indian Prime Minister Narendra Modi said India and Fiji have enjoyed warm relations for decades.",
                WHEN, parser)
    assert ("INDGOV", "FJI", "051") in got


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("praise", ["are old friends", "have been good friends", "remain true friends"])
def test_a_pair_called_friends_by_a_speaker_is_hailed(parser, praise):
    got = coded(f"Ghana's president said Ghana and Turkey {praise}.", WHEN, parser)
    assert ("GHAGOV", "TUR", "051") in got


@pytest.mark.parametrize("parser", PARSERS)
def test_a_state_called_a_generous_partner_by_another_is_praised(parser):
    got = coded("\u201cJapan has been a reliable and generous partner,\u201d Kenya's foreign minister said.", WHEN,
                parser)
    assert ("KENGOV", "JPN", "051") in got


@pytest.mark.parametrize("parser", PARSERS)
def test_a_trading_partner_is_no_praise(parser):
    got = coded("Japan is Kenya's largest trading partner, Kenya's foreign minister said.", WHEN, parser)
    assert not any(code == "051" for _, _, code in got)


@pytest.mark.parametrize("parser", PARSERS)
def test_a_relationship_built_fruitful_is_hailed(parser):
    got = coded("Fiji and India have built a fruitful partnership, Fijian Prime Minister Frank Bainimarama said.",
                WHEN, parser)
    assert ("FJIGOV", "IND", "051") in got


@pytest.mark.parametrize("parser", PARSERS)
def test_a_meeting_in_a_future_time_clause_is_to_come(parser):
    got = coded("Ruto will raise trade when he meets Japanese Prime Minister Fumio Kishida in Tokyo.",
                date(2024, 2, 5), parser)
    assert ("KENGOV", "JPNGOV", "036") in got
    assert not any(code == "040" for _, _, code in got)


@pytest.mark.parametrize("parser", PARSERS)
def test_a_meeting_in_a_past_time_clause_was_held(parser):
    got = coded("Ruto raised trade when he met Japanese Prime Minister Fumio Kishida in Tokyo.",
                date(2024, 2, 9), parser)
    assert ("KENGOV", "JPNGOV", "040") in got


@pytest.mark.parametrize("parser", PARSERS)
def test_an_attack_in_a_future_time_clause_is_no_threat_by_the_attacker(parser):
    got = coded("The Iranian minister said Iran would respond when Israel attacks.", WHEN, parser)
    assert not any(code.startswith("13") for source, _, code in got if source.startswith("ISR"))


@pytest.mark.parametrize("parser", PARSERS)
def test_a_visit_begun_on_arrival_is_under_way(parser):
    got = coded("Indian President Ram Nath Kovind arrived in Suva on Tuesday to begin a three-day state visit to "
                "Fiji.", WHEN, parser)
    assert ("INDGOV", "FJI", "042") in got
    assert not any(code == "036" for _, _, code in got)


@pytest.mark.parametrize("parser", PARSERS)
def test_where_a_traveller_will_fly_in_from_is_a_stop_made(parser):
    got = coded("A statement said President Erdogan would fly in from Senegal.", date(2021, 10, 19), parser)
    assert ("TURGOV", "SEN", "042") in got
    assert not any(code == "036" for _, _, code in got)


@pytest.mark.parametrize("parser", PARSERS)
def test_a_passive_doer_set_off_after_a_name_the_dictionary_lacks(parser):
    got = coded("The Ghanaian guests were welcomed by Ahmet Yilmaz, the minister of trade of Turkey, in Ankara.",
                WHEN, parser)
    assert any(source.startswith("TUR") and target.startswith("GHA") and code == "043" for source, target, code in got)
    assert not any(source.startswith("GHA") and code == "043" for source, _, code in got)


@pytest.mark.parametrize("parser", PARSERS)
def test_a_passive_doer_the_dictionary_lacks_is_no_place_named_after_it(parser):
    got = coded("The Ghanaian delegates were received by Federal Councillor Hans Muster in Bern.", WHEN, parser)
    assert not any(code == "043" for _, _, code in got)


@pytest.mark.parametrize("parser", PARSERS)
def test_the_two_statesmen_are_the_pair_named_before(parser):
    got = coded_sentences("Indian Prime Minister Narendra Modi arrived in Fiji on Monday. He will meet Fijian Prime "
                          "Minister Frank Bainimarama. Talks are scheduled between the two statesmen on Tuesday.",
                          WHEN, parser)
    assert {("INDGOV", "FJIGOV", "036"), ("FJIGOV", "INDGOV", "036")} <= got[2]


@pytest.mark.parametrize("parser", PARSERS)
def test_his_first_visit_is_the_last_subjects(parser):
    got = coded_sentences("President Ram Nath Kovind is expected to travel to Fiji on Tuesday. This will be his "
                          "first visit to Fiji.", WHEN, parser)
    assert ("INDGOV", "FJI", "036") in got[1]


@pytest.mark.parametrize("parser", PARSERS)
def test_his_visit_after_a_person_named_in_the_sentence_is_that_persons(parser):
    got = coded_sentences("President Ram Nath Kovind is expected to travel to Fiji on Tuesday. Fijian Prime Minister "
                          "Frank Bainimarama said his visit to India was a success.", WHEN, parser)
    assert not any(source == "INDGOV" for source, _, _ in got[1])


@pytest.mark.parametrize("parser", PARSERS)
def test_the_meeting_one_looks_forward_to_is_both_sides_plan(parser):
    got = coded("Modi said he looks forward to exchanging views with Fijian Prime Minister Frank Bainimarama.", WHEN,
                parser)
    assert {("INDGOV", "FJIGOV", "036"), ("FJIGOV", "INDGOV", "036")} <= got


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("party", ["Communist Party of China (CPC) official", "CPC"])
def test_a_ruling_partys_official_is_its_government(parser, party):
    got = coded(f"Senior {party} Wang Huning on Wednesday met with Togolese President Faure Gnassingbe.",
                date(2018, 9, 5), parser)
    assert ("CHNGOV", "TGOGOV", "040") in got


@pytest.mark.parametrize("parser", PARSERS)
def test_standing_ready_to_work_with_a_state_is_no_stand_with_it(parser):
    got = coded("Wang said China stands ready to work with Togo to implement the outcomes of the summit.",
                date(2018, 9, 5), parser)
    assert ("CHN", "TGO", "030") in got
    assert not any(code == "051" for _, _, code in got)


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("joined", ["and his delegation", "along with his delegation"])
def test_a_minister_with_his_delegation_in_a_state_visits_it(parser, joined):
    got = coded(f"Fijian Foreign Minister Inia Seruiratu {joined} are currently in India.", WHEN, parser)
    assert ("FJIGOV", "IND", "042") in got
