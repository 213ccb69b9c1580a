"""Agreements signed in the passive, invitations named by their noun, an expulsion reported by the expelled
side, decisions to cut ties announced, aid pledged and projects inaugurated together: the readings session 23
took from its blind sets (fresh297-308, eval/gold/session23.jsonl)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.coder_helpers import PARSERS, coded, pipeline


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("text, when, a, b", [
    # what the agreement is about ("on the Uzbek-Kyrgyz state border") is no party to it
    ("The joint statement and the agreement on the Uzbek-Kyrgyz state border were signed by Uzbek President "
     "Shavkat Mirziyoyev and Kyrgyz President Almazbek Atambayev.", date(2017, 9, 6), "UZBGOV", "KGZGOV"),
    ("The memorandum on the Kazakh-Uzbek border was signed by Kazakh President Kassym-Jomart Tokayev and Uzbek "
     "President Shavkat Mirziyoyev on Thursday.", date(2022, 12, 22), "KAZGOV", "UZBGOV"),
    # a participle set off by commas, after a source of the report
    ("According to Israel's Ministry of Energy, the agreement, signed by Azerbaijan's Economy Minister Mikayil "
     "Jabbarov and Israeli Energy Minister Eli Cohen, covers one offshore block.", date(2025, 3, 17),
     "AZEGOV", "ISRGOV"),
])
def test_a_passive_signing_by_two_sides_is_each_sides_agreement(parser, text, when, a, b):
    got = coded(text, when, parser)
    assert {(a, b, "057"), (b, a, "057")} <= got
    assert not any(code == "057" and len(t) == 3 for _, t, code in got)  # not with the state it is about


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("text, a, b", [
    ("A cooperation agreement between Chile and Peru was signed on Monday.", "CHL", "PER"),
    ("Several documents on cooperation between Kenya and Ethiopia were also signed.", "KEN", "ETH"),
    ("Moreover, a plan to expand cooperation between the border regions of Uzbekistan and Kyrgyzstan, the "
     "memorandum on interparliamentary cooperation and other documents were also signed.", "UZB", "KGZ"),
])
def test_an_agreement_between_two_states_signed_in_the_passive_is_both_ways(parser, text, a, b):
    got = coded(text, date(2019, 5, 6), parser)
    assert {(a, b, "057"), (b, a, "057")} <= got


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("text, when, host, guest, place", [
    ("Syrian President Bashar al-Assad received Wednesday an invitation from Saudi King Abdullah to visit "
     "Riyadh.", date(2009, 3, 4), "SAUGOV", "SYRGOV", "SAU"),
    ("Kenyan President William Ruto received an invitation from Chinese President Xi Jinping to visit Beijing.",
     date(2023, 5, 2), "CHNGOV", "KENGOV", "CHN"),
    # the guest after "invitation to", the host the actor before the noun
    ("The meeting was positive, with the Saudi foreign minister relaying the greetings of King Abdullah and an "
     "invitation to President Assad to visit Saudi Arabia.", date(2009, 3, 4), "SAUGOV", "SYRGOV", "SAU"),
])
def test_an_invitation_to_visit_is_the_hosts_and_no_visit_made(parser, text, when, host, guest, place):
    got = coded(text, when, parser)
    assert (host, guest, "036") in got
    assert (guest, place, "042") not in got


@pytest.mark.parametrize("parser", PARSERS)
def test_our_country_in_a_quotation_is_the_speakers_state(parser):
    text = ("The South African presidency said in a statement: \"We have learned that the US has expelled our "
            "country's ambassador to Washington.\"")
    assert ("USA", "ZAFGOV", "161") in coded(text, date(2025, 3, 15), parser)


@pytest.mark.parametrize("parser", PARSERS)
def test_an_expulsion_from_a_state_is_that_states_and_the_judgement_is_of_it(parser):
    got = coded("The South African presidency described the expulsion of its ambassador from the US as "
                "regrettable.", date(2025, 3, 15), parser)
    assert {("USA", "ZAFGOV", "161"), ("ZAFGOV", "USA", "111")} <= got
    # the expelling state's own actor named before the noun did it
    got = coded("Iraq's prime minister has ordered the expulsion of the Swedish ambassador from Iraq.",
                date(2023, 7, 20), parser)
    assert ("IRQGOV", "SWEGOV", "161") in got


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("text, when, expected, not_expected", [
    ("The Israeli Foreign Ministry announced on Sunday that it will close its embassy in Dublin.",
     date(2024, 12, 15), ("ISRGOV", "IRL", "161"), ("ISRGOV", "IRL", "1313")),
    ("Georgian Prime Minister Irakli Kobakhidze announced that Georgia would suspend accession talks with the EU.",
     date(2024, 11, 28), ("GEO", "IGOEUREEC", "164"), ("GEO", "IGOEUREEC", "134")),
])
def test_ties_reduced_by_an_announced_decision_are_reduced(parser, text, when, expected, not_expected):
    got = coded(text, when, parser)
    assert expected in got and not_expected not in got


@pytest.mark.parametrize("parser", PARSERS)
def test_a_conditional_closure_stays_a_threat_and_an_announced_visit_a_plan(parser):
    assert ("RUS", "NOR", "1313") in coded("Russia said it would close its embassy in Oslo if Norway continued.",
                                           date(2024, 1, 5), parser)
    got = coded("Japan announced that Prime Minister Fumio Kishida will visit India next week.", date(2023, 3, 10),
                parser)
    assert ("JPNGOV", "IND", "036") in got and not any(c == "042" for _, _, c in got)


@pytest.mark.parametrize("parser", PARSERS)
def test_pledged_money_is_a_promise_of_aid(parser):
    assert ("JPN", "LKA", "033") in coded("Japan pledged aid to Sri Lanka.", date(2022, 6, 1), parser)
    assert ("ITA", "LBYGOV", "033") in coded("Rome has pledged money and equipment to the Libyan government.",
                                             date(2017, 2, 2), parser)


@pytest.mark.parametrize("parser", PARSERS)
def test_two_leaders_inaugurating_a_project_cooperate_economically(parser):
    got = coded("Uzbek President Shavkat Mirziyoyev and Kyrgyz President Sadyr Japarov inaugurated the railway "
                "project on Friday.", date(2024, 12, 27), parser)
    assert {("UZBGOV", "KGZGOV", "061"), ("KGZGOV", "UZBGOV", "061")} <= got


def test_air_defence_is_military():
    p = pipeline("none")
    s = p.sentencizer("The flight was mistakenly targeted by Russian air defense systems.")[0]
    p.actors(s, date(2024, 12, 28))
    assert [m.code for m in s.mentions] == ["RUSMIL"]


@pytest.mark.parametrize("parser", PARSERS)
def test_the_two_sides_are_the_delegations_the_story_named(parser):
    p = pipeline(parser)
    story = ["Qatar's Foreign Minister Mutlaq Bin Majed Al-Qahtani met the acting foreign minister of Afghanistan "
             "in Kabul on Sunday.",
             "The two sides discussed political coordination and humanitarian aid, Balkhi said."]
    got = {(e.source.code, e.target.code, e.code) for s in p.story(story, date(2023, 1, 22))[1] for e in s.events}
    assert {("QATGOV", "AFGGOV", "040"), ("AFGGOV", "QATGOV", "040")} <= got
