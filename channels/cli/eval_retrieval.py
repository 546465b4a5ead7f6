"""`clerks eval-retrieval`: BM25, dense and hybrid on the question set in one run, plus no-answer precision."""

from __future__ import annotations

import json
from pathlib import Path

import typer
from rich.console import Console
from rich.table import Table

from evals.retrieval_eval import MODES, QUESTIONS_DIR, evaluate, load_questions
from intents.embedder import make_embedder
from knowledge.retriever import HybridRetriever
from services.settings import get_settings


def _figure(value: float | None) -> str:
    return "–" if value is None else f"{value:.3f}"


def eval_retrieval(
    questions: Path = typer.Option(QUESTIONS_DIR, "--questions", help="Folder of question YAML files."),
    json_path: Path | None = typer.Option(None, "--json", help="Write the full report here."),
) -> None:
    """Recall@1/@5, MRR, nDCG@10 per retriever (and per language), latency, and no-answer precision."""
    settings = get_settings()
    retriever = HybridRetriever(make_embedder(settings.embedder), settings.index_dir)
    report = evaluate(retriever, load_questions(questions))
    table = Table(
        title=f"retrieval: {report['questions']} questions, {report['out_of_corpus']} out of corpus"
    )
    for column in ("mode", "recall@1", "recall@5", "MRR", "nDCG@10", "p95 ms", "no-answer P", "no-answer R"):
        table.add_column(column, justify="right")
    for mode in MODES:
        row = report["modes"][mode]
        table.add_row(
            mode,
            *(f"{row[k]:.3f}" for k in ("recall@1", "recall@5", "mrr", "ndcg@10")),
            f"{row['latency_ms']['p95']:.2f}",
            *(_figure(row["no_answer"][k]) for k in ("precision", "recall")),
        )
    console = Console()
    console.print(table)
    for name in report["modes"]["hybrid"]["by_file"]:
        figures = " / ".join(
            f"{mode} {report['modes'][mode]['by_file'][name]['recall@5']:.3f}" for mode in MODES
        )
        console.print(f"recall@5 on {name}: {figures}")
    console.print(
        f"hybrid recall@5 gain over the better single retriever: {report['hybrid_gain_recall@5']:+.3f}; "
        f"query embedding {report['query_embedding_ms']:.1f} ms (reused from the recogniser in a turn)"
    )
    if json_path:
        json_path.parent.mkdir(parents=True, exist_ok=True)
        json_path.write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")
