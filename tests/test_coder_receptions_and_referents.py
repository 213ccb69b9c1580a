"""Receptions that are visits, strikes both ways, "the latter", a ministry placed by its city, the sides of a
meeting of officials, and an asylum offered to a former president: the readings session 22 took from its
blind sets (fresh285-296, eval/gold/session22.jsonl)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.coder_helpers import PARSERS, coded, pipeline

D = date(2024, 1, 18)


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("text, when, visit", [
    ("Azerbaijani President Ilham Aliyev has welcomed Turkish President Recep Tayyip Erdogan with an official "
     "ceremony in the capital Baku.", date(2023, 6, 13), ("TURGOV", "AZE", "042")),
    ("Egyptian President Abdel Fattah al-Sisi received Qatar's emir Sheikh Tamim bin Hamad Al-Thani at the "
     "presidential palace in Cairo.", date(2022, 6, 25), ("QATGOV", "EGY", "042")),
    ("Erdogan hosted Hungarian Prime Minister Viktor Orban in Ankara on Monday.", date(2024, 7, 8),
     ("HUNGOV", "TUR", "042")),
])
def test_a_reception_in_the_hosts_city_is_the_guests_visit(parser, text, when, visit):
    got = coded(text, when, parser)
    assert visit in got
    assert any(c == "043" for _, _, c in got)


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("text, when", [
    # the place is a topic of the talk, not where the guest is
    ("Aliyev received the Iranian ambassador and discussed the situation in Armenia.", date(2023, 6, 13)),
    # no place named: a reception says nothing of where
    ("Putin received the Chinese foreign minister on Monday.", date(2024, 7, 8)),
])
def test_a_reception_names_no_visit_without_the_hosts_city(parser, text, when):
    assert not [e for e in coded(text, when, parser) if e[2] == "042"]


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("text, pair", [
    ("Rare missile strikes between Iran and Pakistan have raised tensions in the region.", ("IRN", "PAK")),
    ("Drone strikes between Russia and Ukraine continued overnight.", ("RUS", "UKR")),
])
def test_strikes_between_two_states_go_both_ways(parser, text, pair):
    a, b = pair
    assert {(a, b, "195"), (b, a, "195")} <= coded(text, D, parser)


@pytest.mark.parametrize("parser", PARSERS)
def test_directed_strikes_keep_their_direction(parser):
    got = coded("Israeli strikes on Lebanon killed three people.", D, parser)
    assert ("ISR", "LBN", "195") in got and ("LBN", "ISR", "195") not in got


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("text, expected", [
    ("On Jan. 18, Tehran lodged a formal complaint with Pakistan after the latter conducted a series of missile "
     "strikes against targets in Iran.", ("PAK", "IRN", "195")),
    ("Greece summoned Turkey's ambassador after the latter had accused Athens of provocations.",
     ("TURGOV", "GRC", "112")),
])
def test_the_latter_is_the_actor_named_last(parser, text, expected):
    assert any((s, t, c[:3]) == expected for s, t, c in coded(text, D, parser))


@pytest.mark.parametrize("parser", PARSERS)
def test_the_latter_half_names_nobody(parser):
    got = coded("Egypt and Ethiopia held talks in the latter half of the year.", D, parser)
    assert {s[:3] for s, _, _ in got} <= {"EGY", "ETH"} and {t[:3] for _, t, _ in got} <= {"EGY", "ETH"}


@pytest.mark.parametrize("parser", PARSERS)
def test_a_possessive_is_the_subjects_not_the_place_of_the_act(parser):
    text = ("French President Emmanuel Macron confirmed on Sunday that Paris would end its military presence in "
            "Niger and would withdraw its envoy.")
    mentions = {m.text: m.code for s in pipeline(parser)(text, date(2023, 9, 24)) for m in s.mentions}
    assert mentions["envoy"] == "FRAGOV"  # "its envoy" is France's, not Niger's
    assert not [e for e in coded(text, date(2023, 9, 24), parser) if e[1] == "NERGOV"]


@pytest.mark.parametrize("parser", PARSERS)
def test_a_meeting_between_officials_from_two_missions(parser):
    got = coded("This comes after a meeting between officials from the Indian High Commission in the Maldives and "
                "officials at the Ministry of Foreign Affairs in Male.", date(2024, 1, 14), parser)
    assert {("INDGOV", "MDVGOV", "040"), ("MDVGOV", "INDGOV", "040")} <= got


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("text, owner", [
    ("The Foreign Ministry in Ankara summoned the Swedish ambassador.", "TURGOV"),
    ("The government in Damascus condemned the Israeli strikes.", "SYRGOV"),
])
def test_a_ministry_in_a_capital_is_that_states(parser, text, owner):
    assert any(s == owner for s, _, _ in coded(text, D, parser))


@pytest.mark.parametrize("parser", PARSERS)
def test_an_embassy_in_a_capital_is_not_the_host_states(parser):
    got = coded("The embassy in Ankara protested to Sweden.", D, parser)
    assert not any(s == "TURGOV" for s, _, _ in got)


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("text, when, expected", [
    # out of office a week before: a former president is the country's elite
    ("Mexico once again offered political asylum to former President Pedro Castillo and his family.",
     date(2022, 12, 21), ("MEX", "PERELI", "075")),
    ("Mexico offered asylum to Pedro Castillo.", date(2022, 6, 1), ("MEX", "PERGOV", "075")),
])
def test_asylum_offered_to_a_president_in_and_out_of_office(parser, text, when, expected):
    assert expected in coded(text, when, parser)


# the rules without a parser find no target after "at" for these verbs (an older limit of that mode)
@pytest.mark.parametrize("parser", [p for p in PARSERS if p == "spacy"])
@pytest.mark.parametrize("text, code", [
    ("Armenia expressed discontent with Russia's inaction.", "110"),
    ("Serbia expressed anger at Croatia's decision.", "111"),
])
def test_voiced_discontent_and_anger(parser, text, code):
    got = coded(text, D, parser)
    assert any(c == code and t.startswith(("RUS", "HRV")) for _, t, c in got)
