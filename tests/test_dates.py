"""The date component alone: explicit dates, relative ones against the document date, and their invariants."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dyadwatch.coding import dates

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
refs = st.dates(min_value=date(1991, 1, 1), max_value=date(2030, 12, 31))


@given(refs, st.sampled_from(WEEKDAYS))
def test_on_a_weekday_is_the_latest_such_day_not_after_the_document(ref, day):
    got = dates.resolve(f"Aliyev met Pashinyan on {day}.", ref)
    assert got.strftime("%A") == day and ref - timedelta(days=6) <= got <= ref


@given(refs, st.sampled_from(WEEKDAYS))
def test_last_weekday_is_strictly_before_the_document(ref, day):
    got = dates.resolve(f"They spoke last {day}.", ref)
    assert got.strftime("%A") == day and ref - timedelta(days=7) <= got < ref


@given(refs, st.integers(1, 12), st.integers(1, 28))
def test_a_date_without_a_year_is_never_far_in_the_future(ref, month, day):
    name = date(2000, month, 1).strftime("%B")
    got = dates.resolve(f"The talks were held on {day} {name}.", ref)
    assert got.month == month and got.day == day
    assert ref - timedelta(days=366) < got <= ref + timedelta(days=7)


@given(refs)
def test_explicit_dates_ignore_the_document_date(ref):
    assert dates.resolve("The declaration was signed on 8 August 2025 at the White House.", ref) == date(2025, 8, 8)
    assert dates.resolve("Talks resumed on 2023-09-17 in Istanbul.", ref) == date(2023, 9, 17)


@pytest.mark.parametrize("text,expected", [
    ("They met yesterday.", date(2024, 3, 13)),
    ("They met today.", date(2024, 3, 14)),
    ("They met last week.", date(2024, 3, 7)),
    ("They met last month.", date(2024, 2, 14)),
    ("They met last year.", date(2023, 3, 14)),
    ("They met earlier this week.", date(2024, 3, 13)),  # a Thursday: the day before
    ("They met on 31 February.", date(2024, 3, 14)),  # no such day: the document's date stands
    ("They met in September 2023.", date(2024, 3, 14)),  # a month is not a day: the document's date stands
])
def test_relative_and_impossible_dates(text, expected):
    assert dates.resolve(text, date(2024, 3, 14)) == expected


def test_month_precision_is_reported_and_undated_documents_stay_undated():
    found = dates.explicit_dates("The Madrid principles of November 2007 and 10 May 2008.", None)
    assert [(d, p) for d, p, _ in found] == [(date(2007, 11, 1), "month"), (date(2008, 5, 10), "day")]
    assert dates.resolve("They met on Monday.", None) is None
    assert dates.resolve("They met on 17 September.", None) is None  # no year and nothing to take it from
