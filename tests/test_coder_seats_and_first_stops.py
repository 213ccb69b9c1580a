"""A host's own seat ("at his official residence"); the host's people joined to the one met in a city; a tour "that
started in" a state; an office phrase of two words recalled later ("the deputy crown prince"); the traveller after
"the visit of" and not the sentence's speaker; two joined modifiers before "cooperation"; a "how" clause talked over:
the readings session 45 took from its first blind batch (fresh867-878, eval/gold/session45.jsonl)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.coder_helpers import PARSERS, coded, coded_sentences

WHEN = date(2016, 9, 1)


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("seat", ["his official residence", "her residence", "his palace"])
def test_a_guest_received_at_the_hosts_own_seat_visits_his_state(parser, seat):
    got = coded(f"Japanese Prime Minister Shinzo Abe received Egyptian President Abdel Fattah al-Sisi at {seat}.",
                WHEN, parser)
    assert {("JPNGOV", "EGYGOV", "043"), ("EGYGOV", "JPN", "042")} <= got


@pytest.mark.parametrize("parser", PARSERS)
def test_a_seat_of_no_one_named_is_no_visit(parser):
    got = coded("Japanese Prime Minister Shinzo Abe received Egyptian President Abdel Fattah al-Sisi at the summit.",
                WHEN, parser)
    assert ("EGYGOV", "JPN", "042") not in got


@pytest.mark.parametrize("parser", PARSERS)
def test_a_meeting_in_the_hosts_city_with_two_of_his_people(parser):
    got = coded("Egyptian President Abdel Fattah al-Sisi met with Japanese Emperor Akihito and Prime Minister Shinzo "
                "Abe in Tokyo on Thursday.", WHEN, parser)
    assert {("EGYGOV", "JPNGOV", "040"), ("EGYGOV", "JPN", "042")} <= got


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("started", ["that started in", "which began in", "that kicked off in"])
def test_the_state_a_tour_started_in_was_visited(parser, started):
    got = coded(f"Egyptian President Abdel Fattah al-Sisi arrived in Tokyo on Wednesday on the last leg of his Asia "
                f"tour {started} Kazakhstan on Sunday.", WHEN, parser)
    assert {("EGYGOV", "JPN", "042"), ("EGYGOV", "KAZ", "042")} <= got


@pytest.mark.parametrize("parser", PARSERS)
def test_the_deputy_crown_prince_named_before(parser):
    later = coded_sentences("Saudi Deputy Crown Prince Mohammed bin Salman met Japanese Prime Minister Shinzo Abe in "
                            "Tokyo on Thursday. Japanese Emperor Akihito later received the deputy crown prince.",
                            WHEN, parser)[1]
    assert ("JPNGOV", "SAUGOV", "043") in later


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("when, code", [(date(2016, 9, 1), "SAUGOV"), (date(2014, 9, 1), "SAUELI")])
def test_prince_mohammed_held_office_as_deputy_crown_prince(parser, when, code):
    got = coded("Prince Mohammed arrived in Tokyo on Wednesday.", when, parser)
    assert (code, "JPN", "042") in got


@pytest.mark.parametrize("parser", PARSERS)
def test_the_visit_of_an_honoured_guest_when_another_speaks(parser):
    got = coded("France Ambassador to Kuwait Olivier Gauvin said on Sunday that the official visit of His Highness "
                "the Amir Sheikh Meshal Al-Ahmad Al-Jaber Al-Sabah to France stands as a milestone.",
                date(2025, 7, 13), parser)
    assert ("KWTGOV", "FRA", "042") in got


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("what", ["defence and security cooperation", "defence and security ties"])
def test_two_joined_modifiers_before_cooperation(parser, what):
    got = coded(f"India and Sweden have decided to strengthen their {what}.", date(2018, 4, 17), parser)
    assert {("IND", "SWE", "0312"), ("SWE", "IND", "0312")} <= got


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("how", ["focused on how Sweden can help India", "discussed how to help India"])
def test_a_how_clause_talked_over_is_no_act(parser, how):
    got = coded(f"Indian Prime Minister Narendra Modi and Swedish Prime Minister Stefan Lofven {how} in its "
                "development journey.", date(2018, 4, 17), parser)
    assert not any(code[:2] == "07" for _, _, code in got)
