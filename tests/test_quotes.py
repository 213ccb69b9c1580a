"""First-person pronouns in quotations take their speaker's code: the QuoteSpeakers component."""

from __future__ import annotations

from datetime import date

import pytest

from dyadwatch.coding.quotes import QuoteSpeakers, quoted_spans
from dyadwatch.coding.text import tokenize
from tests.coder_helpers import PARSERS, coded, pipeline

D = date(2024, 6, 12)


def _events(text: str, parser: str = "none") -> set[tuple[str, str, str]]:
    return coded(text, D, parser)


def test_quoted_spans_pair_marks_and_close_a_quotation_begun_earlier():
    toks = tokenize('“We left,” he said, and "they stayed".')
    spans = quoted_spans(toks)
    assert [[t.text for t in toks[a:b]] for a, b in spans] == [["We", "left", ","], ["they", "stayed"]]
    toks = tokenize("the treaty is dead,” the minister said.")
    assert quoted_spans(toks) == [(0, 5)]


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("text", [
    '"We have frozen our membership of the CSTO," Pashinyan told Armenian news agency Armenpress.',
    "“In practice, we have frozen our participation in the CSTO,” Armenian Prime Minister Nikol Pashinyan said.",
    "Pashinyan said: “We have frozen our membership of the CSTO.”",
])
def test_we_in_a_quotation_is_its_speaker(parser, text):
    assert _events(text, parser) == {("ARMGOV", "IGOCASCSTO", "160")}


def test_the_one_quoted_not_the_one_quoting_and_no_speaker_no_code():
    s = pipeline("none").sentencizer('"I announce new aid for Ukraine," the White House quoted President Joe Biden as saying.')[0]
    pipeline("none").actors(s, D)
    QuoteSpeakers()(s)
    assert [(m.text, m.code) for m in s.mentions if m.kind == "anaphor"] == [("I", "USAGOV")]
    # nobody named next to the quotation: "we" stays uncoded
    assert _events('"We have frozen our membership of the CSTO," a source said.') == set()


def test_a_tweet_names_its_speaker():
    got = coded('"We welcome the statements by Turkey on normalisation," tweeted Blinken.', date(2021, 12, 15))
    assert any(s == "USAGOV" for s, _, _ in got)
