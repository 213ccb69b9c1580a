"""Presidents of Latin America and the Caribbean the dictionary now holds; a surname that is also a city; what a
trip is set to do; "he" after "announced that" and a date; an invitation's host set off by a comma; speech reported
without quotation marks; "the courtesy of inviting"; a fronted clause's actor is no subject; ties hailed "by both",
or "maintained"; a semicolon ends a clause's targets; "talking" with no partner; a visit one extends is under way;
"his invitation by"; "co-operate": the readings session 41 took from its third blind batch (fresh714-725,
eval/gold/session41.jsonl)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.coder_helpers import PARSERS, coded, coded_sentences, pipeline


def _codes(text: str, when: date) -> list[tuple[str, str]]:
    return [(m.text, m.code) for s in pipeline("none")(text, when) for m in s.mentions]


@pytest.mark.parametrize("text, when, code", [
    ("Dominican Republic President Danilo Medina will visit China.", date(2018, 10, 31), "DOMGOV"),
    ("President of Ecuador, Rafael Correa, will visit China.", date(2014, 12, 21), "ECUGOV"),
    ("Prime Minister Bruce Golding arrived in Beijing Monday.", date(2010, 2, 3), "JAMGOV"),
    ("Chilean President Michelle Bachelet will visit China.", date(2017, 5, 11), "CHLGOV"),
    ("Wang Qishan met the Peruvian minister.", date(2018, 8, 27), "CHNGOV")])
def test_heads_of_state_the_dictionary_now_holds(text, when, code):
    assert code in {c for _, c in _codes(text, when)}


@pytest.mark.parametrize("parser", PARSERS)
def test_a_surname_that_is_also_a_city(parser):
    last = coded_sentences("Dominican Republic President Danilo Medina's first state visit to China is set to enhance "
                           "mutual understanding, deepen friendship and promote bilateral cooperation. Zhang spoke "
                           "after the announcement that Medina will pay a state visit to China.", date(2018, 10, 31),
                           parser)[-1]
    assert {("DOMGOV", "CHN", "036"), ("CHN", "DOMGOV", "036")} <= last
    assert not any("SAU" in s + t for s, t, _ in last)


@pytest.mark.parametrize("parser", PARSERS)
def test_what_a_trip_is_set_to_do_is_no_act(parser):
    got = coded("Dominican Republic President Danilo Medina's first state visit to China is set to enhance mutual "
                "understanding, deepen friendship and promote bilateral cooperation.", date(2018, 10, 31), parser)
    assert {("DOMGOV", "CHN", "036"), ("CHN", "DOMGOV", "036")} <= got
    assert not any(code[:2] == "05" for _, _, code in got)


@pytest.mark.parametrize("parser", PARSERS)
def test_he_after_announced_that_and_an_invitation_s_apposed_host(parser):
    got = coded("President of Ecuador, Rafael Correa, announced today that on January 6 and 7, he will be on a State "
                "visit to China, at the invitation of his peer in the Asian giant, Xi Jinping..", date(2014, 12, 21),
                parser)
    assert {("ECUGOV", "CHN", "036"), ("CHN", "ECUGOV", "036"), ("CHNGOV", "ECUGOV", "036")} <= got


@pytest.mark.parametrize("parser", PARSERS)
def test_speech_reported_without_quotation_marks_and_a_courtesy(parser):
    assert ("CHNGOV", "ECUGOV", "036") in coded(
        "The Chinese president has had the enormous courtesy of inviting us on a state visit, said Correa.",
        date(2014, 12, 21), parser)


@pytest.mark.parametrize("parser", PARSERS)
def test_a_fronted_clause_s_actor_is_no_subject(parser):
    got = coded("After rejecting the opposing criticism against the credits given by the Asian nation, the President "
                "denied that Ecuador had mortgaged its economy.", date(2014, 12, 21), parser)
    assert not any(source == "CHN" for source, _, _ in got)


@pytest.mark.parametrize("parser", PARSERS)
def test_ties_hailed_by_both_and_a_bond_maintained(parser):
    first, second = coded_sentences(
        "Peru's foreign affairs minister Monday began his official visit to China by meeting with the Chinese vice "
        "president, with both emphasizing the longstanding ties between the two countries. In the meeting, Wang Qishan "
        "said that both countries have always maintained a strong bond.", date(2018, 8, 27), parser)
    assert {("PERGOV", "CHN", "051"), ("CHNGOV", "PER", "051")} <= first
    assert ("CHNGOV", "PER", "051") in second


@pytest.mark.parametrize("parser", PARSERS)
def test_a_semicolon_ends_a_clause_s_targets(parser):
    got = coded("Argentinean President Mauricio Macri will visit China from May 14 to 18; Chilean President Michelle "
                "Bachelet will visit from May 12 to 15; Uzbek President Shavkat Mirziyoyev will visit from May 11 to "
                "15.", date(2017, 5, 11), parser)
    assert {("ARGGOV", "CHN", "036"), ("CHN", "ARGGOV", "036")} <= got
    assert not any({s, t} == {"CHLGOV", "UZBGOV"} for s, t, _ in got)


@pytest.mark.parametrize("parser", PARSERS)
def test_talking_with_no_partner_after_it(parser):
    got = coded("Prime Minister Bruce Golding arrived in Beijing Monday and started his first official visit to China "
                "since talking office in 2007, at the invitation of his Chinese counterpart,Primer Wen Jiabao.",
                date(2010, 2, 3), parser)
    assert ("CHNGOV", "JAMGOV", "036") in got and not any(code == "040" for _, _, code in got)
    assert {("CHNGOV", "AUSGOV", "040"), ("AUSGOV", "CHNGOV", "040")} <= coded(
        "Albanese talked with Xi Jinping in Lima.", date(2024, 11, 16), parser)


@pytest.mark.parametrize("parser", PARSERS)
def test_a_visit_one_extends_is_under_way(parser):
    last = coded_sentences("Macron arrived in Cameroon on Monday. The French president will extend his first visit to "
                           "the central African country until July 27.", date(2022, 7, 25), parser)[-1]
    assert ("FRAGOV", "CMR", "042") in last and not any(code == "036" for _, _, code in last)


@pytest.mark.parametrize("parser", PARSERS)
def test_his_invitation_by_a_host(parser):
    assert ("CHNGOV", "PNGGOV", "036") in coded(
        "The primary purpose of the Prime Minister Marape’s visit is his invitation by Chinese President Xi Jinping to "
        "attend the Third Belt and Road Forum.", date(2023, 10, 17), parser)


@pytest.mark.parametrize("parser", PARSERS)
def test_co_operate_is_cooperate(parser):
    assert ("CHN", "AGO", "032") in coded("Mr Xi told his guest that China was ready to co-operate more with Angola in "
                                          "all fields, Xinhua says.", date(2018, 10, 3), parser)
