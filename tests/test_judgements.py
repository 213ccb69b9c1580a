"""Judgements as criticisms: the JudgementCoder component."""

from __future__ import annotations

from datetime import date

import pytest

from dyadwatch.coding.judgements import JudgementCoder, judgement
from tests.coder_helpers import PARSERS, coded, pipeline

D = date(2024, 3, 1)


def _events(text: str, parser: str = "none") -> set[tuple[str, str, str]]:
    return coded(text, D, parser)


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("text,expected", [
    # the speaker after the judged phrase
    ("Ukraine's decision to recall its ambassador from Georgia is unjustified and unacceptable, "
     "the head of the ruling party Irakli Kobakhidze said on Tuesday.", ("GEOGOV", "UKR", "111")),
    # a naming verb: its subject judges
    ("Georgia's ruling party calls Kiev's recall of ambassador from Tbilisi unjustified.", ("GEOGOV", "UKR", "111")),
    ("Taipei described the Chinese drills as provocative.", ("TWN", "CHN", "111")),
    # the speaker before, and a negated approval
    ("Russia said the American sanctions were not acceptable.", ("RUS", "USA", "111")),
    # quoted adjectives, and "as" reaching over a long judged phrase
    ("French Foreign Minister Jean-Noel Barrot on Wednesday described Algeria's decision to expel 12 French "
     "officials as \"very regrettable\" and \"unjustifiable\".", ("FRAGOV", "DZA", "111")),
    ("The Ministry of External Affairs described the Canadian allegations as \u201cpreposterous imputations\u201d.",
     ("INDGOV", "CAN", "111")),
])
def test_a_condemning_judgement_is_a_criticism_of_the_one_judged(parser, text, expected):
    assert expected in _events(text, parser)


def test_no_criticism_within_a_country_or_without_a_judge():
    assert _events("The Russian decision was unacceptable, Russian officials said.") == set()
    assert _events("The Russian decision was unacceptable.") == set()
    # an adjective used attributively judges nothing by itself
    got = _events("Armenia said Azerbaijani troops carried out an unprovoked attack on Armenian positions.")
    assert not any(code == "111" for *_, code in got)


def test_a_pair_already_coded_keeps_its_reading():
    got = _events("Iran condemned Israel's strikes as illegal, the foreign ministry said.")
    assert ("IRN", "ISR", "111") in got
    assert sum(1 for s, t, _ in got if (s, t) == ("IRN", "ISR")) == 1


def test_the_component_declares_what_it_needs_and_adds_to_the_events():
    coder = JudgementCoder()
    assert coder.requires == ("tokens", "mentions", "events") and coder.provides == ("events",)
    p = pipeline("none")
    s = p.sentencizer("Baku called Tehran's statement unacceptable.")[0]
    p.actors(s, D)
    k = next(t.i for t in s.tokens if t.lower == "unacceptable")
    judge, judged = judgement(s.tokens, s.mentions, k)
    assert (judge.code, judged.code) == ("AZE", "IRN")
    assert [(e.source.code, e.target.code, e.code) for e in coder(s.tokens, s.mentions, [])] == [("AZE", "IRN", "111")]


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("text,expected", [
    ("Maduro said on Monday the incidents are an \"aggression\" by the U.S., not tensions.", ("VENGOV", "USA", "112")),
    ("Azerbaijan described the Armenian shelling as a flagrant violation of the ceasefire.", ("AZE", "ARM", "112")),
])
def test_a_condemning_noun_is_an_accusation_of_its_doer(parser, text, expected):
    assert expected in _events(text, parser)


def test_a_participle_naming_an_offence_is_judged_by_the_main_subject_and_is_no_phone_call():
    text = "In response, Taipei said that it was deploying forces, calling it Beijing's military intimidation."
    assert not any(code == "041" for *_, code in _events(text))
    if "spacy" in PARSERS:  # without a parse the deployment's pattern takes the pair first
        assert ("TWN", "CHNMIL", "112") in _events(text, "spacy")


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("text", [
    "In an interview with France 24, Pashinyan said the CSTO had not fulfilled its obligations toward Armenia.",
    'Pashinyan said that the CSTO had "not fulfilled its security obligations" toward Armenia.',
    "The CSTO failed to honour its commitments to Armenia, Pashinyan said.",
])
def test_a_charge_of_failing_a_duty_is_a_criticism(parser, text):
    assert ("ARMGOV", "IGOCASCSTO", "111") in _events(text, parser)


def test_a_duty_kept_or_no_speaker_is_no_criticism():
    assert _events("Pashinyan said the CSTO had fulfilled its obligations toward Armenia.") == set()
    assert _events("The CSTO had not fulfilled its obligations toward Armenia.") == set()


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("text,expected", [
    ("Kyiv said Moscow was responsible for the attack.", ("UKR", "RUS", "112")),
    # a charge in a participle clause is the main subject's, and another act on the same pair does not absorb it
    ("Georgia on Wednesday recalled its ambassador to Russia, saying Moscow was behind recent political turmoil.",
     ("GEO", "RUS", "112")),
])
def test_saying_someone_is_behind_or_responsible_is_an_accusation(parser, text, expected):
    assert expected in _events(text, parser)


def test_being_responsible_for_ones_own_affairs_needs_a_different_judge():
    assert _events("Moscow is responsible for its own security, Lavrov said.") == set()


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("text", [
    # the act judged is in an earlier sentence of the document
    "Algeria ordered 12 French officials to leave within 48 hours. "
    "President Emmanuel Macron's office called the move \"unjustified and incomprehensible\".",
    # or earlier in the same sentence
    "Algeria expelled 12 French officials, and Macron called the decision unjustified.",
])
def test_the_move_judged_is_whoever_did_the_latest_act(parser, text):
    assert ("FRAGOV", "DZA", "111") in _events(text, parser)


def test_the_move_judged_needs_an_act_before_it():
    assert _events("President Emmanuel Macron's office called the move unjustified.") == set()


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("denial", ["These accusations were denied by Burundi.",
                                    "Burundi has rejected the allegations."])
def test_denying_the_charges_a_document_reported_is_a_denial_towards_the_accuser(parser, denial):
    when = date(2025, 5, 6)
    doc = "Rwanda accused Burundi of backing the rebels on Monday. " + denial
    assert ("BDI", "RWA", "016") in coded(doc, when, parser)
    # with no accusation before it, the denial is towards nobody
    assert not [e for e in coded("Rwanda met Burundi on Monday. " + denial, when, parser) if e[2] == "016"]
