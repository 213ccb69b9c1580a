"""The modality component alone: how a verb is governed, and the CAMEO code of an act so governed."""

from __future__ import annotations

import pytest

from dyadwatch.coding import modality
from dyadwatch.coding.text import tokenize


def how(sentence: str, verb: str) -> str | None:
    tokens = tokenize(sentence)
    return modality.announced(tokens, next(t.i for t in tokens if t.text == verb))


@pytest.mark.parametrize("sentence,verb,expected", [
    ("Israel will free the prisoners.", "free", "modal"),
    ("Israel would soon free the prisoners.", "free", "modal"),
    ("Israel is ready to free the prisoners.", "free", "modal"),
    ("Israel prepared to free the prisoners.", "free", None),  # a verb of preparing, not a promise
    ("Israel agreed to free the prisoners.", "free", "commissive"),
    ("Israel has vowed to strike back.", "strike", "commissive"),
    ("Israel refused to free the prisoners.", "free", "refusal"),
    ("Israel will not free the prisoners.", "free", "refusal"),
    ("Israel won't free the prisoners.", "free", "refusal"),
    # a journey's purpose is still to come; an infinitive after an act done is not
    ("Erdogan arrived in Nakhchivan on Monday to meet with Aliyev.", "meet", "modal"),
    ("The Sultan landed in Tehran for a two-day trip to discuss security.", "discuss", "modal"),
    ("Erdogan arrived in Baku, and went on to meet Aliyev.", "meet", None),
    ("Erdogan used the summit to meet Aliyev.", "meet", None),
    ("Syria must free the prisoners.", "free", "demand"),
    ("Israel freed the prisoners.", "freed", None),
    ("Poland will no longer supply weapons.", "supply", "halt"),
])
def test_how_a_verb_is_governed(sentence, verb, expected):
    assert how(sentence, verb) == expected


@pytest.mark.parametrize("code,governed,expected", [
    ("0841", "modal", "0353"), ("040", "modal", "036"), ("057", "modal", "030"),
    ("051", "modal", "032"), ("073", "commissive", "0333"),
    ("190", "modal", "138"), ("163", "commissive", "1312"), ("164", "modal", "134"), ("18", "modal", "1383"),
    ("087", "demand", "1056"), ("046", "demand", "106"), ("190", "demand", "100"), ("111", "demand", "111"),
    ("040", "refusal", "125"), ("0841", "refusal", "1243"), ("190", "refusal", None),
    ("111", "modal", "111"),  # a criticism announced is still a criticism
])
def test_codes_of_announced_acts(code, governed, expected):
    assert modality.announced_code(code, governed) == expected


def test_every_mapped_code_is_a_cameo_code():
    from dyadwatch import reference

    known = reference.cameo_codes()
    tables = (modality._INTENT, modality._THREAT, modality._DEMAND, modality._REJECT, modality._APPEAL)
    assert all(code in known for table in tables for code in table.values())


@pytest.mark.parametrize("directive,asked,expected", [
    ("020", "063", "0213"), ("020", "073", "0233"), ("020", "087", "0256"), ("020", "040", "026"),
    ("020", "045", "028"), ("100", "081", "1051"), ("100", "046", "106"), ("020", "190", "020"),
    ("0256", "087", "0256"),  # a specific appeal stays as it is
])
def test_an_appeal_or_demand_is_made_specific_by_what_it_asks_for(directive, asked, expected):
    assert modality.asked_code(directive, asked) == expected


@pytest.mark.parametrize("code, expected", [("072", "1622"), ("071", "1621"), ("073", "1623"), ("070", "162"),
                                            ("046", "164"), ("111", None)])
def test_aid_or_talks_that_stop_are_reduced(code, expected):
    """"will no longer supply weapons" stops military aid (1622); a halted act with no reduction in CAMEO is none."""
    assert modality.announced_code(code, "halt") == expected

