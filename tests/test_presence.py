"""An office holder said to be in another state is visiting it: Presence."""

from __future__ import annotations

from datetime import date

import pytest

from dyadwatch.coding.pipeline import _check_chain
from dyadwatch.coding.presence import Presence
from tests.coder_helpers import PARSERS, coded, pipeline

D = date(2024, 2, 6)


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("text, expected", [
    ("In a show of solidarity with Israel, Argentina’s new president, Javier Milei, is in Israel on Tuesday.",
     ("ARGGOV", "ISR", "042")),
    ("India's top diplomat was in Pakistan on Tuesday for the first meeting with his counterpart.",
     ("INDGOV", "PAK", "042")),
    ("Turkish President Recep Tayyip Erdogan is currently in Baku.", ("TURGOV", "AZE", "042")),
])
def test_an_office_holder_in_another_state_is_visiting_it(parser, text, expected):
    assert expected in coded(text, D, parser)


@pytest.mark.parametrize("text", [
    "Azerbaijani President Ilham Aliyev was in Baku on Tuesday.",  # at home
    "Officials are in Kabul for talks.",  # no one's
    "Turkey is in NATO.",  # a state, not an office holder
    "Erdogan said the answer is in Baku.",  # what is in Baku is no person
])
def test_no_visit_at_home_by_nobody_or_by_a_thing(text):
    assert not [e for e in coded(text, D, "none") if e[2] == "042"]


def test_a_visit_coded_already_is_not_coded_twice():
    got = [s for s in pipeline("none")("Erdogan is in Baku on a visit to Azerbaijan.", D)]
    assert sum(e.code == "042" for s in got for e in s.events) == 1


def test_the_component_declares_what_it_needs():
    p = Presence()
    assert p.requires == ("mentions", "events") and p.provides == ("events",)
    with pytest.raises(ValueError):
        _check_chain([p])  # nothing provides its inputs
