"""`clerks eval`: run dialog suites (or Rasa NLU/story files) in-process or against `--url`, write reports."""

from __future__ import annotations

import json
import shutil
import tempfile
from datetime import date
from pathlib import Path

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from channels.app import create_app
from evals.loading import load_suites
from evals.metrics import HEADLINE_METRICS, summarise
from evals.reports import html, json_report, junit
from evals.runner import DialogResult, run_suites
from evals.suite import SuiteError
from evals.targets import HttpTarget, InProcessTarget, Target
from intents.rasa_nlu import RasaFormatError
from services.settings import Settings, get_settings

SHOWN = HEADLINE_METRICS


def _day(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise typer.BadParameter(f"--today must be a date as YYYY-MM-DD: {value!r}") from exc


def _thresholds(values: list[str]) -> dict[str, float]:
    out = {}
    for value in values:
        metric, _, number = value.partition("=")
        if metric not in SHOWN or not number:
            raise typer.BadParameter(f"use METRIC=VALUE with METRIC one of {', '.join(SHOWN)}: {value!r}")
        out[metric] = float(number)
    return out


def _table(summary: dict) -> Table:
    table = Table(title="clerks eval", show_header=True)
    table.add_column("metric")
    table.add_column("value", justify="right")
    table.add_row("dialogs passed", f"{summary['dialogs_passed']}/{summary['dialogs']}")
    table.add_row("turns passed", f"{summary['turns_passed']}/{summary['turns']}")
    for key in SHOWN:
        value = summary[key]
        table.add_row(key.replace("_", " "), "–" if value is None else f"{value:.3f}")
    table.add_row(
        "latency p50 / p95 (ms)", f"{summary['latency_ms']['p50']} / {summary['latency_ms']['p95']}"
    )
    return table


def in_process_target(today: date | None) -> InProcessTarget:
    """The app on a fresh SQLite database in a temporary folder, removed when the run ends."""
    tmp = Path(tempfile.mkdtemp(prefix="clerks-eval-"))
    settings = Settings(
        database_url=f"sqlite:///{tmp / 'eval.db'}",
        data_dir=tmp,
        model_dir=get_settings().model_dir,
        index_dir=get_settings().index_dir,
        today=today,
        test_idp=True,
        log_level="WARNING",
    )
    return InProcessTarget(create_app(settings), on_close=lambda: shutil.rmtree(tmp, ignore_errors=True))


def write_reports(
    results: list[DialogResult],
    target_name: str,
    json_path: Path | None,
    junit_path: Path | None,
    html_path: Path | None,
) -> None:
    if json_path:
        json_path.parent.mkdir(parents=True, exist_ok=True)
        json_path.write_text(
            json.dumps(json_report.build(results), ensure_ascii=False, indent=1), encoding="utf-8"
        )
        rasa = json_path.with_name("intent_report.json")
        rasa.write_text(
            json.dumps(json_report.rasa_intent_report(results), ensure_ascii=False, indent=1),
            encoding="utf-8",
        )
    if junit_path:
        junit_path.parent.mkdir(parents=True, exist_ok=True)
        junit_path.write_text(junit.build(results), encoding="utf-8")
    if html_path:
        html_path.parent.mkdir(parents=True, exist_ok=True)
        html_path.write_text(html.build(results, target_name), encoding="utf-8")


def eval_command(
    paths: list[Path] = typer.Argument(
        ..., help="Suite files or folders of *.yml (also Rasa NLU/story files)."
    ),
    json_path: Path | None = typer.Option(
        None, "--json", help="JSON report (intent_report.json is written next to it)."
    ),
    junit_path: Path | None = typer.Option(None, "--junit", help="JUnit XML report."),
    html_path: Path | None = typer.Option(None, "--html", help="Self-contained HTML report."),
    url: str | None = typer.Option(None, "--url", help="Test a running server instead of in-process."),
    workers: int | None = typer.Option(
        None,
        "--workers",
        min=1,
        help="Dialogs in parallel (default: 1 in-process, where the model is shared; 4 with --url).",
    ),
    fail_under: list[str] = typer.Option([], "--fail-under", help="METRIC=VALUE gates instead of all-pass."),
    today: str | None = typer.Option(None, "--today", help="Pin the calendar (in-process), YYYY-MM-DD."),
    cv: int | None = typer.Option(
        None, "--cv", min=2, help="Cross-validate the recogniser on NLU files (K folds)."
    ),
) -> None:
    """Exit 0 when every dialog passes (or every --fail-under holds), 1 otherwise, 2 on a malformed suite."""
    console = Console(stderr=True)
    if cv:
        from channels.cli.nlu_cv import run_cv  # scikit-learn: imported to cross-validate, not to run suites

        try:
            run_cv(paths, cv, json_path, Console())
        except RasaFormatError as exc:
            console.print(f"[red]malformed NLU data[/] {exc}")
            raise typer.Exit(2) from exc
        raise typer.Exit(0)
    thresholds = _thresholds(fail_under)
    day = _day(today) if today else None
    try:
        suites = load_suites(paths)
    except SuiteError as exc:
        console.print(f"[red]malformed suite[/] {exc}")
        raise typer.Exit(2) from exc
    dialogs = sum(len(s.dialogs) for s in suites)
    workers = workers or (4 if url else 1)
    target: Target = HttpTarget(url) if url else in_process_target(day or get_settings().today)
    try:
        with Progress(
            TextColumn("[bold]dialogs"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            console=console,
            transient=True,
        ) as bar:
            task = bar.add_task("run", total=dialogs)
            results = run_suites(target, suites, workers, progress=lambda _r: bar.advance(task))
    finally:
        target.close()
    summary = summarise(results)
    console.print(_table(summary))
    for result in results:
        if not result.passed:
            first = next((f for t in result.turns for f in t.failures), result.error)
            console.print(f"[red]✗[/] {result.dialog.path}:{result.dialog.line} {result.dialog.id}: {first}")
    write_reports(results, url or "in-process", json_path, junit_path, html_path)
    if thresholds:
        missed = {m: summary[m] for m, v in thresholds.items() if summary[m] is None or summary[m] < v}
        for metric, value in missed.items():
            console.print(f"[red]{metric} = {value} is under {thresholds[metric]}[/]")
        raise typer.Exit(1 if missed else 0)
    raise typer.Exit(0 if summary["dialogs_passed"] == summary["dialogs"] else 1)
