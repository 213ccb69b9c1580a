"""Shells that landed, an envoy summoned by the ministry of the state he is posted to, a visit "of His Highness the
Amir" whose "to meet" is its aim, "the keenness of" two states to act, an office named "Sultan of Oman" or after its
holder's name, a seat called Bhawan, welcomes with and without a host, a courtesy call "on" a host, and dated
holders: the readings session 39 took
from its second blind batch (fresh635-646, eval/gold/session39.jsonl)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.coder_helpers import PARSERS, coded, coded_sentences


@pytest.mark.parametrize("parser", PARSERS)
def test_shells_that_landed_made_no_visit(parser):
    got = coded("The foreign ministry on Monday summoned Myanmar ambassador to Dhaka Aung Kyaw Moe in protest of two "
                "mortar shells hurled from Myanmar which landed in Bangladesh territory on Sunday.", date(2022, 8, 29),
                parser)
    assert not {e for e in got if e[2] == "042"}
    assert ("BGDGOV", "MMRGOV", "114") in got


@pytest.mark.parametrize("parser", PARSERS)
def test_the_visit_of_an_amir_to_meet_a_president(parser):
    got = coded("The visit of His Highness the Amir Sheikh Mishal Al-Ahmad Al-Jaber Al-Sabah to Egypt to meet "
                "President Abdulfattah Al-Sisi comes within the framework of the historical relations between Kuwait "
                "and Egypt.", date(2024, 4, 30), parser)
    assert ("KWTGOV", "EGY", "042") in got
    assert not {e for e in got if e[2] == "040"}


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("text, code", [
    ("The visit reflects the keenness of Egypt and Kuwait to enhance bilateral relations.", "032"),
    ("Fahmi stressed that the visit reflects the keenness of Egypt and Kuwait to coordinate positions.", "030")])
def test_the_keenness_of_two_states(parser, text, code):
    assert {("EGY", "KWT", code), ("KWT", "EGY", code)} <= coded(text, date(2024, 4, 30), parser)


@pytest.mark.parametrize("parser", PARSERS)
def test_the_keenness_of_a_long_owner(parser):
    sentences = coded_sentences("President Abdulfattah Al-Sisi received Sheikh Mishal Al-Ahmad Al-Jaber Al-Sabah. "
                                "The spokesperson said that the visit comes in light of the keenness of the "
                                "leaderships of the two countries to enhance bilateral relations.", date(2024, 4, 30),
                                parser)
    assert {("KWTGOV", "EGYGOV", "032"), ("EGYGOV", "KWTGOV", "032")} <= sentences[1]


@pytest.mark.parametrize("parser", PARSERS)
def test_the_sultan_of_oman_named_before(parser):
    sentences = coded_sentences("The Sultan of Oman, Haitham bin Tarik, arrived in New Delhi on Saturday. Prime "
                                "Minister Narendra Modi received the Sultan at the Rashtrapati Bhawan.",
                                date(2023, 12, 16), parser)
    assert {("INDGOV", "OMNGOV", "043"), ("OMNGOV", "IND", "042")} <= sentences[1]


@pytest.mark.parametrize("parser", PARSERS)
def test_arrived_at_the_delhi_airport(parser):
    assert ("OMNGOV", "IND", "042") in coded("The Sultan of Oman arrived at the Delhi airport on Friday.",
                                             date(2023, 12, 16), parser)


@pytest.mark.parametrize("parser", PARSERS)
def test_a_reception_whose_host_is_not_named(parser):
    got = coded("The Sultan of Oman was accorded a ceremonial reception in New Delhi.", date(2023, 12, 16), parser)
    assert not {e for e in got if e[2] == "043"}
    assert ("IND", "OMN", "042") not in got


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("text, host", [
    ("President Ruto was welcomed by Tanzanian President Samia Suluhu Hassan in Dar es Salaam.", "TZAGOV"),
    ("President Ruto was received at State House by President Samia Suluhu Hassan.", "TZAGOV")])
def test_a_reception_by_a_named_host(parser, text, host):
    assert (host, "KENGOV", "043") in coded(text, date(2024, 5, 31), parser)


@pytest.mark.parametrize("parser", PARSERS)
def test_welcomed_to_parliament_house(parser):
    got = coded("Prime Minister Anthony Albanese has welcomed his Vanuatu counterpart to Parliament House.",
                date(2023, 2, 15), parser)
    assert {("AUSGOV", "VUTGOV", "043"), ("VUTGOV", "AUS", "042")} <= got


@pytest.mark.parametrize("parser", PARSERS)
def test_an_office_after_its_holders_name(parser):
    sentences = coded_sentences("Maris Sangiampongsa, Minister of Foreign Affairs, made an official visit to Lao "
                                "People's Democratic Republic. During his visit, the Foreign Minister paid a courtesy "
                                "call on Sonexay Siphandone, Prime Minister of Laos.", date(2024, 5, 31), parser)
    assert ("THAGOV", "LAO", "042") in sentences[0]
    assert {("THAGOV", "LAOGOV", "040"), ("LAOGOV", "THAGOV", "040")} <= sentences[1]


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("when, held", [(date(2025, 6, 27), True), (date(2025, 10, 1), False)])
def test_nurtleu_was_foreign_minister_until_september_2025(parser, when, held):
    got = coded("Murat Nurtleu met Mongolian Foreign Minister Batmunkh Battsetseg in Ulaanbaatar.", when, parser)
    assert (("KAZGOV", "MNGGOV", "040") in got) is held


@pytest.mark.parametrize("parser", PARSERS)
def test_cubas_prime_minister(parser):
    got = coded("Prime Minister Manuel Marrero Cruz visited Nassau in August.", date(2022, 12, 20), parser)
    assert ("CUBGOV", "BHS", "042") in got
