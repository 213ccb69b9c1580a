""""H.E." ending no sentence, a state's short name in brackets after its full name, a holder's name after his office
and honorifics, Republika Srpska, a verb joined to a modal's, a border closure announced for the next day and an
agreement "preparing" to be signed: the readings session 35 took from its third blind batch (fresh510-521,
eval/gold/session35.jsonl)."""

from __future__ import annotations

from datetime import date

import pytest

from dyadwatch.coding.modality import announced
from dyadwatch.coding.text import split_sentences, tokenize
from tests.coder_helpers import PARSERS, coded, coded_sentences

PHNOM_PENH = date(2021, 11, 29)
LAO_PM = ("Prime Minister of the Lao People's Democratic Republic (Lao PDR) H.E. Dr. Phankham Viphavanh started his "
          "two-day official visit in Cambodia this morning.")


def test_his_excellency_ends_no_sentence():
    assert len(split_sentences(LAO_PM)) == 1


@pytest.mark.parametrize("parser", PARSERS)
def test_a_states_short_name_in_brackets_is_no_second_actor(parser):
    got = coded(LAO_PM, PHNOM_PENH, parser)
    assert ("LAOGOV", "KHM", "042") in got and not any(s == "LAO" for s, _, _ in got)


@pytest.mark.parametrize("parser", PARSERS)
def test_a_holders_name_after_his_office_and_honorifics_is_remembered(parser):
    _, second = coded_sentences(LAO_PM + " H.E. Dr. Phankham Viphavanh was warmly welcomed upon his arrival at Phnom "
                                "Penh International Airport by H.E. Say Samal, Minister of Environment.", PHNOM_PENH,
                                parser)
    assert ("LAOGOV", "KHM", "042") in second


@pytest.mark.parametrize("parser", PARSERS)
def test_the_president_of_republika_srpska_is_bosnias(parser):
    got = coded("President of Republika Srpska Milorad Dodik and President of Serbia Aleksandar Vučić met in Bosanska "
                "Dubica.", date(2018, 4, 22), parser)
    assert {("BIHGOV", "SRBGOV", "040"), ("SRBGOV", "BIHGOV", "040")} <= got


@pytest.mark.parametrize("parser", PARSERS)
def test_a_verb_joined_to_a_modals_is_to_come(parser):
    got = coded("Oli, who is considered pro-Beijing, will visit China from June 19-24 and hold talks with Chinese "
                "President Xi Jinping.", date(2018, 6, 13), parser)
    assert ("NPLGOV", "CHNGOV", "036") in got and not any(c == "046" for _, _, c in got)


@pytest.mark.parametrize("text, word, how", [
    ("Oli will visit China from June 19-24 and hold talks with Xi.", "hold", "modal"),
    ("The two leaders will meet on Monday and signed a deal last year.", "signed", None),
    ("Kazakhstan and Uzbekistan are preparing to sign an agreement.", "sign", "modal"),
])
def test_how_a_verb_is_governed(text, word, how):
    tokens = tokenize(text)
    assert announced(tokens, next(t.i for t in tokens if t.lower == word)) == how


@pytest.mark.parametrize("parser", PARSERS)
def test_a_border_closure_announced_for_the_next_day_is_a_closure(parser):
    got = coded("The president of the Dominican Republic announced Thursday that he would close all borders with "
                "neighboring Haiti starting Friday.", date(2023, 9, 14), parser)
    assert ("DOMGOV", "HTI", "191") in got


@pytest.mark.parametrize("parser", PARSERS)
def test_an_agreement_being_prepared_for_signing_is_meant(parser):
    got = coded("Kazakhstan and Uzbekistan are preparing to sign an agreement on border demarcation.",
                date(2022, 11, 21), parser)
    assert {("KAZ", "UZB", "030"), ("UZB", "KAZ", "030")} <= got and not any(c == "057" for _, _, c in got)
