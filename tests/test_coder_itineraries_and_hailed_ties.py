"""India's ministers of state for external affairs; "a sultanate"; a relative date in a "since" clause; a meeting to
come named again; a gathering just attended ("fresh off"); a relative's "he"; a welcome to come in the passive; what
an itinerary includes; ties hailed by their "special nature", or "enjoyed"; "these relations" of a dashed pair; a
visit a travel verb is on, to hold talks; "hold talks" is no talking; a trip's tense as the story told it; a visit
begun "in" a state; a guest "visiting" met at the host's seat: the readings session 41 took from its second blind
batch (fresh702-713, eval/gold/session41.jsonl)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.coder_helpers import PARSERS, coded, coded_sentences, pipeline


def _codes(text: str, when: date) -> list[tuple[str, str]]:
    return [(m.text, m.code) for s in pipeline("none")(text, when) for m in s.mentions]


@pytest.mark.parametrize("parser", PARSERS)
def test_india_s_minister_of_state_for_external_affairs(parser):
    assert ("INDGOV", "UGA", "042") in coded("Muraleedharan paid an official visit to the Republic of Uganda on "
                                             "November 11-13.", date(2021, 11, 14), parser)


def test_a_since_clause_dates_no_holder_out_of_office():
    mentions = _codes("Ismail Sabri arrived in Tokyo. Ismail Sabri is scheduled to hold a meeting with his Japanese "
                      "counterpart Fumio Kishida, their first face-to-face meeting since they assumed office last "
                      "year.", date(2022, 5, 23))
    assert ("Ismail Sabri", "MYSGOV") in mentions and ("Ismail Sabri", "MYSELI") not in mentions


@pytest.mark.parametrize("parser", PARSERS)
def test_a_meeting_to_come_named_again_is_no_second_meeting(parser):
    got = coded_sentences("Ismail Sabri arrived in Tokyo. Ismail Sabri is scheduled to hold a meeting with his "
                          "Japanese counterpart Fumio Kishida, their first face-to-face meeting since they assumed "
                          "office last year.", date(2022, 5, 23), parser)[-1]
    assert {("MYSGOV", "JPNGOV", "036"), ("JPNGOV", "MYSGOV", "036")} <= got
    assert not any(code == "040" for _, _, code in got)


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("text, expected", [
    ("Fresh off the APEC summit in Papua New Guinea, the Chinese leader will hold talks with Sultan Hassanal "
     "Bolkiah.", ("CHNGOV", "PNG", "042")),
    ("Chinese President Xi Jinping arrived here on Thursday night, commencing his state visit to Tajikistan "
     "following a busy schedule at the Shanghai Cooperation Organization summit in Astana, Kazakhstan.",
     ("CHNGOV", "KAZ", "042"))])
def test_a_gathering_just_attended_is_a_visit_to_its_state(parser, text, expected):
    got = coded(text, date(2018, 11, 19), parser)
    assert expected in got
    assert ("BRNGOV", "PNG", "042") not in got  # the host attended nothing


@pytest.mark.parametrize("parser", PARSERS)
def test_a_welcome_to_come_in_a_relative_clause(parser):
    got = coded("President Hakainde Hichilema arrived in Beijing, China, for a crucial diplomatic visit, during which "
                "he will be officially welcomed by Chinese President Xi Jinping.", date(2023, 9, 14), parser)
    assert {("ZMBGOV", "CHN", "042"), ("CHNGOV", "ZMBGOV", "036"), ("ZMBGOV", "CHNGOV", "036")} <= got


@pytest.mark.parametrize("parser", PARSERS)
def test_what_an_itinerary_includes_is_to_come(parser):
    last = coded_sentences("President Hakainde Hichilema arrived in Beijing. President Hichilema’s itinerary includes "
                           "a series of high-level meetings with key Chinese officials.", date(2023, 9, 14), parser)[-1]
    assert {("ZMBGOV", "CHNGOV", "036"), ("CHNGOV", "ZMBGOV", "036")} <= last
    assert not any(code == "040" for _, _, code in last)


@pytest.mark.parametrize("parser", PARSERS)
def test_ties_hailed_and_these_relations_widened(parser):
    got = coded("President Yoweri Museveni emphasized the special nature of India-Uganda relations and expressed his "
                "desire to further strengthen these relations, the Ministry of External Affairs said in a statement.",
                date(2021, 11, 14), parser)
    assert ("UGAGOV", "IND", "051") in got
    # (the patterns mode's reading: spaCy's parse hangs "strengthen" under "his desire", a subject that is no actor)
    assert ("UGAGOV", "IND", "032") in got or parser == "spacy"


@pytest.mark.parametrize("parser", PARSERS)
def test_two_countries_that_enjoy_a_friendship_are_praised_by_the_speaker(parser):
    last = coded_sentences("Sierra Leone President Julius Maada Bio arrived in Beijing. Foreign Ministry spokesperson "
                           "Mao Ning said the two countries enjoy a \"traditional friendship,\" and have \"firmly\" "
                           "supported each other.", date(2024, 2, 27), parser)[-1]
    assert ("CHNGOV", "SLE", "051") in last


@pytest.mark.parametrize("parser", PARSERS)
def test_a_visit_a_travel_verb_is_on_to_hold_talks(parser):
    got = coded("Sierra Leone President Julius Maada Bio arrived in Beijing on Tuesday on a five-day state visit to "
                "hold talks with Chinese leadership, state media reported.", date(2024, 2, 27), parser)
    assert {("SLEGOV", "CHN", "042"), ("SLEGOV", "CHNGOV", "036"), ("CHNGOV", "SLEGOV", "036")} <= got
    assert not any(code[:2] == "04" and target == "CHNGOV" for _, target, code in got)


@pytest.mark.parametrize("parser", PARSERS)
def test_a_visit_that_frames_the_story_s_aim_is_not_a_trip_to_come(parser):
    got = coded("The visit of His Highness the Amir Sheikh Mishal Al-Ahmad Al-Jaber Al-Sabah to Egypt to meet "
                "President Abdulfattah Al-Sisi comes within the framework of the historical relations between Kuwait "
                "and Egypt, said the Egyptian Presidency Tuesday.", date(2024, 6, 11), parser)
    assert ("KWTGOV", "EGY", "042") in got and not any(code == "036" for _, _, code in got)


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("text, when, expected, absent", [
    # a stay the story already reported under way, though its clause speaks of later
    ("Thai Prime Minister Thaksin Shinawatra arrived in Beijing Thursday for a three-day official visit to China. "
     "During his stay in Beijing, Thaksin will hold talks with Premier Wen Jiabao.", date(2005, 7, 1),
     {("THAGOV", "CHN", "042")}, {("CHN", "THAGOV", "036")}),
    # a visit the story dated after itself, named again in the present
    ("With Botswana’s President Mokgweetsi Masisi paying a state visit to China from Aug. 30 to Sept. 5, ties are at "
     "a new starting point, the ambassador said. Masisi’s visit is his first trip to China since assuming "
     "presidency in April.", date(2018, 8, 29), {("BWAGOV", "CHN", "036"), ("CHN", "BWAGOV", "036")},
     {("BWAGOV", "CHN", "042")})])
def test_a_trip_s_tense_as_the_story_told_it(parser, text, when, expected, absent):
    last = coded_sentences(text, when, parser)[-1]
    assert expected <= last and not absent & last


@pytest.mark.parametrize("parser", PARSERS)
def test_a_tour_begun_in_a_state(parser):
    assert {("INDGOV", "MAR", "036"), ("MAR", "INDGOV", "036")} <= coded(
        "Modi will start his tour in Morocco, India’s growing security and economic partner in North Africa.",
        date(2025, 6, 23), parser)


@pytest.mark.parametrize("parser", PARSERS)
def test_a_visiting_guest_met_at_the_host_s_seat(parser):
    assert ("LBRGOV", "USA", "042") in coded("U.S. President Barack Obama has met with visiting Liberian President "
                                             "Ellen Johnson Sirleaf at the White House.", date(2010, 5, 27), parser)
