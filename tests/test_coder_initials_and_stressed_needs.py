"""Initials that end no sentence ("V.K. Singh"); India's ministers by their Indian titles; a seat named after its
city; "will be in" a state; a bare weekday after a simple present; a need or a gerund stressed by a joint subject;
a state's rank among the first to establish relations; "the meeting of X with Y"; a subject set off by dashes: the
readings session 46 took from its first blind batch (fresh899-910, eval/gold/session46.jsonl)."""

from __future__ import annotations

from datetime import date

import pytest

from dyadwatch.coding.text import split_sentences
from tests.coder_helpers import PARSERS, coded, coded_sentences

WHEN = date(2017, 9, 1)


def test_initials_end_no_sentence():
    text = "Minister V.K. Singh met his Spanish counterpart. J. Smith said so. The talks ended."
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "Minister V.K. Singh met his Spanish counterpart.", "J. Smith said so.", "The talks ended."]


# (spaCy parses "General (retired)" as a clause of its own, with "Singh", a name the dictionary lacks, its subject;
# the word order reads the title, so the patterns mode alone codes that one)
@pytest.mark.parametrize("parser, office", [
    ("none", "Union Minister of State for External Affairs General (retired) V.K. Singh")]
    + [(parser, office) for parser in PARSERS for office in ("Union Minister of State for External Affairs V.K. Singh",
                                                             "External Affairs Minister Rao", "Union Minister Rao")])
def test_indias_ministers_by_their_indian_titles(parser, office):
    got = coded(f"{office} met his Spanish counterpart, Ignacio Ybanez, in New Delhi.", WHEN, parser)
    assert {("INDGOV", "ESPGOV", "040"), ("ESPGOV", "INDGOV", "040")} <= got


@pytest.mark.parametrize("parser", PARSERS)
def test_the_european_unions_minister_stays_the_unions(parser):
    got = coded("The European Union Minister met his Spanish counterpart.", WHEN, parser)
    assert not any("IND" in source or "IND" in target for source, target, _ in got)


@pytest.mark.parametrize("parser", PARSERS)
def test_talks_at_a_seat_named_after_its_city(parser):
    got = coded("Prime Minister Narendra Modi and Portuguese President Marcelo Rebelo de Sousa held talks at the "
                "Hyderabad House on Friday.", date(2020, 2, 14), parser)
    assert ("PRTGOV", "IND", "042") in got


@pytest.mark.parametrize("parser", PARSERS)
def test_will_be_in_a_state_is_a_visit_to_come(parser):
    got = coded("Cypriot President Nicos Anastasiades will be in India on a state visit from today.",
                date(2017, 4, 25), parser)
    assert {("CYPGOV", "IND", "036"), ("IND", "CYPGOV", "036")} <= got
    assert ("CYPGOV", "IND", "042") not in got


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("day, code", [("Thursday", "036"), ("Wednesday", "042")])
def test_a_bare_weekday_after_a_simple_present(parser, day, code):
    # the story is of Wednesday 22 April 2009
    got = coded(f"Indian President Pratibha Patil arrives in Poland on a four-day visit {day}.", date(2009, 4, 22),
                parser)
    assert ("INDGOV", "POL", code) in got
    assert ("INDGOV", "POL", "042" if code == "036" else "036") not in got


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("stressed", ["stressed the need to expand cooperation",
                                      "stressed the importance of deepening ties",
                                      "also emphasised the need to widen collaboration in various fields"])
def test_a_need_a_joint_subject_stresses_is_meant_with_each_other(parser, stressed):
    got = coded(f"Meloni and Modi {stressed}.", date(2023, 3, 2), parser)
    assert {("ITAGOV", "INDGOV", "032"), ("INDGOV", "ITAGOV", "032")} <= got


@pytest.mark.parametrize("parser", PARSERS)
def test_both_leaders_stressing_a_need_after_their_talks(parser):
    got = coded_sentences("Italian Prime Minister Giorgia Meloni held talks with PM Narendra Modi. Officials said both "
                          "leaders stressed the need to widen collaboration in various fields.", date(2023, 3, 2),
                          parser)
    assert {("ITAGOV", "INDGOV", "032"), ("INDGOV", "ITAGOV", "032")} <= got[1]


@pytest.mark.parametrize("parser", PARSERS)
def test_a_gerund_stressed_is_meant(parser):
    got = coded("Portuguese President Sousa stressed on strengthening the friendship between India and Portugal.",
                date(2020, 2, 14), parser)
    assert ("PRTGOV", "IND", "032") in got
    assert ("PRTGOV", "IND", "050") not in got


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("rank", ["Sweden is the first western country", "Sweden was one of the first countries"])
def test_a_rank_among_the_first_to_establish_relations_is_history(parser, rank):
    got = coded(f"Premier Li noted that {rank} to establish diplomatic relations with China.", date(2015, 3, 27),
                parser)
    assert not any(code == "054" for _, _, code in got)


@pytest.mark.parametrize("parser", PARSERS)
def test_becoming_the_first_to_establish_relations_is_an_act(parser):
    got = coded("Bhutan became the first country to establish diplomatic relations with Israel this week.",
                date(2020, 12, 14), parser)
    assert ("BTN", "ISR", "054") in got


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("sentence, code", [
    ("It will be the second meeting of a Czech head of state with a Chinese opposite number.", "036"),
    ("The meeting of the Czech president with Xi took place on Monday.", "040")])
def test_the_meeting_of_one_with_another(parser, sentence, code):
    got = coded(sentence, date(2014, 1, 21), parser)
    assert {("CZEGOV", "CHNGOV", code), ("CHNGOV", "CZEGOV", code)} <= got


@pytest.mark.parametrize("parser", PARSERS)
def test_a_subject_set_off_by_dashes(parser):
    got = coded("The Belgian royal couple — King Philippe and his wife, Queen Mathilde — are on a state visit to "
                "India.", date(2017, 11, 8), parser)
    assert ("BELGOV", "IND", "042") in got
