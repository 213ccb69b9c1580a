"""A meeting named without its parties ("their discussions", "a long one-on-one discussion") is the
meeting of the pair of states the document named last; one named with others, or not the pair's, is not."""

from __future__ import annotations

from datetime import date

import pytest

from dyadwatch.coding.epithets import Epithets
from dyadwatch.coding.pairmeetings import PairMeetings
from dyadwatch.coding.pipeline import Sentencizer
from tests.coder_helpers import PARSERS, pipeline

D = date(2025, 5, 14)
OPENING = "Australian Prime Minister Anthony Albanese met Indonesian President Prabowo Subianto in Jakarta."


def _second(text: str, parser: str = "none", first: str = OPENING) -> set[tuple[str, str, str]]:
    _, [b] = pipeline(parser).story([first, text], D)
    return {(e.source.code, e.target.code, e.code) for e in b.events}


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("text, code", [
    ("Following their discussions, Albanese said ties had never been closer.", "040"),
    ("This was as close to a drop-in as protocol allows, and included a long, unplanned one-on-one discussion.", "040"),
    ("Both leaders then delved into extensive discussions on trade.", "040"),
    ("Their discussions will focus on regional security.", "036"),
])
def test_an_unowned_meeting_is_the_documents_pair(parser, text, code):
    assert {("AUSGOV", "IDNGOV", code), ("IDNGOV", "AUSGOV", code)} <= _second(text, parser)


@pytest.mark.parametrize("text", [
    "The meeting comes as tensions remain high across the region.",  # "the meeting": older gold leaves it
    "During the talks, Albanese said ties had never been closer.",
    "Their first trilateral summit will be held in Manila.",  # a third party
    "A source familiar with the negotiations said the deal was close.",  # "a" opens another noun
    "Their talks with Japan went well.",  # another party named after
    "In a joint press conference, Albanese said ties had never been closer.",  # no meeting of the pair
    "Russia said their talks were useless.",  # another state named before
])
def test_a_meeting_that_may_be_someone_elses_is_not_coded(text):
    assert not any(c[:2] == "04" for _, _, c in _second(text))


def test_the_pair_must_be_named_in_the_last_three_sentences():
    p = pipeline()
    filler = "Rain fell all day."
    *_, last = p.story([OPENING, filler, filler, filler, "Their discussions went well."], D)
    assert [e for s in last for e in s.events] == []


def test_a_sentence_with_its_own_meeting_gets_no_second_one():
    got = _second("Albanese met Prabowo again after their talks.")
    assert ("AUSGOV", "IDNGOV", "040") in got and not any(c == "046" for _, _, c in got)


def _alone(text: str) -> list:
    """The component on its own: actors and the document's memory (Epithets), no event coder before it."""
    p, memory = pipeline(), Epithets()
    meetings = PairMeetings(memory)
    sentences = Sentencizer()(text)
    for s in sentences:
        p.actors(s, D)
        s.mentions = memory(s.tokens, s.mentions)
    for k, s in enumerate(sentences):
        s.events = []
        meetings(s, k)
    return sentences


def test_the_parties_are_named_by_their_last_office_and_the_noun_is_the_span():
    text = OPENING + " Their talks went well."
    _, second = _alone(text)
    codes = {(e.source.code, e.target.code, e.code) for e in second.events}
    assert codes == {("AUSGOV", "IDNGOV", "046"), ("IDNGOV", "AUSGOV", "046")}
    e = second.events[0]
    assert text[e.verb_start:e.verb_end] == text[e.source.char_start:e.source.char_end] == "talks"


def test_no_pair_no_meeting():
    [s] = _alone("Their talks went well.")
    assert s.events == []
