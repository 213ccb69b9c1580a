"""Envoys called in, places subjected to attack, deals signed during a visit or after a meeting, "the Kingdom",
signers with long titles, arrivals at a leader's residence and those who follow, "his country" a little further on,
rebels in a "where" clause, a meeting that frames an appeal, forecasts in the passive, meetings a deal "could"
facilitate, what one says while condemning, a described pair's hope, future dates and borders reopened: the
readings session 29 took from its blind sets (fresh369-380, eval/gold/session29.jsonl)."""

from __future__ import annotations

from datetime import date

import pytest

from dyadwatch.coding import dates
from tests.coder_helpers import PARSERS, coded, coded_sentences

WHEN = date(2025, 12, 22)


def _mentions(text: str, when: date, parser: str) -> list:
    from dyadwatch.coding.pipeline import Pipeline
    return Pipeline(parser=parser)(text, when)[0].mentions


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("text", [
    "Denmark called in the US ambassador for talks.",
    "\"We will call in the US ambassador for talks at the Ministry of Foreign Affairs,\" the Danish foreign minister "
    "said.",
])
def test_calling_in_an_envoy_for_talks_is_a_summons(parser, text):
    got = coded(text, WHEN, parser)
    assert any(s[:3] == "DNK" and t == "USAGOV" and c == "114" for s, t, c in got)


@pytest.mark.parametrize("parser", PARSERS)
def test_calling_for_talks_in_a_statement_stays_an_appeal(parser):
    got = coded("Iran called in a statement for talks with the United States.", WHEN, parser)
    assert ("IRN", "USA", "026") in got and not any(c == "114" for _, _, c in got)


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("text", [
    "On Wednesday, October 15, the capital of Afghanistan, Kabul, was subjected to airstrikes by the Pakistani "
    "armed forces.",
    "Kabul was subjected to airstrikes by Pakistan.",
])
def test_a_place_subjected_to_an_attack_by_a_state_is_its_target(parser, text):
    got = coded(text, date(2025, 10, 15), parser)
    assert any(s[:3] == "PAK" and t == "AFG" and c == "195" for s, t, c in got)


@pytest.mark.parametrize("parser", PARSERS)
def test_subjected_to_an_inspection_is_no_attack(parser):
    got = coded("The Iranian ship was subjected to an inspection by the Pakistani navy.", date(2025, 10, 15), parser)
    assert not any(c[:2] == "19" for _, _, c in got)


@pytest.mark.parametrize("parser", PARSERS)
def test_a_deal_signed_during_one_signers_visit_is_both_signers(parser):
    got = coded("Saudi Arabia and Pakistan on Wednesday signed a joint strategic defense agreement during Prime "
                "Minister Shehbaz Sharif's visit to Riyadh.", date(2025, 9, 17), parser)
    assert {("SAU", "PAK", "057"), ("PAK", "SAU", "057"), ("PAKGOV", "SAU", "042")} <= got
    assert ("SAU", "PAKGOV", "057") not in got


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("text, country", [
    ("Prime Minister Shehbaz Sharif met Saudi Crown Prince Mohammed bin Salman to reaffirm the ties between "
     "Islamabad and the Kingdom.", "SAU"),
    ("King Abdullah of Jordan met Netanyahu, and the kingdom protested.", "JOR"),
])
def test_the_kingdom_is_the_last_named_kingdom(parser, text, country):
    mentions = _mentions(text, date(2025, 9, 17), parser)
    assert [m.code for m in mentions if m.text.lower() in ("the kingdom", "kingdom")] == [country]


@pytest.mark.parametrize("parser", PARSERS)
def test_the_kingdom_is_no_republic_named_before(parser):
    mentions = _mentions("Pakistan's prime minister praised the kingdom.", date(2025, 9, 17), parser)
    assert not any(m.text.lower() == "the kingdom" for m in mentions)


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("text", [
    "Prime Minister Shehbaz Sharif met with Saudi Crown Prince Mohammed bin Salman and signed the Strategic Mutual "
    "Defense Agreement that reaffirms the deep ties between Islamabad and the Kingdom.",
    "Prime Minister Shehbaz Sharif met with Saudi Crown Prince Mohammed bin Salman and signed several agreements.",
])
def test_a_deal_signed_after_a_meeting_is_with_the_one_met(parser, text):
    got = coded(text, date(2025, 9, 17), parser)
    assert {("PAKGOV", "SAUGOV", "057"), ("SAUGOV", "PAKGOV", "057")} <= got


