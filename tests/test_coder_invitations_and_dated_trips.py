"""The trip of a main clause after an opening invitation ("At the invitation of Xi," / "Invited by Xi,"); one who
"left" his capital "for a visit"; a trip its year dates before the story; a day between an agreement and its
infinitive; a verb joined by "or" or "as well as" to a modal's; the taoiseach: the readings session 45 took from its
third blind batch (fresh891-898, eval/gold/session45.jsonl)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.coder_helpers import PARSERS, coded

WHEN = date(2018, 4, 9)


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("opening", ["At the invitation of Xi,", "Invited by Xi,"])
def test_the_main_clauses_trip_after_an_opening_invitation(parser, opening):
    got = coded(f"{opening} Van der Bellen headed a large delegation on his state visit to China, including Austrian "
                "Chancellor Sebastian Kurz.", WHEN, parser)
    assert {("AUTGOV", "CHN", "042"), ("CHNGOV", "AUTGOV", "036")} <= got
    assert ("AUTGOV", "CHN", "036") not in got


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("left", ["left Maputo on Monday", "departed on Monday"])
def test_one_who_left_for_a_visit_makes_it(parser, left):
    got = coded(f"Mozambican President Filipe Nyusi {left} for a six-day working visit to China.", date(2019, 4, 22),
                parser)
    assert ("MOZGOV", "CHN", "042") in got
    assert not any(source == "MOZ" for source, _, _ in got)


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("year, code", [("2016", "042"), ("2025", "036")])
def test_a_trip_its_year_dates_before_the_story_was_made(parser, year, code):
    got = coded(f"The upcoming meeting between Xi and Duda comes following Xi's {year} state visit to Poland.",
                date(2024, 6, 23), parser)
    assert ("CHNGOV", "POL", code) in got
    assert (("POL", "CHNGOV", "036") in got) == (code == "036")


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("day", ["on Monday", "Monday"])
def test_a_day_between_an_agreement_and_its_infinitive(parser, day):
    got = coded(f"China and Belgium agreed {day} to expand cooperation in such areas as investment.",
                date(2016, 10, 31), parser)
    assert {("CHN", "BEL", "030"), ("BEL", "CHN", "030")} <= got
    assert not any(code[:2] == "05" for _, _, code in got)


@pytest.mark.parametrize("parser", PARSERS)
def test_a_verb_joined_by_or_to_a_modals(parser):
    got = coded("Chinese President Xi Jinping will meet or hold talks with Danish Prime Minister Lars Loekke "
                "Rasmussen.", date(2017, 4, 28), parser)
    assert ("CHNGOV", "DNKGOV", "036") in got
    assert not any(code[:2] == "04" for _, _, code in got)


@pytest.mark.parametrize("parser", PARSERS)
def test_a_verb_joined_by_as_well_as_to_a_forecast(parser):
    got = coded("Mozambican President Filipe Nyusi is also expected to take part in a business forum as well as meet "
                "Chinese President Xi Jinping.", date(2019, 4, 22), parser)
    assert not any(code[:2] == "04" for _, _, code in got)


@pytest.mark.parametrize("parser", PARSERS)
def test_the_taoiseach_is_irelands_government(parser):
    got = coded("Chinese state broadcaster CCTV reported his arrival, marking the first visit to China by an Irish "
                "taoiseach since 2012.", date(2026, 1, 4), parser)
    assert ("IRLGOV", "CHN", "042") in got


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("received", ["has received in audience", "welcomed"])
def test_a_guest_received_on_a_working_visit_makes_it(parser, received):
    got = coded(f"Liberian President George Manneh Weah {received} Sierra Leone President Julius Maada Bio on a "
                "one-day working visit to Liberia.", date(2018, 5, 8), parser)
    assert {("LBRGOV", "SLEGOV", "043"), ("SLEGOV", "LBR", "042")} <= got
