"""Tonga's king; a royal couple and a supreme leader are their state's government, an archbishop and a grand mufti its
clergy; a welcome "by" someone came from him: the readings session 41 took from its seventh blind batch
(fresh758-769, eval/gold/session41.jsonl)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.coder_helpers import PARSERS, coded, pipeline


def _codes(text: str, when: date) -> set[str]:
    return {m.code for s in pipeline("none")(text, when) for m in s.mentions}


@pytest.mark.parametrize("text, code", [
    ("King Tupou VI flew to Wellington.", "TONGOV"),
    ("The Dutch royal couple flew to Brussels.", "NLDGOV"),
    ("Iran's Supreme Leader received the guest.", "IRNGOV"),
    ("The Archbishop of Riga met the guest.", "LVAREL"),
    ("Egypt's Grand Mufti met the guest.", "EGYREL")])
def test_offices_the_dictionary_now_holds(text, code):
    assert code in _codes(text, date(2023, 6, 1))


@pytest.mark.parametrize("parser", PARSERS)
def test_a_royal_couple_met_is_their_state_s_government(parser):
    got = coded("Australia's Minister for Foreign Affairs, Penny Wong, also met with the Tongan royal couple.",
                date(2025, 9, 19), parser)
    assert {("AUSGOV", "TONGOV", "040"), ("TONGOV", "AUSGOV", "040")} <= got


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("text", [
    "The Iranian president arrived in Ankara on Friday and received a welcome by Turkish Minister of Development "
    "Cevdet Yilmaz.",
    "The Iranian president received a warm welcome from Turkish Minister of Development Cevdet Yilmaz."])
def test_a_welcome_by_someone_came_from_him(parser, text):
    got = coded(text, date(2016, 4, 16), parser)
    assert ("TURGOV", "IRNGOV", "043") in got
    assert ("IRNGOV", "TURGOV", "043") not in got


@pytest.mark.parametrize("parser", PARSERS)
def test_receiving_a_minister_is_still_a_reception(parser):
    got = coded("Turkish President Recep Tayyip Erdogan received the Iranian foreign minister in Ankara.",
                date(2016, 4, 16), parser)
    assert ("TURGOV", "IRNGOV", "043") in got
