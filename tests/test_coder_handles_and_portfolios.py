"""A month's abbreviation in brackets ends no sentence; a title with two portfolios is still its state's; "they"
after the clause that named two is the pair; ties raised by stepping them up; an embassy inaugurated; talks named with
their partner "ahead of" them are still to come; a guest welcomed "with military honors" is the guest, not the
military; a handle in a quoted post is a name: the readings session 42 took from its first blind batch
(fresh770-780, eval/gold/session42.jsonl)."""

from __future__ import annotations

from datetime import date

import pytest

from dyadwatch.coding.text import split_sentences, tokenize
from tests.coder_helpers import PARSERS, coded, coded_sentences, pipeline


@pytest.mark.parametrize("text", [
    "Ghana's president was received Monday (Feb. 12) by his Kenyan counterpart.",
    "The envoy arrived on Friday (Sept. 8) with a message."])
def test_a_bracketed_month_abbreviation_ends_no_sentence(text):
    assert len(split_sentences(text)) == 1


def test_a_sentence_still_ends_after_a_bracketed_date():
    assert len(split_sentences("The minister was in Rome on Tuesday (Nov. 07). He met the pope.")) == 2


@pytest.mark.parametrize("parser", PARSERS)
def test_a_welcome_dated_in_brackets_keeps_its_host(parser):
    got = coded("Kenyan President William Ruto was welcomed Tuesday (Oct. 3) by his Ghanaian counterpart "
                "Nana Akufo-Addo.", date(2023, 10, 4), parser)
    assert ("GHAGOV", "KENGOV", "043") in got


@pytest.mark.parametrize("text, code", [
    ("The Minister of Foreign Affairs and International Cooperation of Ghana flew to Nairobi.", "GHAGOV"),
    ("The Minister of Defence and Veterans Affairs of Niger flew to Moscow.", "NERMIL")])
def test_a_title_with_two_portfolios_is_its_state_s(text, code):
    assert code in {m.code for s in pipeline("none")(text, date(2023, 11, 8)) for m in s.mentions}


def test_two_titles_joined_by_and_stay_two():
    text = "Kazakhstan's Minister of Industry and U.S. Secretary of Commerce signed the memorandum."
    codes = {m.code for s in pipeline("none")(text, date(2019, 5, 1)) for m in s.mentions}
    assert "USAGOV" in codes


@pytest.mark.parametrize("parser", PARSERS)
def test_they_after_a_meeting_clause_are_the_two_who_met(parser):
    got = coded("The Nigerien defence minister flew to Moscow on Monday. He met with the Defence minister of the "
                "Russian federation, and they agreed to boost military cooperation.", date(2024, 1, 16), parser)
    assert {("NERMIL", "RUSMIL", "0312"), ("RUSMIL", "NERMIL", "0312")} <= got


@pytest.mark.parametrize("parser", PARSERS)
def test_they_after_a_clause_naming_one_state_are_nobody_new(parser):
    got = coded("Nigerien soldiers patrolled the border, and they agreed to stay.", date(2024, 1, 16), parser)
    assert not any(code.startswith("03") for _, _, code in got)


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("text", ["Kenya and Ghana have agreed to step up bilateral relations.",
                                  "Kenya and Ghana agreed to ramp up bilateral ties."])
def test_stepping_up_ties_is_an_intent_to_strengthen_them(parser, text):
    assert {("KEN", "GHA", "032"), ("GHA", "KEN", "032")} <= coded(text, date(2023, 10, 4), parser)


@pytest.mark.parametrize("parser", PARSERS)
def test_inaugurating_an_embassy_is_opening_it(parser):
    got = coded("Kenya will inaugurate its embassy in Ghana next month.", date(2023, 10, 4), parser)
    assert ("KEN", "GHA", "032") in got


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("text", [
    "Kenyan President William Ruto received a red-carpet welcome ahead of his bilateral talks with Ghanaian "
    "President Nana Akufo-Addo.",
    "Kenyan President William Ruto spoke to reporters ahead of talks with Ghanaian President Nana Akufo-Addo."])
def test_talks_ahead_with_a_named_partner_are_to_come(parser, text):
    got = coded(text, date(2023, 10, 4), parser)
    assert {("KENGOV", "GHAGOV", "036"), ("GHAGOV", "KENGOV", "036")} <= got
    assert not any(code in ("040", "046") for _, _, code in got)


@pytest.mark.parametrize("parser", PARSERS)
def test_talks_ahead_without_a_partner_code_no_meeting(parser):
    got = coded("Kenyan President William Ruto praised Ghana ahead of the talks.", date(2023, 10, 4), parser)
    assert not any(code[:2] in ("03", "04") for _, _, code in got)


@pytest.mark.parametrize("parser", PARSERS)
def test_a_guest_welcomed_with_military_honors_is_the_guest(parser):
    got = coded_sentences("Kenyan President William Ruto arrived in Ghana on Monday. President Nana Akufo-Addo will "
                          "welcome him with full military honors at the Jubilee House.", date(2023, 10, 2), parser)
    assert ("GHAGOV", "KENGOV", "036") in got[1]
    assert not any(target.endswith("MIL") for _, target, _ in got[1])


def test_a_handle_is_one_word():
    assert [t.text for t in tokenize("President @WilliamsRuto of Kenya")] == \
        ["President", "@WilliamsRuto", "of", "Kenya"]


@pytest.mark.parametrize("parser", PARSERS)
def test_an_office_with_a_handle_is_its_state_s(parser):
    got = coded('"President @WilliamsRuto of Kenya received President Nana Akufo-Addo at the airport," the '
                'presidency tweeted.', date(2023, 10, 2), parser)
    assert ("KENGOV", "GHAGOV", "043") in got


@pytest.mark.parametrize("parser", PARSERS)
def test_steps_to_advance_relations_are_no_stepping_up(parser):
    got = coded("The leaders will discuss steps to further advance relations between Kenya and Ghana.",
                date(2023, 10, 4), parser)
    assert not any(code in ("050", "032") for _, _, code in got)


@pytest.mark.parametrize("parser", PARSERS)
def test_what_two_states_look_set_to_do_is_a_forecast(parser):
    got = coded("Kenya and Ghana look set to step up cooperation on water supply.", date(2023, 10, 4), parser)
    assert not any(code in ("050", "032") for _, _, code in got)


@pytest.mark.parametrize("parser", PARSERS)
def test_a_trip_under_way_is_no_visit_to_come(parser):
    got = coded("Kenyan President William Ruto arrived in Ghana on Thursday and will meet with President Nana "
                "Akufo-Addo over his six-day visit.", date(2023, 10, 5), parser)
    assert ("KENGOV", "GHA", "042") in got
    assert ("KENGOV", "GHA", "036") not in got and ("GHA", "KENGOV", "036") not in got
