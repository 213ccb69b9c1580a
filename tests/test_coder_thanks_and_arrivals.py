"""What a guest thanks a host for is the host's act; "touched down in" is an arrival and a tour "that would include
visits to" names stops to come; Oman's Majlis and Spain's regions; an office set off after a name the dictionary does
not know is the one received; ties pushed "to a new high"; two leaders' own intent after their meeting; meetings
"including with" a host: the readings session 44 took from its first blind batch (fresh837-848,
eval/gold/session44.jsonl)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.coder_helpers import PARSERS, coded

WHEN = date(2017, 9, 9)


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("what", ["the invitation to Kazakhstan", "inviting him", "the kind invitation"])
def test_thanks_for_an_invitation_name_the_hosts_invitation(parser, what):
    got = coded(f"Turkish President Recep Tayyip Erdogan thanked Kazakh President Nursultan Nazarbayev for {what}.",
                WHEN, parser)
    assert {("TURGOV", "KAZGOV", "051"), ("KAZGOV", "TURGOV", "036")} <= got


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("what", ["his warm welcome", "the generous hospitality", "the reception"])
def test_thanks_for_a_welcome_name_the_hosts_reception(parser, what):
    got = coded(f"Erdogan thanked Kazakh President Nursultan Nazarbayev for {what}.", WHEN, parser)
    assert ("KAZGOV", "TURGOV", "043") in got


@pytest.mark.parametrize("parser", PARSERS)
def test_gratitude_expressed_for_an_invitation(parser):
    got = coded("Erdogan expressed gratitude to Kazakh President Nursultan Nazarbayev for the invitation.", WHEN,
                parser)
    assert ("KAZGOV", "TURGOV", "036") in got


@pytest.mark.parametrize("parser", PARSERS)
def test_thanks_for_accepting_an_invitation_thank_the_guest(parser):
    got = coded("Nazarbayev thanked Turkish President Recep Tayyip Erdogan for accepting the invitation to visit "
                "Kazakhstan.", WHEN, parser)
    assert ("KAZGOV", "TURGOV", "051") in got
    assert not any(code in ("036", "043") for _, _, code in got)


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("place", ["Accra", "Accra, Ghana,"])
def test_touching_down_is_an_arrival(parser, place):
    got = coded(f"Indian President Pranab Mukherjee touched down in {place} on Sunday evening.", date(2016, 6, 13),
                parser)
    assert ("INDGOV", "GHA", "042") in got


@pytest.mark.parametrize("parser", PARSERS)
def test_touching_on_a_subject_is_no_arrival(parser):
    got = coded("Indian President Pranab Mukherjee touched on the situation in Ghana.", date(2016, 6, 13), parser)
    assert not any(code == "042" for _, _, code in got)


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("verb", ["touched down in", "arrived in", "landed in"])
def test_a_tour_that_would_include_visits_lists_stops_to_come(parser, verb):
    got = coded(f"Indian President Pranab Mukherjee {verb} Accra on Sunday, on the first leg of his state visit "
                "that would include visits to Namibia and Zambia.", date(2016, 6, 13), parser)
    assert ("INDGOV", "GHA", "042") in got
    assert not any(code == "042" and b in ("NAM", "ZMB") for _, b, code in got)


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("name", ["Majlis Ash'shura", "Majlis A'Shura"])
def test_omans_majlis_is_its_legislature(parser, name):
    got = coded(f"The Japanese Prime Minister received the Chairman of {name} in Tokyo.", date(2017, 4, 26), parser)
    assert ("JPNGOV", "OMNLEG", "043") in got


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("office", ["Chairman of Majlis Ash'shura", "the Omani Foreign Minister"])
def test_an_office_set_off_after_an_unknown_name_is_the_one_received(parser, office):
    got = coded(f"Emperor Akihito of Japan received at his palace on Wednesday Shaikh Khalid bin Hilal al Maawali, "
                f"{office}.", date(2017, 4, 26), parser)
    assert any(a == "JPNGOV" and b.startswith("OMN") and code == "043" for a, b, code in got)


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("region", ["the Canary Islands", "Catalonia"])
def test_a_regions_government_is_its_states(parser, region):
    got = coded(f"Mauritanian President Mohamed Ould Ghazouani welcomed Fernando Clavijo, the President of the "
                f"Government of {region}, in Nouakchott on Thursday.", date(2024, 9, 5), parser)
    assert ("MRTGOV", "ESPGOV", "043") in got


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("verb", ["push", "lift"])
def test_ties_pushed_to_a_new_high_are_widened(parser, verb):
    got = coded(f"China and Cote d'Ivoire agreed to {verb} their ties to a new high.", date(2018, 8, 31), parser)
    assert {("CHN", "CIV", "032"), ("CIV", "CHN", "032")} <= got


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("joint", ["where the two leaders agreed", "and the two leaders agreed"])
def test_two_leaders_intent_after_their_talks_is_both_sides(parser, joint):
    got = coded(f"Xi Jinping held talks with Ivorian President Alassane Ouattara in Beijing, {joint} to strengthen "
                "bilateral ties.", date(2018, 8, 31), parser)
    assert {("CHNGOV", "CIVGOV", "032"), ("CIVGOV", "CHNGOV", "032")} <= got


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("aim", ["deepening", "strengthening"])
def test_a_visit_aimed_at_deepening_ties_is_only_the_visit(parser, aim):
    # fresh613 and fresh733 code no intent for a visit "aimed at" widening ties (fresh842 codes 032; see
    # docs/annotation.md); the coder follows the two
    got = coded(f"Turkish President Recep Tayyip Erdogan arrived in Tunisia on Wednesday for a one-day visit aimed at "
                f"{aim} bilateral ties.", date(2017, 12, 27), parser)
    assert ("TURGOV", "TUN", "042") in got
    assert not any(code == "032" for _, _, code in got)


@pytest.mark.parametrize("parser", PARSERS)
def test_meetings_including_with_a_host_are_to_come(parser):
    got = coded("Erdogan's visit will be dominated by one-on-one meetings, including with Tunisian Prime Minister "
                "Youssef Chahed.", date(2017, 12, 27), parser)
    assert {("TURGOV", "TUNGOV", "036"), ("TUNGOV", "TURGOV", "036")} <= got
