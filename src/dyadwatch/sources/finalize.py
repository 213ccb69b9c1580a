"""From staged rows to event rows: CAMEO codes checked, countries resolved, one SELECT."""

from __future__ import annotations

from dyadwatch import reference
from dyadwatch.sources.base import ReadPlan, sql_str


def install_reference_tables(con) -> None:
    """Small temp tables the final SELECT joins against (once per connection)."""
    if con.execute("SELECT count(*) FROM duckdb_tables() WHERE table_name = '_ref_cameo'").fetchone()[0]:
        return
    tables = {
        "_ref_cameo(code, goldstein, plover)": [
            (c.code, c.goldstein, c.plover) for c in reference.cameo_codes().values()
        ],
        "_ref_cc(cameo, iso3)": list(reference.cameo_to_iso3().items()),
        "_ref_fips(fips, iso3)": list(reference.fips_to_iso3().items()),
        "_ref_iso(iso3, fips)": [(c.iso3, c.fips) for c in reference.countries().values()],
        "_ref_names(name, iso3)": list(reference.name_to_iso3().items()),
    }
    for decl, rows in tables.items():
        name, cols = decl.split("(", 1)
        values = ", ".join("(" + ", ".join(_lit(v) for v in row) + ")" for row in rows)
        con.execute(f"CREATE TEMP TABLE {name} AS SELECT * FROM (VALUES {values}) AS t({cols}")


def _lit(v) -> str:
    if v is None:
        return "NULL"
    if isinstance(v, (int, float)):
        return repr(float(v))
    return sql_str(str(v))


def _code_expr() -> str:
    e = r"regexp_replace(s.event_code, '\.0$', '')"
    h = r"lpad(regexp_replace(s.root_hint, '\.0$', ''), 2, '0')"
    return f"""CASE
        WHEN s.root_hint IS NOT NULL AND NOT starts_with({e}, {h})
             AND starts_with('0' || {e}, {h}) THEN '0' || {e}
        WHEN s.root_hint IS NULL AND length({e}) = 2 AND TRY_CAST({e} AS INTEGER) > 20 THEN '0' || {e}
        WHEN s.root_hint IS NULL AND length({e}) = 3 AND TRY_CAST(left({e}, 2) AS INTEGER) > 20 THEN '0' || {e}
        ELSE {e} END"""


def _sector_map() -> str:
    pairs = ", ".join(
        f"{sql_str(sector)}: {sql_str(f'{prio}{agent}')}"
        for sector, (agent, prio) in reference.icews_sectors().items()
    )
    return "MAP {" + pairs + "}"


def _agent_expr(sectors: str) -> str:
    ranked = (f"list_sort(list_filter(list_transform(string_split({sectors}, ','), "
              f"lambda x: map_extract_value({_sector_map()}, trim(x))), lambda y: y IS NOT NULL))")
    return f"substr(list_extract({ranked}, 1), 2)"


def _actor_sql(plan: ReadPlan, n: int) -> str:
    a = f"s.actor{n}"
    if plan.actors_by == "name":
        agent = _agent_expr(f"{a}_agents")
        return f"""
        nullif(coalesce(n{n}.iso3, '') || coalesce({agent}, ''), '') AS actor{n}_code,
        {a}_name AS actor{n}_name, n{n}.iso3 AS actor{n}_country,
        {agent} AS actor{n}_agent, {a}_agents AS actor{n}_agents"""
    return f"""
        {a}_code AS actor{n}_code, {a}_name AS actor{n}_name,
        coalesce(c{n}.iso3, {a}_country) AS actor{n}_country,
        {a}_agent AS actor{n}_agent, {a}_agents AS actor{n}_agents"""


def _joins(plan: ReadPlan) -> str:
    if plan.actors_by == "name":
        return """
        LEFT JOIN _ref_names n1 ON n1.name = lower(s.actor1_country)
        LEFT JOIN _ref_names n2 ON n2.name = lower(s.actor2_country)
        LEFT JOIN _ref_names n3 ON n3.name = lower(s.action_geo_fips)
        LEFT JOIN _ref_iso g ON g.iso3 = n3.iso3"""
    return """
        LEFT JOIN _ref_cc c1 ON c1.cameo = s.actor1_country
        LEFT JOIN _ref_cc c2 ON c2.cameo = s.actor2_country
        LEFT JOIN _ref_fips f ON f.fips = s.action_geo_fips"""


def final_select_sql(plan: ReadPlan) -> str:
    """Staged rows as event rows, plus ``problem``: why a row cannot be stored (or NULL)."""
    if plan.actors_by == "name":
        geo = "n3.iso3 AS action_geo_country, g.fips AS action_geo_fips"
    else:
        geo = "f.iso3 AS action_geo_country, s.action_geo_fips AS action_geo_fips"
    return f"""
    SELECT {sql_str(plan.dataset)} AS dataset, s.source_event_id, s.event_date,
        {_actor_sql(plan, 1)},
        {_actor_sql(plan, 2)},
        k.code AS event_code, left(k.code, 3) AS event_base_code, left(k.code, 2) AS event_root_code,
        CAST(CASE WHEN k.code < '06' THEN 1 WHEN k.code < '09' THEN 2
                  WHEN k.code < '14' THEN 3 ELSE 4 END AS TINYINT) AS quad_class,
        coalesce(s.goldstein, k.goldstein) AS goldstein, k.plover,
        s.num_mentions, s.num_sources, s.num_articles, s.tone, s.action_geo_name,
        {geo}, s.action_geo_lat, s.action_geo_lon, s.source_url, s.source_ref, s.summary,
        CASE WHEN coalesce(s.source_event_id, '') = '' THEN 'missing event id'
             WHEN s.event_date IS NULL THEN 'missing event date'
             WHEN k.code IS NULL THEN 'unknown CAMEO event code ' || coalesce('''' || s.event_code || '''', '(empty)')
        END AS problem
    FROM (SELECT *, {_code_expr()} AS code_norm FROM _staged s) s
    LEFT JOIN _ref_cameo k ON k.code = s.code_norm
    {_joins(plan)}
    """
