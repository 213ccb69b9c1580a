"""Charts for the brief: Altair specs rendered to SVG offline with vl-convert."""

from __future__ import annotations

from datetime import date

import altair as alt
import pandas as pd

from dyadwatch.analysis.series import series
from dyadwatch.reference import QUAD_LABELS

QUAD_COLORS = {"verbal_coop": "#4c9a6a", "material_coop": "#1f6f43",
               "verbal_conflict": "#e08b3a", "material_conflict": "#b5302a"}
STATUS_COLORS = {
    "achieved": "#1f6f43", "in progress": "#4c9a6a", "gradual": "#8fbf6a", "implementation": "#3f7fbf",
    "stalled": "#b5302a", "reversed": "#7a1f1a", "planned": "#9aa5b1",
}
REGIONAL_DYADS = [("AZE", "ARM"), ("AZE", "RUS"), ("AZE", "TUR"), ("AZE", "ISR"),
                  ("AZE", "IRN"), ("ARM", "TUR"), ("USA", "ARM"), ("USA", "C5")]


def yearly(store, a: str, b: str, until: date, since: date | None = None) -> pd.DataFrame:
    df = series(store, a, b, freq="year", until=until, since=since, both_directions=True, output="pandas")
    df["year"] = pd.to_datetime(df["period"]).dt.year
    return df


def _svg(chart: alt.TopLevelMixin) -> str:
    import vl_convert as vlc

    return vlc.vegalite_to_svg(chart.to_json())


def dyad_chart(df: pd.DataFrame, title: str) -> str:
    long = df[["year", *QUAD_LABELS.values()]].melt(id_vars=["year"], var_name="quad", value_name="count")
    chart = alt.Chart(long).mark_bar().encode(
        x=alt.X("year:O", title=None),
        y=alt.Y("sum(count):Q", title="events"),
        color=alt.Color("quad:N", scale=alt.Scale(domain=list(QUAD_COLORS), range=list(QUAD_COLORS.values())),
                        legend=alt.Legend(orient="bottom", title=None)),
    ).properties(width=640, height=200, title=title)
    return _svg(chart)


def regional_chart(frames: dict[str, pd.DataFrame]) -> str:
    rows = []
    for label, df in frames.items():
        for r in df.itertuples():
            rows.append({"dyad": label, "year": r.year, "kind": "cooperation", "events": r.verbal_coop + r.material_coop})
            rows.append({"dyad": label, "year": r.year, "kind": "conflict",
                         "events": r.verbal_conflict + r.material_conflict})
    data = pd.DataFrame(rows or [{"dyad": "", "year": 2020, "kind": "cooperation", "events": 0}])
    chart = alt.Chart(data).mark_line(point=True).encode(
        x=alt.X("year:O", title=None),
        y=alt.Y("events:Q", title=None),
        color=alt.Color("kind:N", scale=alt.Scale(domain=["cooperation", "conflict"], range=["#1f6f43", "#b5302a"]),
                        legend=alt.Legend(orient="bottom", title=None)),
    ).properties(width=150, height=90).facet(facet=alt.Facet("dyad:N", title=None), columns=4).properties(
        title="Regional dyads: cooperative and conflictual events per year (both directions)")
    return _svg(chart)


def timeline_chart(points: list[dict]) -> str:
    data = pd.DataFrame(points or [{"date": "2025-01-01", "track": "", "kind": "done", "label": ""}])
    chart = alt.Chart(data).mark_point(filled=True, size=80).encode(
        x=alt.X("date:T", title=None),
        y=alt.Y("track:N", title=None),
        color=alt.Color("kind:N", scale=alt.Scale(domain=["done", "planned", "state"],
                                                  range=["#1f6f43", "#9aa5b1", "#3f7fbf"]),
                        legend=alt.Legend(orient="bottom", title=None)),
        shape=alt.Shape("kind:N", scale=alt.Scale(domain=["done", "planned", "state"],
                                                  range=["circle", "triangle-up", "square"]), legend=None),
        tooltip=["date:T", "label:N"],
    ).properties(width=640, height=140, title="Milestones and states: TRIPP, Section 907, the peace process")
    return _svg(chart)


def sequence_chart(outcomes: list[dict]) -> str:
    data = pd.DataFrame(outcomes)
    x = alt.X("order:O", title=None, axis=alt.Axis(labelAngle=0, labelExpr="'Outcome ' + datum.value"))
    base = alt.Chart(data).encode(x=x)
    boxes = base.mark_bar(size=140, height=46).encode(
        y=alt.value(32),
        color=alt.Color("status:N", scale=alt.Scale(domain=list(STATUS_COLORS), range=list(STATUS_COLORS.values())),
                        legend=alt.Legend(orient="bottom", title="status")))
    status = base.mark_text(fontSize=10, color="white", fontWeight="bold", dy=-8).encode(y=alt.value(32), text="status:N")
    names = base.mark_text(fontSize=9, color="white", dy=8).encode(y=alt.value(32), text="short:N")
    chart = (boxes + status + names).properties(width=640, height=70,
                                                title="The four outcomes of the 2020 war, in the analysis's order")
    return _svg(chart)
