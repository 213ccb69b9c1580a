"""An idiom that is no withdrawal, history a sentence opens with or puts decades ago, leaders named between commas
in a respective list, an invitation to a state, "the visitor", His Excellency in capitals, recognising efforts, the
signing of an agreement between "the two countries" of the first sentence, what two sides "need to" do, an arrival
at an airport that opens the sentence, and readiness "of" a side: the readings session 37 took from its first blind
batch (fresh558-568, eval/gold/session37.jsonl)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.coder_helpers import PARSERS, coded, coded_sentences

DAY = date(2024, 9, 25)


@pytest.mark.parametrize("parser", PARSERS)
def test_pulling_out_all_stops_is_no_withdrawal(parser):
    got = coded("Suva has pulled out all stops for the first visit by a New Zealand prime minister.", date(2016, 6, 10),
                parser)
    assert not any(c == "087" for *_, c in got)


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("text, coded_it", [
    ("On December 2, 1960, Cuba became the first Latin American country to establish diplomatic ties with Vietnam.",
     False),
    ("Japan established diplomatic ties with Tonga some 50 years ago.", False),
    ("Japan established diplomatic ties with Tonga decades ago.", False),
    ("On December 2, 2023, Cuba established diplomatic ties with Vietnam.", True),
    ("Japan established diplomatic ties with Tonga some five years ago.", True),
])
def test_ties_established_decades_before_the_story_are_history(parser, text, coded_it):
    got = coded(text, DAY, parser)
    assert any(c == "054" for *_, c in got) is coded_it


@pytest.mark.parametrize("parser", PARSERS)
def test_leaders_named_between_commas_after_their_states(parser):
    first, second = coded_sentences(
        "The presidents of Panama, Juan Carlos Varela, and Costa Rica, Carlos Alvarado, began a meeting on Wednesday "
        "to discuss issues on the bilateral agenda, including the presence of hundreds of irregular migrants, mostly "
        "Cubans. Varela said when he received Alvarado that they will talk about security.", date(2019, 2, 20), parser)
    assert {("PANGOV", "CRIGOV", "040"), ("CRIGOV", "PANGOV", "040")} <= first
    assert not any("CUB" in (s, t) for s, t, _ in first)
    assert ("PANGOV", "CRIGOV", "043") in second


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("text, event", [
    ("Chinese police will be invited to the Solomon Islands to educate top officers.", ("SLB", "CHNCOP", "036")),
    ("The Indian prime minister was invited to Russia by Putin.", ("RUSGOV", "INDGOV", "036")),
    ("Putin invited Modi to Russia.", ("RUSGOV", "INDGOV", "036")),
    ("Turkey invited Sweden to take concrete steps against Islamophobia.", ("TUR", "SWE", "020")),
])
def test_an_invitation_to_a_state_is_to_visit_it(parser, text, event):
    assert event in coded(text, date(2022, 8, 2), parser)


@pytest.mark.parametrize("parser", PARSERS)
def test_the_visitor_is_the_one_the_last_sentence_opened_with(parser):
    _, second = coded_sentences(
        "The president of Vietnam, To Lam, will arrive in Cuba today for a state visit. During his stay, the visitor "
        "will hold official conversations with Cuban president Miguel Díaz-Canel.", DAY, parser)
    assert {("VNMGOV", "CUBGOV", "036"), ("CUBGOV", "VNMGOV", "036")} <= second
    assert not any(s.startswith("---") or t.startswith("---") for s, t, _ in second)


@pytest.mark.parametrize("parser", PARSERS)
def test_his_excellency_in_capitals_before_an_envoys_name(parser):
    _, second = coded_sentences(
        "Bulgaria's caretaker Prime Minister Stefan Yanev on June 14 met with the Ambassador of Greece, HE Dimitrios "
        "Chronopoulos. Chronopoulos declared full political support for the Bulgarian government.",
        date(2021, 6, 14), parser)
    assert ("GRCGOV", "BGRGOV", "051") in second


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("text, praised", [
    ("The Government of Japan said it recognizes Tonga's efforts to preserve its cultural heritage.", True),
    ("Russia recognized the independence of Abkhazia.", False),
])
def test_recognising_a_states_efforts_praises_it(parser, text, praised):
    got = coded(text, date(2020, 7, 1), parser)
    assert any(c == "051" for *_, c in got) is praised


@pytest.mark.parametrize("parser", PARSERS)
def test_the_signing_of_an_agreement_between_the_two_countries_of_the_sentence(parser):
    got = coded("Samoan Prime Minister Fiame Naomi Mata'afa concluded a five-day visit to Australia last week with "
                "the signing of a historical bilateral agreement between the two countries.", date(2023, 3, 31), parser)
    assert {("WSMGOV", "AUS", "042"), ("WSM", "AUS", "057"), ("AUS", "WSM", "057")} <= got


@pytest.mark.parametrize("parser", PARSERS)
def test_the_countries_of_a_project_are_no_pair(parser):
    got = coded("The Termez-Naibabad-Logar route was agreed upon in July 2023 in Islamabad by representatives of the "
                "countries participating in the project.", date(2024, 5, 1), parser)
    assert not any(c.startswith("03") for *_, c in got)


@pytest.mark.parametrize("parser", PARSERS)
def test_what_two_sides_need_to_do_is_no_act(parser):
    got = coded("China's ambassador to India Xu Feihong conveyed the gist of the meeting in a tweet: \"The two sides "
                "need to strengthen communication and cooperation.\"", date(2024, 10, 25), parser)
    assert not any(c[:2] in ("03", "05") for *_, c in got)


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("text, event", [
    ("Upon arrival at Juba International Airport, President Museveni said he supports a return to peace.",
     ("UGAGOV", "SSD", "042")),
    ("On arrival in Baku, Putin met Aliyev.", ("RUSGOV", "AZE", "042")),
])
def test_an_arrival_that_opens_the_sentence_is_its_subjects(parser, text, event):
    assert event in coded(text, date(2016, 12, 22), parser)


@pytest.mark.parametrize("parser", PARSERS)
def test_the_readiness_of_a_side_to_develop_cooperation(parser):
    got = coded("The Kazakh leader expressed the readiness of the Kazakh side to develop cooperation with Mongolia.",
                date(2018, 6, 10), parser)
    assert ("KAZ", "MNG", "032") in got
