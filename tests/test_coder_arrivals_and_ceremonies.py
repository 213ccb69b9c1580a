"""A visit whose consequence a modal names, a reception on arrival or at an airport, an appositive between the
guest and the host's city, a ceremony held for a guest, "was received" after a relative clause, a name with its
state in parentheses, "held in the capital city X", a meeting agreed to continue, a meeting proposed, a trilateral
meeting staffed by ministers, a visit to a shrine and a state's adjective in a compound: the readings session 33
took from its first blind batch (fresh450-461, eval/gold/session33.jsonl)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.coder_helpers import PARSERS, coded, coded_sentences

DELHI = date(2023, 11, 5)


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("text", [
    "Bhutan King's visit to India would foster the close bonds of friendship between the two countries.",
    "The visit by Putin to Turkey will further strengthen ties, the Kremlin said.",
    "Erdogan's visit to Azerbaijan will help deepen cooperation.",
])
def test_a_visit_whose_effect_a_modal_names_is_under_way(parser, text):
    got = coded(text, DELHI, parser)
    assert any(c == "042" for _, _, c in got) and not any(c == "036" for _, _, c in got)


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("text", [
    "The visit of Putin to Turkey will take place next week.",
    "Erdogan's visit to Azerbaijan would be held in May.",
])
def test_a_visit_whose_own_verb_is_future_is_still_to_come(parser, text):
    assert not any(c == "042" for _, _, c in coded(text, DELHI, parser))


BAGHDAD = date(2024, 9, 11)


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("text, visit", [
    ("Upon arrival in Baghdad on Wednesday, President Pezeshkian was welcomed by Iraqi Prime Minister Mohammed "
     "Shia Al-Sudani.", ("IRNGOV", "IRQ", "042")),
    ("On arrival in Baku, Putin was greeted by Aliyev.", ("RUSGOV", "AZE", "042")),
    ("The Sri Lankan head of state received a warm welcome upon landing at Velana International Airport, where he "
     "was greeted by Maldivian President Dr. Mohamed Muizzu.", ("LKAGOV", "MDV", "042")),
])
def test_a_guest_received_on_arriving_in_the_hosts_place_visits_it(parser, text, visit):
    assert visit in coded(text, BAGHDAD, parser)


@pytest.mark.parametrize("parser", PARSERS)
def test_arriving_home_to_a_welcome_is_no_visit(parser):
    got = coded("Upon arrival in Baku, Aliyev was welcomed by Erdogan.", BAGHDAD, parser)
    assert not any(c == "042" for _, _, c in got)


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("text, visit", [
    ("On September 5, Ilham Aliyev, President of the Republic of Azerbaijan, held a meeting with Giorgia Meloni, "
     "President of the Council of Ministers of the Italian Republic, in Rome.", ("AZEGOV", "ITA", "042")),
    ("The Angolan President, João Lourenço, welcomed the Portuguese Defense minister, José Azeredo Lopes, in an "
     "official visit to Luanda this Monday.", ("PRTMIL", "AGO", "042")),
])
def test_a_title_set_off_by_commas_does_not_part_the_guest_from_the_hosts_city(parser, text, visit):
    assert visit in coded(text, BAGHDAD, parser)


@pytest.mark.parametrize("parser", PARSERS)
def test_a_topic_in_the_appositive_place_is_still_no_visit(parser):
    got = coded("Aliyev held a meeting with Meloni, discussing the war in Ukraine.", BAGHDAD, parser)
    assert not any(c == "042" for _, _, c in got)


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("text, visit", [
    ("A guard of honor was arranged for President Ilham Aliyev at the Chigi Palace in Rome.", ("AZEGOV", "ITA", "042")),
    ("A welcoming ceremony was held for President Erdogan in Baku.", ("TURGOV", "AZE", "042")),
])
def test_a_ceremony_held_for_a_foreign_leader_in_a_city_is_his_visit(parser, text, visit):
    assert visit in coded(text, BAGHDAD, parser)


@pytest.mark.parametrize("parser", PARSERS)
def test_a_ceremony_for_a_leader_at_home_is_no_visit(parser):
    assert not coded("A guard of honor was arranged for President Ilham Aliyev in Baku.", BAGHDAD, parser)


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("text", [
    "Bhutan King Jigme Khesar Namgyal Wangchuk, who is on an official visit to India, arrived in New Delhi on Sunday "
    "and was warmly received by External Affairs Minister S Jaishankar.",
    "Putin, who is on a visit, was received by Aliyev.",
])
def test_a_relative_clause_does_not_part_a_passive_from_its_subject(parser, text):
    got = coded(text, DELHI, parser)
    assert any(c == "043" and s[3:] == "GOV" for s, _, c in got)


LIMA = date(2014, 10, 8)


@pytest.mark.parametrize("parser", PARSERS)
def test_a_name_with_its_state_in_parentheses_under_an_office_is_that_states(parser):
    got = coded("Foreign Ministers Gonzalo Gutierrez (Peru) and Ricardo Patiño (Ecuador) met October 7 at the "
                "Neighborhood Commission Meeting, held in the Ecuadorian capital city Quito.", LIMA, parser)
    assert {("PERGOV", "ECUGOV", "040"), ("ECUGOV", "PERGOV", "040"), ("PERGOV", "ECU", "042")} <= got


@pytest.mark.parametrize("parser", PARSERS)
def test_presidents_with_states_in_parentheses_meet(parser):
    got = coded("Presidents Alan Garcia (Peru) and Rafael Correa (Ecuador) have begun their summit.", LIMA, parser)
    assert {("PERGOV", "ECUGOV", "040"), ("ECUGOV", "PERGOV", "040")} <= got


@pytest.mark.parametrize("parser", PARSERS)
def test_a_state_in_parentheses_with_no_office_is_no_office_holder(parser):
    got = coded("The striker Lionel Messi (Argentina) met Cristiano Ronaldo (Portugal).", LIMA, parser)
    assert not any(s.endswith("GOV") or t.endswith("GOV") for s, t, _ in got)


@pytest.mark.parametrize("parser", PARSERS)
def test_meeting_in_the_capital_city_named_is_the_guests_visit(parser):
    assert ("TURGOV", "AZE", "042") in coded("Erdogan met Aliyev in the Azerbaijani capital city Baku.", LIMA, parser)


PRAGUE = date(2023, 11, 24)


@pytest.mark.parametrize("parser", PARSERS)
def test_agreeing_to_continue_joint_meetings_is_an_intent_to_meet(parser):
    got = coded("The two politicians agreed on continuing the tradition of joint meetings of the Czech and Slovak "
                "governments.", PRAGUE, parser)
    assert {("CZEGOV", "SVKGOV", "036"), ("SVKGOV", "CZEGOV", "036")} <= got
    assert not any(c == "040" for _, _, c in got)


YEREVAN = date(2019, 11, 5)


@pytest.mark.parametrize("parser", PARSERS)
def test_a_meeting_proposed_to_a_counterpart_is_the_proposers_offer(parser):
    got = coded("Armenian President Armen Sarkissian proposed his Greek counterpart to hold the next "
                "Armenia-Greece-Cyprus trilateral meeting in Armenia.", YEREVAN, parser)
    assert ("ARMGOV", "GRCGOV", "036") in got
    assert not any(t == "CYP" for _, t, _ in got)


@pytest.mark.parametrize("parser", PARSERS)
def test_a_meeting_whose_possibility_is_considered_has_not_happened(parser):
    got = coded("Armenia and Greece will consider the possibility to hold a trilateral meeting with Cyprus.",
                YEREVAN, parser)
    assert not any(c == "040" for _, _, c in got)


@pytest.mark.parametrize("parser", PARSERS)
def test_a_trilateral_meeting_of_ministers_held_in_a_capital(parser):
    got = coded("On June 4, 2019 the 1st Armenia-Greece-Cyprus trilateral meeting with the participation of the "
                "foreign ministers was held in Nicosia.", YEREVAN, parser)
    assert {("ARMGOV", "GRCGOV", "040"), ("CYPGOV", "ARMGOV", "040"), ("GRCGOV", "CYPGOV", "040"),
            ("ARMGOV", "CYP", "042"), ("GRCGOV", "CYP", "042")} <= got
    assert not any(s == "ARM" for s, _, _ in got)


@pytest.mark.parametrize("parser", PARSERS)
def test_a_press_conference_is_not_dated_by_the_report_before_said(parser):
    got = coded("The meeting will be held in Armenia next year, Sarkissian said during a joint press conference with "
                "President of Greece Procopios Pavlopolos in Yerevan.", YEREVAN, parser)
    assert ("GRCGOV", "ARMGOV", "036") not in got


@pytest.mark.parametrize("parser", PARSERS)
def test_a_visit_to_a_shrine_is_to_its_state(parser):
    got = coded_sentences("Iranian President Masoud Pezeshkian arrived in Baghdad. After his formal meetings, "
                          "Pezeshkian plans to visit the holy shrines of Imam Ali (AS), the first Imam of Shia "
                          "Muslims, in Najaf.", BAGHDAD, parser)[-1]
    assert ("IRNGOV", "IRQ", "036") in got and not any("REL" in s + t for s, t, _ in got)


@pytest.mark.parametrize("parser", PARSERS)
def test_a_states_adjective_in_a_compound_is_no_host(parser):
    got = coded("Putin will tour some of the Iranian-run projects in Basra, southern Iraq.", BAGHDAD, parser)
    assert ("RUSGOV", "IRQ", "036") in got and not any(t == "IRN" for _, t, _ in got)
