"""Deals sealed, partners met "with", diplomats expelled "from" a state, visits that "come to" a place, borders that
reopen of themselves, prisoners traded, "with X releasing", a "visiting" office holder, "would formally reopen",
"him and Orbán", consent sought, questions raised, protests of no one named and events "attended by": the readings
session 30 took from its blind sets (fresh381-392, eval/gold/session30.jsonl)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.coder_helpers import PARSERS, coded, coded_sentences

WHEN = date(2024, 5, 27)


@pytest.mark.parametrize("parser", PARSERS)
def test_a_deal_sealed_is_concluded(parser):
    got = coded("Norway and Russia have sealed an agreement on fishery quotas for the Barents Sea.", WHEN, parser)
    assert {("NOR", "RUS", "057"), ("RUS", "NOR", "057")} <= got


@pytest.mark.parametrize("parser", PARSERS)
def test_a_deal_reached_stays_an_intent(parser):
    got = coded("Lebanon and Israel have reached a deal on their maritime border.", WHEN, parser)
    assert ("LBN", "ISR", "030") in got and not any(c == "057" for _, _, c in got)


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("verb", ["sealed", "signed"])
def test_a_deal_sealed_during_talks_is_between_the_talks_parties(parser, verb):
    got = coded(f"The deal was {verb} during talks between Russian President Vladimir Putin and Uzbekistan leader "
                "Shavkat Mirziyoyev in Tashkent.", WHEN, parser)
    assert {("RUSGOV", "UZBGOV", "057"), ("UZBGOV", "RUSGOV", "057")} <= got


@pytest.mark.parametrize("parser", PARSERS)
def test_a_sealed_border_is_no_deal(parser):
    got = coded("The border with Belarus was sealed during talks between Poland and Lithuania.", WHEN, parser)
    assert not any(c == "057" for _, _, c in got)


@pytest.mark.parametrize("parser", PARSERS)
def test_a_partner_met_with_of_ones_own_state_is_no_foreign_meeting(parser):
    got = coded_sentences("Jan Hamacek is the Czech foreign minister. He said that he would discuss the response to "
                          "Moscow's actions with Czech Prime Minister Andrei Babis.", date(2021, 4, 19), parser)
    assert not any("RUS" in (s[:3], t[:3]) for s, t, _ in got[1])


@pytest.mark.parametrize("parser", PARSERS)
def test_the_partners_met_with_are_all_kept(parser):
    got = coded("Aliyev met in Moscow with Putin and Erdogan.", WHEN, parser)
    assert {("AZEGOV", "RUSGOV", "040"), ("AZEGOV", "TURGOV", "040")} <= got


@pytest.mark.parametrize("parser", PARSERS)
def test_a_topic_before_the_partner_is_not_met(parser):
    got = coded("Blinken discussed the situation in Syria with Lavrov.", WHEN, parser)
    assert ("USAGOV", "RUSGOV", "040") in got and not any(t == "SYR" for _, t, _ in got)


@pytest.mark.parametrize("parser", PARSERS)
def test_one_among_diplomats_expelled_from_a_state_is_expelled_by_it(parser):
    got = coded("Deputy Ambassador of the Czech Republic to Russia, Lubos Vesely, was among 20 diplomats, who were "
                "expelled from the Russian Federation amid the scandal.", date(2021, 4, 19), parser)
    assert ("RUS", "CZEGOV", "161") in got and not any(t == "RUSGOV" for _, t, _ in got)


@pytest.mark.parametrize("parser", PARSERS)
def test_coming_to_a_state_is_a_visit(parser):
    got = coded("In May, the speaker of the Moldovan parliament Igor Gros and deputy Lilian Karp came to Ukraine.",
                date(2022, 6, 20), parser)
    assert ("MDALEG", "UKR", "042") in got


@pytest.mark.parametrize("parser", PARSERS)
def test_coming_on_a_visit_planned_is_an_intent(parser):
    got = coded("Moldova President Maya Sandu said that she plans to come on a visit to Kyiv in the near future.",
                date(2022, 6, 20), parser)
    assert ("MDAGOV", "UKR", "036") in got


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("text", ["The junta came to power in Niger in 2023.", "Russia came to the aid of Syria.",
                                  "Armenia came to an agreement with Azerbaijan."])
def test_coming_to_power_or_to_an_agreement_is_no_visit(parser, text):
    assert not any(c == "042" for _, _, c in coded(text, WHEN, parser))


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("text", [
    "The border between Niger and Nigeria has reopened to road traffic on Friday.",
    "The border between Niger and Nigeria reopened on Friday.",
])
def test_a_border_between_two_that_reopens_is_reopened_by_both(parser, text):
    got = coded(text, date(2024, 3, 22), parser)
    assert {("NER", "NGA", "081"), ("NGA", "NER", "081")} <= got


@pytest.mark.parametrize("parser", PARSERS)
def test_a_state_reopening_its_own_border_keeps_one_direction(parser):
    got = coded("After the border closure, Niger reopened its airspace to Benin.", date(2024, 3, 22), parser)
    assert ("NER", "BEN", "081") in got and ("BEN", "NER", "081") not in got


@pytest.mark.parametrize("parser", PARSERS)
def test_prisoners_traded_are_released_both_ways(parser):
    got = coded("Armenia and Azerbaijan have traded prisoners of war at their border in a step towards normalising "
                "their relations.", date(2023, 12, 13), parser)
    assert {("ARM", "AZE", "0841"), ("AZE", "ARM", "0841")} <= got
    assert not any(c == "054" for _, _, c in got)  # the relations are a goal, not yet normal


@pytest.mark.parametrize("parser", PARSERS)
def test_accusations_traded_are_both_sides(parser):
    got = coded("China and the US traded accusations over Taiwan.", WHEN, parser)
    assert {("CHN", "USA", "112"), ("USA", "CHN", "112")} <= got


@pytest.mark.parametrize("parser", PARSERS)
def test_with_x_releasing_is_x_releasing(parser):
    got = coded("The exchange took place on Wednesday with Azerbaijan releasing 32 Armenians while Armenia released "
                "two Azerbaijani soldiers.", date(2023, 12, 13), parser)
    assert {("AZE", "ARM", "0841"), ("ARM", "AZEMIL", "0841")} <= got


@pytest.mark.parametrize("parser", PARSERS)
def test_a_visiting_office_holder_visits_the_host(parser):
    got = coded("The decision was arrived at Tuesday at State House, Nairobi during bilateral talks led by President "
                "Uhuru Kenyatta and visiting Tanzania Head of State Samia Suluhu Hassan.", date(2021, 5, 4), parser)
    assert ("TZAGOV", "KEN", "042") in got and ("KEN", "TZA", "042") not in got


@pytest.mark.parametrize("parser", PARSERS)
def test_visiting_as_a_verb_keeps_its_subject(parser):
    got = coded("Erdogan is visiting Azerbaijan President Aliyev's hometown.", WHEN, parser)
    assert ("TURGOV", "AZE", "042") in got


@pytest.mark.parametrize("parser", PARSERS)
def test_a_reopening_announced_with_an_adverb_is_still_to_come(parser):
    got = coded("The Iranian Foreign Ministry has announced that Tehran would formally reopen its embassy in Saudi "
                "Arabia on Tuesday.", date(2023, 6, 5), parser)
    assert ("IRN", "SAU", "032") in got and not any(c == "054" for _, _, c in got)


@pytest.mark.parametrize("parser", PARSERS)
def test_him_beside_a_person_of_another_state_is_the_last_subject(parser):
    got = coded_sentences("Azerbaijani President Ilham Aliyev visited Budapest on Tuesday. In a meeting between him "
                          "and Orbán, the Hungarian prime minister thanked Azerbaijan for its support.",
                          date(2025, 5, 21), parser)
    assert {("AZEGOV", "HUNGOV", "040"), ("HUNGOV", "AZEGOV", "040")} <= got[1]


@pytest.mark.parametrize("parser", PARSERS)
def test_him_beside_a_person_of_his_own_state_is_not_guessed(parser):
    got = coded_sentences("Azerbaijani President Ilham Aliyev visited Budapest on Tuesday. Orbán later met him and "
                          "Azerbaijani Foreign Minister Jeyhun Bayramov.", date(2025, 5, 21), parser)
    assert all(s.count("AZE") + t.count("AZE") <= 1 for s, t, _ in got[1])


@pytest.mark.parametrize("parser", PARSERS)
def test_consent_sought_of_a_state_is_an_appeal(parser):
    got = coded("Ecuador had sought Mexico’s consent to detain Glas, which Mexico declined.", date(2024, 4, 6), parser)
    assert ("ECU", "MEX", "020") in got


@pytest.mark.parametrize("parser", PARSERS)
def test_questions_raised_about_a_state_are_concern(parser):
    got = coded("The US has also raised questions about the nature of China's involvement.", date(2025, 4, 5), parser)
    assert ("USA", "CHN", "012") in got


@pytest.mark.parametrize("parser", PARSERS)
def test_questions_raised_by_no_state_code_nothing(parser):
    assert not coded("Journalists raised questions at the press conference.", date(2025, 4, 5), parser)


@pytest.mark.parametrize("parser", PARSERS)
def test_protests_of_no_one_named_are_protesters(parser):
    got = coded("Protests in Stockholm on Saturday against Turkey and Sweden’s bid to join Nato heightened tensions.",
                date(2023, 1, 22), parser)
    assert {("---OPP", "TUR", "141"), ("---OPP", "SWE", "141")} <= got


@pytest.mark.parametrize("parser", PARSERS)
def test_protests_of_a_nation_keep_their_owner(parser):
    got = coded("Iranian protests outside the Saudi embassy continued.", date(2023, 1, 22), parser)
    assert ("IRN", "SAUGOV", "141") in got and not any(s == "---OPP" for s, _, _ in got)


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("text, host", [
    ("The summit in Astana was attended by Turkish President Erdogan.", "KAZ"),
    ("The ceremony at Ream Naval Base, located off Cambodia’s southern coast, was attended by military "
     "representatives from several nations and a delegation from the Chinese People's Liberation Army.", "KHM"),
])
def test_those_who_attend_an_event_visit_its_state(parser, text, host):
    got = coded(text, date(2025, 4, 5), parser)
    assert any(s[:3] in ("TUR", "CHN") and t == host and c == "042" for s, t, c in got)


@pytest.mark.parametrize("parser", PARSERS)
def test_an_event_attended_where_no_state_is_named_is_no_visit(parser):
    got = coded("The meeting was attended by Russian and Chinese officials.", date(2025, 4, 5), parser)
    assert not any(c == "042" for _, _, c in got)
