"""A state's name without its hyphen, an Icelandic middle initial, an attorney general, a state described between
"and" and its name, an act only allowed, a "he" in a speaker's own quotation, "Central Americans", "flew there", a
summit of leaders of no state, a layover, a host's city opening the sentence, a meeting hosted about a state, a
clause whose subject is a thing and a plea to a court against a state: the readings session 36 took from its first
blind batch (fresh522-533, eval/gold/session36.jsonl)."""

from __future__ import annotations

from datetime import date

import pytest

from dyadwatch.coding.modality import announced
from dyadwatch.coding.text import split_sentences, tokenize
from tests.coder_helpers import PARSERS, coded, coded_sentences

DAY = date(2024, 5, 6)


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("text, event", [
    ("Timor Leste's President met Indonesia's president in Bali.", ("TLSGOV", "IDNGOV", "040")),
    ("Guinea Bissau's president visited Senegal on Monday.", ("GNBGOV", "SEN", "042")),
])
def test_a_hyphenated_states_name_is_read_without_its_hyphen(parser, text, event):
    assert event in coded(text, DAY, parser)


def test_an_icelandic_middle_initial_ends_no_sentence():
    assert len(split_sentences("During his visit, he met with Gudni Th. Johannesson, the President of Iceland.")) == 1


@pytest.mark.parametrize("parser", PARSERS)
def test_a_meeting_after_an_icelandic_middle_initial_is_coded(parser):
    _, second = coded_sentences("Denmark's foreign minister visited Iceland. During his visit, he met with Gudni Th. "
                                "Johannesson, the President of Iceland.", date(2021, 10, 13), parser)
    assert {("DNKGOV", "ISLGOV", "040"), ("ISLGOV", "DNKGOV", "040")} <= second


@pytest.mark.parametrize("parser", PARSERS)
def test_an_attorney_general_is_no_general(parser):
    got = coded("The attorney general of Kenya accused Uganda of harbouring rebels.", DAY, parser)
    assert ("KENJUD", "UGA", "112") in got and not any(s.endswith("MIL") for s, _, _ in got)


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("text, a, b", [
    ("Venezuela and the twin-island nation of Trinidad and Tobago signed an agreement with Shell in 2023.",
     "VEN", "TTO"),
    ("Fiji and the Pacific island nation of Tonga signed a maritime boundary treaty on Monday.", "FJI", "TON"),
])
def test_a_state_described_between_and_and_its_name_is_conjoined(parser, text, a, b):
    assert {(a, b, "057"), (b, a, "057")} <= coded(text, DAY, parser)


@pytest.mark.parametrize("parser", PARSERS)
def test_an_act_a_licence_would_allow_is_not_done(parser):
    got = coded("Jeremie said the license would allow Trinidad and Tobago to negotiate with Venezuela.", DAY, parser)
    assert not any(c[:2] == "04" for _, _, c in got)


@pytest.mark.parametrize("text, word, how", [
    ("The license would allow Trinidad and Tobago to negotiate with Venezuela.", "negotiate", "allowed"),
    ("The deal enables Armenian trucks to cross into Turkey.", "cross", "allowed"),
    ("He was allowed to visit Russia.", "visit", None),  # his own leave to go: not another's act made possible
])
def test_how_a_verb_is_governed(text, word, how):
    tokens = tokenize(text)
    assert announced(tokens, next(t.i for t in tokens if t.lower == word)) == how


@pytest.mark.parametrize("parser", PARSERS)
def test_a_he_in_a_speakers_own_quotation_is_the_other_person(parser):
    _, second = coded_sentences(
        "Mexican President Andres Manuel Lopez Obrador said he will meet his Salvadoran counterpart Nayib Bukele. "
        "\"After he was elected, he visited me here in Mexico City,\" Lopez Obrador told a press conference.",
        date(2019, 6, 17), parser)
    assert ("SLVGOV", "MEX", "042") in second and not any(s.startswith("MEX") and c == "042" for s, _, c in second)


@pytest.mark.parametrize("parser", PARSERS)
def test_central_americans_are_not_the_united_states(parser):
    got = coded("Mexico deported thousands of Central Americans and South Americans last year.", DAY, parser)
    assert not any("USA" in (s, t) for s, t, _ in got)


@pytest.mark.parametrize("parser", PARSERS)
def test_travel_there_goes_to_the_place_named_before(parser):
    got = coded("The talks followed a meeting held in Tripoli in May, when Maltese Prime Minister Robert Abela flew "
                "there for a lightning visit.", date(2020, 7, 6), parser)
    assert ("MLTGOV", "LBY", "042") in got


@pytest.mark.parametrize("parser", PARSERS)
def test_a_summit_of_leaders_of_no_state_is_where_it_was_held(parser):
    got = coded("The Honduran president attended the summit of Central American leaders held in Costa Rica.",
                date(2017, 6, 30), parser)
    assert ("HNDGOV", "CRI", "042") in got


@pytest.mark.parametrize("parser", PARSERS)
def test_a_layover_is_a_stay(parser):
    got = coded("The two presidents met during the Honduran president's layover in the Nicaraguan capital.", DAY,
                parser)
    assert ("HNDGOV", "NIC", "042") in got


@pytest.mark.parametrize("parser", PARSERS)
def test_a_hosts_city_opening_the_sentence_is_where_the_guest_went(parser):
    got = coded("In Managua, Nicaraguan President Daniel Ortega and his Honduran counterpart discussed border "
                "security on Friday.", date(2017, 6, 30), parser)
    assert ("HNDGOV", "NIC", "042") in got and not any(c == "042" and s.startswith("NIC") for s, _, c in got)


@pytest.mark.parametrize("parser", PARSERS)
def test_a_meeting_hosted_about_a_state_has_no_guest_from_it(parser):
    assert not any("HTI" in (s, t) for s, t, _ in coded("Jamaica will host a high-level meeting on Haiti on Monday.",
                                                          DAY, parser))


@pytest.mark.parametrize("parser", PARSERS)
def test_an_incident_is_no_actor_of_its_clause(parser):
    got = coded("A border dispute between Sierra Leone and Guinea has flared again, after a military incident forced "
                "villagers to flee.", DAY, parser)
    assert not any(c[:2] == "20" for _, _, c in got)


@pytest.mark.parametrize("parser", PARSERS)
def test_a_named_attacker_in_a_clause_still_acts(parser):
    got = coded("Ukraine protested after the Russian army shelled Kharkiv on Sunday.", DAY, parser)
    assert any(s == "RUSMIL" and t == "UKR" and c[:2] == "19" for s, t, c in got)


@pytest.mark.parametrize("parser", PARSERS)
def test_a_plea_to_a_court_against_a_state_is_a_complaint(parser):
    got = coded("Equatorial Guinea on Monday asked judges at the ICJ to reject Gabon's claim to the island.",
                date(2024, 9, 30), parser)
    assert ("GNQ", "GAB", "115") in got
