"""The main job: make sure the store holds the bundled data, then write the brief."""

from __future__ import annotations

import time
from datetime import date
from pathlib import Path

from dyadwatch.report.pdf import PdfWorker


def parse_as_of(value: str | date | None, what: str = "--as-of") -> date | None:
    from dyadwatch.analysis.series import parse_date

    return parse_date(value, what)


def run_brief(dossier: str | Path | None = None, out_dir: str | Path = "out",
              as_of: str | date | None = None, store_path: str | Path | None = None):
    """Write the brief; returns a :class:`~dyadwatch.report.render.BriefResult`."""
    when = parse_as_of(as_of)
    # The PDF worker forks first, so it imports WeasyPrint while this process imports the rest.
    with PdfWorker() as pdf:
        return _run(dossier, out_dir, when, store_path, pdf.render)


def _run(dossier, out_dir, when: date | None, store_path, render_pdf):
    timings: dict[str, float] = {}
    t = time.perf_counter()
    from dyadwatch.dossier.load import load_dossier
    from dyadwatch.report.render import write_brief
    from dyadwatch.sources import ensure_bundled
    from dyadwatch.store import Store

    timings["imports"] = time.perf_counter() - t
    t = time.perf_counter()
    d = load_dossier(dossier)
    timings["load dossier"] = time.perf_counter() - t
    with Store(store_path) as store:
        t = time.perf_counter()
        ensure_bundled(store)
        timings["bundled data"] = time.perf_counter() - t
        result = write_brief(store, d, out_dir, when, timings, pdf=render_pdf)
    result.timings = timings
    return result
