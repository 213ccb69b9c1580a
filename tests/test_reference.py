"""Our reference tables against the public copies in ../shared/data."""

from __future__ import annotations

import csv
import json

from dyadwatch import reference


def _tsv(path):
    with open(path, encoding="latin-1") as fh:
        rows = list(csv.reader(fh, delimiter="\t"))
    return {r[0]: r[1] for r in rows[1:] if r}


def test_every_gdelt_cameo_code_is_ours_with_the_same_goldstein(shared):
    theirs = _tsv(shared / "gdelt_undp_bcpr_georgia/CAMEO.goldsteinscale.txt")
    ours = reference.cameo_codes()
    assert set(theirs) == set(ours)
    for code, value in theirs.items():
        assert ours[code].goldstein == float(value), code


def test_upstream_106_1056_defect_is_handled_not_copied(shared):
    lookups = shared / "gdelt_moxious_lookups_gkg/data"
    gold = _tsv(lookups / "CAMEO.goldsteinscale.txt")
    names = _tsv(lookups / "CAMEO.eventcodes.txt")
    assert "106" not in gold and "106:" in names["1056"]  # the defect is really there
    ours = reference.cameo_codes()
    assert ours["106"].goldstein == -5.0 and "withdraw" in ours["106"].label.lower()
    assert "106" not in ours["1056"].label and ours["1056"].goldstein == -5.0


def test_goldstein_matches_icews_cameo_table(shared):
    with open(shared / "icews_andybega/data-raw/cameo-codes.csv", encoding="latin-1") as fh:
        rows = list(csv.DictReader(fh))
    ours = reference.cameo_codes()
    code_col, gold_col = "code", "goldstein"
    # ICEWS's copy disagrees with GDELT's on four codes; we follow GDELT's published table.
    known = {"016": -5.0, "022": 3.4, "164": -6.5, "165": -7.0}
    compared = 0
    for r in rows:
        code = r[code_col].strip()
        if code in ours and r[gold_col] not in ("", "NA"):
            expected = ours[code].goldstein if code not in known else known[code]
            assert float(r[gold_col]) == expected, code
            compared += 1
    assert compared == 311


def test_quad_class_follows_gdelt_root_mapping(shared):
    with open(shared / "gdelt_py-gdelt_lookups/src/py_gdelt/lookups/data/cameo_codes.json") as fh:
        theirs = json.load(fh)
    ours = reference.cameo_codes()
    for code, entry in theirs.items():
        if code in ours:
            assert ours[code].quad_class == entry["quad_class"], code


def test_plover_mapping_matches_cameo2plover(shared):
    mapping = {}
    with open(shared / "PLOVER/CAMEO2PLOVER-2021.txt", encoding="utf-8") as fh:
        for line in fh:
            if ":" not in line or line.startswith("#"):
                continue
            code, rest = line.split(":", 1)
            mapping.setdefault(code.strip(), rest.split(",")[0].strip())
    ours = reference.cameo_codes()
    checked = 0
    for code, category in mapping.items():
        if code in ours and len(code) > 2:  # root 08 is listed under two categories upstream
            assert ours[code].plover == category, code
            checked += 1
    assert checked > 250
    assert all(c.plover is None for c in ours.values() if c.root == "01")  # statements: uncoded


def test_fips_iso3_pairs_match_gdelt_country_lookup(shared):
    with open(shared / "gdelt_py-gdelt_lookups/src/py_gdelt/lookups/data/countries.json") as fh:
        theirs = json.load(fh)
    ours = reference.fips_to_iso3()
    assert {f: v["iso3"] for f, v in theirs.items()} == {f: ours[f] for f in theirs}
    assert ours["RS"] == "RUS" and ours["AJ"] == "AZE" and ours["GG"] == "GEO"


def test_country_names_cover_icews_names(shared):
    names = reference.name_to_iso3()
    with open(shared / "text_to_CAMEO/countrynames.txt", encoding="utf-8", errors="replace") as fh:
        rows = [line.rstrip("\n").split("\t") for line in fh if "\t" in line]
    resolved = [r for r in rows if len(r) > 1 and len(r[1]) == 3 and r[1] != "---"]
    missing = [r[0] for r in resolved if r[0].casefold() not in names]
    assert len(missing) <= len(resolved) * 0.05, missing


def test_quad_class_rejects_out_of_range_roots():
    import pytest

    assert [reference.quad_class(r) for r in ("01", "05", "06", "08", "09", "13", "14", "20")] == [1, 1, 2, 2, 3, 3, 4, 4]
    with pytest.raises(ValueError):
        reference.quad_class("21")
