"""A mission's staff, expulsions named around an apposition, the aim of a measure, meetings at gatherings abroad,
meetings named by a chain of nationalities, acts agreed on or hosted for later, and relations that have gone on for
years: the readings session 26 took from its blind sets (fresh333-344, eval/gold/session26.jsonl)."""

from __future__ import annotations

from datetime import date

import pytest

from dyadwatch.coding.actors import bundled
from dyadwatch.coding.tenses import still_to_come
from dyadwatch.coding.text import tokenize
from tests.coder_helpers import PARSERS, coded

WHEN = date(2024, 6, 18)


@pytest.mark.parametrize("text, code", [
    ("Estonia expelled an official at the Chinese embassy in Tallinn.", "CHNGOV"),
    ("Poland declared two diplomats of Belarus's embassy persona non grata.", "BLRGOV"),
    ("Latvia summoned a diplomat from the Russian embassy.", "RUSGOV"),
])
def test_a_missions_staff_act_for_its_state(text, code):
    found = bundled().find(tokenize(text), WHEN)
    staff = next(m for m in found if m.code == code)
    assert not any(m.code.startswith("---") for m in found) and staff.text.split()[0] in ("official", "diplomats",
                                                                                          "diplomat")


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("text, expected", [
    ("Latvia has declared Oleg Zykov, a diplomat at the Russian embassy in Riga, persona non grata.",
     ("LVA", "RUSGOV", "161")),
    ("Moldova declared Ivan Petrov, a diplomat at the Russian embassy, persona non grata.", ("MDA", "RUSGOV", "161")),
])
def test_an_expulsion_reads_past_the_expelled_ones_apposition(parser, text, expected):
    assert expected in coded(text, WHEN, parser)


@pytest.mark.parametrize("parser", PARSERS)
def test_sanctions_targeting_people_are_no_attack(parser):
    got = coded("The United States announced sanctions targeting Georgian officials.", WHEN, parser)
    assert ("USA", "GEOGOV", "163") in got and not any(c[:2] == "19" for _, _, c in got)


@pytest.mark.parametrize("parser", PARSERS)
def test_strikes_targeting_positions_are_still_an_attack(parser):
    got = coded("Israel launched strikes targeting Syrian army positions.", WHEN, parser)
    assert any(s == "ISR" and t == "SYRMIL" and c[:2] == "19" for s, t, c in got)


@pytest.mark.parametrize("parser", PARSERS)
def test_an_opening_that_states_the_aim_is_no_act_of_its_own(parser):
    got = coded("In a move aimed at signaling Washington's commitment to defending democratic norms, the United "
                "States imposed sanctions on Georgian officials.", WHEN, parser)
    assert got == {("USA", "GEOGOV", "163")}


@pytest.mark.parametrize("parser", PARSERS)
def test_a_dashed_pair_of_relations_is_not_the_meetings(parser):
    got = coded("At the meeting, Modi said India-China relations are crucial for peace.", WHEN, parser)
    assert not any(c[:2] == "04" for _, _, c in got)


@pytest.mark.parametrize("parser", PARSERS)
def test_a_joint_subject_still_owns_the_meeting_it_opens_with(parser):
    got = coded("At a meeting in Delhi, India and China agreed to resume flights.", WHEN, parser)
    assert {("IND", "CHN", "040"), ("CHN", "IND", "040")} <= got


@pytest.mark.parametrize("parser", PARSERS)
def test_what_agreements_include_is_their_content(parser):
    got = coded("China and Vietnam signed several agreements, including working together on railways.", WHEN, parser)
    assert got == {("CHN", "VNM", "057"), ("VNM", "CHN", "057")}


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("text, guest, place", [
    ("Tokayev welcomed Mirziyoyev to Astana on Monday.", "UZBGOV", "KAZ"),
    ("Ukrainian President Volodymyr Zelensky welcomed Hungarian Prime Minister Viktor Orbán to Kyiv on Tuesday.",
     "HUNGOV", "UKR"),
])
def test_a_guest_welcomed_to_the_hosts_city_visits(parser, text, guest, place):
    assert (guest, place, "042") in coded(text, WHEN, parser)


