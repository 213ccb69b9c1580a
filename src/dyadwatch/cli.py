"""The ``dyadwatch`` command: a thin layer over library functions.

Each command parses its arguments, calls one library function that returns data, and
renders it.  A :class:`~dyadwatch.errors.DyadwatchError` becomes one line on stderr and
exit status 2; nothing else is caught.
"""

from __future__ import annotations

import functools
import json
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from dyadwatch.errors import DyadwatchError
from dyadwatch.store import Store

app = typer.Typer(no_args_is_help=True, pretty_exceptions_enable=False, add_completion=False,
                  help="Watch relations between states: events, dyadic series, dossiers, briefs.")
ingest_app = typer.Typer(no_args_is_help=True, help="Ingest event files into the store.")
export_app = typer.Typer(no_args_is_help=True, help="Export the store.")
dossier_app = typer.Typer(no_args_is_help=True, help="Create and check dossiers.")
eval_app = typer.Typer(no_args_is_help=True, help="Measure the coder against gold-standard data.")
train_app = typer.Typer(no_args_is_help=True, help="Fit the coder's confidence model on gold-standard data.")
app.add_typer(eval_app, name="eval")
app.add_typer(train_app, name="train")
app.add_typer(ingest_app, name="ingest")
app.add_typer(dossier_app, name="dossier")
app.add_typer(export_app, name="export")

out = Console()
err = Console(stderr=True)

StoreOpt = Annotated[
    Optional[Path],
    typer.Option("--store", help="Store file (default: $DYADWATCH_STORE or the user data dir).",
                 show_default=False),
]
JsonOpt = Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")]
ModelOpt = Annotated[str, typer.Option(
    "--model", help="Confidence model: 'bundled', 'none' (keep every event the rules find) or a file "
                    "written by 'dyadwatch train coder'.")]


def _print_error(e: DyadwatchError) -> None:
    # escaped: a message may hold brackets ("pip install 'dyadwatch[learn]'") that rich would eat as markup
    err.print(f"[bold red]error:[/] {escape(str(e))}", highlight=False, soft_wrap=True)


def command(fn):
    """Turn a DyadwatchError into one clear line and exit status 2 (no traceback)."""

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except DyadwatchError as e:
            _print_error(e)
            raise typer.Exit(2) from None

    return wrapper


# -- ingest -------------------------------------------------------------------------------


def _run_ingest(kind: str, paths: list[Path], store_path: Path | None, as_json: bool) -> None:
    from dyadwatch.sources import ingest_file

    reports = []
    with Store(store_path) as store:
        for path in paths:
            reports.append(_ingest_one(ingest_file, store, path, kind, quiet=as_json))
    if as_json:
        keys = ("path", "status", "rows_read", "rows_stored", "rows_duplicate", "rows_quarantined")
        for r in reports:
            d = r.to_dict()
            sys.stdout.write(json.dumps({**{k: d[k] for k in keys}, **d}) + "\n")
    if any(r.status == "error" for r in reports):
        raise typer.Exit(1)


def _ingest_one(ingest_file, store, path: Path, kind: str, quiet: bool):
    from dyadwatch.sources import FileReport

    progress = Progress(TextColumn("{task.description}"), BarColumn(), TextColumn("{task.fields[rows]}"),
                        TimeElapsedColumn(), console=err, disable=quiet, transient=False)
    with progress:
        task = progress.add_task(path.name, total=1, rows="")

        def on_progress(stage: str, done: int, total: int) -> None:
            progress.update(task, description=f"{path.name}: {stage}", completed=done,
                            total=max(total, 1), rows=f"{done:,} rows")

        try:
            report = ingest_file(store, path, kind, on_progress)
        except DyadwatchError as e:
            _print_error(e)
            return FileReport(str(path), "error", message=str(e))
        progress.update(task, description=f"{path.name}: {report.status}", completed=1, total=1,
                        rows=f"{report.rows_read:,} rows, {report.rows_per_second:,.0f} rows/s")
    if not quiet:
        _print_report(report)
    return report


def _print_report(r) -> None:
    if r.status == "skipped":
        err.print(f"[yellow]skipped[/] {r.path}: {r.message}", highlight=False)
        return
    err.print(
        f"{r.path}: read {r.rows_read:,} = stored {r.rows_stored:,} + duplicate "
        f"{r.rows_duplicate:,} + quarantined {r.rows_quarantined:,} ({r.dataset}, run {r.run_id})",
        highlight=False,
    )


@ingest_app.command("gdelt")
@command
def ingest_gdelt(paths: Annotated[list[Path], typer.Argument(help="GDELT event files (.csv, .CSV, .zip, .gz).")],
                 store: StoreOpt = None, as_json: JsonOpt = False) -> None:
    """Ingest GDELT 1.0 / 2.0 event files (raw or with a header)."""
    _run_ingest("gdelt", paths, store, as_json)


