"""A visit begun "with a meeting", a courtesy call, a holder named after his office and an honorific, talks with
someone an appositive places, a deal's terms, an envoy summoned by the ministry of the state he is posted to, a
memorandum "(MoU) signed between" two states, an ambassador "stationed", a meeting in a city an opening phrase
names, a "Union Minister", "First Lady of", "bin", a name the dictionary begins elsewhere, an invitation "of" a
title before a new name, "the two top diplomats", a split "Al-" and a verb after ", and" under a modal: the
readings session 36 took from its second blind batch (fresh534-545, eval/gold/session36.jsonl)."""

from __future__ import annotations

from datetime import date

import pytest

from dyadwatch.coding.modality import announced
from dyadwatch.coding.text import tokenize
from tests.coder_helpers import PARSERS, coded, coded_sentences

DAY = date(2022, 4, 4)


@pytest.mark.parametrize("parser", PARSERS)
def test_a_visit_begun_with_a_meeting_is_both(parser):
    got = coded("President Mnangagwa has kick-started his three-day State visit to the Republic of Mozambique with a "
                "meeting with his counterpart President Filipe Nyusi.", DAY, parser)
    assert {("ZWEGOV", "MOZ", "042"), ("ZWEGOV", "MOZGOV", "040"), ("MOZGOV", "ZWEGOV", "040")} <= got


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("text, code", [
    ("President Cyril Ramaphosa will today receive a courtesy call from the Prime Minister of Lesotho.", "036"),
    ("Ramaphosa received a courtesy call from the Lesotho prime minister on Friday.", "040"),
    ("It was the first courtesy call by the Lesotho prime minister on President Ramaphosa.", "040"),
])
def test_a_courtesy_call_is_a_meeting(parser, text, code):
    assert {("LSOGOV", "ZAFGOV", code), ("ZAFGOV", "LSOGOV", code)} <= coded(text, date(2020, 6, 12), parser)


@pytest.mark.parametrize("parser", PARSERS)
def test_a_holder_named_after_his_office_and_an_honorific_is_remembered(parser):
    _, second = coded_sentences("Ramaphosa met the Prime Minister of the Kingdom of Lesotho, Dr Moeketsi Majoro, in "
                                "Pretoria. Ramaphosa congratulated Majoro on his appointment.", date(2020, 6, 12),
                                parser)
    assert ("ZAFGOV", "LSOGOV", "051") in second


@pytest.mark.parametrize("parser", PARSERS)
def test_talks_with_someone_an_appositive_places(parser):
    _, second = coded_sentences(
        "Interior Minister of Cyprus Nicos Nouris spoke to reporters. After talks with Maj Gen Abbas Ibrahim, a senior "
        "official from Lebanon's Interior Ministry, Nouris said the two states would act together.",
        date(2020, 10, 6), parser)
    assert not any(t.startswith("PSE") or s.startswith("PSE") for s, t, _ in second)


@pytest.mark.parametrize("parser", PARSERS)
def test_what_a_deal_provides_for_is_no_act(parser):
    got = coded("Lebanon and Cyprus signed an agreement on Tuesday as per which the Lebanese authorities will take "
                "back migrants sailing to Cypriot shores.", date(2020, 10, 8), parser)
    assert {("LBN", "CYP", "057"), ("CYP", "LBN", "057")} <= got and not any(c[:3] != "057" for _, _, c in got)


@pytest.mark.parametrize("parser", PARSERS)
def test_an_envoy_is_summoned_by_the_state_he_is_posted_to(parser):
    got = coded("Libya's ambassador to Greece was summoned to the foreign ministry on Friday morning.",
                date(2019, 12, 6), parser)
    assert ("GRCGOV", "LBYGOV", "114") in got


@pytest.mark.parametrize("parser", PARSERS)
def test_a_memorandum_signed_between_two_states_is_theirs(parser):
    got = coded("Athens decried the memorandum of understanding (MoU) signed between Turkey and Libya on November 27.",
                date(2019, 12, 6), parser)
    assert {("TUR", "LBY", "057"), ("LBY", "TUR", "057")} <= got and ("GRC", "TUR", "057") not in got