@pytest.mark.parametrize("parser", PARSERS)
def test_a_deal_with_a_party_of_its_own_after_a_meeting_keeps_it(parser):
    got = coded("Erdogan met with Aliyev in Baku and signed a deal with Georgia.", date(2024, 5, 1), parser)
    assert ("TURGOV", "GEO", "057") in got and ("TURGOV", "AZEGOV", "057") not in got


@pytest.mark.parametrize("parser", PARSERS)
def test_signers_whose_title_ends_in_their_state_are_listed(parser):
    got = coded("The agreement was signed by Kyrgyzstan's Minister of Transport and Communications Tilek Tekebaev, "
                "Chairman of the State Development and Reform Committee of China Zheng Shanjie and Uzbekistan's "
                "Minister of Transport Ilkhom Mahkamov.", date(2024, 6, 6), parser)
    assert {("KGZGOV", "UZBGOV", "057"), ("UZBGOV", "KGZGOV", "057")} <= got
    assert {(s[:3], t[:3]) for s, t, c in got if c == "057"} >= {("KGZ", "CHN"), ("CHN", "UZB")}


@pytest.mark.parametrize("parser", PARSERS)
def test_arriving_at_a_leaders_residence_visits_the_state_and_so_does_who_follows(parser):
    got = coded("Thailand's acting Prime Minister, Phumtham Wechayachai, arrived at Seri Perdana - the official "
                "residence of the Malaysian Prime Minister and the venue of the meeting at about 2:51 p.m., followed "
                "shortly after by Cambodian leader Hun Manet.", date(2025, 7, 28), parser)
    assert {("THAGOV", "MYS", "042"), ("KHMGOV", "MYS", "042")} <= got


@pytest.mark.parametrize("parser", PARSERS)
def test_arriving_at_a_building_is_no_visit_to_whoever_is_named_later(parser):
    got = coded("Thailand's prime minister arrived at the hotel on Monday, followed by a meeting with Malaysia's "
                "prime minister.", date(2025, 7, 28), parser)
    assert not any(c == "042" for _, _, c in got)


@pytest.mark.parametrize("parser", PARSERS)
def test_his_country_a_dozen_words_on_is_still_the_holders(parser):
    got = coded("President Felix Tshisekedi of the Democratic Republic of the Congo (DRC) celebrated a significant "
                "diplomatic achievement as his country signed a historic agreement with Rwanda.", date(2025, 6, 27),
                parser)
    assert {("COD", "RWA", "057"), ("RWA", "COD", "057")} <= got


@pytest.mark.parametrize("parser", PARSERS)
def test_his_country_past_another_state_is_not_the_first_holders(parser):
    mentions = _mentions("President Felix Tshisekedi of the Democratic Republic of the Congo said Rwanda and Uganda "
                         "were wrong and his country would respond.", date(2025, 6, 27), parser)
    assert not any(m.text == "his country" and m.code == "COD" for m in mentions)


@pytest.mark.parametrize("parser", PARSERS)
def test_rebels_seizing_towns_where_a_place_is_named_occupy_its_state(parser):
    got = coded("The agreement comes in the wake of escalating violence in eastern DRC, where M23 rebels have seized "
                "control of key areas, including Goma, Bukavu, and several airports.", date(2025, 6, 27), parser)
    assert ("CODREB", "COD", "192") in got


@pytest.mark.parametrize("parser", PARSERS)
def test_m23_before_it_existed_is_nobody(parser):
    assert not any(m.code == "CODREB" for m in _mentions("M23 rebels seized Goma.", date(2010, 1, 1), parser))


