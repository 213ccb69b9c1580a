"""Governors-general, the NPC's chairmen and a caretaker premier; a title inside a name; "diplomatic officials"; a
joint subject with one of the object's state; "the Prime Minister" beside another state's minister; ties called
important; "aim to"; talks a joint act followed; a gerund after "before"; a trip to a summit in a state; a
delegation led to a state; business leaders; "besides interacting with"; a summit "hosted by" its state's leader;
"the American first couple, Joe and Jill Biden"; a quotation that goes on in the next sentence; a longer office in a
list; "to further enhance"; attention "paid to" a topic; a month by its day: the readings session 41 took from its
first blind batch (fresh690-701, eval/gold/session41.jsonl)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.coder_helpers import PARSERS, coded, coded_sentences, pipeline


def _codes(text: str, when: date) -> list[tuple[str, str]]:
    return [(m.text, m.code) for s in pipeline("none")(text, when) for m in s.mentions]


@pytest.mark.parametrize("text, when, code", [
    ("Caretaker Prime Minister Anwar ul Haq Kakar has arrived in Abu Dhabi.", date(2023, 11, 26), "PAKGOV"),
    ("Marcos left upon the invitation of Governor-General David Hurley.", date(2024, 2, 28), "AUSGOV"),
    ("Jonathan will meet Chairman Zhang Dejiang.", date(2013, 7, 3), "CHNLEG"),
    ("This is Salwai's first official visit to China.", date(2019, 5, 28), "VUTGOV"),
    ("Sogavare will visit Australia.", date(2015, 6, 1), "SLBGOV")])
def test_holders_the_dictionary_now_holds(text, when, code):
    assert code in {c for _, c in _codes(text, when)}
    assert "MYSGOV" not in {c for _, c in _codes(text, when)}  # "Anwar ul Haq Kakar" is no Anwar Ibrahim


def test_a_title_inside_a_name_is_no_office():
    assert _codes("Abdullah Sultan bin Awad Al Nuaimi met Modi.", date(2023, 11, 26)) == [("Modi", "INDGOV")]
    assert ("Sultan", "OMNGOV") in _codes("Oman's Sultan arrived. The Sultan received Modi.", date(2023, 11, 26))


def test_diplomatic_officials_are_their_state_s():
    assert ("Pakistani diplomatic officials", "PAKGOV") in _codes("Pakistani diplomatic officials met them.",
                                                                 date(2023, 11, 26))


_ABU_DHABI = ("Caretaker Prime Minister Anwar ul Haq Kakar has arrived in Abu Dhabi on a two-day visit to the United "
              "Arab Emirates. UAE's Minister of Justice Abdullah Sultan bin Awad Al Nuaimi and Pakistani diplomatic "
              "officials welcomed the Prime Minister at Al Bateen Airport Abu Dhabi. During visit, the Prime Minister "
              "will meet President of the UAE, His Highness Sheikh Mohamed bin Zayed Al Nahyan.")


@pytest.mark.parametrize("parser", PARSERS)
def test_a_joint_subject_with_one_of_the_object_s_state_welcomes_him(parser):
    welcome = coded_sentences(_ABU_DHABI, date(2023, 11, 26), parser)[1]
    assert ("AREGOV", "PAKGOV", "043") in welcome
    assert not any(code == "040" for _, _, code in welcome)  # they did not meet each other


@pytest.mark.parametrize("parser", PARSERS)
def test_the_prime_minister_is_not_any_minister(parser):
    assert {("PAKGOV", "AREGOV", "036"), ("AREGOV", "PAKGOV", "036")} <= \
        coded_sentences(_ABU_DHABI, date(2023, 11, 26), parser)[2]


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("text, expected", [
    ("“Our relationship with Solomon Islands is incredibly important,” Mr Albanese said in a statement.",
     ("AUSGOV", "SLB", "051")),
    ("Our ties with Japan are important to us, the Indian prime minister said.", ("INDGOV", "JPN", "051")),
    ("New Zealand Prime Minister Christopher Luxon on Sunday described India as a country of \"huge importance\" "
     "for his nation's prosperity.", ("NZLGOV", "IND", "051"))])
def test_ties_or_a_state_called_important_are_praised(parser, text, expected):
    assert expected in coded(text, date(2024, 3, 3), parser)


@pytest.mark.parametrize("parser", PARSERS)
def test_a_third_party_s_ties_called_vital_praise_no_one(parser):
    assert not any(code == "051" for _, _, code in coded("Iran's ties with Russia are vital, Lavrov said.",
                                                          date(2024, 3, 3), parser))


@pytest.mark.parametrize("parser", PARSERS)
def test_an_aim_is_an_intent(parser):
    assert {("CHN", "VUT", "032"), ("VUT", "CHN", "032")} <= coded(
        "China and Vanuatu aim to strengthen their comprehensive strategic partnership in multiple fields.",
        date(2019, 5, 28), parser)
    assert not coded("The visit aims to deepen the longstanding ties of brotherhood between Ghana and Barbados.",
                     date(2019, 5, 28), parser)


@pytest.mark.parametrize("parser", PARSERS)
def test_talks_a_joint_act_followed_are_the_pair_s(parser):
    got = coded("Erdogan and Aliyev signed five agreements at the presidential palace, following bilateral talks.",
                date(2021, 11, 27), parser)
    assert {("TURGOV", "AZEGOV", "046"), ("AZEGOV", "TURGOV", "046")} <= got


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("text, expected, wrong", [
    ("Xi visited Zimbabwe last week before travelling to South Africa.", ("CHNGOV", "ZAF", "042"),
     ("ZWE", "ZAF", "042")),
    ("After meeting Modi, Putin left for China.", ("RUSGOV", "CHN", "042"), ("INDGOV", "CHN", "042"))])
def test_a_gerund_after_a_subordinator_is_the_main_subject_s(parser, text, expected, wrong):
    got = coded(text, date(2015, 12, 1), parser)
    assert expected in got and wrong not in got


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("text, expected", [
    ("Chinese President, Xi Jinping has arrived in Zimbabwe for a two day State visit before heading for the "
     "African Summit in South Africa.", ("CHNGOV", "ZAF", "036")),
    ("Xi arrived in Zimbabwe last week before heading to South Africa.", ("CHNGOV", "ZAF", "042")),
    ("Modi left for the G20 summit in Brazil on Monday.", ("INDGOV", "BRA", "042")),
    ("Putin headed for Beijing.", ("RUSGOV", "CHN", "042"))])
def test_a_trip_to_a_gathering_in_a_state_and_the_next_leg(parser, text, expected):
    assert expected in coded(text, date(2015, 12, 1), parser)


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("text, expected", [
    ("Nigerian President Goodluck Jonathan will lead a delegation of high-powered officials to China for a "
     "five-day state visit starting Monday.", {("NGAGOV", "CHN", "036"), ("CHN", "NGAGOV", "036")}),
    ("Lavrov led a high-level delegation to Iran.", {("RUSGOV", "IRN", "042")})])
def test_a_delegation_led_to_a_state(parser, text, expected):
    assert expected <= coded(text, date(2013, 7, 3), parser)


@pytest.mark.parametrize("parser", PARSERS)
def test_a_delegation_led_in_talks_goes_nowhere(parser):
    got = coded("Lavrov led a delegation in talks with Iran.", date(2013, 7, 3), parser)
    assert ("RUSGOV", "IRN", "046") in got and not any(code == "042" for _, _, code in got)


@pytest.mark.parametrize("parser", PARSERS)
def test_business_leaders_met_besides_a_scheduled_meeting(parser):
    got = coded("The Singaporean PM was also scheduled to meet Indian President Droupadi Murmu, besides interacting "
                "with Indian business leaders.", date(2025, 9, 3), parser)
    assert {("SGPGOV", "INDBUS", "036"), ("INDBUS", "SGPGOV", "036")} <= got
    assert ("INDGOV", "SGPGOV", "036") in got
    assert {("INDGOV", "JPNBUS", "040"), ("JPNBUS", "INDGOV", "040")} <= coded(
        "Modi interacted with Japanese business leaders in Tokyo.", date(2025, 9, 3), parser)


@pytest.mark.parametrize("parser", PARSERS)
def test_a_summit_hosted_by_its_state_s_leader_hosts_who_attend(parser):
    got = coded("Ghana's President Akufo-Addo is part of over 40 African leaders attending the US-Africa Leaders' "
                "summit hosted by Joe Biden.", date(2022, 12, 15), parser)
    assert {("GHAGOV", "USA", "042"), ("USAGOV", "GHAGOV", "043")} <= got


@pytest.mark.parametrize("parser", PARSERS)
def test_the_people_an_appositive_names_after_a_state_s_adjective(parser):
    got = coded("President Nana Addo Dankwa Akufo-Addo and wife Rebecca met with the American first couple, Joe and "
                "Jill Biden in Washington DC.", date(2022, 12, 15), parser)
    assert {("GHAGOV", "USAGOV", "040"), ("USAGOV", "GHAGOV", "040")} <= got
    assert not any(target == "USA" and code == "040" for _, target, code in got)


@pytest.mark.parametrize("parser", PARSERS)
def test_a_quotation_that_goes_on_in_the_next_sentence_is_the_same_speaker_s(parser):
    last = coded_sentences("“Our relationship with Solomon Islands is incredibly important,” Mr Albanese said in a "
                           "statement. “I look forward to engaging with Prime Minister Sogavare on building a strong "
                           "and prosperous Pacific region.”", date(2022, 10, 5), parser)[-1]
    assert ("AUSGOV", "SLBGOV", "036") in last


@pytest.mark.parametrize("parser", PARSERS)
def test_an_office_of_a_longer_body_stays_in_the_list(parser):
    got = coded_sentences("Nigerian President Goodluck Jonathan will visit China. During his stay in China, Jonathan "
                          "will meet with Chinese President Xi Jinping, Premier Li Keqiang and Chairman of the "
                          "Standing Committee of the National People's Congress Zhang Dejiang separately.",
                          date(2013, 7, 3), parser)[-1]
    assert {("NGAGOV", "CHNLEG", "036"), ("CHNLEG", "NGAGOV", "036"), ("NGAGOV", "CHNGOV", "036")} <= got


@pytest.mark.parametrize("parser", PARSERS)
def test_a_vow_to_further_enhance_ties_is_the_intent_alone(parser):
    got = coded("President Ferdinand Marcos Jr. vowed to further enhance the bilateral ties between the Philippines "
                "and Australia.", date(2024, 2, 28), parser)
    assert ("PHLGOV", "AUS", "032") in got and ("PHLGOV", "AUS", "030") not in got


@pytest.mark.parametrize("parser", PARSERS)
def test_attention_paid_to_a_topic_is_no_act(parser):
    got = coded("Later, the President of Sri Lanka will hold bilateral discussions with the Japanese Prime Minister "
                "Shinzo Abe and during this meeting comprehensive attention will be paid to further strengthen the "
                "trade and cultural ties between the two countries.", date(2018, 3, 12), parser)
    assert {("LKAGOV", "JPNGOV", "036"), ("JPNGOV", "LKAGOV", "036")} <= got
    assert not any(code[:2] == "05" for _, _, code in got)


@pytest.mark.parametrize("parser", PARSERS)
def test_a_month_by_its_day_is_no_march(parser):
    got = coded("During this visit, President Sirisena is scheduled to meet Emperor Akihito and the official welcome "
                "ceremony for President Sirisena will be held at the Japan's Prime Minister's Office on March 14.",
                date(2018, 3, 12), parser)
    assert not any(code[:2] in ("13", "14") for _, _, code in got)
