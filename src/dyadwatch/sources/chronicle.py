"""Curated chronicles: dated, sourced events written by analysts (the bundled one included).

A chronicle is a CSV with a header: ``id, date, date_precision, actor1, actor2, cameo_code, event_type,
summary, source_title, source_url, confidence`` and optionally ``actor1_agent``,
``actor2_agent`` (CAMEO agent codes such as ``LEG``).  Actors are ISO3 codes or the group codes
in ``reference/data/regions.csv`` (``XNK``, ``C5``, ``OSCE``, ``OTS``...).
"""

from __future__ import annotations

import csv
from importlib import resources
from pathlib import Path

from dyadwatch.errors import NotAnEventFile
from dyadwatch.sources.base import Layout, ReadPlan, read_head

COLUMNS = ["id", "date", "date_precision", "actor1", "actor2", "cameo_code", "event_type", "summary",
           "source_title", "source_url", "confidence", "actor1_agent", "actor2_agent"]
# ``date_precision`` is ``day`` (default) or ``month``; a month-precision date is stored as
# the first of the month and the precision is kept in ``source_ref``.
_REQUIRED = {"id", "date", "actor1", "actor2", "cameo_code", "source_url"}


def bundled_path() -> Path:
    return Path(str(resources.files("dyadwatch").joinpath("data", "chronicle.csv")))


def sniff(path: Path, name: str) -> ReadPlan:
    lines = read_head(path, name)
    header = [h.strip().lower() for h in next(csv.reader(lines[:1]))]
    missing = _REQUIRED - set(header)
    if missing:
        raise NotAnEventFile(f"{name}: not a chronicle file (header lacks {', '.join(sorted(missing))})")
    cols = [(n, "DATE" if n == "date" else "VARCHAR") if n in COLUMNS else (f"_extra{i}", "VARCHAR")
            for i, n in enumerate(header)]
    return ReadPlan("chronicle", [Layout("chronicle", cols)], select_sql, delim=",", quote='"',
                    header=True, dateformat="%Y-%m-%d", id_column="id",
                    description="dyadwatch chronicle CSV")


def select_sql(present: set[str]) -> str:
    def text(n: str) -> str:
        return f"nullif(trim(_raw.{n}), '')" if n in present else "NULL"

    return f"""
        {text('id')} AS source_event_id, _raw.date AS event_date,
        upper({text('actor1')}) AS actor1_code, NULL AS actor1_name, upper({text('actor1')}) AS actor1_country,
        upper({text('actor1_agent')}) AS actor1_agent, upper({text('actor1_agent')}) AS actor1_agents,
        upper({text('actor2')}) AS actor2_code, NULL AS actor2_name, upper({text('actor2')}) AS actor2_country,
        upper({text('actor2_agent')}) AS actor2_agent, upper({text('actor2_agent')}) AS actor2_agents,
        {text('cameo_code')} AS event_code, NULL AS root_hint, NULL AS goldstein,
        NULL AS num_mentions, NULL AS num_sources, NULL AS num_articles, NULL AS tone,
        NULL AS action_geo_name, NULL AS action_geo_fips, NULL AS action_geo_lat, NULL AS action_geo_lon,
        {text('source_url')} AS source_url,
        nullif(concat_ws(' ', {text('source_title')}, '[confidence: ' || {text('confidence')} || ']',
                         '[date precision: ' || {text('date_precision')} || ']'), '') AS source_ref,
        {text('summary')} AS summary
    """
