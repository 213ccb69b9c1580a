"""Brokers of agreements and talks, acts a document binds a party to, and names the office of a
conjoined holder gives: the readings session 16 took from its first blind round (fresh121-122)."""

from __future__ import annotations

from datetime import date

import pytest

from dyadwatch.coding import actors as actor_dicts
from dyadwatch.coding.events import CodedEvent
from dyadwatch.coding.mediators import Mediators
from dyadwatch.coding.mentions import Mention
from dyadwatch.coding.text import tokenize
from tests.coder_helpers import PARSERS, coded

D = date(2025, 6, 27)


def _codes(text: str) -> list[str]:
    return [m.code for m in actor_dicts.bundled().find(tokenize(text), D)]


@pytest.mark.parametrize("parser", PARSERS)
def test_a_compound_broker_mediates_between_the_parties(parser):
    got = coded("Rwanda and the Democratic Republic of Congo signed a US-brokered peace agreement in Washington.", D,
                parser)
    assert {("USA", "RWA", "045"), ("USA", "COD", "045"), ("RWA", "COD", "057")} <= got


@pytest.mark.parametrize("parser", PARSERS)
def test_a_by_phrase_names_the_brokers(parser):
    got = coded("Serbia and Kosovo resumed the dialogue facilitated by the European Union and the United States.", D,
                parser)
    assert {("IGOEUREEC", "SRB", "045"), ("IGOEUREEC", "XKX", "045"), ("USA", "SRB", "045"),
            ("USA", "XKX", "045")} <= got


def test_under_the_mediation_of_names_a_broker_no_party():
    got = coded("At the meeting in Luanda, under the mediation of Angola, the DRC and Rwanda reached an agreement.",
                D, "none")
    assert ("COD", "RWA", "030") in got
    assert not any(e[2] == "030" and "AGO" in e[:2] for e in got)  # the broker signs nothing


def test_under_a_states_auspices():
    got = coded("Armenia and Turkey held talks in Moscow under Russia's auspices.", D, "none")
    assert {("RUS", "ARM", "045"), ("RUS", "TUR", "045")} <= got


def test_a_party_is_no_broker():
    got = coded("The US and Iran held US-brokered talks in Oman.", D, "none")
    assert not any(e[2] == "045" for e in got)


def test_a_broker_of_nothing_the_sentence_codes_mediates_nothing():
    assert not any(e[2] == "045" for e in coded("A Qatari-brokered deal collapsed on Tuesday.", D, "none"))


def test_the_component_alone():
    tokens = tokenize("Israel and Hamas agreed to a Qatari-mediated truce.")
    israel, hamas = (Mention(0, 1, 0, 6, "ISR", "state", "Israel"), Mention(2, 3, 11, 16, "PSEREBHMS", "org", "Hamas"))
    events = [CodedEvent(israel, hamas, "0356", 17, 23, "agreed"), CodedEvent(hamas, israel, "0356", 17, 23, "agreed")]
    got = Mediators(actor_dicts.bundled())(tokens, [israel, hamas], events, D)
    assert {(e.source.code, e.target.code, e.code) for e in got[2:]} == {("QAT", "ISR", "045"),
                                                                       ("QAT", "PSEREBHMS", "045")}
    one_way = Mediators(actor_dicts.bundled())(tokens, [israel, hamas], events[:1], D)
    assert len(one_way) == 1  # one side's act has no parties to mediate between


@pytest.mark.parametrize("parser", PARSERS)
def test_an_act_a_document_requires_is_not_done(parser):
    assert not any(e[2] == "087" for e in coded("The deal requires Rwanda to withdraw troops from Congo within "
                                                 "90 days.", D, parser))
    assert not any(e[2] == "087" for e in coded("The accord obliges Russia to withdraw its troops from Georgia.",
                                                 D, parser))
    # the promise itself is the party's
    assert ("RUS", "GEO", "0356") in coded("Russia committed to withdraw its troops from Georgia.", D, parser)


def test_bare_congo_is_the_democratic_republic():
    assert _codes("fighting in eastern Congo") == ["COD"]
    assert _codes("the Republic of Congo and Gabon") == ["COG", "GAB"]
    assert _codes("Congo-Brazzaville") == ["COG"]


def test_a_holder_conjoined_with_an_office_holder_shares_the_office():
    codes = _codes("with Rwandan Foreign Minister Olivier Nduhungirehe and DR Congo's Thérèse Kayikwamba Wagner.")
    assert codes == ["RWAGOV", "CODGOV"]
    # not without an office holder before it
    assert _codes("with Rwanda and DR Congo's Thérèse Kayikwamba Wagner.") == ["RWA", "COD"]


@pytest.mark.parametrize("parser", PARSERS)
def test_the_brokers_of_a_deal_signed_are_no_signatories(parser):
    got = coded("Armenia and Azerbaijan signed a peace deal brokered by the United States and Russia.", D, parser)
    assert {("ARM", "AZE", "057"), ("AZE", "ARM", "057"), ("USA", "ARM", "045"), ("RUS", "AZE", "045")} <= got
    assert not any(e[2] == "057" and {"USA", "RUS"} & set(e[:2]) for e in got)
