"""Acts others want of a state, visits still to come, and the lists and names that hide a party: the
readings session 17 took from its 24 blind sets (fresh133-156, eval/gold/session17.jsonl)."""

from __future__ import annotations

from datetime import date

import pytest

from dyadwatch.coding import actors as actor_dicts
from dyadwatch.coding.modality import announced
from dyadwatch.coding.text import tokenize
from tests.coder_helpers import PARSERS, coded

D = date(2024, 12, 2)


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("text", [
    "The EU is facing pressure to impose sanctions on Georgian officials.",
    "Turkey faces calls to close its border with Syria.",
    "Georgia was urged to expel Russian diplomats.",
    "Japan was pressured to impose sanctions on Russia.",
])
def test_an_act_others_want_of_a_state_is_not_its_act(text, parser):
    assert not any(e[2][:2] in ("16", "19") for e in coded(text, D, parser))


def test_who_presses_is_read_apart_from_who_acts():
    tokens = tokenize("The EU is under pressure to impose sanctions.")
    assert announced(tokens, [t.lower for t in tokens].index("impose")) == "pressed"
    tokens = tokenize("The EU urged Georgia to release the protesters.")
    assert announced(tokens, [t.lower for t in tokens].index("release")) is None  # the appeal reads it (0253)
    assert ("IGOEUREEC", "GEO", "0253") in coded("The EU urged Georgia to release the protesters.", D)


def test_coming_under_pressure_is_no_attack_but_coming_under_fire_is():
    assert coded("Germany came under pressure from Ukraine to send tanks.", D) == set()
    assert ("AZEMIL", "ARM", "190") in coded("Armenian positions came under fire from Azerbaijani forces.", D)


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("adjective", ["imminent", "forthcoming", "impending"])
def test_a_visit_still_to_come_is_an_intent(adjective, parser):
    got = coded(f"The treaty will be signed during Putin's {adjective} visit to North Korea.", D, parser)
    assert ("RUSGOV", "PRK", "036") in got and ("RUSGOV", "PRK", "042") not in got


def test_a_visit_made_stays_a_visit():
    assert ("INDGOV", "RUS", "042") in coded("Modi's visit to Moscow last week was a success.", D)


@pytest.mark.parametrize("parser", PARSERS)
def test_a_states_adjective_before_its_own_group_is_one_actor(parser):
    assert [m.code for m in actor_dicts.bundled().find(tokenize("Afghan Taliban fighters"), date(2023, 9, 11))] \
        == ["AFGMIL"]
    got = coded("Pakistani border guards and Afghan Taliban fighters exchanged fire on September 6.",
                date(2023, 9, 11), parser)
    assert {("PAKMIL", "AFGMIL", "190"), ("AFGMIL", "PAKMIL", "190")} <= got


def test_another_states_adjective_stays_apart():
    codes = [m.code for m in actor_dicts.bundled().find(tokenize("Iranian Houthi allies"), D)]
    assert codes[0] == "IRN" and codes[1].startswith("YEM")


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("text", [
    "Mali, along with Burkina Faso and Niger, expelled Algerian diplomats.",
    "Mali, along with its regional partners Burkina Faso and Niger, expelled Algerian diplomats.",
])
def test_co_subjects_joined_by_along_with_all_act(text, parser):
    got = coded(text, date(2025, 4, 7), parser)
    assert {("MLI", "DZAGOV", "161"), ("BFA", "DZAGOV", "161"), ("NER", "DZAGOV", "161")} <= got


def test_along_with_after_the_verb_still_names_targets():
    got = coded("The US imposed sanctions on Iran along with Syria.", D)
    assert {("USA", "IRN", "163"), ("USA", "SYR", "163")} <= got


@pytest.mark.parametrize("title", ["Secretary of National Defense", "Defense Secretary", "Defence Chief"])
def test_a_defence_secretary_is_the_military(title):
    found = actor_dicts.bundled().find(tokenize(f"Philippine {title} Gilberto Teodoro"), date(2024, 11, 22))
    assert [m.code for m in found] == ["PHLMIL"]


# -- from the second batch (fresh157-179) --------------------------------------------------------------------------


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("text, dyad", [
    ("China has announced the conditional lifting of its two-year ban on seafood imports from Japan.", ("CHN", "JPN")),
    ("The US announced the lifting of sanctions on Syria.", ("USA", "SYR")),
    ("The EU announced the easing of sanctions against Belarus.", ("IGOEUREEC", "BLR")),
    ("China lifted its ban on Japanese seafood on Sunday.", ("CHN", "JPN")),
])
def test_a_sanction_named_as_lifted_is_eased(text, dyad, parser):
    got = coded(text, date(2025, 6, 30), parser)
    assert (*dyad, "085") in got and not any(e[2][:2] in ("16", "17") for e in got)


def test_a_lifting_of_something_else_leaves_a_sanction_imposed():
    got = coded("The EU imposed sanctions on Belarus after the lifting of the state of emergency.", D)
    assert ("IGOEUREEC", "BLR", "163") in got


@pytest.mark.parametrize("parser", PARSERS)
def test_fighting_alongside_is_military_cooperation(parser):
    got = coded("Eritrea has been fighting alongside Ethiopia's central government troops since 2020.",
                date(2022, 9, 16), parser)
    assert ("ERI", "ETHMIL", "062") in got and not any(e[2] == "190" for e in got)
    assert ("AZEMIL", "ARMMIL", "190") in coded("Azerbaijani forces clashed with Armenian troops.", D, parser)


@pytest.mark.parametrize("parser", PARSERS)
def test_communicating_with_a_counterpart_is_a_consultation(parser):
    got = coded("Qatar's Prime Minister communicated with Egypt's Foreign Minister via phone.", date(2025, 3, 19),
                parser)
    assert {("QATGOV", "EGYGOV", "040"), ("EGYGOV", "QATGOV", "040")} <= got


@pytest.mark.parametrize("parser", PARSERS)
def test_states_whose_borders_meet_hold_no_meeting(parser):
    text = "This is all over the Emerald Triangle, where Thailand, Cambodia, and Laos meet."
    assert coded(text, date(2025, 7, 24), parser) == set()
    assert ("RUSGOV", "CHNGOV", "040") in coded("Putin and Xi meet in Beijing.", date(2025, 7, 24), parser)


# -- from the third batch (fresh180-202) ---------------------------------------------------------------------------


@pytest.mark.parametrize("parser", PARSERS)
def test_unicode_hyphens_are_hyphens(parser):
    text = "Vladimir Putin and Kassym\u2011Jomart Tokayev held a one\u2011on\u2011one meeting in the Kremlin."
    assert {("RUSGOV", "KAZGOV", "040"), ("KAZGOV", "RUSGOV", "040")} <= coded(text, date(2025, 11, 11), parser)
    tokens = tokenize("Kassym\u2010Jomart")
    assert [t.text for t in tokens] == ["Kassym", "-", "Jomart"] and tokens[-1].end == len("Kassym\u2010Jomart")


@pytest.mark.parametrize("parser", PARSERS)
def test_a_states_own_city_named_after_its_possessive_is_the_state(parser):
    found = actor_dicts.bundled().find(tokenize("Libya's Tripoli government"), date(2022, 10, 26))
    assert [m.code for m in found] == ["LBYGOV"]
    got = coded("Turkey and Libya's Tripoli government have signed two military cooperation agreements.",
                date(2022, 10, 26), parser)
    assert any(e[1] == "LBYGOV" and e[2] == "057" for e in got)
