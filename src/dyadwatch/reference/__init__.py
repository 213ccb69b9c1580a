"""Reference tables written by the dyadwatch authors from the public standards.

* ``cameo.csv``: every CAMEO 1.1b3 event code, a short label of our own, its Goldstein
  (1992) weight as published with CAMEO, and its PLOVER category.
* ``countries.csv``: ISO 3166 alpha-3/alpha-2, FIPS 10-4 (GDELT's geography fields) and names.
* ``country_aliases.csv`` / ``cameo_country_codes.csv``: other spellings and codes that
  resolve to an ISO3 code (ICEWS names, old CAMEO codes).
* ``regions.csv``: CAMEO regional actor codes and the two non-ISO codes dyadwatch uses
  (``XNK``, ``C5``).
* ``icews_sectors.csv``: ICEWS sector names mapped to CAMEO agent codes, with a priority.

Quad class: dyadwatch uses GDELT's root-code mapping (roots 01-05 verbal cooperation,
06-08 material cooperation, 09-13 verbal conflict, 14-20 material conflict).  See
``docs/reference.md`` for why.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from importlib import resources

QUAD_LABELS = {
    1: "verbal_coop",
    2: "material_coop",
    3: "verbal_conflict",
    4: "material_conflict",
}


def quad_class(root: str | int) -> int:
    """GDELT's quad class for a CAMEO root code ("01".."20")."""
    r = int(root)
    if not 1 <= r <= 20:
        raise ValueError(f"CAMEO root code out of range: {root!r}")
    if r <= 5:
        return 1
    if r <= 8:
        return 2
    if r <= 13:
        return 3
    return 4


@dataclass(frozen=True)
class CameoCode:
    code: str
    label: str
    goldstein: float
    plover: str | None

    @property
    def root(self) -> str:
        return self.code[:2]

    @property
    def base(self) -> str:
        return self.code[:3] if len(self.code) >= 3 else self.code

    @property
    def quad_class(self) -> int:
        return quad_class(self.root)

    @property
    def is_root(self) -> bool:
        return len(self.code) == 2


def _rows(name: str) -> list[dict[str, str]]:
    text = resources.files(__package__).joinpath("data", name).read_text("utf-8")
    return list(csv.DictReader(text.splitlines()))


@cache
def cameo_codes() -> dict[str, CameoCode]:
    """Every CAMEO event code, keyed by code (roots included)."""
    return {
        r["code"]: CameoCode(r["code"], r["label"], float(r["goldstein"]), r["plover"] or None)
        for r in _rows("cameo.csv")
    }


def root_codes() -> dict[str, CameoCode]:
    return {c: v for c, v in cameo_codes().items() if v.is_root}


@dataclass(frozen=True)
class Country:
    iso3: str
    iso2: str
    fips: str
    name: str


@cache
def countries() -> dict[str, Country]:
    """Countries keyed by ISO3."""
    return {r["iso3"]: Country(r["iso3"], r["iso2"], r["fips"], r["name"]) for r in _rows("countries.csv")}


@cache
def fips_to_iso3() -> dict[str, str]:
    return {c.fips: c.iso3 for c in countries().values()}


@cache
def regions() -> dict[str, str]:
    """Non-country actor codes (CAMEO regions, XNK, C5) and their names."""
    return {r["code"]: r["name"] for r in _rows("regions.csv")}


@cache
def cameo_to_iso3() -> dict[str, str]:
    """CAMEO country codes that differ from ISO3."""
    return {r["cameo"]: r["iso3"] for r in _rows("cameo_country_codes.csv")}


@cache
def name_to_iso3() -> dict[str, str]:
    """Country names and aliases (case-folded) to ISO3."""
    out = {c.name.casefold(): c.iso3 for c in countries().values()}
    out.update({r["alias"].casefold(): r["iso3"] for r in _rows("country_aliases.csv")})
    return out


@cache
def icews_sectors() -> dict[str, tuple[str, int]]:
    return {r["sector"]: (r["agent"], int(r["priority"])) for r in _rows("icews_sectors.csv")}


GROUPS = {"C5": ("KAZ", "KGZ", "TJK", "TKM", "UZB")}


def expand_group(code: str) -> list[str]:
    """A group code and its members (``C5`` → C5, KAZ, KGZ, TJK, TKM, UZB); else the code."""
    return [code, *GROUPS.get(code, ())]


def is_known_actor_country(code: str) -> bool:
    return code in countries() or code in regions() or code in cameo_to_iso3()


def normalize_country(code: str | None) -> str | None:
    """A CAMEO/ISO country code as ISO3 (regions and XNK/C5 pass through)."""
    if code is None:
        return None
    code = code.strip().upper()
    if not code:
        return None
    return cameo_to_iso3().get(code, code)
