"""Server-rendered charts for the dashboard (SVG; the pages carry no scripts)."""

from __future__ import annotations

import altair as alt
import pandas as pd

from dyadwatch.report.charts import QUAD_COLORS, _svg
from dyadwatch.reference import QUAD_LABELS


def series_chart(rows: list[dict], norm: str, title: str) -> str:
    df = pd.DataFrame(rows or [{"period": "2000-01-01", "events": 0, "share_of_all": 0,
                                **{q: 0 for q in QUAD_LABELS.values()}}])
    if norm == "share":
        chart = alt.Chart(df).mark_line(point=True, color="#3f7fbf").encode(
            x=alt.X("period:T", title=None), y=alt.Y("share_of_all:Q", title="share of all events", axis=alt.Axis(format="%")))
    else:
        long = df[["period", *QUAD_LABELS.values()]].melt(id_vars=["period"], var_name="quad", value_name="count")
        chart = alt.Chart(long).mark_bar().encode(
            x=alt.X("period:T", title=None), y=alt.Y("sum(count):Q", title="events"),
            color=alt.Color("quad:N", scale=alt.Scale(domain=list(QUAD_COLORS), range=list(QUAD_COLORS.values())),
                            legend=alt.Legend(orient="bottom", title=None)))
    return _svg(chart.properties(width=720, height=220, title=title))
