"""Light verbs of a visit ("carries out", "will hold"), an exchange of views, ties valued, a meal "in honor of" a guest,
the Saudi king's title, "the Qatari official delegation", a holder "of Oman" past his lineage, an office he acts "in
his capacity as", an invitation from a ranked host, and a shared office that opens a sentence: the readings session 39
took from its third blind batch (fresh647-658, eval/gold/session39.jsonl)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.coder_helpers import PARSERS, coded, coded_sentences


@pytest.mark.parametrize("parser", PARSERS)
def test_carrying_out_a_visit(parser):
    got = coded("President Isaias Afwerki carries out a 2-day official visit to the Sudan on the invitation of Lt. "
                "Gen. Abdul Fattah al-Burhan, President of Sudan's Sovereign Council.", date(2019, 10, 4), parser)
    assert {("ERIGOV", "SDN", "042"), ("SDNGOV", "ERIGOV", "036")} <= got


@pytest.mark.parametrize("parser", PARSERS)
def test_a_visit_to_be_held_by_a_holder_of_his_state(parser):
    got = coded("His Majesty Sultan Haitham bin Tariq of Oman will hold a state visit to the UAE on Monday, April 22.",
                date(2024, 4, 21), parser)
    assert {("OMNGOV", "ARE", "036"), ("ARE", "OMNGOV", "036")} <= got
    assert ("OMN", "ARE", "036") not in got


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("text, code", [("China and Tonga held an exchange of views on bilateral ties.", "040"),
                                        ("China and Tonga will have an in-depth exchange of views.", "036")])
def test_an_exchange_of_views(parser, text, code):
    assert {("CHN", "TON", code), ("TON", "CHN", code)} <= coded(text, date(2025, 11, 20), parser)


@pytest.mark.parametrize("parser", PARSERS)
def test_relations_valued(parser):
    got = coded("Mao said that China highly values its relations with Tonga.", date(2025, 11, 20), parser)
    assert ("CHN", "TON", "051") in got


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("when", [date(2015, 2, 17), date(2010, 2, 17)])
def test_the_custodian_of_the_two_holy_mosques(parser, when):
    got = coded("The Custodian of the Two Holy Mosques held a luncheon in honor of the Qatari official delegation.",
                when, parser)
    assert ("SAUGOV", "QATGOV", "043") in got


@pytest.mark.parametrize("parser", PARSERS)
def test_an_office_a_president_acts_in_is_no_party(parser):
    got = coded("President Cyril Ramaphosa - in his capacity as chair of the Southern African Development Community "
                "(SADC) - has arrived in the Mozambican capital Maputo on a working visit.", date(2018, 3, 17), parser)
    assert ("ZAFGOV", "MOZ", "042") in got
    assert not {e for e in got if e[0].startswith("IGO")}


@pytest.mark.parametrize("parser", PARSERS)
def test_a_shared_office_opening_a_sentence_is_the_last_subjects(parser):
    sentences = coded_sentences("President Isaias Afwerki carries out a 2-day official visit to the Sudan on the "
                                "invitation of Lt. Gen. Abdul Fattah al-Burhan, President of Sudan's Sovereign "
                                "Council. The president met and held discussions with the leadership of the Sudan.",
                                date(2019, 10, 4), parser)
    assert {("ERIGOV", "SDNGOV", "040"), ("SDNGOV", "ERIGOV", "040")} <= sentences[1]
