"""GDELT 1.0 (57 and 58 columns) and GDELT 2.0 (61 columns) event files.

Raw files are tab separated with no header, plain or zipped.  Exports made with pandas,
R or BigQuery carry a header row, often quoting, ``NA`` for null, extra columns, or an
unnamed leading row-index column; those are mapped by header name.
"""

from __future__ import annotations

import csv
import re
from functools import partial
from pathlib import Path

from dyadwatch.errors import NotAnEventFile
from dyadwatch.sources.base import Layout, ReadPlan, normalize_name, read_head

_ACTOR = ["Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
          "Religion2Code", "Type1Code", "Type2Code", "Type3Code"]
_GEO1 = ["Type", "FullName", "CountryCode", "ADM1Code", "Lat", "Long", "FeatureID"]
_GEO2 = ["Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID"]


def _spec(geo: list[str], url: bool) -> list[str]:
    names = ["GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate"]
    names += [f"Actor1{c}" for c in _ACTOR] + [f"Actor2{c}" for c in _ACTOR]
    names += ["IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
              "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone"]
    for who in ("Actor1Geo", "Actor2Geo", "ActionGeo"):
        names += [f"{who}_{c}" for c in geo]
    names += ["DATEADDED"] + (["SOURCEURL"] if url else [])
    return names


GDELT1_57 = _spec(_GEO1, url=False)
GDELT1_58 = _spec(_GEO1, url=True)
GDELT2_61 = _spec(_GEO2, url=True)

# Types the CSV reader enforces (a failure is a quarantined row); everything else is text.
_TYPES = {
    "sqldate": "DATE",
    "goldsteinscale": "DOUBLE",
    "nummentions": "DOUBLE",
    "numsources": "DOUBLE",
    "numarticles": "DOUBLE",
    "avgtone": "DOUBLE",
    "actiongeolat": "DOUBLE",
    "actiongeolong": "DOUBLE",
}
_ALIASES = {"day": "sqldate", "sourceurl": "sourceurl", "globaleventid": "globaleventid"}
CANONICAL = {normalize_name(n) for n in GDELT2_61 + GDELT1_58}
_REQUIRED = {"globaleventid", "sqldate", "eventcode"}


def _layout(name: str, spec: list[str]) -> Layout:
    cols = [normalize_name(n) for n in spec]
    return Layout(name, [(c, _TYPES.get(c, "VARCHAR")) for c in cols])


def _field_counts(lines: list[str]) -> dict[int, int]:
    counts: dict[int, int] = {}
    for ln in lines:
        n = ln.count("\t") + 1
        counts[n] = counts.get(n, 0) + 1
    return counts


_ID_DATE = re.compile(r"^\d+\t\d{8}\t")


def sniff(path: Path, name: str) -> ReadPlan:
    lines = read_head(path, name)
    first = lines[0]
    if "globaleventid" in normalize_name(first):
        return _sniff_header(lines, name)
    return _sniff_raw(lines, name)


def _sniff_raw(lines: list[str], name: str) -> ReadPlan:
    sample = lines[:500]
    counts = _field_counts(sample)
    plausible = sum(1 for ln in sample if _ID_DATE.match(ln))
    v1 = counts.get(57, 0) + counts.get(58, 0)
    v2 = counts.get(61, 0)
    if plausible * 2 < len(sample) or (v1 == 0 and v2 == 0):
        widths = ", ".join(str(w) for w, _ in sorted(counts.items(), key=lambda kv: -kv[1])[:3])
        raise NotAnEventFile(
            f"{name}: not a GDELT event file (no header; lines have {widths} tab-separated "
            "fields, expected 57, 58 or 61 starting with an event id and a YYYYMMDD date)"
        )
    if v2 > v1:
        return ReadPlan("gdelt2", [_layout("gdelt2-61", GDELT2_61)], partial(select_sql, True),
                        delim="\t", id_column="globaleventid", description="GDELT 2.0, 61 columns, no header")
    first, second = (GDELT1_58, GDELT1_57) if counts.get(58, 0) >= counts.get(57, 0) else (GDELT1_57, GDELT1_58)
    layouts = [_layout(f"gdelt1-{len(first)}", first), _layout(f"gdelt1-{len(second)}", second)]
    return ReadPlan("gdelt", layouts, partial(select_sql, False), delim="\t",
                    id_column="globaleventid", description="GDELT 1.0, 57/58 columns, no header")


