"""States named by a description ("the Baltic nation", "its neighbour", "the country"): Epithets."""

from __future__ import annotations

from datetime import date

import pytest

from dyadwatch import reference
from dyadwatch.coding.epithets import Epithets, groups
from tests.coder_helpers import PARSERS, coded, pipeline

D = date(2024, 11, 29)


def _mentions(*sentences: str) -> list[tuple[str, str]]:
    """Mentions of the last sentence, the earlier ones read first as the same document."""
    p, memory = pipeline("none"), Epithets()
    for text in sentences:
        s = p.sentencizer(text)[0]
        p.actors(s, D)
        s.mentions = memory(s.tokens, s.mentions)
    return [(m.text, m.code) for m in s.mentions]


@pytest.mark.parametrize("text, phrase, code", [
    # a region word picks the last-named state of the region, not the last-named state
    ("China recalled its ambassador to Lithuania and expelled the Baltic nation's top representative to Beijing.",
     "the Baltic nation", "LTU"),
    # a neighbour is not the first actor's own state
    ("India unveiled measures against Pakistan on Wednesday, accusing its neighbour of supporting terrorism.",
     "its neighbour", "PAK"),
    ("Pakistan officials will hold talks in Qatar with their Afghan counterparts, a day after Islamabad launched "
     "air strikes on its neighbour.", "its neighbour", "AFG"),
    # after a preposition, "the country" is not the actor right before it
    ("After a gunman assaulted Azerbaijan's embassy in Iran's capital Tehran, Baku says it is evacuating staff "
     "from the country.", "the country", "IRN"),
    ("The Russian Foreign Ministry summoned the US ambassador less than an hour after the Biden administration "
     "announced new sanctions against the country.", "the country", "RUS"),
    ("Iran's president ordered a suspension of cooperation after U.S. and Israeli airstrikes on the country's "
     "nuclear facilities.", "the country", "IRN"),
    # a region word may point forward within its sentence
    ("The administration is trying to justify a criminal attack on the South American country, Maduro said.",
     "the South American country", "VEN"),
])
def test_a_description_is_the_last_named_state_that_fits(text, phrase, code):
    assert (phrase, code) in _mentions(text)


def test_the_document_lends_the_state_a_later_sentence_describes():
    found = _mentions("Poland closed two border crossings with Belarus on Friday.",
                      "Prime Minister Donald Tusk said Warsaw would keep them closed with the neighbouring nation.")
    assert ("the neighbouring nation", "BLR") in found


def test_an_office_of_the_described_state_is_that_states_office():
    found = _mentions("Turkey summoned the US ambassador on Monday.",
                      "In a written statement by the country's Foreign Ministry, officials protested the sanctions.")
    assert ("the country 's Foreign Ministry", "TURGOV") in found


@pytest.mark.parametrize("text", [
    # not one state already named
    "Honduras established ties with China, becoming the latest country to break away from Taiwan.",
    "Australia named China as the foreign state under investigation.",
    # "the state" of something, a formal name, a state's own office
    "Georgia declared the state of emergency after Russia moved troops.",
    "Trump met Erdogan at the State Department on Friday.",
    # nobody to stand for: no state is named before it, and no region word points forward
    "Officials said the country would answer the Russian sanctions.",
])
def test_no_state_where_the_description_names_none(text):
    assert not [m for m in _mentions(text) if m[0].lower().startswith(("the ", "its "))
                and m[0].split()[-1].lower() in ("country", "state", "nation")]


def test_a_description_that_adds_nobody_is_left_out():
    # China's ministry is already there: "the country's intention" is not a second, vaguer China
    found = _mentions("The Ministry of Commerce of China announced the country's intention to impose tariffs on U.S. goods.")
    assert not any(text.startswith("the country") for text, _ in found)


def test_every_region_lists_real_states():
    known = set(reference.countries())
    for word, members in groups().items():
        assert members and members <= known, word


@pytest.mark.parametrize("parser", PARSERS)
def test_an_act_on_a_described_state_is_coded(parser):
    text = "India unveiled measures against Pakistan on Wednesday, accusing its neighbour of supporting terrorism."
    assert ("IND", "PAK", "112") in coded(text, D, parser)


@pytest.mark.parametrize("parser", PARSERS)
def test_a_document_resolves_a_description_from_an_earlier_sentence(parser):
    doc = ("Lithuania allowed Taiwan to open a representative office in Vilnius. "
           "China on Tuesday expelled the Baltic nation's ambassador.")
    assert ("CHN", "LTU", "161") in coded(doc, D, parser) or ("CHN", "LTUGOV", "161") in coded(doc, D, parser)


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("doc, expected", [
    ("Mexican President Claudia Sheinbaum said she had reached an agreement with her U.S. counterpart Donald Trump. "
     "The two leaders reached a series of agreements on Monday.", {("MEXGOV", "USAGOV", "030"), ("USAGOV", "MEXGOV", "030")}),
    # deals sealed are concluded, 057, as the gold codes them (fresh382); the point here is the pair
    ("China and Vietnam signed agreements on Monday. The neighbors sealed 14 deals.",
     {("CHN", "VNM", "057"), ("VNM", "CHN", "057")}),
])
def test_a_pair_a_later_sentence_describes_is_the_documents_last_pair(parser, doc, expected):
    assert expected <= coded(doc, date(2025, 2, 3), parser)


def test_a_pair_description_with_no_pair_in_the_document_is_nobody():
    assert coded("The two leaders reached a series of agreements on Monday.", date(2025, 2, 3), "none") == set()


def test_the_countrys_office_belongs_to_the_state_named_before():
    found = _mentions("A statement from Japan's Foreign Ministry said that Takehiro Funakoshi, the country's vice "
                      "foreign minister, called in the Chinese ambassador.")
    assert ("the country 's vice foreign minister", "JPNGOV") in found


@pytest.mark.parametrize("text", ["The two discussed various issues.", "Ruto said they held talks on trade."])
def test_a_pair_without_a_noun_is_the_people_last_named(text):
    """"the two", "they" (opening a sentence or a reported clause) stand for the two leaders, not their states;
    "the two countries" stays the states."""
    got = _mentions("President William Ruto held talks with Ugandan president Yoweri Museveni in Entebbe.", text)
    assert {"KENGOV", "UGAGOV"} <= {code for _, code in got}
    got = _mentions("President William Ruto held talks with Ugandan president Yoweri Museveni in Entebbe.",
                    "The two countries signed a deal.")
    assert {"KEN", "UGA"} <= {code for _, code in got}



def test_the_two_presidents_are_the_last_two_in_office_not_the_last_two_states():
    got = _mentions("Turkish President Recep Tayyip Erdogan arrived in Azerbaijan's Nakhichevan exclave on Monday to "
                    "meet with his counterpart Ilham Aliyev.",
                    "The meeting comes days after Azerbaijan seized the enclave, which has a majority Armenian "
                    "population.",
                    "The two presidents were also due to discuss Nagorno-Karabakh.")
    assert {code for _, code in got} == {"TURGOV", "AZEGOV"}
    # "the two countries" are still the last two states named
    got = _mentions("Turkish President Recep Tayyip Erdogan met his counterpart Ilham Aliyev.",
                    "Azerbaijan and Armenia signed a deal on Monday.", "The two countries also agreed to meet.")
    assert {code for _, code in got} == {"AZE", "ARM"}
