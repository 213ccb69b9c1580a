"""Who reports a passive act, what a deployment is for, and the other readings session 15 took from
its first blind round (fresh100-102)."""

from __future__ import annotations

from datetime import date

import pytest

from dyadwatch.coding import actors as actor_dicts
from dyadwatch.coding.text import tokenize
from tests.coder_helpers import PARSERS, coded, pipeline

D = date(2023, 9, 19)


def _events(text: str, parser: str = "none", when: date = D) -> set[tuple[str, str, str]]:
    return coded(text, when, parser)


def _story(parts: list[str], parser: str = "none", when: date = D) -> list[set[tuple[str, str, str]]]:
    return [{(e.source.code, e.target.code, e.code) for s in ss for e in s.events}
            for ss in pipeline(parser).story(parts, when)]


@pytest.mark.parametrize("parser", PARSERS)
def test_a_fronted_according_to_names_who_ordered_diplomats_out(parser):
    assert _events("According to Iranian Foreign Ministry spokesperson Nasser Kanaani, the two German diplomats were "
                   "ordered to leave Iran.", parser) == {("IRNGOV", "DEUGOV", "161")}


@pytest.mark.parametrize("parser", PARSERS)
def test_a_second_verb_of_saying_keeps_the_first_ones_subject(parser):
    later = _story(["Iranian Foreign Ministry spokesperson Nasser Kanaani spoke on Wednesday.",
                    "Kanaani did not name the diplomats but noted the German ambassador in Iran had been summoned."],
                   parser)[1]
    assert later == {("IRNGOV", "DEUGOV", "114")}


@pytest.mark.parametrize("parser", PARSERS)
def test_a_charge_stated_in_the_passive_is_the_stating_states(parser):
    found = _events("The Algerian Foreign Ministry noted that the French government is accused of violating "
                    "international legitimacy.", parser)
    assert {(s, t, c[:3]) for s, t, c in found} == {("DZAGOV", "FRAGOV", "112")}


def test_alleged_in_quotation_marks_is_an_adjective():
    found = _events('France backs the plan under "alleged" Moroccan sovereignty, the Algerian ministry said.')
    assert not {e for e in found if e[2].startswith("112")}


def test_a_plan_owned_and_named_is_no_intent():
    assert _events("The ministry criticised Morocco's autonomy plan for Western Sahara.") == set()
    assert ("RUSGOV", "TUR", "036") in _events("Russia's leaders plan to visit Ankara.")


@pytest.mark.parametrize("parser", PARSERS)
def test_recognising_a_plan_endorses_it_and_recognising_independence_recognises(parser):
    assert ("FRAGOV", "MAR", "051") in _events(
        "Algeria withdrew its ambassador in response to the French government's recognition of Morocco's autonomy "
        "plan.", parser)
    assert _events("The recognition of Kosovo by Serbia is not on the table.", parser) == set()


@pytest.mark.parametrize("parser", PARSERS)
def test_agreeing_on_a_declaration_adopts_it(parser):
    assert _events("Somalia and Ethiopia have agreed on a joint declaration to resolve their dispute, Turkish "
                   "President Recep Tayyip Erdogan has announced.", parser, date(2024, 12, 11)) == \
        {("SOM", "ETH", "057"), ("ETH", "SOM", "057")}


@pytest.mark.parametrize("parser", PARSERS)
def test_police_committed_to_help_another_state_are_a_pledge_of_protection(parser):
    assert _events("Kenya has committed to deploy a contingent of 1,000 police officers to help train and assist "
                   "Haitian police restore normalcy.", parser, date(2023, 7, 30)) == {("KEN", "HTICOP", "0334")}


def test_help_by_troops_sent_without_a_sender_is_still_the_act():
    found = _events("North Korean troops have been sent to help Russia.", when=date(2024, 10, 30))
    assert {(s, t, c[:2]) for s, t, c in found} == {("PRKMIL", "RUS", "07")}


def test_the_help_a_meeting_trip_is_for_is_not_affected():
    assert ("USA", "PSEREBHMS", "040") in _events("The US sent envoys to Qatar to meet Hamas negotiators.")


