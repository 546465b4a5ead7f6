"""`clerks eval --cv K`: cross-validate the recogniser and the baseline on Rasa NLU files."""

from __future__ import annotations

import json
from pathlib import Path

from rich.console import Console
from rich.table import Table

from channels.cli.progress import progress_bar
from evals.nlu_cv import cross_validate
from intents.embedder import make_embedder
from intents.rasa_nlu import read_nlu
from services.settings import get_settings


def run_cv(paths: list[Path], folds: int, json_path: Path | None, console: Console) -> dict:
    settings = get_settings()
    data = read_nlu(paths)
    with progress_bar("cv") as report:
        result = cross_validate(
            data, make_embedder(settings.embedder), settings.model_dir, folds=folds, progress=report
        )
    ours, base = result["systems"]["recogniser"], result["systems"]["baseline"]
    table = Table(
        title=f"{folds}-fold cross-validation, {result['examples']} examples, {result['intents']} intents"
    )
    table.add_column("metric")
    table.add_column("recogniser", justify="right")
    table.add_column("baseline", justify="right")
    table.add_column("Δ", justify="right")
    rows = [
        ("accuracy", ours["accuracy"], base["accuracy"]),
        ("macro F1", ours["macro_f1"], base["macro_f1"]),
    ]
    rows += [
        (f"accuracy {lang}", ours["by_language"][lang]["accuracy"], base["by_language"][lang]["accuracy"])
        for lang in ours["by_language"]
    ]
    rows += [
        (f"out of scope {k}", ours["out_of_scope"][k], base["out_of_scope"][k])
        for k in ("precision", "recall")
    ]
    for name, a, b in rows:
        delta = f"{a - b:+.3f}" if a is not None and b is not None else "–"
        table.add_row(name, f"{a:.3f}" if a is not None else "–", f"{b:.3f}" if b is not None else "–", delta)
    console.print(table)
    worst = sorted(ours["intents"].items(), key=lambda item: item[1]["f1"])[:5]
    console.print("weakest intents: " + ", ".join(f"{k} ({v['f1']:.2f})" for k, v in worst))
    if json_path:
        json_path.parent.mkdir(parents=True, exist_ok=True)
        json_path.write_text(json.dumps(result, ensure_ascii=False, indent=1), encoding="utf-8")
    return result
