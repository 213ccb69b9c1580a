"""Who a fronted "his" is, where a guest is, and ships and troops crossing: the readings session 21 took from
its blind sets (fresh273-284, eval/gold/session21.jsonl). A "his" in the phrase that opens a sentence is the
person the main clause opens with; a meeting in the host's city is also the guest's visit; the press is no
side of a meeting; a survey ship intruding is a show of force and its leaving a de-escalation."""

from __future__ import annotations

from datetime import date

import pytest

from tests.coder_helpers import PARSERS, coded, pipeline

D = date(2024, 10, 9)


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("text, when, expected, absent", [
    ("During his visit to China, Putin met Xi Jinping.", D,
     {("RUSGOV", "CHN", "042"), ("RUSGOV", "CHNGOV", "040"), ("CHNGOV", "RUSGOV", "040")}, ("CHN", "RUS", "042")),
    ("On the second day of his visit to the Polish capital, Maas and Polish foreign Minister Jacek Czaputowicz "
     "marked the 75th anniversary of the Warsaw Uprising.", date(2019, 8, 1), {("DEUGOV", "POL", "042")}, None),
])
def test_a_fronted_his_is_the_main_clauses_subject(parser, text, when, expected, absent):
    got = coded(text, when, parser)
    assert expected <= got
    assert absent is None or not any((s[:3], t[:3], c) == absent for s, t, c in got)


@pytest.mark.parametrize("parser", PARSERS)
def test_a_his_with_someone_before_it_stays_theirs(parser):
    got = coded("Modi said that during his visit to Japan, Kishida and he agreed to deepen ties.", D, parser)
    assert ("INDGOV", "JPN", "042") in got


@pytest.mark.parametrize("parser", PARSERS)
def test_the_press_is_no_side_of_a_meeting(parser):
    text = ("Briefing the media after closed door bilateral meetings and official talks with President Hakainde "
            "Hichilema at State House in Dar Es Salaam, Tanzanian President Samia Suluhu Hassan added that the "
            "talks went well.")
    got = coded(text, date(2022, 8, 3), parser)
    assert {("TZAGOV", "ZMBGOV", "046"), ("ZMBGOV", "TZAGOV", "046"), ("ZMBGOV", "TZA", "042")} <= got
    assert not any("MED" in s + t for s, t, _ in got)


def test_a_surname_that_only_begins_other_names_is_remembered():
    """"Hassan" begins "Hassan Diab" and "Hassan Rouhani" in the dictionary, so it was never learned as
    President Samia Suluhu Hassan's name for the rest of her story."""
    sentences = pipeline("none").story(["Tanzanian President Samia Suluhu Hassan spoke on Tuesday.",
                                        "Mrs. Hassan added that the talks went well."], date(2022, 8, 3))
    assert [(m.text, m.code) for m in sentences[1][0].mentions] == [("Hassan", "TZAGOV")]


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("text, expected", [
    ("Saudi Crown Prince Mohammed bin Salman and Iran's foreign minister Abbas Araqchi discussed developments in "
     "the region at a meeting in Riyadh on Wednesday.", ("IRNGOV", "SAU", "042")),
    ("Putin met Erdogan in Sochi.", ("TURGOV", "RUS", "042")),
    ("Egypt's leader discusses energy with Qatar's emir, who is in Cairo for the first time.",
     ("QATGOV", "EGY", "042")),
])
def test_a_guest_met_in_the_hosts_city_is_visiting(parser, text, expected):
    assert expected in coded(text, D, parser)


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("text", [
    "Blinken met Zelensky and discussed the war in Ukraine.",
    "Macron met Zelensky in Brussels.",  # neither side's city
    "Officials in Kabul met Qatar's envoy.",
])
def test_a_topic_or_the_guests_own_city_is_no_visit(parser, text):
    got = coded(text, D, parser)
    assert not any(c == "042" for _, _, c in got)


@pytest.mark.parametrize("parser", PARSERS)
def test_the_countries_are_the_pair_the_sentence_named(parser):
    got = coded("Egypt's leader discusses energy with Qatar's emir, the first time since the countries restored "
                "relations following a Saudi-led rift.", D, parser)
    assert {("EGY", "QAT", "054"), ("QAT", "EGY", "054")} <= got
    assert not any(c == "054" for _, _, c in coded("The countries of the region restored relations.", D, parser))


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("text, expected", [
    ("Two citizens of Georgia have been illegally detained by Russian occupying forces near the village of "
     "Ergneti.", ("RUSMIL", "GEOCVL", "173")),
    ("New footage shows China's coastguard firing water cannons at Philippine ships.", ("CHNMIL", "PHL", "190")),
    ("China's survey ship intruded into Vietnam's exclusive economic zone near Vanguard Bank.", ("CHN", "VNM", "150")),
    ("A Chinese survey ship and vessels sailing in support have left Vietnam's territorial waters, a Vietnamese "
     "spokeswoman said.", ("CHN", "VNM", "087")),
    ("Eyewitnesses report the ENDF deployed troops towards Eritrea.", ("ETHMIL", "ERI", "150")),
])
def test_forces_ships_and_troops(parser, text, expected):
    assert expected in coded(text, date(2023, 10, 23), parser)