@pytest.mark.parametrize("parser", PARSERS)
def test_an_ambassador_stationed_is_no_show_of_force(parser):
    got = coded("Israel still has an ambassador stationed only in the United Arab Emirates.", date(2023, 11, 2),
                parser)
    assert not any(c == "150" for _, _, c in got)


@pytest.mark.parametrize("parser", PARSERS)
def test_a_meeting_in_a_city_the_opening_phrase_names_is_the_guests_visit(parser):
    got = coded("During a four-day meeting of experts between China and Bhutan last week in the southern Chinese city "
                "of Kunming, the two sides talked about a road map.", date(2021, 4, 14), parser)
    assert ("BTN", "CHN", "042") in got and ("CHN", "BTN", "042") not in got


@pytest.mark.parametrize("parser", PARSERS)
def test_a_union_minister_who_welcomes_a_guest_is_the_hosts(parser):
    _, second = coded_sentences("Maldives President Mohamed Muizzu arrived in New Delhi on Sunday. He was welcomed by "
                                "Union Minister of State for External Affairs, Kiriti Vardhan Singh.",
                                date(2024, 10, 6), parser)
    assert ("INDGOV", "MDVGOV", "043") in second


@pytest.mark.parametrize("parser", PARSERS)
def test_a_first_lady_of_a_state_is_no_state(parser):
    got = coded("Maldives President Mohamed Muizzu and First Lady of Maldives, Sajidha Mohamed arrived in New Delhi on "
                "Sunday.", date(2024, 10, 6), parser)
    assert ("MDVGOV", "IND", "042") in got and ("MDV", "IND", "042") not in got


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("text, stranger", [
    ("Yemen's foreign minister Ahmed Awad bin Mubarak arrived in Muscat on Saturday.", "EGY"),
    ("Lebanon's security chief Maj Gen Abbas Ibrahim arrived in Nicosia on Tuesday.", "PSE"),
])
def test_a_surname_of_someone_else_is_not_the_leader_it_names(parser, text, stranger):
    assert not any(s.startswith(stranger) for s, _, _ in coded(text, date(2021, 6, 7), parser))


@pytest.mark.parametrize("parser", PARSERS)
def test_an_invitation_of_a_title_before_a_new_name_is_the_hosts(parser):
    _, second = coded_sentences("Maldives President Mohamed Muizzu arrived in New Delhi on Sunday. Muizzu's visit to "
                                "India has come upon the official invitation of President Droupadi Murmu.",
                                date(2024, 10, 6), parser)
    assert ("INDGOV", "MDVGOV", "036") in second


@pytest.mark.parametrize("parser", PARSERS)
def test_the_two_top_diplomats_are_the_pair(parser):
    _, second = coded_sentences("Yemen's foreign minister arrived in Muscat, where he met with his Omani counterpart. "
                                "The two top diplomats discussed the latest situation.", date(2021, 6, 7), parser)
    assert {("YEMGOV", "OMNGOV", "040"), ("OMNGOV", "YEMGOV", "040")} <= second


@pytest.mark.parametrize("parser", PARSERS)
def test_a_name_after_a_split_al_is_remembered(parser):
    _, second = coded_sentences("Qatar Foreign Minister Mutlaq Bin Majed Al-Qahtani visited the Afghan capital on "
                                "Sunday. Al-Qahtani met Afghanistan's foreign minister in Kabul.", date(2023, 1, 22),
                                parser)
    assert ("QATGOV", "AFGGOV", "040") in second


@pytest.mark.parametrize("text, word, how", [
    ("The two prime ministers will discuss relations between Turkey and Bulgaria, and exchange opinions.",
     "exchange", "modal"),
    ("The two leaders will meet on Monday, and signed a deal last year.", "signed", None),
])
def test_how_a_verb_is_governed(text, word, how):
    tokens = tokenize(text)
    assert announced(tokens, next(t.i for t in tokens if t.lower == word)) == how
