"""A state's government with modifiers between ("recently elected"), an office with its portfolio before its state
("the minister of energy of Turkmenistan"), a title before a surname the dictionary reads as a capital ("Dr Muscat"),
a meeting "on the phone last week with" a leader, and a state listed after a place: the readings session 37 took from
its third blind batch (fresh579-589, eval/gold/session37.jsonl)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.coder_helpers import PARSERS, coded, coded_sentences


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("text, event", [
    ("Slovenia's recently elected government received Austria's Foreign Minister Alexander Schallenberg in Ljubljana "
     "this week.", ("SVNGOV", "AUTGOV", "043")),
    ("The Kyrgyz leader was met by the minister of energy of Turkmenistan Charymurad Purchekov at the Ashgabat "
     "International Airport.", ("TKMGOV", "KGZGOV", "043")),
])
def test_an_office_with_words_between_it_and_its_state(parser, text, event):
    assert event in coded(text, date(2022, 6, 7), parser)


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("second, event", [
    ("Dr Muscat thanked Italy for its support.", ("MLTGOV", "ITA", "051")),
    ("He also had a discussion on the phone last week with Greek Prime Minister Samaras.", ("MLTGOV", "GRCGOV", "040")),
])
def test_a_title_before_a_surname_and_a_call_on_the_phone(parser, second, event):
    _, got = coded_sentences("Prime Minister Joseph Muscat this afternoon had a meeting in Rome with Italian Prime "
                             "Minister Enrico Letta. " + second, date(2013, 7, 15), parser)
    assert event in got
    assert not any("OMN" in (s, t) for s, t, _ in got)


@pytest.mark.parametrize("parser", PARSERS)
def test_a_state_listed_after_a_place_is_a_place(parser):
    _, got = coded_sentences("Austria's Foreign Minister Alexander Schallenberg met Slovenian Prime Minister Robert "
                             "Golob in Ljubljana. They talked about the development of alternative sources of gas and "
                             "the gas terminal in Croatia and Italy.", date(2022, 6, 7), parser)
    assert not any("ITA" in (s, t) or "HRV" in (s, t) for s, t, _ in got)
