"""Hosts named only by their city, courtesy calls, a state's will voiced by its office, envoys named between commas,
borders closed in the passive and joint commitments: the readings session 25 took from its blind sets
(fresh321-332, eval/gold/session25.jsonl)."""

from __future__ import annotations

from datetime import date

import pytest

from dyadwatch.coding.actors import bundled
from dyadwatch.coding.text import tokenize
from tests.coder_helpers import PARSERS, coded, coded_sentences

WHEN = date(2024, 6, 18)


def _codes(text: str, when: date = WHEN) -> list[str]:
    return [m.code for m in bundled().find(tokenize(text), when)]


@pytest.mark.parametrize("text, codes", [
    ("The police chief met with a delegation from Haiti police in Nairobi.", ["---COP", "HTICOP", "KEN"]),
    ("The minister received delegations from Ghana in Accra.", ["---GOV", "GHAGOV", "GHA"]),
    ("Kenya's Inspector General of Police spoke.", ["KENCOP"]),
    ("Azerbaijan's Chief of General Staff spoke.", ["AZEMIL"]),
    ("Official Warsaw has decided to act.", ["POL"]),
])
def test_offices_and_people_the_dictionary_reads(text, codes):
    assert _codes(text) == codes


def test_official_alone_is_still_an_official():
    assert _codes("An official said the talks would resume.")[0] == "---GOV"


def test_two_titles_of_one_holder_are_one_actor():
    codes = _codes("He met First Deputy Minister of Defence and Chief of General Staff of the Azerbaijani Army "
                   "Karim Valiyev.", date(2023, 5, 24))
    assert codes == ["AZEMIL"]


def test_an_organisations_office_and_its_holder_are_one_actor():
    codes = _codes("European Commission President Ursula von der Leyen arrived in Baku.", date(2022, 7, 18))
    assert codes[0] == "IGOEUREEC" and codes.count("IGOEUREEC") + codes.count("IGOEUREECGOV") == 1


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("text, host, guest, place", [
    ("Inspector General of Police Japhet Koome met with a delegation from Haiti police in Nairobi on Tuesday.",
     "KENCOP", "HTICOP", "KEN"),
    ("Foreign Secretary Amna Baloch received a delegation from Nepal in Islamabad on Monday.",
     "PAKGOV", "NPLGOV", "PAK"),
])
def test_a_named_office_meeting_foreigners_in_its_city_is_the_citys(parser, text, host, guest, place):
    got = coded(text, WHEN, parser)
    assert (host, guest) in {(s, t) for s, t, c in got if c[:2] == "04"}
    assert (guest, place, "042") in got


@pytest.mark.parametrize("parser", PARSERS)
def test_unnamed_officials_meeting_in_a_city_are_not_its_hosts(parser):
    got = coded("Officials met with Iranian diplomats in Vienna on Tuesday.", WHEN, parser)
    assert not any("AUT" in (s[:3], t[:3]) for s, t, _ in got)  # a venue is no party


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("text, source, target, code", [
    ("Minister for Defence, Khawaja Muhammad Asif has reiterated Pakistan's strong desire to strengthen its "
     "partnership with Turkey.", "PAKMIL", "TUR", "032"),
    ("The Foreign Minister, Wang Yi, reaffirmed China's readiness to deepen ties with Serbia.", "CHNGOV", "SRB",
     "032"),
])
def test_a_states_will_voiced_by_its_office_is_the_offices_act(parser, text, source, target, code):
    got = coded(text, date(2024, 6, 5), parser)
    assert (source, target, code) in got
    assert (source[:3], target, code) not in got


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("text, guest, host, place", [
    ("Azerbaijan's ambassador called on Pakistan's Defence Minister Khawaja Asif in Islamabad on Wednesday.",
     "AZEGOV", "PAKMIL", "PAK"),
    ("Pakistan's army chief called on Azerbaijani President Ilham Aliyev in Baku, according to a statement.",
     "PAKMIL", "AZEGOV", "AZE"),
])
def test_calling_on_someone_with_nothing_asked_is_a_courtesy_call(parser, text, guest, host, place):
    got = coded(text, date(2024, 6, 5), parser)
    assert {(guest, host, "040"), (host, guest, "040"), (guest, place, "042")} <= got
    assert not any(c[:2] == "02" for _, _, c in got)


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("text", [
    "Pakistan called on India to release the fishermen.",
    "The UN called on Russia and Ukraine, which have been at war for years, to stop fighting.",
    "Egypt called on Israel for restraint.",
])
def test_calling_on_someone_to_act_stays_an_appeal(parser, text):
    got = coded(text, date(2024, 6, 5), parser)
    assert got and all(c[:2] == "02" for _, _, c in got)


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("text, pairs", [
    ("Azerbaijan desires to work closely with Pakistan.", {("AZE", "PAK")}),
    ("Japan will continue working with Russia on a fishing agreement.", {("JPN", "RUS")}),
    ("Uzbekistan and Kazakhstan will work together on water.", {("UZB", "KAZ"), ("KAZ", "UZB")}),
])
def test_working_with_a_state_is_an_intent_to_cooperate(parser, text, pairs):
    got = coded(text, date(2024, 6, 5), parser)
    assert {(s, t) for s, t, c in got if c == "030"} == pairs


