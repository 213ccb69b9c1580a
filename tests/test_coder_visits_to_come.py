"""Visits still to come and who invited them: a scheduled visit is both sides' plan (CAMEO's 036 example,
"Fischer will visit Albania"), "at the invitation of" the host is the host's 036, and the words around a
visit that hid it ("an official visit", "from May 31", "the Central Asian country"). The readings session 19
took from its blind sets (fresh250-260, eval/gold/session19.jsonl)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.coder_helpers import PARSERS, coded, pipeline

D = date(2023, 5, 27)
NEPAL = ("Prime Minister of Nepal Pushpa Kamal Dahal 'Prachanda' will be on an official visit to India from May 31 "
         "to June 3 at the invitation of Prime Minister Narendra Modi.")


@pytest.mark.parametrize("parser", PARSERS)
def test_a_visit_one_will_be_on_is_both_sides_plan_and_the_hosts_invitation(parser):
    assert coded(NEPAL, D, parser) == {("NPLGOV", "IND", "036"), ("IND", "NPLGOV", "036"), ("INDGOV", "NPLGOV", "036")}


@pytest.mark.parametrize("parser", PARSERS)
def test_a_visit_one_is_on_now_is_a_visit(parser):
    assert coded("Nepal's Prime Minister is on an official visit to India.", D, parser) == {("NPLGOV", "IND", "042")}


@pytest.mark.parametrize("parser", PARSERS)
def test_the_host_who_invited_a_visit_done_invited_the_visitor(parser):
    got = coded("Azerbaijani President Ilham Aliyev visited Turkey at the invitation of President Erdogan.", D, parser)
    assert got == {("AZEGOV", "TUR", "042"), ("TURGOV", "AZEGOV", "036")}


@pytest.mark.parametrize("parser", PARSERS)
def test_an_invitation_with_no_visitor_named_codes_nothing(parser):
    assert coded("The visit is being made at the invitation of PM Nguyen Xuan Phuc.", D, parser) == set()


@pytest.mark.parametrize("text", ["Nepal's Prime Minister will pay an official visit to India.",
                                  "The official talks ended.", "Kenya's official website said so."])
def test_official_before_a_kind_of_act_or_thing_is_no_official(text):
    sentence = pipeline()(text, D)[0]
    assert all(m.text.lower() != "official" for m in sentence.mentions)


def test_an_official_who_acts_is_still_an_actor():
    sentence = pipeline()("An official said the talks ended.", D)[0]
    assert [m.code for m in sentence.mentions] == ["---GOV"]


@pytest.mark.parametrize("parser", PARSERS)
def test_the_month_may_after_a_visit_is_no_maybe(parser):
    got = coded("Japan's foreign minister will be on a visit to China from May 3.", D, parser)
    assert ("JPNGOV", "CHN", "036") in got
    # the modal still makes an attack hypothetical
    assert coded("An attack on Armenia by Azerbaijan may follow.", D, parser) == set()


@pytest.mark.parametrize("parser", PARSERS)
def test_a_region_described_state_after_with_is_that_state(parser):
    got = coded("President Xi Jinping hailed China's ties with Kazakhstan as he arrived in the Central Asian country "
                "on Tuesday for a state visit.", date(2024, 7, 2), parser)
    assert any(s[:3] == "CHN" and t == "KAZ" and c == "042" for s, t, c in got)
