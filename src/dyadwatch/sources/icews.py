"""ICEWS events in the Dataverse tab format (``events.YYYY.*.tab``).

ICEWS names actors and countries in words and sectors in lists; we map countries to ISO3
through our country names and aliases, sectors to one CAMEO agent code by priority, and
keep ICEWS's own CAMEO code and intensity (its Goldstein value).
"""

from __future__ import annotations

import csv
from pathlib import Path

from dyadwatch.errors import NotAnEventFile
from dyadwatch.sources.base import Layout, ReadPlan, normalize_name, read_head

_TYPES = {"eventdate": "DATE", "intensity": "DOUBLE", "latitude": "DOUBLE", "longitude": "DOUBLE"}
_REQUIRED = {"eventid", "eventdate", "cameocode", "sourcecountry", "targetcountry"}
KNOWN = {
    "eventid", "eventdate", "sourcename", "sourcesectors", "sourcecountry", "eventtext",
    "cameocode", "intensity", "targetname", "targetsectors", "targetcountry", "storyid",
    "sentencenumber", "publisher", "city", "district", "province", "country", "latitude",
    "longitude",
}


def sniff(path: Path, name: str) -> ReadPlan:
    lines = read_head(path, name)
    delim = "\t" if lines[0].count("\t") >= lines[0].count(",") else ","
    rows = list(csv.reader(lines[:50], delimiter=delim))
    names = [normalize_name(h) for h in rows[0]]
    missing = _REQUIRED - set(names)
    if missing:
        raise NotAnEventFile(
            f"{name}: not an ICEWS event file (header lacks {', '.join(sorted(missing))})"
        )
    width = max((len(r) for r in rows[1:]), default=len(names))
    if width == len(names) + 1:
        names = ["_rowindex"] + names
    cols = [
        (n, _TYPES.get(n, "VARCHAR")) if n in KNOWN else (f"_extra{i}", "VARCHAR")
        for i, n in enumerate(names)
    ]
    return ReadPlan(
        "icews",
        [Layout("icews-dataverse", cols)],
        select_sql,
        delim=delim,
        quote='"' if delim == "," else "",
        header=True,
        dateformat="%Y-%m-%d",
        nullstr=["", "NA"],
        id_column="eventid",
        actors_by="name",
        description="ICEWS Dataverse tab format",
    )


def select_sql(present: set[str]) -> str:
    def col(n: str) -> str:
        return f"_raw.{n}" if n in present else "NULL"

    def text(n: str) -> str:
        return f"nullif(trim({col(n)}), '')"

    def actor(n: int, role: str) -> str:
        a = f"actor{n}"
        return (f"NULL AS {a}_code, {text(role + 'name')} AS {a}_name, "
                f"{text(role + 'country')} AS {a}_country, NULL AS {a}_agent, "
                f"{text(role + 'sectors')} AS {a}_agents")

    return f"""
        trim({col('eventid')}) AS source_event_id,
        {col('eventdate')} AS event_date,
        {actor(1, 'source')},
        {actor(2, 'target')},
        {text('cameocode')} AS event_code,
        NULL AS root_hint,
        {col('intensity')} AS goldstein,
        NULL AS num_mentions,
        NULL AS num_sources,
        NULL AS num_articles,
        NULL AS tone,
        nullif(concat_ws(', ', {text('city')}, {text('province')}, {text('country')}), '') AS action_geo_name,
        {text('country')} AS action_geo_fips,
        {col('latitude')} AS action_geo_lat,
        {col('longitude')} AS action_geo_lon,
        NULL AS source_url,
        nullif(concat_ws(' ', {text('publisher')}, 'story ' || {text('storyid')},
                         'sentence ' || {text('sentencenumber')}), '') AS source_ref,
        {text('eventtext')} AS summary
    """
