"""Offices named beside their holders, adjectives sharing a noun, portfolios, calls, accusations cited,
agreements terminated, sanctions licences and a visit's city past a topic's place: the readings session 24
took from its blind sets (fresh309-320, eval/gold/session24.jsonl)."""

from __future__ import annotations

from datetime import date

import pytest

from dyadwatch.coding.actors import bundled
from dyadwatch.coding.text import split_sentences, tokenize
from tests.coder_helpers import PARSERS, coded


def _codes(text: str, when: date) -> list[str]:
    return [m.code for m in bundled().find(tokenize(text), when)]


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("text, when, a, b", [
    # "NAME, the OFFICE of X's institution,": one actor, coded by the office
    ("Ali Shamkhani, the Secretary of Iran's Supreme National Security Council, signed the accord with Qasim "
     "al-Araji, Iraq's National Security Advisor, in Baghdad.", date(2023, 3, 19), "IRNGOV", "IRQGOV"),
    ("Ali Shamkhani, the Secretary of Iran's Supreme National Security Council, met Saudi Arabia's national "
     "security adviser in Beijing.", date(2023, 3, 10), "IRNGOV", "SAUGOV"),
])
def test_a_name_and_the_office_after_it_are_one_actor(parser, text, when, a, b):
    got = coded(text, when, parser)
    assert (a, b) in {(s, t) for s, t, _ in got}
    assert not any(s[:3] == t[:3] for s, t, _ in got)  # the name and its office are not two parties


@pytest.mark.parametrize("parser", PARSERS)
def test_the_head_of_a_states_council_and_his_name_are_one_party_to_talks(parser):
    text = ("Egyptian President Abdel Fattah al-Sisi and the Head of Sudan's Sovereign Council, Abdel Fattah "
            "al-Burhan, discussed the situation in Sudan during talks in Cairo on Tuesday.")
    got = coded(text, date(2025, 10, 14), parser)
    assert {("EGYGOV", "SDNGOV"), ("SDNGOV", "EGYGOV")} <= {(s, t) for s, t, c in got if c[:2] == "04"}
    assert ("SDNGOV", "EGY", "042") in got  # the talks in the host's capital are the guest's visit
    assert not any(t == "SDN" and c == "042" for _, t, c in got)  # "the situation in Sudan" is a topic


def test_the_head_is_an_office_only_in_capitals():
    assert _codes("The Head of Sudan's Sovereign Council arrived.", date(2025, 1, 1))[0] == "SDNGOV"
    assert "---GOV" not in _codes("He will head to Moscow on Monday.", date(2025, 1, 1))


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("text, a, b, place", [
    ("The Kazakh, Uzbek leaders held talks in Tashkent.", "KAZGOV", "UZBGOV", "UZB"),
    ("The Armenian, Georgian prime ministers met in Tbilisi on Friday.", "ARMGOV", "GEOGOV", "GEO"),
])
def test_two_adjectives_a_comma_joins_share_the_noun(parser, text, a, b, place):
    got = coded(text, date(2024, 5, 1), parser)
    assert {(a, b), (b, a)} <= {(s, t) for s, t, _ in got}
    assert (a, place, "042") in got


@pytest.mark.parametrize("text", [
    "The U.S. Treasury Department on Friday issued two general licenses for Venezuela's oil sector.",
    "Turkey will hold a general election in May, the general said.",
])
def test_general_before_a_noun_is_no_officer(text):
    codes = _codes(text, date(2026, 2, 13))
    assert codes.count("---MIL") == text.count("the general")


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("text, when, a, b, code", [
    # a sanctions authority's licence eases the sanction
    ("The U.S. Treasury Department's Office of Foreign Assets Control on Friday issued two general licenses "
     "that ease restrictions on Venezuela's energy sector.", date(2026, 2, 13), "USAGOV", "VEN", "085"),
    ("Washington issued a general license authorizing transactions with Syria's government.", date(2025, 5, 23),
     "USA", "SYRGOV", "085"),
    # a call with a named official is a consultation, both ways
    ("The Philippine undersecretary had a call with Chinese Vice Foreign Minister Chen Xiaodong.", date(2024, 3, 25),
     "PHLGOV", "CHNGOV", "041"),
    # who cites or repeats accusations makes them, past an auxiliary
    ("Previously, Hungary had cited accusations of Ukraine restricting minority rights as a reason for the veto.",
     date(2024, 1, 10), "HUN", "UKR", "112"),
    ("Russia has repeated accusations of Moldovan interference.", date(2024, 1, 10), "RUS", "MDA", "112"),
    # an announced termination of an agreement with a state reduces relations (not an agreement reached, 030)
    ("N'Djamena announced the termination of the defense agreement with Paris at the end of November.",
     date(2024, 11, 28), "TCD", "FRA", "160"),
    ("Niger announced the termination of its military cooperation agreement with the United States.",
     date(2024, 3, 17), "NER", "USA", "160"),
])
def test_acts_read_from_their_nouns(parser, text, when, a, b, code):
    got = coded(text, when, parser)
    assert (a, b, code) in got
    if code == "160":
        assert not any(c == "030" for _, _, c in got)


@pytest.mark.parametrize("parser", PARSERS)
def test_a_licence_to_traders_is_no_easing_of_sanctions(parser):
    assert not any(c == "085" for _, _, c in coded("Iran issued licences to Afghan traders.", date(2024, 1, 1), parser))


@pytest.mark.parametrize("parser", PARSERS)
def test_a_portfolio_in_an_office_names_no_party(parser):
    text = ("Foreign Affairs Undersecretary for Bilateral Relations and ASEAN Affairs Ma. Theresa Lazaro had a call "
            "with Chinese Vice Foreign Minister Chen Xiaodong.")
    got = coded(text, date(2024, 3, 25), parser)
    assert not any("ASN" in s or "ASN" in t for s, t, _ in got)


def test_ma_abbreviates_a_given_name_and_ends_no_sentence():
    text = "Undersecretary Ma. Theresa Lazaro had a call with the Chinese envoy. The talks ended."
    assert len(split_sentences(text)) == 2


@pytest.mark.parametrize("parser", PARSERS)
def test_the_commissions_of_two_states_meeting_are_their_governments(parser):
    got = coded("The Commissions of Armenia and Azerbaijan held a meeting on April 19.", date(2024, 4, 19), parser)
    assert {("ARMGOV", "AZEGOV", "040"), ("AZEGOV", "ARMGOV", "040")} <= got
