"""`clerks eval-answers`: the retrieval questions asked of the 120 counselor end to end, verdicts per language."""

from __future__ import annotations

import json
from pathlib import Path

import typer

from channels.cli.eval import in_process_target
from evals.answers_e2e import ask, report, tally
from evals.retrieval_eval import load_questions


def eval_answers(
    json_path: Path | None = typer.Option(None, "--json", help="Write every question's verdict here."),
) -> None:
    """Send every retrieval question to the 120 counselor in-process and count the first citations."""
    target = in_process_target(None)
    try:
        outcomes = [ask(target, q) for q in load_questions()]
    finally:
        target.close()
    for lang, counts in tally(outcomes).items():
        print(lang, dict(sorted(counts.items())))
    if json_path:
        json_path.parent.mkdir(parents=True, exist_ok=True)
        json_path.write_text(json.dumps(report(outcomes), ensure_ascii=False, indent=1), encoding="utf-8")