@pytest.mark.parametrize("parser", PARSERS)
def test_inconsistent_with_international_law_is_criticism(parser):
    assert _events("Chief Cabinet Secretary Hirokazu Matsuno told a press conference that the Chinese act is "
                   "inconsistent with international law.", parser) == {("JPNGOV", "CHN", "111")}


def test_japans_chief_cabinet_secretaries_follow_their_terms():
    found = actor_dicts.bundled().find(tokenize("Hayashi met Kihara."), date(2024, 3, 1))
    assert [m.code for m in found] == ["JPNGOV", "JPNELI"]  # Kihara was defence minister then, not in our table
    found = actor_dicts.bundled().find(tokenize("The Chief Cabinet Secretary spoke."), D)
    assert [m.code for m in found] == ["JPNGOV"]


@pytest.mark.parametrize("parser", PARSERS)
def test_asking_a_leader_to_visit_invites_him(parser):
    assert _events("Lula asked President Xi to visit Brazil.", parser, date(2023, 4, 13)) == \
        {("BRAGOV", "CHNGOV", "036")}
    assert ("BRAGOV", "CHNGOV", "026") in _events("Lula asked Xi to meet Zelensky.", parser, date(2023, 4, 13))


@pytest.mark.parametrize("parser", PARSERS)
def test_a_demand_joined_to_a_protest_is_made_of_the_same_state(parser):
    assert _events("The Japanese government said that it has lodged a protest with China for installing a buoy "
                   "and is demanding the immediate removal of the object.", parser) == \
        {("JPNGOV", "CHN", "114"), ("JPNGOV", "CHN", "100")}


# -- from the fourth blind round (fresh109-113) --

W = date(2024, 5, 3)


@pytest.mark.parametrize("parser", PARSERS)
def test_opening_fire_in_a_when_clause_is_on_the_main_subject(parser):
    assert _events("Cambodian army spokesperson Mao Phalla said the Cambodian troops were conducting a routine patrol "
                   "along the border when the Thai side opened fire.", parser, date(2025, 5, 28)) == \
        {("THA", "KHMMIL", "190")}


@pytest.mark.parametrize("parser", PARSERS)
def test_an_adjective_of_intent_governs_like_a_verb_of_intent(parser):
    assert _events("Japan is keen to deepen ties with India.", parser) == {("JPN", "IND", "032")}


@pytest.mark.parametrize("parser", PARSERS)
def test_a_colleague_from_a_state_is_its_official(parser):
    assert _events("Russian Deputy Foreign Minister Andrei Rudenko and his colleague from the DPRK Kim Jong-gyu "
                   "signed a protocol.", parser, date(2024, 12, 5)) == {("RUSGOV", "PRKGOV", "057"),
                                                                       ("PRKGOV", "RUSGOV", "057")}


@pytest.mark.parametrize("parser", PARSERS)
def test_criticism_drawn_from_someone_is_his_criticism(parser):
    assert ("ISRGOV", "TUR", "111") in _events(
        "Turkey has halted all trade with Israel, which prompted strong criticism from the Israeli foreign minister.",
        parser, W)


@pytest.mark.parametrize("parser", PARSERS)
def test_calling_what_one_rejected_an_aggression_accuses_its_author(parser):
    assert _events("Somalia's federal government has rejected a port deal between Ethiopia and Somaliland, calling it "
                   "an \"act of aggression\".", parser, date(2024, 1, 2)) == {("SOMGOV", "ETH", "120"),
                                                                           ("SOMGOV", "ETH", "112")}


def test_a_place_before_a_visit_by_someone_is_where_he_went():
    assert _events("Kishida would visit South Korea next month, reciprocating a Tokyo visit by the South Korean leader "
                   "last month.", when=date(2023, 4, 30)) >= {("KORGOV", "JPN", "042")}


def test_a_guest_welcomed_past_the_place_and_not_a_thing_of_his():
    assert ("RUSGOV", "GNBGOV", "043") in _events(
        "Russian President Vladimir Putin warmly welcomed in the Kremlin his colleague from Guinea-Bissau.",
        when=date(2025, 2, 26))
    assert ("USAGOV", "TURGOV", "043") not in _events(
        "We welcome statements by Turkish Foreign Minister Mevlut Cavusoglu, the State Department said.",
        when=date(2022, 1, 1))
