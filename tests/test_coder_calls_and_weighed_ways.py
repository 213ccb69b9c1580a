"""Malaysian and Kuwaiti prime ministers, India's vice-presidents and a minister of state the dictionary now holds;
a trip the verb has read takes the host's echo of it along; a cold shoulder; ways weighed are no aim and no partner;
"the premier" is the prime minister; ties "between the two countries" called important; a visit "from X to Y"; an
office's own "of" phrase before its holder's name; "with an aim to"; "where the leaders"; a call is both sides' and
its purpose the caller's; a visit others expect; emperors: the readings session 41 took from its fourth blind batch
(fresh726-737, eval/gold/session41.jsonl)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.coder_helpers import PARSERS, coded, coded_sentences, pipeline


def _codes(text: str, when: date) -> set[str]:
    return {m.code for s in pipeline("none")(text, when) for m in s.mentions}


@pytest.mark.parametrize("text, when, code", [
    ("Prime Minister Datuk Seri Najib Tun Razak met the Thai king.", date(2016, 10, 31), "MYSGOV"),
    ("Abdullah Badawi flew to Jakarta.", date(2005, 3, 1), "MYSGOV"),
    ("Mahathir Mohamad flew to Jakarta.", date(1995, 3, 1), "MYSGOV"),
    ("Sheikh Jaber Al-Mubarak flew to Delhi.", date(2013, 11, 7), "KWTGOV"),
    ("Sheikh Nasser Al-Mohammad flew to Delhi.", date(2006, 6, 7), "KWTGOV"),
    ("Vice-President Hamid Ansari met the Bulgarian president.", date(2012, 3, 1), "INDGOV"),
    ("Venkaiah Naidu met the Bulgarian president.", date(2019, 3, 1), "INDGOV"),
    ("Jagdeep Dhankhar met the Bulgarian president.", date(2023, 3, 1), "INDGOV"),
    ("E. Ahamed met the Bulgarian president.", date(2012, 3, 1), "INDGOV")])
def test_holders_the_dictionary_now_holds(text, when, code):
    assert code in _codes(text, when)


def test_a_holder_outside_his_term_is_not_one():
    assert "MYSGOV" not in _codes("Najib Razak flew to Jakarta.", date(2019, 3, 1))


@pytest.mark.parametrize("parser", PARSERS)
def test_the_host_s_echo_goes_with_a_trip_the_verb_read(parser):
    got = coded("Ties will deepen when President Rodrigo Duterte begins his four-day state visit to China today.",
                date(2016, 10, 18), parser)
    assert ("PHLGOV", "CHN", "042") in got
    assert not any(code == "036" for _, _, code in got)


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("text", ["The Qatari emir gave a cold shoulder to the Iranian foreign minister.",
                                  "The Qatari emir snubbed the Iranian foreign minister."])
def test_a_cold_shoulder_is_a_rebuff(parser, text):
    assert ("QATGOV", "IRNGOV", "120") in coded(text, date(2020, 1, 5), parser)


@pytest.mark.parametrize("parser", PARSERS)
def test_ways_to_boost_ties_are_no_aim(parser):
    got = coded("Oman's sultan will host Prime Minister Narendra Modi on Sunday and discuss ways to boost bilateral "
                "ties.", date(2018, 2, 9), parser)
    assert {("OMNGOV", "INDGOV", "036"), ("INDGOV", "OMNGOV", "036")} <= got
    assert not any(code[:2] == "03" and code != "036" for _, _, code in got)


@pytest.mark.parametrize("parser", PARSERS)
def test_states_ways_would_join_are_no_partner(parser):
    last = coded_sentences("Xi Jinping arrived in Hanoi on Sunday. During his stay in Hanoi, Xi will discuss ways of "
                           "deepening cooperation between China and the Southeast Asian nation.", date(2017, 11, 12),
                           parser)[-1]
    assert ("CHNGOV", "VNM", "042") in last
    assert not any(code in ("036", "040") for _, _, code in last)


@pytest.mark.parametrize("parser", PARSERS)
def test_ties_discussed_between_named_states_are_still_a_meeting_to_come(parser):
    got = coded("The prime minister said that Kadhimi would discuss strengthening cooperation between Iraq and "
                "Jordan during his visit.", date(2020, 12, 17), parser)
    assert ("IRQ", "JOR", "036") in {(s[:3], t, c) for s, t, c in got}


@pytest.mark.parametrize("parser", PARSERS)
def test_the_premier_is_the_prime_minister_who_opened_the_story(parser):
    last = coded_sentences("Prime Minister Prayut Chan-o-cha met Japanese Prime Minister Fumio Kishida in Tokyo. "
                           "The premier thanked Kishida for his support.", date(2022, 5, 26), parser)[-1]
    assert ("THAGOV", "JPNGOV", "051") in last


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("verb", ["underlined", "emphasized", "said"])
def test_ties_between_the_two_countries_called_important(parser, verb):
    last = coded_sentences(f"Prime Minister Prayut Chan-o-cha met Japanese Prime Minister Fumio Kishida in Tokyo. "
                           f"He {verb} that the relationship between the two countries is extremely important.",
                           date(2022, 5, 26), parser)[-1]
    assert ("THAGOV", "JPN", "051") in last


@pytest.mark.parametrize("parser", PARSERS)
def test_ties_between_others_called_important_are_no_praise_of_the_speaker(parser):
    got = coded("Prayut said that the relationship between China and Russia is important.", date(2022, 5, 26), parser)
    assert not any(code == "051" for _, _, code in got)


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("text, source", [
    ("This was the first presidential visit from Brazil to Angola in two decades.", "BRAGOV"),
    ("This is the first head of government-level visit from Kuwait to Angola.", "KWTGOV"),
    ("It was the first visit from Brazil to Angola by anyone.", "BRA")])
def test_a_visit_from_one_state_to_another(parser, text, source):
    assert (source, "AGO", "042") in coded(text, date(2015, 3, 1), parser)


@pytest.mark.parametrize("parser", PARSERS)
def test_an_office_s_of_phrase_before_its_holder(parser):
    got = coded("The Kuwaiti prime minister was received at the airport by Minister of State for External Affairs "
                "V. Muraleedharan.", date(2021, 3, 1), parser)
    assert ("INDGOV", "KWTGOV", "043") in got
    assert ("KWTGOV", "INDGOV", "043") not in got


@pytest.mark.parametrize("parser", PARSERS)
def test_with_an_aim_to_is_what_a_visit_is_for(parser):
    got = coded("President Battulga is on a five-day visit to India with an aim to intensify bilateral ties between "
                "the two countries.", date(2019, 9, 20), parser)
    assert ("MNGGOV", "IND", "042") in got
    assert not any(code[:2] == "03" for _, _, code in got)


@pytest.mark.parametrize("parser", PARSERS)
def test_where_the_leaders_are_the_two_the_clause_named(parser):
    got = coded("Prayut hosted Prime Minister Fumio Kishida in Bangkok, where the leaders signed a defence deal.",
                date(2022, 5, 2), parser)
    assert {("THAGOV", "JPNGOV", "057"), ("JPNGOV", "THAGOV", "057")} <= got


@pytest.mark.parametrize("parser", PARSERS)
def test_a_call_is_both_sides_and_its_purpose_the_caller_s(parser):
    got = coded("Pakistan Prime Minister Imran Khan last week called up the Saudi crown prince to complain about "
                "India's moves.", date(2019, 8, 23), parser)
    assert {("PAKGOV", "SAUGOV", "041"), ("SAUGOV", "PAKGOV", "041")} <= got
    assert any(s == "PAKGOV" and t == "IND" and c[:2] == "11" for s, t, c in got)
    assert not any(s == "SAUGOV" and t == "IND" for s, t, _ in got)


@pytest.mark.parametrize("parser", PARSERS)
def test_phoning_is_both_sides(parser):
    got = coded("Turkish President Recep Tayyip Erdogan phoned Russian President Vladimir Putin on Monday.",
                date(2022, 3, 1), parser)
    assert {("TURGOV", "RUSGOV", "041"), ("RUSGOV", "TURGOV", "041")} <= got


@pytest.mark.parametrize("parser", PARSERS)
def test_a_visit_others_expect_is_no_one_s_plan(parser):
    got = coded("President of Kazakhstan Nursultan Nazarbayev is expected to pay an official visit to Japan on "
                "November 6-9.", date(2016, 10, 28), parser)
    assert not got


@pytest.mark.parametrize("parser", PARSERS)
def test_a_visit_one_means_to_pay_is_still_a_plan(parser):
    got = coded("President of Kazakhstan Nursultan Nazarbayev will pay an official visit to Japan on November 6-9.",
                date(2016, 10, 28), parser)
    assert {("KAZGOV", "JPN", "036"), ("JPN", "KAZGOV", "036")} <= got


@pytest.mark.parametrize("parser", PARSERS)
def test_an_emperor_is_his_state_s_government(parser):
    got = coded("Indonesian President Joko Widodo met with Emperor Naruhito of Japan at the Bogor palace.",
                date(2023, 6, 19), parser)
    assert {("IDNGOV", "JPNGOV", "040"), ("JPNGOV", "IDNGOV", "040")} <= got
