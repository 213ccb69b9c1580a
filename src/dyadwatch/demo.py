"""The demo: the bundled chronicle into a store, and the USA–AZE series out of it."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from dyadwatch.analysis.series import series
from dyadwatch.sources import ingest_file
from dyadwatch.sources.chronicle import bundled_path
from dyadwatch.store import Store


@dataclass
class DemoResult:
    store: Path
    outputs: list[Path] = field(default_factory=list)
    lines: list[str] = field(default_factory=list)


def run_demo(store_path: str | Path | None, out_dir: str | Path) -> DemoResult:
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    with Store(store_path) as store:
        report = ingest_file(store, bundled_path(), "chronicle")
        table = series(store, "USA", "AZE", freq="year", both_directions=True, output="pandas")
        result = DemoResult(store.path)
    csv_path = out_dir / "usa-aze-yearly.csv"
    table.to_csv(csv_path, index=False)
    result.outputs.append(csv_path)
    result.lines += [
        f"chronicle: {report.status}, read {report.rows_read} = stored {report.rows_stored} + "
        f"duplicate {report.rows_duplicate} + quarantined {report.rows_quarantined}",
        f"store: {result.store}",
        f"USA<->AZE yearly series: {csv_path}",
    ]
    return result
