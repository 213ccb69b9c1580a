"""A visit "by His Highness the Crown Prince"; talks a journey is made to hold, or a visit to come is for, are still to
come; a passive's doer named after a name by the office "of" an actor; an envoy's post is no place the act is in; a host
receives a guest "for bilateral talks"; "visiting" before a guest is no visit by the host; "At Xi's invitation";
parliamentary leaders; ties to enrich: the readings session 44 took from its second blind batch (fresh849-860,
eval/gold/session44.jsonl); and a meal together, from its third (fresh861-866)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.coder_helpers import PARSERS, coded, coded_sentences

WHEN = date(2023, 7, 18)


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("who", ["His Highness the Crown Prince Sheikh Sabah Khaled Al-Hamad Al-Sabah",
                                 "His Majesty the Kuwaiti Crown Prince"])
def test_a_visit_by_an_honoured_guest(parser, who):
    got = coded(f"The upcoming official visit by {who} to Japan on Wednesday will be a unique opportunity, said the "
                "Japanese Ambassador to Kuwait.", date(2025, 5, 27), parser)
    assert {("KWTGOV", "JPN", "036"), ("JPN", "KWTGOV", "036")} <= got


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("verb", ["hold", "have", "conduct"])
def test_talks_a_journey_is_made_to_hold_are_to_come(parser, verb):
    got = coded(f"President Bashar al-Assad on Tuesday arrived in Moscow on an official visit to Russia to {verb} "
                "talks with Russian President Vladimir Putin.", date(2023, 3, 14), parser)
    assert {("SYRGOV", "RUS", "042"), ("SYRGOV", "RUSGOV", "036"), ("RUSGOV", "SYRGOV", "036")} <= got
    assert not any(code == "046" for _, _, code in got)


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("noun", ["talks", "a meeting"])
def test_a_visit_to_come_for_talks(parser, noun):
    got = coded(f"Austrian Chancellor Karl Nehammer is set to visit Moscow on Monday for {noun} with Russian President "
                "Vladimir Putin.", date(2022, 4, 10), parser)
    assert {("AUTGOV", "RUS", "036"), ("AUTGOV", "RUSGOV", "036"), ("RUSGOV", "AUTGOV", "036")} <= got


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("office", ["the special representative of President Putin",
                                    "the head of the Russian Foreign Ministry"])
def test_a_passive_doer_named_by_the_office_of_an_actor(parser, office):
    got = coded_sentences("President Bashar al-Assad arrived in Moscow on Tuesday. The President was received by Mr. "
                          f"Michael Bogdanov, {office}.", date(2023, 3, 14), parser)
    assert ("RUSGOV", "SYRGOV", "043") in got[1]


@pytest.mark.parametrize("parser", PARSERS)
def test_an_envoys_post_is_no_place_the_reception_is_in(parser):
    got = coded_sentences("President Bashar al-Assad arrived in Moscow on Tuesday. The President was received by Mr. "
                          "Michael Bogdanov, the special representative of President Putin, and the Russian Ambassador "
                          "in Damascus Alexander Efimov.", date(2023, 3, 14), parser)
    assert ("RUSGOV", "SYRGOV", "043") in got[1]
    assert not any(code == "040" for _, _, code in got[1])


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("what", ["bilateral talks", "a meeting", "talks"])
def test_a_guest_hosted_for_talks_held_them(parser, what):
    got = coded(f"China's President Xi Jinping on Tuesday hosted visiting Algerian President Abdelmadjid Tebboune "
                f"for {what} in Beijing.", WHEN, parser)
    assert {("CHNGOV", "DZAGOV", "043"), ("DZAGOV", "CHN", "042")} <= got
    assert any(a == "CHNGOV" and b == "DZAGOV" and code[:2] == "04" and code != "043" for a, b, code in got)


@pytest.mark.parametrize("parser", PARSERS)
def test_visiting_before_a_guest_is_no_visit_by_the_host(parser):
    got = coded("China's President Xi Jinping hosted visiting Algerian President Abdelmadjid Tebboune in Beijing.",
                WHEN, parser)
    assert ("CHNGOV", "DZAGOV", "043") in got
    assert ("CHNGOV", "DZA", "042") not in got


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("opening", ["At Xi's invitation", "At Xi's kind invitation", "On Xi's invitation"])
def test_an_invitation_named_by_its_hosts_possessive(parser, opening):
    got = coded(f"{opening}, Algerian President Abdelmadjid Tebboune is making his first trip to Beijing.", WHEN,
                parser)
    assert ("CHNGOV", "DZAGOV", "036") in got


@pytest.mark.parametrize("parser", PARSERS)
def test_an_invitation_declined_is_not_read_from_the_possessive(parser):
    got = coded("Algerian President Abdelmadjid Tebboune turned down Xi's invitation.", WHEN, parser)
    assert ("CHNGOV", "DZAGOV", "036") not in got


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("leaders", ["parliamentary leaders of Argentina", "Argentine parliamentary leaders",
                                     "parliamentarians of Argentina"])
def test_parliamentary_leaders_are_the_legislature(parser, leaders):
    got = coded(f"Chinese President Hu Jintao will meet with {leaders}.", date(2004, 11, 16), parser)
    assert ("CHNGOV", "ARGLEG", "036") in got


@pytest.mark.parametrize("parser", PARSERS)
def test_relations_to_enrich_are_widened(parser):
    got = coded("China will enrich its cooperative relations with Argentina.", date(2004, 11, 16), parser)
    assert ("CHN", "ARG", "032") in got


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("verb", ["dined", "lunched"])
def test_a_meal_together_is_a_meeting(parser, verb):
    got = coded(f"Saudi Crown Prince Mohammed bin Salman {verb} with President Emmanuel Macron at the Louvre museum in "
                "Paris.", date(2018, 4, 9), parser)
    assert {("SAUGOV", "FRAGOV", "040"), ("FRAGOV", "SAUGOV", "040"), ("SAUGOV", "FRA", "042")} <= got
