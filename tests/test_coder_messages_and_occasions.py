"""A family name after "bin ... Al-", a topic after "touched on", an event (not a guest) "being hosted in" a state, a
host who "will be honoured to host", two visits in one sentence, a foreign affairs secretary, a visit "commenced"
after "an invitation extended by" its host, a message received from a leader, a leader "due in" a capital, an arrival
in "our country", what an old anniversary marks, a quotation that opens with "He", a title met on a visit to come, a
summit named by its two parties, "with whom he discussed", and "interested in further developing": the readings
session 38 took from its first blind batch (fresh590-600, eval/gold/session38.jsonl)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.coder_helpers import PARSERS, coded, coded_sentences

WHEN = date(2024, 6, 12)


@pytest.mark.parametrize("parser", PARSERS)
def test_a_family_name_after_the_lineage_and_a_topic_after_touched_on(parser):
    _, got = coded_sentences("Lebanese President Michel Aoun met Qatar Emir Sheikh Tamim bin Hamad Al-Thani in Doha. "
                             "Later talks between Aoun and Sheikh Al-Thani touched on expanding relations with "
                             "Lebanon.",
                             WHEN, parser)
    assert ("LBNGOV", "QATGOV", "046") in got and ("QATGOV", "LBNGOV", "046") in got
    assert not any(code[:2] == "05" for _, _, code in got)


@pytest.mark.parametrize("parser", PARSERS)
def test_an_event_hosted_in_a_state_is_attended_not_a_guest_received(parser):
    got = coded("Nigerian President Bola Tinubu will attend the opening of the Africa Cup being hosted in Ivory Coast.",
                WHEN, parser)
    assert {("NGAGOV", "CIV", "036"), ("CIV", "NGAGOV", "036")} <= got
    assert not any(code in ("042", "043") for _, _, code in got)


@pytest.mark.parametrize("parser", PARSERS)
def test_will_be_honoured_to_host_is_a_visit_to_come(parser):
    got = coded("Fiji will be honoured to host Samoan Prime Minister Fiame Naomi Mata'afa next week.", WHEN, parser)
    assert {("FJI", "WSMGOV", "036"), ("WSMGOV", "FJI", "036")} <= got and not any(c == "043" for _, _, c in got)


@pytest.mark.parametrize("parser", PARSERS)
def test_two_visits_one_each_way(parser):
    got = coded("President Ruto's state visit to Uganda follows President Museveni's state visit to Kenya in March "
                "2021.", date(2023, 5, 2), parser)
    assert {("KENGOV", "UGA", "042"), ("UGAGOV", "KEN", "042")} <= got


@pytest.mark.parametrize("parser", PARSERS)
def test_a_foreign_affairs_secretary_is_his_states_government(parser):
    got = coded("Also present at the meeting were Chinese Embassy officials and Fiji Foreign Affairs Secretary Luke "
                "Daunivalu.", WHEN, parser)
    assert ("CHNGOV", "FJIGOV", "040") in got and ("FJIGOV", "CHNGOV", "040") in got


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("invitation", ["an invitation extended by President Duma Boko",
                                        "an invitation from President Duma Boko"])
def test_a_visit_commenced_after_an_invitation_extended_by_the_host(parser, invitation):
    got = coded(f"President Hakainde Hichilema of Zambia has commenced a three-day state visit to Botswana, following "
                f"{invitation}.", WHEN, parser)
    assert ("ZMBGOV", "BWA", "042") in got and ("BWAGOV", "ZMBGOV", "036") in got


@pytest.mark.parametrize("parser", PARSERS)
def test_a_message_received_from_a_leader_is_the_senders_act(parser):
    got = coded("Kenyan President William Ruto received on Monday a letter from his Tanzanian counterpart, Samia "
                "Suluhu Hassan.", WHEN, parser)
    assert ("TZAGOV", "KENGOV", "040") in got and ("KENGOV", "TZAGOV", "040") not in got


@pytest.mark.parametrize("parser", PARSERS)
def test_due_in_a_capital_for_talks_is_a_visit_and_talks_to_come(parser):
    got = coded("Chilean President Gabriel Boric is due in Lima on Friday for talks with his Peruvian counterpart, "
                "Dina Boluarte.", date(2023, 5, 3), parser)
    assert {("CHLGOV", "PER", "036"), ("PER", "CHLGOV", "036"), ("CHLGOV", "PERGOV", "036")} <= got
    assert not any(c in ("042", "046") for _, _, c in got)


@pytest.mark.parametrize("parser", PARSERS)
def test_arriving_in_our_country_is_not_arriving_at_the_reporters(parser):
    got = coded("“The president of Chile is arriving in our country, he is doing it on Friday,” she told reporters.",
                WHEN, parser)
    assert not any("---MED" in (s, t) for s, t, _ in got)


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("number, old", [("89th", True), ("10th", False)])
def test_what_an_anniversary_marks_is_that_many_years_back(parser, number, old):
    got = coded(f"The trip comes on the {number} anniversary of the treaty that ended the war between Bolivia and "
                f"Paraguay.", WHEN, parser)
    assert (("BOL", "PRY", "190") in got) is not old


@pytest.mark.parametrize("parser", PARSERS)
def test_a_quotation_that_opens_with_he_and_a_reception_to_come(parser):
    _, got = coded_sentences("Burundian President Evariste Ndayishimiye will travel to Kenya on Friday. \"He will be "
                             "officially received by his host, President William Ruto,\" the Kenyan foreign ministry "
                             "said.", WHEN, parser)
    assert {("KENGOV", "BDIGOV", "036"), ("BDIGOV", "KENGOV", "036")} <= got
    assert not any(c == "043" for _, _, c in got)


@pytest.mark.parametrize("parser", PARSERS)
def test_a_title_met_on_a_visit_to_come_is_the_visited_states(parser):
    _, got = coded_sentences("Burundian President Evariste Ndayishimiye arrived in Dodoma on Friday. The ministry said "
                             "the Burundian leader will visit Zanzibar, where he will hold talks with President "
                             "Hussein Ali Mwinyi on Saturday.", WHEN, parser)
    assert ("BDIGOV", "TZAGOV", "036") in got and not any("---" in s + t for s, t, _ in got)


@pytest.mark.parametrize("parser", PARSERS)
def test_a_summit_named_by_its_parties_is_held_in_neither(parser):
    got = coded("Prime Minister Andrew Holness attended the first Canada-Caricom summit on Thursday.", WHEN, parser)
    assert ("JAMGOV", "CAN", "042") not in got


@pytest.mark.parametrize("parser", PARSERS)
def test_with_whom_he_discussed_adds_no_party(parser):
    got = coded("Prime Minister Andrej Plenkovic met Montenegrin Foreign Minister Ranko Krivokapic, with whom he "
                "discussed Montenegro's EU bid.", date(2022, 9, 13), parser)
    assert ("HRVGOV", "MNEGOV", "040") in got and ("HRVGOV", "MNE", "040") not in got


@pytest.mark.parametrize("parser", PARSERS)
def test_interested_in_further_developing_relations_is_an_intent(parser):
    got = coded("Plenkovic was quoted as saying that Croatia was interested in further developing bilateral ties with "
                "Montenegro.",
                date(2022, 9, 13), parser)
    assert ("HRV", "MNE", "032") in got
