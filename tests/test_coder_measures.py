"""Measures that reduce relations: ending treaties and ties, border closures, and acts joined by "and"."""

from __future__ import annotations

from datetime import date

import pytest

from tests.coder_helpers import PARSERS, coded


D = date(2025, 4, 24)


def _events(text: str, parser: str = "none") -> set[tuple[str, str, str]]:
    return coded(text, D, parser)


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("text,expected", [
    ("Chad's government has ended its defence cooperation pact with France.", ("TCDGOV", "FRA", "160")),
    ("Russia withdrew from the treaty with the United States.", ("RUS", "USA", "160")),
    ("Mexico's government ended diplomatic ties with Ecuador.", ("MEXGOV", "ECU", "161")),
])
def test_ending_a_treaty_or_ties_reduces_relations(parser, text, expected):
    assert expected in _events(text, parser)


@pytest.mark.parametrize("parser", PARSERS)
def test_a_withdrawal_of_troops_is_no_treaty_exit_and_targets_whence(parser):
    got = _events("Russia withdrew its troops from Syria under the agreement.", parser)
    assert got == {("RUS", "SYR", "087")}


@pytest.mark.parametrize("parser", PARSERS)
def test_a_participle_equal_to_the_bare_verb_is_a_verb_after_have(parser):
    # "had cut" is a verb; "had support" stays a noun
    assert ("MEX", "ECU", "161") in _events("Mexico said it had cut diplomatic ties with Ecuador.", parser)
    assert ("RUS", "UKR", "190") in _events("Russia has hit Ukrainian cities.", parser)
    assert _events("The rebels had support from Moscow and Tehran.", parser) == set()


@pytest.mark.parametrize("parser", PARSERS)
def test_a_measure_joined_by_and_shares_the_parties_of_the_one_before(parser):
    text = "India on Wednesday suspended the Indus Waters Treaty with Pakistan and closed the Wagah-Attari border crossing."
    assert _events(text, parser) == {("IND", "PAK", "160"), ("IND", "PAK", "191")}


@pytest.mark.parametrize("parser", PARSERS)
def test_only_measures_inherit_and_only_without_a_party_of_their_own(parser):
    # an appeal is no measure; a new subject or an actor of its own keeps the second act apart
    assert _events("Azerbaijan condemned the attack on Armenia and called for calm.", parser) == {("AZE", "ARM", "111")}
    got = _events("India suspended the treaty with Pakistan and Pakistan closed the border.", parser)
    assert ("IND", "PAK", "191") not in got
    # a participle measure with no party of its own is the main subject's against the main clause's other party
    got = _events("India escalated tensions with Pakistan on Wednesday, suspending the Indus Waters Treaty and "
                  "shutting down the Attari border checkpoint.", parser)
    assert got == {("IND", "PAK", "160"), ("IND", "PAK", "191")}
    # ... but not when the subject is nobody's: a domestic measure stays uncoded
    got = _events("The military government declared a state of siege in Haiti, suspending parts of the constitution.", parser)
    assert not any(code == "160" for *_, code in got)


def test_announcing_the_suspension_of_a_treaty_reduces_relations_but_a_bare_suspension_does_not():
    got = _events("India announced the immediate suspension of the Indus Waters Treaty with Pakistan.")
    assert got == {("IND", "PAK", "160")}
    # suspending military operations is no cut in relations with whoever conducts them
    got = _events("The proposal accepted by Hamas included a suspension of Israeli military operations for 60 days.")
    assert not any(code == "160" for *_, code in got)


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("text,expected", [
    ("Turkey suspended all trade with Israel on Thursday.", ("TUR", "ISR", "163")),
    ("Turkey said late Thursday it had halted all trade with Israel.", ("TUR", "ISR", "163")),
    # "his government" is the speaker's, even where the bare word "government" was an unowned agent
    ("Turkish President Recep Tayyip Erdogan has said that his government has halted all trade with Israel.",
     ("TURGOV", "ISR", "163")),
])
def test_halting_trade_is_an_embargo(parser, text, expected):
    assert _events(text, parser) == {expected}