@pytest.mark.parametrize("parser", PARSERS)
def test_receiving_a_welcome_is_no_hosting(parser):
    got = coded("Chinese President Xi Jinping received a red carpet treatment as he arrived in the Hungarian "
                "capital Budapest on Wednesday.", date(2024, 5, 8), parser)
    assert ("CHNGOV", "HUN", "042") in got
    assert not any(c == "043" for _, _, c in got)


@pytest.mark.parametrize("parser", PARSERS)
def test_aggression_against_that_country(parser):
    got = coded("Lithuania has been among Ukraine's staunchest allies since Russia's aggression against that "
                "country.", date(2024, 2, 9), parser)
    assert ("RUS", "UKR", "190") in got


@pytest.mark.parametrize("parser", PARSERS)
def test_an_envoy_named_between_commas_is_known_by_his_surname(parser):
    text = ("The Iranian Foreign Ministry has summoned Britain's ambassador to the country, Hugo Shorter, over "
            "remarks by London. Shorter was summoned by the director general of the Iranian Foreign Ministry's West "
            "Europe department. Tehran has lodged a strong protest with him.")
    sentences = coded_sentences(text, date(2026, 1, 11), parser)
    assert ("IRNGOV", "GBRGOV", "114") in sentences[1]  # the surname, in the next sentence
    assert ("IRN", "GBRGOV", "114") in sentences[2]  # "him": the envoy the last sentence opened with


@pytest.mark.parametrize("parser", PARSERS)
def test_him_is_not_read_into_a_sentence_naming_his_state(parser):
    text = "Ambassador Hugo Shorter of Britain was summoned. London said it would defend him."
    assert not any(t == "GBRGOV" and s[:3] == "GBR" for s, t, _ in coded_sentences(text, date(2026, 1, 11),
                                                                                       parser)[1])


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("text, source, target", [
    ("Official Warsaw has decided that all border crossings between Poland and Belarus should be closed until "
     "further notice.", "POL", "BLR"),
    ("The Torkham border crossing with Afghanistan was closed on Monday, Pakistani officials said.", "PAKGOV", "AFG"),
    ("Lithuania said its border checkpoints with Belarus were shut on Friday.", "LTU", "BLR"),
])
def test_a_border_closed_in_the_passive_is_closed_by_who_decides(parser, text, source, target):
    assert (source, target, "191") in coded(text, date(2025, 9, 12), parser)


@pytest.mark.parametrize("parser", PARSERS)
def test_it_was_he_who(parser):
    text = ("Prime Minister Donald Tusk made a statement. It was he who publicly confirmed the closure of all "
            "border crossings with Belarus.")
    assert ("POLGOV", "BLR", "191") in coded_sentences(text, date(2025, 9, 12), parser)[1]


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("text, a, b", [
    ("Aliyev and Erdogan both stressed their commitment to strengthening and broadening collaboration in energy.",
     "AZEGOV", "TURGOV"),
    ("Tokayev and Mirziyoyev expressed their determination to deepen cooperation.", "KAZGOV", "UZBGOV"),
])
def test_a_joint_commitment_to_widen_cooperation_is_each_to_the_other(parser, text, a, b):
    got = coded(text, date(2024, 6, 5), parser)
    assert {(a, b, "032"), (b, a, "032")} <= got


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("text, pairs", [
    ("Somalia and Ethiopia showed their mutual willingness to resolve outstanding issues.",
     {("SOM", "ETH"), ("ETH", "SOM")}),
    ("Somalia expressed its readiness to resolve the dispute with Ethiopia.", {("SOM", "ETH")}),
])
def test_willingness_to_resolve_issues_is_an_intent_to_settle(parser, text, pairs):
    got = coded(text, date(2024, 7, 2), parser)
    assert {(s, t) for s, t, c in got if c == "037"} == pairs
