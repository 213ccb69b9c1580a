"""Austria's foreign minister 2013-2017 and Gabon's president by his first surname; a relative clause's actor is no
subject of the main verb; "Congo" once Brazzaville's president is named; "His Majesty" opening a sentence; good
wishes; a state called a threat or a risk; ties "between" the speaker's state and another called good; a place
before ", said X" is no speaker: the readings session 41 took from its fifth blind batch (fresh738-747,
eval/gold/session41.jsonl)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.coder_helpers import PARSERS, coded, coded_sentences, pipeline


def _codes(text: str, when: date) -> set[str]:
    return {m.code for s in pipeline("none")(text, when) for m in s.mentions}


@pytest.mark.parametrize("text, when, code, absent", [
    ("Foreign Minister Sebastian Kurz flew to Rome.", date(2015, 3, 1), "AUTGOV", "AUTELI"),
    ("Oligui flew to Malabo.", date(2023, 9, 20), "GABGOV", None)])
def test_holders_the_dictionary_now_holds(text, when, code, absent):
    codes = _codes(text, when)
    assert code in codes and absent not in codes


@pytest.mark.parametrize("parser", PARSERS)
def test_a_relative_clause_s_actor_is_no_subject_of_the_main_verb(parser):
    got = coded("The new president of Gabon, Brice Oligui Nguema, who replaced Ali Bongo Ondimba at the end of "
                "August, arrived on Sunday in Equatorial Guinea to meet his counterpart.", date(2023, 9, 20), parser)
    assert ("GABGOV", "GNQ", "042") in got
    assert not any(s == "GABELI" for s, _, _ in got)


def test_congo_alone_is_brazzaville_s_once_its_president_is_named():
    sentences = pipeline("none")("President Denis Sassou Nguesso met the Angolan president on Monday. Congo and "
                                 "Angola signed two agreements.", date(2023, 10, 1))
    assert "COG" in {m.code for m in sentences[-1].mentions}
    assert "COD" not in {m.code for m in sentences[-1].mentions}


@pytest.mark.parametrize("parser", PARSERS)
def test_his_majesty_opening_a_sentence_is_the_last_subject(parser):
    sentences = coded_sentences("King Hamad met Saudi King Salman in Jeddah on Sunday. His Majesty expressed his "
                                "warm congratulations to the Saudi king on the National Day. He wished the kingdom "
                                "continued prosperity.", date(2022, 9, 26), parser)
    assert ("BHRGOV", "SAUGOV", "051") in sentences[1]
    assert ("BHRGOV", "SAU", "051") in sentences[2]


@pytest.mark.parametrize("parser", PARSERS)
def test_his_majesty_before_a_name_is_no_anaphor(parser):
    got = coded("His Majesty King Abdullah II received the Iraqi prime minister in Amman.", date(2022, 9, 26), parser)
    assert ("JORGOV", "IRQGOV", "043") in got


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("text, code", [
    ("German Chancellor Olaf Scholz said that \"Iran is a threat to the security\" of the region.", "111"),
    ("German Chancellor Olaf Scholz said Iran is a risk to security in the Gulf.", "111"),
    ("German Chancellor Olaf Scholz said that China is not a threat to Europe.", None)])
def test_a_state_called_a_threat_or_a_risk(parser, text, code):
    got = {c for s, t, c in coded(text, date(2023, 6, 1), parser) if t in ("IRN", "CHN")}
    assert got == ({code} if code else set())


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("text, expected", [
    ("Italian Foreign Minister Antonio Tajani said relations between Italy and Algeria are very, very good.",
     ("ITAGOV", "DZA", "051")),
    ("Italian Foreign Minister Antonio Tajani said that our relations with Algeria are excellent.",
     ("ITAGOV", "DZA", "051")),
    ("Italian Foreign Minister Antonio Tajani said relations between China and Russia are good.", None),
    ("Italian Foreign Minister Antonio Tajani said Iran's relations between its neighbours are good.", None)])
def test_ties_called_good(parser, text, expected):
    got = {e for e in coded(text, date(2023, 3, 26), parser) if e[2] == "051"}
    assert got == ({expected} if expected else set())


@pytest.mark.parametrize("parser", PARSERS)
def test_a_place_before_said_is_no_speaker(parser):
    got = coded("\"Relations between Italy and Algeria are very, very good, as witnessed by last November's visit of "
                "the Italian president to Algiers,\" said the Algerian ambassador.", date(2022, 3, 26), parser)
    assert ("DZAGOV", "ITA", "051") in got  # the ambassador, not Algiers, says it
    assert ("DZA", "ITA", "051") not in got
