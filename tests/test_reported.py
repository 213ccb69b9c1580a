"""An office without a country, opening a clause a state's actor reports, is that state's: ReportedOffices."""

from __future__ import annotations

from datetime import date

import pytest

from dyadwatch.coding.reported import ReportedOffices
from tests.coder_helpers import PARSERS, coded, pipeline

D = date(2024, 11, 29)


def _mentions(text: str) -> list[tuple[str, str]]:
    p = pipeline("none")
    s = p.sentencizer(text)[0]
    p.actors(s, D)
    ReportedOffices()(s)
    return [(m.text, m.code) for m in s.mentions]


@pytest.mark.parametrize("text, office, code", [
    ("Georgian Prime Minister Irakli Kobakhidze said on Nov. 28 that the government is suspending talks.",
     "government", "GEOGOV"),
    ("The Chinese Foreign Ministry on Friday said that Vice Minister Sun Weidong summoned the ambassador.",
     "Minister", "CHNGOV"),
    ("Turkey's defence ministry said in a statement the army had shelled the positions.", "army", "TURMIL"),
])
def test_the_reporters_state_owns_the_office(text, office, code):
    assert (office, code) in _mentions(text)


@pytest.mark.parametrize("text, office", [
    # an organisation reports: it has no state to lend
    ("The United Nations said the government had blocked aid convoys.", "government"),
    # told is not a reported clause: who was told is another party
    ("The Russian envoy told the ministry that talks would resume.", "ministry"),
    # the office is not where the clause begins: another actor stands first
    ("Russia said Armenia and the army had agreed.", "army"),
])
def test_no_reporter_state_no_owner(text, office):
    assert dict(_mentions(text))[office].startswith("---")


@pytest.mark.parametrize("parser", PARSERS)
def test_a_reported_decision_is_the_reporters_states(parser):
    got = coded("Georgian Prime Minister Irakli Kobakhidze said on Nov. 28 that the government is suspending "
                "talks on European Union accession for four years.", D, parser)
    assert ("GEOGOV", "IGOEUREEC", "164") in got


def test_the_european_parliament_is_the_eu_and_no_unowned_legislature():
    assert ("European Parliament", "IGOEUREEC") in _mentions("The European Parliament adopted a resolution.")
    assert ("IGOEUREEC", "GEOGOV", "111") in coded("The European Parliament condemned the Georgian government.", D)
