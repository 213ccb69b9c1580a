""""they" after a fronted source, "the visit of X to Y", a welcome received "from" a host, a border "with" a state as
part of what is discussed, a meeting of several states' ministries (listed with commas, or past "the heads of"), and
a pair's "joint meeting of" delegations still to come: the readings session 32 took from its second blind batch
(fresh416-426, eval/gold/session32.jsonl)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.coder_helpers import PARSERS, coded, coded_sentences

LUSAKA = "Zimbabwean President Emmerson Mnangagwa met with his Zambian counterpart Edgar Lungu in Lusaka on Friday. "


@pytest.mark.parametrize("parser", PARSERS)
def test_they_after_a_fronted_source_are_the_pair(parser):
    last = coded_sentences(f"{LUSAKA}According to a statement from State House, they agreed to enhance collaboration "
                           "in their joint projects.", date(2018, 1, 19), parser)[-1]
    assert {("ZWEGOV", "ZMBGOV", "032"), ("ZMBGOV", "ZWEGOV", "032")} <= last


@pytest.mark.parametrize("parser", PARSERS)
def test_they_after_a_fronted_source_doing_nothing_together_stay_unresolved(parser):
    last = coded_sentences(f"{LUSAKA}According to a statement from State House, they arrived late.",
                           date(2018, 1, 19), parser)[-1]
    assert not last


BAKHTADZE = "Georgian Prime Minister Mamuka Bakhtadze"


@pytest.mark.parametrize("parser", PARSERS)
def test_the_visit_of_a_leader_to_a_state_is_his_visit(parser):
    got = coded(f"Official visit of {BAKHTADZE} to Azerbaijan has started.", date(2018, 8, 30), parser)
    assert ("GEOGOV", "AZE", "042") in got


@pytest.mark.parametrize("parser", PARSERS)
def test_the_visit_of_a_leader_still_to_come_is_both_sides_plan(parser):
    got = coded(f"The visit of {BAKHTADZE} to Azerbaijan will take place in May.", date(2018, 8, 30), parser)
    assert {("GEOGOV", "AZE", "036"), ("AZE", "GEOGOV", "036")} <= got


@pytest.mark.parametrize("parser", PARSERS)
def test_the_visit_of_a_delegation_going_nowhere_named_codes_nothing(parser):
    assert not coded("The visit of the delegation ended on Monday.", date(2018, 8, 30), parser)


TEHRAN = date(2022, 6, 15)


@pytest.mark.parametrize("parser", PARSERS)
def test_a_welcome_received_from_a_host_is_his_reception(parser):
    got = coded("The Turkmen president received a formal welcome from his Iranian counterpart Ebrahim Raisi at the "
                "Sa’dabad Palace.", TEHRAN, parser)
    # (the palace, the host's seat, makes the guest's visit to Iran too, as fresh426 codes it)
    assert ("IRNGOV", "TKMGOV", "043") in got and got <= {("IRNGOV", "TKMGOV", "043"), ("TKMGOV", "IRN", "042")}


@pytest.mark.parametrize("parser", PARSERS)
def test_a_welcome_from_a_host_in_his_capital_is_also_the_visit(parser):
    got = coded("Putin received a warm welcome from Mongolian President Ukhnaa Khurelsukh in Ulaanbaatar.",
                date(2024, 9, 3), parser)
    assert {("MNGGOV", "RUSGOV", "043"), ("RUSGOV", "MNG", "042")} <= got


@pytest.mark.parametrize("parser", PARSERS)
def test_a_welcome_to_a_state_stays_the_visit(parser):
    got = coded("Russian President Vladimir Putin has received a red-carpet welcome to Mongolia.", date(2024, 9, 3),
                parser)
    assert ("RUSGOV", "MNG", "042") in got and not any(c == "043" for _, _, c in got)


VILNIUS = date(2023, 8, 16)


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("who", ["Poland is", "The Baltic countries and Poland are", "Lithuania and Poland are"])
def test_a_border_with_a_state_discussed_is_no_partner(parser, who):
    got = coded(f"{who} discussing the possibility of closing the borders with Belarus completely.", VILNIUS, parser)
    assert not any("BLR" in (s, t) and c[:2] == "04" for s, t, c in got)


@pytest.mark.parametrize("parser", PARSERS)
def test_talks_with_a_state_about_a_border_keep_the_partner(parser):
    got = coded("Poland held talks with Belarus about the border.", VILNIUS, parser)
    assert {("POL", "BLR", "046"), ("BLR", "POL", "046")} <= got


FOUR = {"POLGOV", "LTUGOV", "LVAGOV", "ESTGOV"}


def _pairs(got, code):
    return {(s, t) for s, t, c in got if c == code and s in FOUR and t in FOUR}


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("text", [
    "The meeting of the foreign ministers of Poland, Lithuania, Latvia and Estonia will be held on 28 August in "
    "Warsaw.",
    "This topic will be discussed at a meeting of the heads of the Polish, Lithuanian, Latvian and Estonian Foreign "
    "Ministries on 28 August in Warsaw.",
])
def test_a_meeting_of_four_states_to_come_is_each_pairs_plan(parser, text):
    assert len(_pairs(coded(text, VILNIUS, parser), "036")) == 12


@pytest.mark.parametrize("parser", PARSERS)
def test_a_meeting_of_four_states_held_is_each_pairs_meeting(parser):
    got = coded("The meeting of the foreign ministers of Poland, Lithuania, Latvia and Estonia was held in Warsaw.",
                VILNIUS, parser)
    assert len(_pairs(got, "040")) == 12 and not _pairs(got, "036")


PAIR = ("President of Turkmenistan Serdar Berdimuhamedow arrived in Tehran for an official visit. The Turkmen "
        "president received a formal welcome from his Iranian counterpart Ebrahim Raisi. ")


@pytest.mark.parametrize("parser", PARSERS)
def test_a_joint_meeting_the_pair_is_going_to_chair_is_to_come(parser):
    last = coded_sentences(f"{PAIR}The two presidents are going to co-chair a joint meeting of high-ranking "
                           "delegations.", TEHRAN, parser)[-1]
    assert {("TKMGOV", "IRNGOV", "036"), ("IRNGOV", "TKMGOV", "036")} <= last


@pytest.mark.parametrize("parser", PARSERS)
def test_a_meeting_of_other_states_is_not_the_pairs(parser):
    last = coded_sentences(f"{PAIR}The two presidents praised a meeting of the foreign ministers of Poland and "
                           "Lithuania.", TEHRAN, parser)[-1]
    assert not any({s[:3], t[:3]} == {"TKM", "IRN"} and c[:2] in ("03", "04") for s, t, c in last)
