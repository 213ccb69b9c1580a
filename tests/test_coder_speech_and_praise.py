"""Speaking with someone, praise said of a state, and the words that hide who acts: the readings session 18
took from session 17's fourth batch of blind sets (fresh203-225, eval/gold/session17.jsonl)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.coder_helpers import PARSERS, coded

D = date(2023, 9, 22)
KUWAIT = ("Kuwaiti Prime Minister Ahmad Nawaf Al-Ahmad Al-Sabah spoke with Iraqi Prime Minister Mohammed Shia "
          "Al-Sudani on the sidelines of the United Nations General Assembly in New York on Thursday, and urged "
          "him to take urgent measures.")


@pytest.mark.parametrize("parser", PARSERS)
def test_speaking_with_a_leader_is_consulting_both_ways(parser):
    got = coded(KUWAIT, D, parser)
    assert {("KWTGOV", "IRQGOV", "040"), ("IRQGOV", "KWTGOV", "040")} <= got


@pytest.mark.parametrize("parser", PARSERS)
def test_speaking_by_phone_stays_a_phone_call_and_speaking_of_a_state_is_no_meeting(parser):
    assert ("TURGOV", "RUSGOV", "041") in coded("Erdogan spoke at length with Putin by phone.", D, parser)
    assert coded("Macron spoke about Germany on Monday.", D, parser) == set()


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("verb", ["spoke", "talked", "met"])
def test_reporters_are_no_partner_so_a_state_after_about_is_a_topic(verb, parser):
    assert coded(f"Macron {verb} with reporters about Germany.", D, parser) == set()


@pytest.mark.parametrize("parser", PARSERS)
def test_a_partner_named_after_with_still_meets(parser):
    assert ("FRAGOV", "DEUGOV", "040") in coded("Macron spoke with Scholz about Ukraine.", D, parser)


@pytest.mark.parametrize("parser", PARSERS)
def test_the_gathering_on_whose_sidelines_leaders_meet_is_no_party(parser):
    got = coded(KUWAIT, D, parser)
    assert ("KWTGOV", "IRQGOV", "020") in got  # ", and urged him": the first verb's subject urges
    assert not any(s.startswith("IGO") for s, _, _ in got)
    assert not any(s.startswith("IGO") or t.startswith("IGO")
                   for s, t, _ in coded("Erdogan met Putin on the margins of the SCO summit.", D, parser))


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("text", [
    'Zarif called Oman\'s relations with Iran "exemplary" while on his visit.',
    "Oman's relations with Iran are excellent, Zarif said.",
    "Zarif described Oman's role as commendable.",
])
def test_praise_said_of_a_state_is_praise(text, parser):
    assert ("IRNGOV", "OMN", "051") in coded(text, date(2017, 10, 2), parser)


@pytest.mark.parametrize("parser", PARSERS)
def test_praise_of_ones_own_state_or_of_nobody_codes_nothing(parser):
    when = date(2017, 10, 2)
    assert coded("Iran's record is exemplary, Zarif said.", when, parser) == set()
    assert coded("The talks were excellent, Zarif said.", when, parser) == set()


@pytest.mark.parametrize("parser", PARSERS)
def test_praise_does_not_add_to_a_pair_another_verb_coded(parser):
    got = coded("Zarif thanked Oman and called its mediation exemplary.", date(2017, 10, 2), parser)
    assert sum(1 for s, t, _ in got if (s[:3], t[:3]) == ("IRN", "OMN")) == 1


@pytest.mark.parametrize("parser", PARSERS)
def test_receiving_something_from_a_national_is_no_reception(parser):
    text = ("The Russian Federal Security Service (FSB) informed TASS on Tuesday that the Estonian Consul in "
            "St. Petersburg, Mart Latte, was detained while receiving classified materials from a Russian national.")
    assert not any(c == "043" for _, _, c in coded(text, date(2021, 7, 7), parser))
    assert ("RUSGOV", "AZEGOV", "043") in coded("Putin received the Azerbaijani foreign minister in Moscow.",
                                                 date(2021, 7, 7), parser)


@pytest.mark.parametrize("parser", PARSERS)
def test_wanting_or_agreeing_to_continue_consultations_is_an_intent_to_meet(parser):
    when = date(2021, 7, 14)
    text = "The Democratic Republic of the Congo and Angola want to continue regular consultations on the conflict."
    assert {("COD", "AGO", "036"), ("AGO", "COD", "036")} <= coded(text, when, parser)
    assert ("RUS", "CHN", "040") in coded("Russia and China continued their consultations on Syria.", when, parser)


@pytest.mark.parametrize("parser", PARSERS)
def test_a_summit_on_whose_sidelines_two_leaders_meet_leaves_them_the_subject_of_what_follows(parser):
    text = ("Hungary's Prime Minister Ferenc Gyurcsany and his Slovak counterpart Robert Fico met on the sidelines "
            "of an EU summit on Monday and agreed to hold similar meetings regularly in the future.")
    got = coded(text, date(2008, 6, 16), parser)
    assert {("HUNGOV", "SVKGOV", "036"), ("SVKGOV", "HUNGOV", "036")} <= got
    assert not any(t.startswith("IGO") for _, t, _ in got)


@pytest.mark.parametrize("parser", PARSERS)
def test_flying_into_a_state_visits_it(parser):
    when = date(2018, 8, 14)
    assert ("TWNGOV", "PRY", "042") in coded("President Tsai Ing-wen flew into Paraguay on Tuesday.", when, parser)
    assert coded("A Russian drone flew into Polish airspace.", when, parser) & {("RUS", "POL", "042")} == set()


@pytest.mark.parametrize("parser", PARSERS)
def test_mutual_or_reciprocal_measures_of_a_joint_subject_go_both_ways(parser):
    when = date(2026, 2, 1)
    got = coded("Colombia and Ecuador have imposed mutual tariffs of 30%.", when, parser)
    assert {("COL", "ECU", "163"), ("ECU", "COL", "163")} <= got


@pytest.mark.parametrize("parser", PARSERS)
def test_whom_one_helps_to_act_is_helped_not_whom_that_act_is_done_to(parser):
    when = date(2016, 1, 31)
    got = coded("Sri Lanka Navy assisted the Sri Lanka Coast Guard to arrest nine Indian fishermen.", when, parser)
    assert ("LKAMIL", "INDAGR", "173") in got and not any(c.startswith("07") for _, _, c in got)
    assert ("RUS", "SYR", "070") in coded("Russia helped Syria to retake Aleppo.", when, parser)


@pytest.mark.parametrize("parser", PARSERS)
def test_who_a_comma_set_which_clause_names_is_no_target_of_the_verb_before(parser):
    text = ("The visit came after Afghan authorities imposed restrictions on women's education and the work of "
            "NGOs, which Qatar called deeply disturbing.")
    assert not any(t[:3] == "QAT" for _, t, _ in coded(text, date(2023, 1, 22), parser))
    assert ("RUSGOV", "TUR", "040") in coded("Putin met the delegation that Turkey sent.", date(2023, 1, 22), parser)