@pytest.mark.parametrize("parser", PARSERS)
def test_a_meeting_on_the_sidelines_of_a_summit_abroad_is_each_sides_visit(parser):
    got = coded("Modi and Xi held a meeting on the sidelines of the BRICS summit in Kazan, Russia.", WHEN, parser)
    assert {("INDGOV", "RUS", "042"), ("CHNGOV", "RUS", "042")} <= got


@pytest.mark.parametrize("parser", PARSERS)
def test_a_gathering_of_an_organisation_is_no_visit_to_its_seat(parser):
    got = coded("Erdogan met Putin on the sidelines of the UN General Assembly in New York.", WHEN, parser)
    assert not any(c == "042" for _, _, c in got) and ("TURGOV", "RUSGOV", "040") in got


@pytest.mark.parametrize("text, word, expected", [
    ("the leaders agreed on Putin's visit to Turkey", "visit", True),
    ("they agreed upon a summit in May", "summit", True),
    ("they agreed on Monday, after a visit to Ankara", "visit", False),
    ("Putin's visit to Turkey ended", "visit", False),
])
def test_an_act_agreed_on_is_still_to_come(text, word, expected):
    tokens = tokenize(text)
    assert still_to_come(tokens, next(k for k, t in enumerate(tokens) if t.lower == word)) is expected


@pytest.mark.parametrize("parser", PARSERS)
def test_a_summit_whose_own_clause_schedules_it_is_to_come(parser):
    got = coded("The leaders discussed the Japan-China summit that is due to take place in Seoul.", WHEN, parser)
    assert {("JPN", "CHN", "036"), ("CHN", "JPN", "036")} <= got and not any(c == "040" for _, _, c in got)


@pytest.mark.parametrize("parser", PARSERS)
def test_whom_a_host_receives_to_discuss_do_not_meet_each_other(parser):
    got = coded("Egypt will host Israeli and US officials on Sunday to discuss the reopening of the crossing.",
                WHEN, parser)
    assert ("EGY", "ISRGOV", "036") in got and not {s[:3] for s, t, c in got if c[:2] == "04"} & {"ISR", "USA"}


@pytest.mark.parametrize("parser", PARSERS)
def test_a_meeting_named_by_three_nationalities_is_each_pairs(parser):
    got = coded("An Egyptian-American-Israeli meeting is scheduled for Sunday in Cairo.", WHEN, parser)
    pairs = {(a, b) for a in ("EGY", "USA", "ISR") for b in ("EGY", "USA", "ISR") if a != b}
    assert {(s, t) for s, t, c in got if c == "036"} == pairs


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("text, seized", [
    ("Israeli forces seized the Palestinian side of the crossing.", True),
    ("Hungary took Russia's side in the dispute.", False),
])
def test_seizing_a_side_or_crossing_occupies_it(parser, text, seized):
    assert any(c == "192" for _, _, c in coded(text, WHEN, parser)) is seized


@pytest.mark.parametrize("parser", PARSERS)
def test_relations_expanding_for_years_are_a_state_of_affairs(parser):
    assert coded("Iran and Turkmenistan have been expanding their relations in the gas field for many years.",
                 WHEN, parser) == set()


@pytest.mark.parametrize("parser", PARSERS)
def test_relations_expanding_now_are_still_an_act(parser):
    assert ("IRN", "TKM", "050") in coded("Iran has been expanding its relations with Turkmenistan.", WHEN, parser)


@pytest.mark.parametrize("parser", PARSERS)
def test_a_ministry_named_as_mediator_mediates_for_its_state(parser):
    got = coded("Talks between Armenia and Azerbaijan began in Almaty with the mediation of the Ministry of Foreign "
                "Affairs of Kazakhstan.", WHEN, parser)
    assert {("KAZGOV", "ARM", "045"), ("KAZGOV", "AZE", "045")} <= got
