"""A quotation running over several sentences of a document: its speaker, named where it closes, speaks
its first sentences too."""

from __future__ import annotations

from datetime import date

from tests.coder_helpers import pipeline

D = date(2024, 2, 11)


def _codes(sentence, text):
    return [m.code for m in sentence.mentions if m.text == text]


def test_the_speaker_named_where_a_quotation_closes_speaks_its_first_sentences():
    story = ("President Ilham Aliyev congratulated Irakli Kobakhidze. "
             "“We place special importance on the relations between Azerbaijan and Georgia. "
             "I am confident that our friendship will develop,” Aliyev said in his message.")
    _, second, third = pipeline()(story, D)
    assert _codes(second, "We") == ["AZEGOV"]
    assert _codes(third, "I") == ["AZEGOV"]


def test_a_middle_sentence_without_quote_marks_is_inside_the_quotation():
    story = ("“We met the Georgian prime minister. We discussed the railway. "
             "We will sign a treaty,” Aliyev said.")
    first, second, third = pipeline()(story, D)
    assert _codes(first, "We") == _codes(second, "We") == _codes(third, "We") == ["AZEGOV"]


def test_a_quotation_never_closed_has_no_speaker():
    story = "Aliyev spoke on Monday. “We place special importance on the relations with Georgia."
    _, second = pipeline()(story, D)
    assert _codes(second, "We") == []
