"""What leaders "may" do is no act; "several times" and a split infinitive stand between an intent and its verb; a
visit that "will serve to" deepen ties is its effect; an adjective several states share follows the holder named
beside it; an apposition's commas open no clause; joint drills between states, and drills scheduled after the noun;
"the two leaders' talks"; Monaco's prince: the readings session 42 took from its second blind batch (fresh781-791,
eval/gold/session42.jsonl)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.coder_helpers import PARSERS, coded, coded_sentences, pipeline


@pytest.mark.parametrize("parser", PARSERS)
def test_what_leaders_may_discuss_is_no_meeting(parser):
    got = coded("At the summit, the leaders of Kenya and Ghana may also discuss trade.", date(2023, 10, 4), parser)
    assert not any(code[:2] == "04" for _, _, code in got)


@pytest.mark.parametrize("parser", PARSERS)
def test_the_month_may_is_no_maybe(parser):
    got = coded("Kenyan President William Ruto met Ghanaian President Nana Akufo-Addo in May.", date(2023, 6, 4),
                parser)
    assert ("KENGOV", "GHAGOV", "040") in got


@pytest.mark.parametrize("parser", PARSERS)
def test_an_intent_said_several_times_to_host_is_an_intent(parser):
    got = coded("Ghana expressed its intent several times to warmly host Kenyan President William Ruto.",
                date(2023, 10, 4), parser)
    assert ("GHA", "KENGOV", "036") in got
    assert ("GHA", "KENGOV", "043") not in got


@pytest.mark.parametrize("parser", PARSERS)
def test_what_a_visit_will_serve_to_do_is_its_effect(parser):
    got = coded("Poland said the upcoming visit will serve to deepen cooperation with Kenya.", date(2023, 10, 4),
                parser)
    assert not any(code in ("032", "050") for _, _, code in got)


@pytest.mark.parametrize("text, code", [
    ("Portuguese President Marcelo Rebelo de Sousa praised his Guinean counterpart, Umaro Sissoco Embaló.", "GNBGOV"),
    ("Angolan President Joao Lourenco met his Congolese counterpart, Felix Tshisekedi.", "CODGOV")])
def test_a_shared_adjective_follows_the_holder_named_beside_it(text, code):
    codes = {m.code for s in pipeline("none")(text, date(2023, 10, 23)) for m in s.mentions}
    assert code in codes
    assert not {"GINGOV", "COGGOV"} & codes


@pytest.mark.parametrize("parser", PARSERS)
def test_an_apposition_s_comma_opens_no_clause_for_the_next_verb(parser):
    got = coded("Portuguese President Marcelo Rebelo de Sousa met his Guinean counterpart, Umaro Sissoco Embaló, "
                "and praised Guinea-Bissau's stability.", date(2023, 10, 23), parser)
    assert ("PRTGOV", "GNB", "051") in got
    assert not any(source == "GNBGOV" and code == "051" for source, _, code in got)


@pytest.mark.parametrize("parser", PARSERS)
def test_joint_drills_between_states_are_military_cooperation(parser):
    got = coded("Officials described joint naval drills between Russia, China and Iran in the Gulf of Oman.",
                date(2024, 3, 15), parser)
    assert {("RUS", "CHN", "062"), ("CHN", "IRN", "062"), ("IRN", "RUS", "062")} <= got


@pytest.mark.parametrize("parser", PARSERS)
def test_drills_scheduled_after_the_noun_are_planned(parser):
    got = coded("He defended joint military exercises between Russia and Belarus scheduled for next month.",
                date(2024, 3, 15), parser)
    assert {("RUS", "BLR", "0312"), ("BLR", "RUS", "0312")} <= got
    assert not any(code == "062" for _, _, code in got)


@pytest.mark.parametrize("parser", PARSERS)
def test_drills_with_no_second_party_code_nothing(parser):
    got = coded("Russia announced military drills near its border.", date(2024, 3, 15), parser)
    assert not any(code in ("062", "0312") for _, _, code in got)


@pytest.mark.parametrize("parser", PARSERS)
def test_the_two_leaders_talks_are_theirs(parser):
    got = coded_sentences("Kenyan President William Ruto held talks in Accra with President Nana Akufo-Addo. The two "
                          "leaders' talks focused on trade, they said, including plans for an African Leaders' Meeting "
                          "scheduled to be held in Nairobi in May.", date(2023, 10, 4), parser)
    assert {("KENGOV", "GHAGOV", "046"), ("GHAGOV", "KENGOV", "046")} <= got[1]


@pytest.mark.parametrize("parser", PARSERS)
def test_monaco_s_prince_is_its_government(parser):
    got = coded("Prince Albert II visited the Polish embassy in Paris.", date(2013, 6, 7), parser)
    assert ("MCOGOV", "POL", "042") in got
