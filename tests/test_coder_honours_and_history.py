"""An act dated decades before the story ("after Turkey invaded the island in 1974"), an honour presented or a tribute
paid, a ship's port call, and a meeting noun that only says what a memorandum is about: the readings session 32 took
from its third blind batch (fresh427-438, eval/gold/session32.jsonl)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.coder_helpers import PARSERS, coded, coded_sentences

NICOSIA = date(2023, 2, 1)


@pytest.mark.parametrize("parser", PARSERS)
def test_an_act_dated_decades_before_the_story_is_history(parser):
    got = coded("Cyprus is split into two parts after Turkey invaded the island in 1974, when a coup by supporters of "
                "unity with Greece, failed.", NICOSIA, parser)
    assert not any(c[:2] == "19" for _, _, c in got)


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("text, event", [
    ("Turkey invaded Syria in October 2019.", ("TUR", "SYR", "190")),
    ("The relations between Qatar and Bahrain were severed in 2017, when Saudi Arabia imposed a diplomatic blockade "
     "on Qatar.", ("SAU", "QAT", "191")),
])
def test_an_act_dated_a_few_years_back_is_still_coded(parser, text, event):
    assert event in coded(text, NICOSIA, parser)


BELGRADE = date(2022, 6, 15)
VISIT = ("Hungarian Prime Minister Viktor Orban arrived in Belgrade, where he met with Serbian President Aleksandar "
         "Vucic. ")


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("text", [
    "Vucic presented Orban with the Order of the Republic of Serbia for exceptional merits.",
    "Vucic noted he is honored to have the opportunity to pay tribute to Orban.",
])
def test_an_honour_or_a_tribute_praises_the_one_honoured(parser, text):
    last = coded_sentences(f"{VISIT}{text}", BELGRADE, parser)[-1]
    assert ("SRBGOV", "HUNGOV", "051") in last


@pytest.mark.parametrize("parser", PARSERS)
def test_a_draft_presented_is_no_honour(parser):
    last = coded_sentences(f"{VISIT}Vucic presented the draft agreement to Orban.", BELGRADE, parser)[-1]
    assert not any(c == "051" for _, _, c in last)


@pytest.mark.parametrize("parser", PARSERS)
def test_homage_to_the_nations_liberators_praises_no_party(parser):
    last = coded_sentences("The president of Argentina, Alberto Fernández, arrived in Chile. From the airport, he went "
                           "to pay homage to both nations' liberators.", date(2021, 1, 26), parser)[-1]
    assert not any(c == "051" for _, _, c in last)


COLOMBO = date(2023, 10, 26)


@pytest.mark.parametrize("parser", PARSERS)
def test_a_states_ship_docked_in_a_port_is_its_port_call(parser):
    got = coded("The Chinese geophysical scientific research vessel Shi Yan 6 docked at the Port of Colombo on "
                "Wednesday.", COLOMBO, parser)
    assert ("CHN", "LKA", "042") in got


@pytest.mark.parametrize("parser", PARSERS)
def test_ships_seen_docking_in_images_make_no_call_by_who_shared_them(parser):
    got = coded("The escalation started when Turkish security sources shared aerial images purportedly showing ships "
                "loaded with US armoured vehicles docking at two Greek islands, Lesbos and Samos.", COLOMBO, parser)
    assert not any(c == "042" for _, _, c in got)


WINDHOEK = date(2021, 9, 1)
PAIR = "Namibia and Botswana held talks in Windhoek on Monday. "


@pytest.mark.parametrize("parser", PARSERS)
def test_consultations_a_memorandum_is_about_are_no_meeting(parser):
    last = coded_sentences(f"{PAIR}The joint visit is taking place within the framework of the Memorandum of "
                           "Understanding on diplomatic consultations between the two countries.", WINDHOEK,
                           parser)[-1]
    assert not any(c[:2] == "04" for _, _, c in last)


@pytest.mark.parametrize("parser", PARSERS)
def test_consultations_held_between_two_states_are_a_meeting(parser):
    got = coded("Diplomatic consultations between Namibia and Botswana took place in Windhoek.", WINDHOEK, parser)
    assert {("NAM", "BWA", "040"), ("BWA", "NAM", "040")} <= got
