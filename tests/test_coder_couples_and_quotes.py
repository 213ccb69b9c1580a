"""A meeting's purpose after its place and day, a past stay ("had been in"), "the duo", "the two PMs", an invitation
answering a visit that names no state, opposition as a stance, a quotation whose speaker is named before it opens
and runs on, a royal couple named after an opening phrase, then "Their Majesties" and "they", and the couple's
"their" visit: the readings session 36 took from its third blind batch (fresh546-557, eval/gold/session36.jsonl)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.coder_helpers import PARSERS, coded, coded_sentences

DAY = date(2023, 4, 24)


@pytest.mark.parametrize("parser", PARSERS)
def test_what_a_meeting_to_come_is_for_is_no_talk_held(parser):
    got = coded("French President Emmanuel Macron and Madagascar's President Andry Rajoelina will meet in Paris on "
                "Monday to discuss the future of the Scattered Islands.", date(2025, 6, 30), parser)
    assert {("FRAGOV", "MDGGOV", "036"), ("MDGGOV", "FRAGOV", "036")} <= got and not any(c == "040" for *_, c in got)


@pytest.mark.parametrize("parser", PARSERS)
def test_a_leader_who_had_been_in_a_state_visited_it(parser):
    assert ("BLRGOV", "CHN", "042") in coded("In February, Lukashenko had been in China on a state visit.",
                                             date(2023, 12, 3), parser)


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("second, code", [
    ("The statement says that the duo will hold talks on Wednesday.", "036"),
    ("The two PMs held talks after that.", "046"),
])
def test_the_duo_and_the_two_pms_are_the_pair(parser, second, code):
    _, got = coded_sentences("Tanzanian President John Magufuli arrived in Lilongwe at the invitation of President "
                             "Arthur Mutharika of Malawi. " + second, date(2019, 4, 24), parser)
    assert {("TZAGOV", "MWIGOV", code), ("MWIGOV", "TZAGOV", code)} <= got


@pytest.mark.parametrize("parser", PARSERS)
def test_an_invitation_answered_by_a_visit_that_names_no_state(parser):
    _, got = coded_sentences("Tanzanian President John Magufuli has arrived in Lilongwe, Malawi. Magufuli's first "
                             "foreign State visit this year comes in response to the invitation of his counterpart, "
                             "President Arthur Mutharika of Malawi.", date(2019, 4, 24), parser)
    assert ("MWIGOV", "TZAGOV", "036") in got


@pytest.mark.parametrize("parser", PARSERS)
def test_opposition_from_a_state_is_a_stance_not_its_opposition(parser):
    got = coded("France on Monday refused to halt the operation, despite opposition from the neighbouring Comoros.",
                DAY, parser)
    assert not any(s.endswith("OPP") or t.endswith("OPP") for s, t, _ in got)


@pytest.mark.parametrize("parser", PARSERS)
def test_a_quotation_opened_after_its_speaker_runs_on(parser):
    _, _, third = coded_sentences(
        "Prime Minister Narendra Modi arrived in Port Louis on Tuesday. Taking to X, PM Modi posted, \"Landed in "
        "Mauritius. I will meet President Dharam Gokhool of Mauritius later today.\"", date(2025, 3, 11), parser)
    assert {("INDGOV", "MUSGOV", "036"), ("MUSGOV", "INDGOV", "036")} <= third


@pytest.mark.parametrize("parser", PARSERS)
def test_a_royal_couple_is_they_and_their_majesties(parser):
    first, second, third = coded_sentences(
        "On the 6th and 7th of July, King Willem-Alexander and Queen Maxima of the Netherlands carried out engagements "
        "for the second day of their State Visit to Germany. On Tuesday, Their Majesties started the day with a visit "
        "to the Bundestag. Afterwards, they visited a museum of modern art in Berlin.", date(2021, 7, 8), parser)
    assert all(("NLDGOV", "DEU", "042") in got for got in (first, second, third))
