"""Presidents of India, Palau, the Marshall Islands and Micronesia; "As he welcomed ...", two meeting nouns one verb
holds, a second verb that agrees to act, a city named after its description, "the need for both countries to",
ties reinforced, a trip "for talks", an office that opens a sentence after one named person, "the nation's
re-elected government", "will become the first minister to visit", "will directly head", "made an official call on",
"the two heads of state", "Jr. of Palau", a presence "to reinforce cooperation" and talks "on cementing relations": the
readings session 40 took from its second blind batch (fresh671-678, eval/gold/session40.jsonl)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.coder_helpers import PARSERS, coded, coded_sentences, pipeline


def _codes(text: str, when: date) -> list[tuple[str, str]]:
    return [(m.text, m.code) for s in pipeline("none")(text, when) for m in s.mentions]


@pytest.mark.parametrize("text, when, code", [
    ("President Droupadi Murmu arrived.", date(2025, 11, 11), "INDGOV"),
    ("President Ram Nath Kovind arrived.", date(2019, 3, 1), "INDGOV"),
    ("President Tommy Remengesau arrived.", date(2019, 5, 16), "PLWGOV"),
    ("President Surangel Whipps Jr. arrived.", date(2024, 5, 1), "PLWGOV"),
    ("President David Kabua arrived.", date(2022, 3, 21), "MHLGOV"),
    ("President Wesley W. Simina arrived.", date(2024, 4, 3), "FSMGOV"),
    ("Advocate Duma Gideon Boko arrived.", date(2025, 11, 12), "BWAGOV")])
def test_heads_of_state_the_dictionary_now_holds(text, when, code):
    assert any(c == code for _, c in _codes(text, when))


def test_a_head_of_state_out_of_office_is_no_longer_one():
    assert ("Tommy Remengesau", "PLWELI") in _codes("Tommy Remengesau arrived.", date(2010, 6, 1))


@pytest.mark.parametrize("parser", PARSERS)
def test_he_in_an_opening_clause_is_the_last_subject(parser):
    last = coded_sentences("Botswana President Duma Boko hailed India. As he welcomed President Droupadi Murmu to "
                           "Gaborone, Boko also lauded her role.", date(2025, 11, 12), parser)[-1]
    assert {("BWAGOV", "INDGOV", "043"), ("INDGOV", "BWA", "042")} <= last


@pytest.mark.parametrize("parser", PARSERS)
def test_two_meeting_nouns_one_verb_holds(parser):
    got = coded("Boko and Murmu held one-to-one meetings and delegation-level talks.", date(2025, 11, 12), parser)
    assert {("BWAGOV", "INDGOV", "040"), ("BWAGOV", "INDGOV", "046"), ("INDGOV", "BWAGOV", "040")} <= got


@pytest.mark.parametrize("parser", PARSERS)
def test_talks_a_meeting_verb_is_for_are_not_held_apart(parser):
    got = coded("Boko met Murmu for talks and a lunch.", date(2025, 11, 12), parser)
    assert ("BWAGOV", "INDGOV", "040") in got and ("BWAGOV", "INDGOV", "046") not in got


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("text", ["Boko and Murmu held talks and agreed to expand cooperation in key sectors.",
                                  "Boko and Murmu met and agreed to expand cooperation.",
                                  "Boko and Murmu held talks, agreeing to expand cooperation in key sectors."])
def test_a_second_verb_that_agrees_to_act(parser, text):
    got = coded(text, date(2025, 11, 12), parser)
    assert {("BWAGOV", "INDGOV", "032"), ("INDGOV", "BWAGOV", "032")} <= got


@pytest.mark.parametrize("parser", PARSERS)
def test_a_city_after_its_description_is_where_one_arrived(parser):
    got = coded("Georgia's Prime Minister Giorgi Kvirikashvili arrived in the Turkish capital Ankara Tuesday to meet "
                "with his counterpart Binali Yildirim.", date(2016, 7, 19), parser)
    assert {("GEOGOV", "TUR", "042"), ("GEOGOV", "TURGOV", "036"), ("TURGOV", "GEOGOV", "036")} <= got


@pytest.mark.parametrize("parser", PARSERS)
def test_the_need_for_both_countries_is_the_speaker_s_intent(parser):
    last = coded_sentences("Georgia's Prime Minister Giorgi Kvirikashvili arrived in Ankara. Kvirikashvili also took "
                           "time to emphasize the need for both countries to reinforce their existing strategic "
                           "partnership.", date(2016, 7, 19), parser)[-1]
    assert ("GEOGOV", "TUR", "032") in last and ("TUR", "GEO", "032") not in last


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("text, expected", [
    ("Kvirikashvili stressed the need to reinforce the strategic partnership with Turkey.", ("GEOGOV", "TUR", "032")),
    ("Georgia and Turkey consolidated their ties.", ("GEO", "TUR", "050"))])
def test_ties_reinforced_or_consolidated(parser, text, expected):
    assert expected in coded(text, date(2016, 7, 19), parser)


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("verb, code", [("is travelling", "036"), ("left", "036"), ("arrived", "046")])
def test_talks_a_trip_is_for(parser, verb, code):
    got = coded(f"Richard Marles {verb} to Kiribati for talks with President Taneti Maamau.", date(2025, 1, 28),
                parser)
    assert {("AUSGOV", "KIRGOV", code), ("KIRGOV", "AUSGOV", code)} <= got


@pytest.mark.parametrize("parser", PARSERS)
def test_a_hyphened_title_before_an_unknown_name_is_the_host_s(parser):
    last = coded_sentences("Richard Marles is travelling to Kiribati. Mr Marles will meet with Vice-President Teuea "
                           "Toatu to discuss priorities between the two countries.", date(2025, 1, 28), parser)[-1]
    assert {("AUSGOV", "KIRGOV", "036"), ("KIRGOV", "AUSGOV", "036")} <= last


@pytest.mark.parametrize("parser", PARSERS)
def test_an_office_opening_the_sentence_after_one_named_person_is_his(parser):
    last = coded_sentences("Richard Marles will visit Kiribati. The deputy prime minister is travelling to Kiribati "
                           "for talks with the nation's re-elected government.", date(2025, 1, 28), parser)[-1]
    assert {("AUSGOV", "KIR", "042"), ("AUSGOV", "KIRGOV", "036"), ("KIRGOV", "AUSGOV", "036")} <= last


@pytest.mark.parametrize("parser", PARSERS)
def test_a_plural_office_is_not_the_one_person(parser):
    last = coded_sentences("Japanese Prime Minister Fumio Kishida arrived in Ulaanbaatar. The leaders agreed to raise "
                           "the level of relations between the two countries.", date(2023, 6, 1), parser)[-1]
    assert not any(s == "JPNGOV" and t == "MNG" for s, t, _ in last)


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("text, code", [
    ("Richard Marles will become the first minister to visit Kiribati in almost two years.", "036"),
    ("Penny Wong was the last Australian minister to visit Kiribati in February 2023.", "042"),
    ("Richard Marles will directly head to Kiribati.", "036")])
def test_a_visit_the_first_to_come(parser, text, code):
    assert ("AUSGOV", "KIR", code) in coded(text, date(2025, 1, 28), parser)


@pytest.mark.parametrize("parser", PARSERS)
def test_an_official_call_on_a_host_is_a_meeting(parser):
    got = coded("The UAE President made an official call on President Wavel Ramkalawan at State House.",
                date(2022, 8, 12), parser)
    assert {("AREGOV", "SYCGOV", "040"), ("SYCGOV", "AREGOV", "040")} <= got
    appeal = coded("The UAE President made a call on President Wavel Ramkalawan to release the prisoners.",
                   date(2022, 8, 12), parser)
    assert ("AREGOV", "SYCGOV", "040") not in appeal


@pytest.mark.parametrize("parser", PARSERS)
def test_the_two_heads_of_state(parser):
    last = coded_sentences("Seychelles' President Wavel Ramkalawan received the President of the United Arab "
                           "Emirates. The two heads of state and their delegations held talks.", date(2022, 8, 12),
                           parser)[-1]
    assert {("AREGOV", "SYCGOV", "046"), ("SYCGOV", "AREGOV", "046")} <= last


@pytest.mark.parametrize("parser", PARSERS)
def test_a_suffix_before_whose_he_is(parser):
    got = coded("President Tommy Remengesau, Jr. of Palau, one of Taiwan's allies, arrived in Taiwan Saturday.",
                date(2018, 2, 10), parser)
    assert ("PLWGOV", "TWN", "042") in got


@pytest.mark.parametrize("parser", PARSERS)
def test_being_somewhere_to_reinforce_cooperation_is_an_intent(parser):
    got = coded("Italy's Prime Minister Giorgia Meloni was in Tunisia on Wednesday to reinforce cooperation between "
                "the two countries on migration.", date(2023, 6, 7), parser)
    assert ("ITAGOV", "TUN", "032") in got and ("ITAGOV", "TUN", "050") not in got


@pytest.mark.parametrize("parser", PARSERS)
def test_what_talks_are_on_is_not_done(parser):
    got = coded("In Mozambique, Ramaphosa will hold discussions with Mozambican President Filipe Nyusi on cementing "
                "bilateral relations between the two countries.", date(2022, 5, 25), parser)
    assert not any(code == "050" for _, _, code in got)
