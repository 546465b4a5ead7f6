"""`clerks eval-answers`: the retrieval questions asked of the 120 counselor end to end, verdicts per language."""

from __future__ import annotations

from channels.cli.eval import in_process_target
from evals.answers_e2e import ask, tally
from evals.retrieval_eval import load_questions


def eval_answers() -> None:
    """Send every retrieval question to the 120 counselor in-process and count the first citations."""
    target = in_process_target(None)
    try:
        outcomes = [ask(target, q) for q in load_questions()]
    finally:
        target.close()
    for lang, counts in tally(outcomes).items():
        print(lang, dict(sorted(counts.items())))