def _sniff_header(lines: list[str], name: str) -> ReadPlan:
    header_line = lines[0]
    delim = max([",", "\t", ";", "|"], key=header_line.count)
    rows = list(csv.reader(lines[:50], delimiter=delim))
    header = rows[0]
    data_widths = {len(r) for r in rows[1:]} or {len(header)}
    width = max(data_widths)
    names = [_ALIASES.get(normalize_name(h), normalize_name(h)) for h in header]
    if width == len(header) + 1:
        names = ["_rowindex"] + names  # R's write.table: row names without a header cell
    elif width != len(header):
        raise NotAnEventFile(f"{name}: header has {len(header)} fields but data rows have {width}")
    missing = _REQUIRED - set(names)
    if missing:
        raise NotAnEventFile(f"{name}: header lacks required GDELT column(s) {', '.join(sorted(missing))}")
    seen: set[str] = set()
    cols = []
    for i, n in enumerate(names):
        if n in CANONICAL and n not in seen:
            cols.append((n, _TYPES.get(n, "VARCHAR")))
            seen.add(n)
        else:
            cols.append((f"_extra{i}", "VARCHAR"))
    is_v2 = "actiongeoadm2code" in seen or _looks_v2(rows, names)
    plan = ReadPlan(
        "gdelt2" if is_v2 else "gdelt",
        [Layout("header", cols)],
        partial(select_sql, is_v2),
        delim=delim,
        quote='"',
        header=True,
        nullstr=["", "NA", "NULL", "NaN"],
        id_column="globaleventid",
        description=f"GDELT {'2.0' if is_v2 else '1.0'} with header ({delim!r} separated)",
    )
    if rows[1:] and "sqldate" in names:
        sample = rows[1][names.index("sqldate")]
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", sample or ""):
            plan.dateformat = "%Y-%m-%d"
    return plan


def _looks_v2(rows: list[list[str]], names: list[str]) -> bool:
    if "dateadded" not in names or len(rows) < 2:
        return False
    value = rows[1][names.index("dateadded")]
    return len(value.strip()) == 14


def select_sql(is_v2: bool, present: set[str]) -> str:
    """SELECT list mapping canonical GDELT columns (in ``_raw``) to event columns."""

    def col(n: str) -> str:
        return f"_raw.{n}" if n in present else "NULL"

    def text(n: str) -> str:
        return f"nullif(trim({col(n)}), '')"

    def count(n: str) -> str:
        return f"CAST(round({col(n)}) AS INTEGER)"

    def agents(a: str) -> str:
        parts = ", ".join(text(f"{a}type{i}code") for i in (1, 2, 3))
        return f"nullif(concat_ws(' ', {parts}), '')"

    def actor(n: int) -> str:
        a = f"actor{n}"
        return (f"{text(a + 'code')} AS {a}_code, {text(a + 'name')} AS {a}_name, "
                f"upper({text(a + 'countrycode')}) AS {a}_country, "
                f"{text(a + 'type1code')} AS {a}_agent, {agents(a)} AS {a}_agents")

    return f"""
        regexp_replace(trim({col('globaleventid')}), '\\.0$', '') AS source_event_id,
        {col('sqldate')} AS event_date,
        {actor(1)},
        {actor(2)},
        {text('eventcode')} AS event_code,
        {text('eventrootcode')} AS root_hint,
        {col('goldsteinscale')} AS goldstein,
        {count('nummentions')} AS num_mentions,
        {count('numsources')} AS num_sources,
        {count('numarticles')} AS num_articles,
        {col('avgtone')} AS tone,
        {text('actiongeofullname')} AS action_geo_name,
        upper({text('actiongeocountrycode')}) AS action_geo_fips,
        {col('actiongeolat')} AS action_geo_lat,
        {col('actiongeolong')} AS action_geo_lon,
        {text('sourceurl')} AS source_url,
        NULL AS source_ref,
        NULL AS summary
    """
