"""Render a brief: Markdown, self-contained HTML, PDF, chart SVGs and ``brief.json``."""

from __future__ import annotations

import base64
import json
import re
import textwrap
import time
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from urllib.parse import urlparse

from jinja2 import Environment, PackageLoader, StrictUndefined

from dyadwatch import __version__
from dyadwatch.report import charts
from dyadwatch.report.brief import Brief, build_brief, state_of
from dyadwatch.report.pdf import render_pdf

REGIONAL_SINCE = 2018


def safe_url(url: str | None) -> str:
    """Only http(s) URLs become links: sources are untrusted text."""
    if not url:
        return ""
    parsed = urlparse(url.strip())
    return url.strip() if parsed.scheme in ("http", "https") and parsed.netloc else ""


def _env(autoescape: bool) -> Environment:
    env = Environment(loader=PackageLoader("dyadwatch.report", "templates"), autoescape=autoescape,
                      undefined=StrictUndefined, keep_trailing_newline=True)
    env.filters.update(
        wrap=lambda s: textwrap.fill(" ".join(str(s).split()), 100),
        cell=lambda s: str(s).replace("|", "\\|").replace("\n", " "),
        slug=lambda s: re.sub(r"[^a-z0-9]+", "-", str(s).lower()).strip("-"),
        safe_url=safe_url,
        host=lambda u: urlparse(u).netloc or u,
    )
    return env


def _series_rows(df) -> list[dict]:
    rows = []
    for r in df.itertuples():
        if not r.events:
            continue
        rows.append({"year": r.year, "events": int(r.events), "verbal_coop": int(r.verbal_coop),
                     "material_coop": int(r.material_coop), "verbal_conflict": int(r.verbal_conflict),
                     "material_conflict": int(r.material_conflict),
                     "goldstein": "" if r.goldstein_mean != r.goldstein_mean else f"{r.goldstein_mean:.2f}",
                     "share": f"{100 * r.share_of_all:.3f}%"})
    return rows


def add_series_and_charts(store, brief: Brief) -> None:
    usa_aze = charts.yearly(store, "USA", "AZE", brief.as_of)
    brief.series["USA-AZE"] = _series_rows(usa_aze)
    since = date(REGIONAL_SINCE, 1, 1)
    frames = {f"{a}–{b}": charts.yearly(store, a, b, brief.as_of, since) for a, b in charts.REGIONAL_DYADS}
    brief.series["regional"] = [{
        "dyad": label, "events": int(df.events.sum()),
        "coop": int((df.verbal_coop + df.material_coop).sum()),
        "conflict": int((df.verbal_conflict + df.material_conflict).sum()),
        "latest": str(int(df[df.events > 0].year.max())) if (df.events > 0).any() else "—"}
        for label, df in frames.items()]
    brief.charts = {
        "usa-aze": charts.dyad_chart(usa_aze[usa_aze.events > 0], "USA–Azerbaijan events per year by quad class"),
        "regional": charts.regional_chart({k: v[v.year >= REGIONAL_SINCE] for k, v in frames.items()}),
        "timeline": charts.timeline_chart(_timeline_points(brief)),
        "outcomes": charts.sequence_chart(_outcome_boxes(brief)),
    }


def _timeline_points(brief: Brief) -> list[dict]:
    points = []
    for s in brief.sections:
        for v in s["entries"]:
            for m in v["milestones"]:
                done = m["done"] != "not yet"
                when = m["done"] if done else m["planned"]
                if when != "—" and v["kind"] == "project":
                    points.append({"date": when, "track": "TRIPP", "kind": "done" if done else "planned",
                                   "label": m["title"]})
            for st in v["states"]:
                points.append({"date": st["since"], "track": "Section 907", "kind": "state",
                               "label": f"{st['state']}: {st['note']}"})
    for v in next((s["entries"] for s in brief.sections if s["key"] == "peace"), []):
        for e in v["evidence"][:1]:
            points.append({"date": e["date"], "track": "Peace process", "kind": "done", "label": v["title"]})
    return sorted(points, key=lambda p: (p["date"], p["track"], p["label"]))


def _outcome_boxes(brief: Brief) -> list[dict]:
    items = next((s["entries"] for s in brief.sections if s["key"] == "outcomes"), [])
    return [{"order": v["order"] or i + 1, "status": v["status"], "short": v["short_title"]}
            for i, v in enumerate(items)] or [{"order": 1, "status": "planned", "short": "no outcomes"}]


def render_markdown(brief: Brief) -> str:
    text = _env(False).get_template("brief.md.j2").render(b=brief, version=__version__,
                                                          regional_since=REGIONAL_SINCE)
    return re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"


def render_html(brief: Brief) -> str:
    uris = {k: "data:image/svg+xml;base64," + base64.b64encode(svg.encode("utf-8")).decode("ascii")
            for k, svg in brief.charts.items()}
    return _env(True).get_template("brief.html.j2").render(b=brief, version=__version__, charts=uris)


@dataclass
class BriefResult:
    markdown: Path
    html: Path
    pdf: Path
    state: Path
    as_of: date
    timings: dict[str, float] = field(default_factory=dict)

    @property
    def paths(self) -> list[Path]:
        return [self.html, self.pdf, self.markdown]


def default_as_of(store) -> date:
    """The newest event in the store, not later than today: a brief is as fresh as its data."""
    latest = store.scalar("SELECT max(event_date) FROM events WHERE event_date <= current_date")
    return latest or date.today()


def write_brief(store, dossier, out_dir: str | Path, as_of: date | None = None,
                timings: dict[str, float] | None = None, pdf=render_pdf) -> BriefResult:
    """Evaluate ``dossier`` against ``store`` and write the brief files into ``out_dir``."""
    timings = {} if timings is None else timings
    out = Path(out_dir)
    (out / "charts").mkdir(parents=True, exist_ok=True)
    as_of = as_of or default_as_of(store)
    state_path = out / "brief.json"
    previous = json.loads(state_path.read_text("utf-8")) if state_path.exists() else None
    t = time.perf_counter()
    brief = build_brief(store, dossier, as_of, previous)
    timings["evaluate"] = time.perf_counter() - t
    t = time.perf_counter()
    add_series_and_charts(store, brief)
    for name, svg in brief.charts.items():
        (out / "charts" / f"{name}.svg").write_text(svg, encoding="utf-8")
    timings["series and charts"] = time.perf_counter() - t
    t = time.perf_counter()
    md, html = render_markdown(brief), render_html(brief)
    (out / "brief.md").write_text(md, encoding="utf-8")
    (out / "brief.html").write_text(html, encoding="utf-8")
    timings["markdown and html"] = time.perf_counter() - t
    t = time.perf_counter()
    pdf(html, out / "brief.pdf")
    timings["pdf"] = time.perf_counter() - t
    state_path.write_text(json.dumps(state_of(brief), indent=1, sort_keys=True), encoding="utf-8")
    return BriefResult(out / "brief.md", out / "brief.html", out / "brief.pdf", state_path, as_of, timings)