@ingest_app.command("icews")
@command
def ingest_icews(paths: Annotated[list[Path], typer.Argument(help="ICEWS Dataverse .tab files.")],
                 store: StoreOpt = None, as_json: JsonOpt = False) -> None:
    """Ingest ICEWS event files (Dataverse tab format)."""
    _run_ingest("icews", paths, store, as_json)


@ingest_app.command("chronicle")
@command
def ingest_chronicle(paths: Annotated[Optional[list[Path]], typer.Argument(help="Chronicle CSVs (default: the bundled one).")] = None,
                     store: StoreOpt = None, as_json: JsonOpt = False) -> None:
    """Ingest a curated chronicle CSV (default: the bundled US-Azerbaijan chronicle)."""
    from dyadwatch.sources.chronicle import bundled_path

    _run_ingest("chronicle", paths or [bundled_path()], store, as_json)


ParserOpt = Annotated[str, typer.Option("--parser", help="auto (spaCy when installed), spacy or none.")]


@ingest_app.command("docs")
@command
def ingest_docs(
    inputs: Annotated[list[str], typer.Argument(help="Files (.txt .md .html .pdf), feeds or http(s) URLs.")],
    allow_private: Annotated[bool, typer.Option("--allow-private", help="Allow fetching private/loopback addresses.")] = False,
    published: Annotated[Optional[str], typer.Option("--date", help="Publication date for documents without one.")] = None,
    parser: ParserOpt = "auto",
    jobs: Annotated[int, typer.Option("--jobs", help="Processes the coder runs in; -1 for one per core.")] = 1,
    store: StoreOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Ingest documents and code them into events (who did what to whom, when)."""
    from dyadwatch.coding.ingest import ingest_documents
    from dyadwatch.coding.pipeline import Pipeline
    from dyadwatch.report.job import parse_as_of

    pipeline = Pipeline(parser=parser)
    with Store(store) as s:
        reports = ingest_documents(s, inputs, allow_private, parse_as_of(published, "--date"), pipeline, jobs)
    for r in reports:
        if as_json:
            sys.stdout.write(json.dumps(r.to_dict()) + "\n")
            continue
        for reason in r.rejects:
            err.print(f"[yellow]rejected:[/] {reason}", highlight=False, soft_wrap=True)
        err.print(f"{r.path}: read {r.rows_read} = stored {r.rows_stored} + duplicate {r.rows_duplicate} + "
                  f"rejected {r.rows_quarantined}; {r.near_duplicates} near-duplicate(s); "
                  f"{r.events_new} new events from {r.mentions} mentions, {r.doubtful} doubtful set apart "
                  f"(coder mode: {r.mode})", highlight=False)


@eval_app.command("coder")
@command
def eval_coder(
    gold: Annotated[Path, typer.Argument(help="Gold records: PETRARCH XML or PLOVER JSON.")],
    fmt: Annotated[str, typer.Option("--format", help="petrarch or plover.")] = "petrarch",
    actors: Annotated[Optional[Path], typer.Option(help="PETRARCH actor dictionary.")] = None,
    agents: Annotated[Optional[Path], typer.Option(help="PETRARCH agent dictionary.")] = None,
    verbs: Annotated[Optional[Path], typer.Option(help="PETRARCH verb dictionary.")] = None,
    parser: ParserOpt = "auto",
    category: Annotated[Optional[list[str]], typer.Option(
        help="Only PETRARCH records of this category (repeatable), e.g. AFP and GOLD for real news.")] = None,
    by_story: Annotated[bool, typer.Option(
        "--by-story", help="Code the sentences of one story (ids STORY_1, STORY_2, ...) together, as one document.")] = False,
    model: ModelOpt = "bundled",
    as_json: JsonOpt = False,
) -> None:
    """Precision, recall and F1 of the coder on gold sentences."""
    from dyadwatch.coding.evaluate import EXTRA_FIELDS, FIELDS, evaluate

    result = evaluate(gold, fmt, actors, agents, verbs, parser, category, by_story, model)
    if as_json:
        sys.stdout.write(json.dumps(result) + "\n")
        return
    table = Table(title=f"{gold.name}: {result['sentences']} sentences, {result['events']} gold events "
                        f"(mode: {result['mode']}{', by story' if by_story else ''}; "
                        f"confidence model: {result['model'][:60]})")
    for col in ("field", "precision", "recall", "f1"):
        table.add_column(col, justify="left" if col == "field" else "right")
    for f in FIELDS + EXTRA_FIELDS:
        table.add_row(f, *(f"{result[f][k]:.3f}" for k in ("precision", "recall", "f1")))
    out.print(table)


@train_app.command("coder")
@command
def train_coder(
    gold: Annotated[list[Path], typer.Argument(help="Gold records: PETRARCH XML or PLOVER JSON files.")],
    out_path: Annotated[Path, typer.Option("--out", help="Model file to write (its other mode is kept).")],
    fmt: Annotated[str, typer.Option("--format", help="petrarch or plover.")] = "petrarch",
    parser: ParserOpt = "auto",
    cv: Annotated[bool, typer.Option(
        "--cv", help="Also score leave-one-file-out: each file coded with a model fitted on the others.")] = False,
    as_json: JsonOpt = False,
) -> None:
    """Fit the confidence model that sets doubtful events apart, on your own gold sentences."""
    from dyadwatch.coding.train import train_files

    result = train_files(gold, out_path, fmt, parser, cv)
    if as_json:
        sys.stdout.write(json.dumps(result) + "\n")
        return
    out.print(f"{out_path}: {result['mode']} model from {result['sentences']} sentences; {result['events']} coded "
              f"events, {result['right']} right; {result['features']} weights; threshold {result['threshold']}",
              highlight=False)
    if cv:
        table = Table(title=f"leave one file out ({result['cv']['sets']} files)")
        for col in ("", "root P", "root R", "root F1", "triple P", "triple R", "triple F1"):
            table.add_column(col, justify="left" if not col else "right")
        for key, label in (("rules", "rules alone"), ("model", "with the model")):
            r = result["cv"][key]
            table.add_row(label, *(f"{r[f][k]:.3f}" for f in ("root", "triple") for k in ("precision", "recall", "f1")))
        out.print(table)


@app.command()
@command
def check(
    document: Annotated[str, typer.Argument(help="The analysis to check (file or URL).")],
    published: Annotated[Optional[str], typer.Option("--date", help="The document's date, if it has none.")] = None,
    store: StoreOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Check an analysis's dated claims against the store: agrees, disagrees, not found."""
    from dyadwatch.coding.check import check_document
    from dyadwatch.report.job import parse_as_of
    from dyadwatch.sources import ensure_bundled

    with Store(store) as s:
        ensure_bundled(s)
        results = check_document(s, document, parse_as_of(published, "--date"))
    if as_json:
        sys.stdout.write(json.dumps([r.to_dict() for r in results]) + "\n")
        return
    for r in results:
        line = f"[bold]{r.verdict}[/] — {r.claimed}: {r.sentence}"
        if r.verdict == "disagrees":
            line += f"\n    the {r.dataset} dates it {r.event_date.isoformat()} ({r.event_source})"
        elif r.verdict == "agrees":
            line += f"\n    {r.dataset} {r.event_date.isoformat()} ({r.event_source})"
        out.print(line, highlight=False, soft_wrap=True)


# -- stats, series, export ------------------------------------------------------------------


@app.command()
@command
def stats(store: StoreOpt = None, as_json: JsonOpt = False) -> None:
    """Counts per dataset, ingest runs and quarantine."""
    with Store(store, read_only=True) as s:
        data = s.stats()
    if as_json:
        out.print_json(json.dumps(data))
        return
    table = Table(title=f"{data['store']} (schema v{data['schema_version']})")
    for col in ("dataset", "events", "first_date", "last_date"):
        table.add_column(col)
    for d in data["datasets"]:
        table.add_row(d["dataset"], f"{d['events']:,}", d["first_date"], d["last_date"])
    out.print(table)
    out.print(f"{data['events']:,} events, {data['ingest_runs']} ingest runs, "
              f"{data['quarantined_rows']:,} quarantined rows")


@app.command("series")
@command
def series_cmd(
    source: Annotated[str, typer.Argument(help="Actor 1 country (ISO3), e.g. USA.")],
    target: Annotated[str, typer.Argument(help="Actor 2 country (ISO3), e.g. AZE.")],
    freq: Annotated[str, typer.Option(help="day, week, month or year.")] = "month",
    since: Annotated[Optional[str], typer.Option(help="First date, YYYY-MM-DD.")] = None,
    until: Annotated[Optional[str], typer.Option(help="Last date, YYYY-MM-DD.")] = None,
    both_directions: Annotated[bool, typer.Option("--both-directions", help="Count TARGET→SOURCE too.")] = False,
    dataset: Annotated[Optional[list[str]], typer.Option(help="Only these datasets (repeatable).")] = None,
    fmt: Annotated[str, typer.Option("--format", help="table, csv or json.")] = "table",
    store: StoreOpt = None,
) -> None:
    """Cooperation/conflict series for a dyad (directed unless --both-directions)."""
    from dyadwatch.analysis.series import series
    from dyadwatch.errors import UsageError

    if fmt not in ("table", "csv", "json"):
        raise UsageError(f"--format: {fmt!r} is not one of table, csv, json")
    with Store(store, read_only=True) as s:
        df = series(s, source, target, freq, since, until, both_directions, dataset, output="pandas")
    df["period"] = df["period"].astype(str)
    if fmt == "csv":
        sys.stdout.write(df.to_csv(index=False))
    elif fmt == "json":
        sys.stdout.write(df.to_json(orient="records", double_precision=6) + "\n")
    else:
        _print_frame(df, f"{source.upper()}{'↔' if both_directions else '→'}{target.upper()} by {freq}")


def _print_frame(df, title: str) -> None:
    table = Table(title=title)
    for col in df.columns:
        table.add_column(col, justify="left" if col == "period" else "right")
    for row in df.itertuples(index=False):
        table.add_row(*[_fmt(v) for v in row])
    out.print(table)


def _fmt(v) -> str:
    if isinstance(v, float):
        return "" if v != v else f"{v:.4g}"
    return str(v)


@export_app.command("parquet")
@command
def export_parquet(directory: Annotated[Path, typer.Argument(help="Output directory.")],
                   store: StoreOpt = None) -> None:
    """Export events as Parquet, partitioned by year and month."""
    from dyadwatch.store.export import export_parquet as run

    with Store(store, read_only=True) as s:
        result = run(s, directory)
    out.print(f"wrote {result['events']:,} events in {result['files']} files under {result['directory']}")


@dossier_app.command("new")
@command
def dossier_new(name: Annotated[str, typer.Argument(help="Dossier name (file NAME.yaml).")],
                dyad: Annotated[tuple[str, str], typer.Option("--dyad", help="The two states, e.g. USA GEO.")],
                directory: Annotated[Path, typer.Option("--dir", help="Where to write it.")] = Path(".")) -> None:
    """Scaffold a valid dossier for a pair of states."""
    from dyadwatch.dossier.scaffold import scaffold

    out.print(f"wrote {scaffold(name, dyad[0], dyad[1], directory)}", highlight=False)


@dossier_app.command("check")
@command
def dossier_check(file: Annotated[str, typer.Argument(help="Dossier YAML file or bundled name.")]) -> None:
    """Validate a dossier; errors name the file, line and field."""
    from dyadwatch.dossier.load import load_dossier

    d = load_dossier(file)
    kinds = {}
    for item in d.items:
        kinds[item.kind] = kinds.get(item.kind, 0) + 1
    out.print(f"{file}: valid: {len(d.items)} items ({', '.join(f'{n} {k}' for k, n in kinds.items())})",
              highlight=False)


@app.command()
@command
def brief(
    dossier: Annotated[Optional[str], typer.Argument(help="Dossier YAML file or bundled name (default us-azerbaijan).")] = None,
    out_dir: Annotated[Path, typer.Option("--out", help="Output folder.")] = Path("out"),
    as_of: Annotated[Optional[str], typer.Option("--as-of", help="Evaluate as of this date (default: newest event).")] = None,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Print the time of each stage.")] = False,
    store: StoreOpt = None,
) -> None:
    """The main job: write the evidence-backed brief (HTML, PDF, Markdown)."""
    import time

    from dyadwatch.report.job import run_brief

    t0 = time.perf_counter()
    result = run_brief(dossier, out_dir, as_of, store)
    if verbose:
        for stage, seconds in result.timings.items():
            err.print(f"{stage:>20}: {seconds:6.2f} s", highlight=False)
        err.print(f"{'total':>20}: {time.perf_counter() - t0:6.2f} s", highlight=False)
    out.print(f"brief as of {result.as_of.isoformat()}:", highlight=False)
    for p in result.paths:
        out.print(f"  {p}", highlight=False, soft_wrap=True)


@app.command()
@command
def serve(
    host: Annotated[str, typer.Option(help="Address to bind (other than 127.0.0.1 needs a token).")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port.")] = 8000,
    token: Annotated[Optional[str], typer.Option(envvar="DYADWATCH_TOKEN", help="Access token (or DYADWATCH_TOKEN).",
                                                 show_default=False)] = None,
    dossier: Annotated[Optional[list[str]], typer.Option(help="Extra dossier files to show (repeatable).")] = None,
    store: StoreOpt = None,
) -> None:
    """The dashboard: the brief as a site over the store (read-only)."""
    import uvicorn

    from dyadwatch.store import default_store_path
    from dyadwatch.web.app import check_bind, create_app

    check_bind(host, token)
    application = create_app(store or default_store_path(), token, dossier)
    out.print(f"dyadwatch dashboard on http://{host}:{port}/", highlight=False)
    uvicorn.run(application, host=host, port=port, log_level="warning")


def main() -> None:
    app()


if __name__ == "__main__":
    main()
