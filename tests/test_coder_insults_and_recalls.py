"""Insulting names as criticism and envoys withdrawn by a noun: the readings session 16 took from its fourth blind
round (fresh127-128)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.coder_helpers import PARSERS, coded, pipeline

D = date(2024, 10, 14)


@pytest.mark.parametrize("parser", PARSERS)
def test_naming_a_government_a_dictatorship_criticises_it(parser):
    got = coded("Bilateral relations had been on the brink of collapse after Pope Francis referred to the government "
                "of Socialist President Daniel Ortega in an interview last week as a dictatorship.", date(2023, 3, 19),
                parser)
    assert ("VATGOV", "NICGOV", "111") in got
    assert ("USAGOV", "CHNGOV", "111") in coded("Biden called Xi a dictator.", D, parser)
    # ruling as a dictator names no one judged
    assert not coded("Lukashenko has ruled Belarus as a dictator since 1994.", D, parser)


def test_a_withdrawal_of_envoys_cuts_relations():
    story = ["On Monday, India expelled six Canadian diplomats as tensions escalate between the two nations.",
             "The decision follows India's withdrawal of its High Commissioner and other diplomats after they were "
             "labeled as persons of interest by Ottawa."]
    second = {(e.source.code, e.target.code, e.code) for s in pipeline("none").story(story, D)[1] for e in s.events}
    assert second and all(e[2] == "161" for e in second)
    # troops withdrawn still withdraw
    assert ("FRA", "TCD", "087") in coded("France started the withdrawal of its troops from Chad.", D)


# fresh129-130 (round E)

@pytest.mark.parametrize("parser", PARSERS)
def test_a_list_of_three_invitees_does_not_hide_what_they_are_invited_to(parser):
    got = coded("Angolan President João Lourenço has invited the counterparts of Rwanda Paul Kagame, Democratic "
                "Republic of Congo Félix Tshisekedi, and Burundi Évariste Ndayishimiye, for a new summit in Luanda.",
                date(2022, 11, 22), parser)
    assert {("AGOGOV", "RWAGOV", "036"), ("AGOGOV", "CODGOV", "036"), ("AGOGOV", "BDIGOV", "036")} <= got


@pytest.mark.parametrize("parser", PARSERS)
def test_an_invitation_to_attend_an_event_is_an_intent_to_meet(parser):
    got = coded("The Angolan head of State also invited the former Kenyan President Uhuru Kenyatta to attend the "
                "event.", date(2022, 11, 22), parser)
    assert ("AGOGOV", "KENELI", "036") in got
    # an appeal to act is still an appeal
    assert ("USA", "RUS", "020") in coded("The United States invited Russia to reconsider its position.", D, parser)


# fresh131-132 (round F)

def test_a_father_surname_before_the_mothers_is_the_short_name():
    got = [{(e.source.code, e.target.code, e.code) for s in ss for e in s.events} for ss in pipeline("none").story(
        ["Bolivian President Luis Arce Catacora urged the new Chilean Government to discuss the dispute.",
         "Arce called on Chilean President Gabriel Boric to make the words of his predecessor his own."],
        date(2022, 3, 23))]
    assert ("BOLGOV", "CHLGOV", "020") in got[1]
    # after an office, the first of two names is the given name: alone later, it is the same person (session 40:
    # "Estonian Prime Minister Kristen Michal ... Kristen, who arrived"), and the surname is remembered too
    mentions = [[(m.text, m.code) for s in ss for m in s.mentions] for ss in pipeline("none").story(
        ["Bolivian Foreign Minister Rogelio Mayta arrived in Lima.", "Rogelio left, and Mayta met Peru's leader."], D)]
    assert ("Rogelio", "BOLGOV") in mentions[1] and ("Mayta", "BOLGOV") in mentions[1]