@pytest.mark.parametrize("parser", PARSERS)
def test_a_meeting_that_frames_an_appeal_is_between_its_parties(parser):
    got = coded("The Bloomberg news agency on Monday quoted an unnamed senior Turkish official as saying that U.S. "
                "President Joe Biden urged his Turkish counterpart Recep Tayyip Erdogan to open Turkey's border with "
                "Armenia during an October meeting in Rome.", date(2021, 12, 15), parser)
    assert {("USAGOV", "TURGOV", "040"), ("TURGOV", "USAGOV", "040")} <= got


@pytest.mark.parametrize("parser", PARSERS)
def test_a_meeting_that_frames_a_condemnation_of_a_state_is_not_with_it(parser):
    got = coded("Blinken condemned Russia during a meeting in Brussels.", date(2022, 3, 1), parser)
    assert not any(c[:2] == "04" for _, _, c in got)


@pytest.mark.parametrize("parser", PARSERS)
def test_a_deal_expected_to_be_signed_is_an_intent_as_one_expected_to_sign(parser):
    passive = coded("A gas deal between Israel and Egypt is expected to be signed soon.", WHEN, parser)
    active = coded("Israel and Egypt are expected to sign a gas deal.", WHEN, parser)
    assert passive == active and not any(c == "057" for _, _, c in passive)


@pytest.mark.parametrize("parser", PARSERS)
def test_a_meeting_a_deal_could_facilitate_is_no_intent_to_meet(parser):
    got = coded("The US administration has reportedly urged Israel to finalize the agreement, with the hope that it "
                "could facilitate a meeting between Netanyahu and Egyptian President Abdel Fattah al-Sisi under the "
                "auspices of US President Donald Trump.", WHEN, parser)
    assert ("USAGOV", "ISR", "020") in got and not any(c in ("036", "045") for _, _, c in got)


@pytest.mark.parametrize("parser", PARSERS)
def test_what_one_says_while_condemning_names_no_target(parser):
    got = coded("Belarusian customs have condemned the decision, saying it is ill-considered, unfriendly and will "
                "harm the region's business.", date(2025, 10, 29), parser)
    assert got == set()


@pytest.mark.parametrize("parser", PARSERS)
def test_both_sides_hoping_a_document_is_signed_intend_it_with_each_other(parser):
    got = coded_sentences("Azerbaijani Foreign Minister Jeyhun Bayramov and U.S. Secretary of State Marco Rubio held a "
                          "phone conversation on Monday. Both sides expressed hope that the document would be agreed "
                          "upon and signed in the near future.", date(2026, 1, 19), parser)
    assert {(s, t, c[:2]) for s, t, c in got[1]} == {("AZEGOV", "USAGOV", "03"), ("USAGOV", "AZEGOV", "03")}


@pytest.mark.parametrize("text, expected", [
    ("on September 26 the border between the two countries will be reopened", date(2022, 9, 26)),
    ("the border was reopened on September 26", date(2021, 9, 26)),
    ("the summit will be held on March 3", date(2022, 3, 3)),  # more than half a year ahead: last year's
])
def test_a_date_ahead_in_a_sentence_about_the_future_is_this_years(text, expected):
    assert dates.resolve(text, date(2022, 9, 9)) == expected


@pytest.mark.parametrize("parser", PARSERS)
def test_a_border_to_be_reopened_between_two_states_is_both_sides_intent(parser):
    got = coded("The presidents of Venezuela and Colombia, Nicolas Maduro and Gustavo Petro, respectively, have "
                "announced on their social networks that on September 26 the border between the two countries will "
                "be reopened.", date(2022, 9, 9), parser)
    assert {("VEN", "COL", "0351"), ("COL", "VEN", "0351")} <= got


@pytest.mark.parametrize("parser", PARSERS)
def test_a_border_reopened_with_a_state_is_eased_by_the_one_who_says_so(parser):
    got = coded("The border with Colombia was reopened on Monday, Venezuela said.", date(2022, 9, 26), parser)
    assert ("VEN", "COL", "081") in got