@pytest.mark.parametrize("text,expected", [
    ("The US has imposed new sanctions on Russia's two largest oil companies, Rosneft and Lukoil.", ("USA", "RUSBUS", "163")),
    ("Algeria earlier this week expelled 12 French officials after one of its consular staff was arrested.",
     ("DZA", "FRAGOV", "161")),
    ("Algeria announced on Monday that it has closed its airspace to all flights to and from Mali.", ("DZA", "MLI", "191")),
])
def test_companies_officials_and_airspace(text, expected):
    assert expected in _events(text)


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("text, expected, absent", [
    # ordering another state's officials out is an expulsion of diplomats
    ("France ordered 12 Algerian diplomats to leave Paris.", ("FRA", "DZAGOV", "161"), ("FRA", "DZAGOV", "174")),
    # ordering others out is an expulsion of individuals
    ("Russia ordered two Japanese journalists to leave the country.", ("RUS", "JPNMED", "174"), ("RUS", "JPNMED", "161")),
])
def test_ordering_someone_out_expels_them(parser, text, expected, absent):
    found = coded(text, D, parser)
    assert expected in found and absent not in found


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("text, expected", [
    ("Finland's government has announced the closure of the border with Russia.", ("FINGOV", "RUS", "191")),
    ("Jordan told the Israeli ambassador to stay away.", ("JOR", "ISRGOV", "161")),
])
def test_closing_a_border_and_keeping_an_envoy_away(parser, text, expected):
    assert expected in coded(text, D, parser)


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("text, expected", [
    # a dateline with a colon is where the story was filed, and the parser does not read it
    ("Mexico City: Mexican President Claudia Sheinbaum said she had reached an agreement with her U.S. "
     "counterpart Donald Trump.", ("MEXGOV", "USAGOV", "030")),
    ("Bangladesh's interim government sent a note verbale to India seeking the extradition of Sheikh Hasina.",
     ("BGDGOV", "IND", "0213")),
    ("China has dropped its tariffs against Australian barley.", ("CHN", "AUS", "085")),
    ("Japanese Prime Minister Fumio Kishida has committed his government to help rebuild Ukraine.",
     ("JPNGOV", "UKR", "033")),
    ("U.S. troops are departing some bases in Iraq.", ("USAMIL", "IRQ", "087")),
])
def test_requests_lifted_tariffs_pledged_aid_and_departures(parser, text, expected):
    assert expected in coded(text, D, parser)


@pytest.mark.parametrize("parser", PARSERS)
def test_an_act_noun_naming_a_kind_of_agreement_is_no_act(parser):
    text = "Bangladesh cited a prisoner exchange agreement with India."
    assert not [e for e in coded(text, D, parser) if e[2] == "0841"]


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("text", ["Warsaw: Poland has announced that it will no longer supply weapons to Ukraine.",
                                  "Poland will no longer supply weapons to Ukraine."])
def test_aid_that_will_no_longer_be_given_is_stopped(parser, text):
    """Not an announced arms sale (0332) nor a promise of military aid: a halt to it (1622)."""
    assert _events(text, parser) == {("POL", "UKR", "1622")}


def test_the_termination_of_diplomatic_relations_cuts_ties():
    assert _events("Sudan has announced the termination of diplomatic relations with the United Arab Emirates.") == {
        ("SDN", "ARE", "161")}
    got = _events("India announced the suspension of the Indus Waters Treaty with Pakistan.")
    assert got == {("IND", "PAK", "160")}


def test_what_is_alleged_is_not_reported_as_done():
    got = _events("The defence council made the decision public, citing allegations that the UAE has been providing "
                  "military support to the Rapid Support Forces.")
    assert not any(code[:2] == "07" for _, _, code in got)
    assert ("ARE", "SDNREB", "072") in _events("The UAE has been providing military support to the Rapid Support "
                                               "Forces.")


@pytest.mark.parametrize("parser", PARSERS)
def test_a_state_and_its_allies_act_together(parser):
    got = _events("Mali and its allies Burkina Faso and Niger recalled their ambassadors from Algeria.", parser)
    assert {("MLI", "DZA", "161"), ("BFA", "DZA", "161"), ("NER", "DZA", "161")} <= got
    assert {("RUS", "POL", "161"), ("BLR", "POL", "161")} <= _events(
        "Russia and its ally Belarus recalled their ambassadors from Poland.", parser)


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("text", ['Russia immediately vowed an "adequate response" to Poland.',
                                  "Iran vowed revenge against Israel.", "Iran vowed to respond to Israel."])
def test_a_vowed_response_is_a_threat(parser, text):
    """Not a promise to cooperate (030): a counter-blow announced and not yet named (130)."""
    assert {code for _, _, code in _events(text, parser)} == {"130"}


@pytest.mark.parametrize("parser", PARSERS)
def test_closing_another_states_consulate_reduces_relations(parser):
    got = _events("Poland's foreign minister ordered the closure of a Russian consulate.", parser)
    assert {code for _, _, code in got} == {"161"}
    # the closure of a border is still a blockade
    got = _events("Finland announced the closure of the border with Russia.", parser)
    assert {code for _, _, code in got} == {"191"}


@pytest.mark.parametrize("parser", PARSERS)
def test_an_accusation_of_it_after_a_measure_is_on_the_measures_target(parser):
    got = _events("Somalia announced it has severed diplomatic ties with Kenya, accusing it of interfering in "
                  "Somalia's sovereignty.", parser)
    assert got == {("SOM", "KEN", "161"), ("SOM", "KEN", "112")}
    # "calling it unlawful" is no phone call, and "it" the sanctions, not the EU again
    got = _events("Russia strongly condemned the latest European Union sanctions package, calling it unlawful.", parser)
    assert not [e for e in got if e[2] == "041"]
