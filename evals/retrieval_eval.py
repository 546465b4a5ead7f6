"""Retrieval evaluation: recall@1/@5, MRR and nDCG@10 of BM25, dense and hybrid in one run, plus no-answer."""

from __future__ import annotations

import math
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import yaml

from knowledge.retriever import HybridRetriever, Mode

QUESTIONS_DIR = Path(__file__).parent / "retrieval"
MODES: tuple[Mode, ...] = ("bm25", "dense", "hybrid")


@dataclass(frozen=True)
class Question:
    text: str
    lang: str
    gold: tuple[str, ...]
    source: str


def load_questions(directory: Path = QUESTIONS_DIR) -> list[Question]:
    questions = []
    for path in sorted(directory.glob("*.yml")):
        for item in yaml.safe_load(path.read_text(encoding="utf-8"))["questions"]:
            questions.append(Question(item["q"], item["lang"], tuple(item.get("gold") or ()), path.name))
    return questions


def _rank_metrics(ranked: list[str], gold: tuple[str, ...]) -> dict[str, float]:
    first = next((i for i, doc in enumerate(ranked, 1) if doc in gold), None)
    dcg = sum(1 / math.log2(i + 1) for i, doc in enumerate(ranked[:10], 1) if doc in gold)
    ideal = sum(1 / math.log2(i + 1) for i in range(1, min(len(gold), 10) + 1))
    return {
        "recall@1": float(first == 1),
        "recall@5": float(first is not None and first <= 5),
        "mrr": 1 / first if first else 0.0,
        "ndcg@10": dcg / ideal if ideal else 0.0,
    }


def _mean(rows: list[dict[str, float]]) -> dict[str, float]:
    return {key: round(float(np.mean([r[key] for r in rows])), 4) for key in rows[0]} if rows else {}


def evaluate(retriever: HybridRetriever, questions: list[Question]) -> dict[str, Any]:
    """Every mode over the same questions; query vectors embedded once, retrieval timed on its own."""
    retriever.warm_up()
    answerable = [q for q in questions if q.gold]
    unanswerable = [q for q in questions if not q.gold]
    started = time.perf_counter()
    vectors = retriever.embedder.run([q.text for q in questions], "query")
    embed_ms = (time.perf_counter() - started) * 1000 / max(len(questions), 1)
    report: dict[str, Any] = {
        "questions": len(answerable),
        "out_of_corpus": len(unanswerable),
        "by_language": {},
        "modes": {},
    }
    misses = []
    for mode in MODES:
        rows, langs, files, latencies, verdicts = [], [], [], [], []
        for question, vector in zip(questions, vectors, strict=True):
            t = time.perf_counter()
            result = retriever.run(question.text, vector=vector, k=10, mode=mode)
            latencies.append((time.perf_counter() - t) * 1000)
            if question.gold:
                metrics = _rank_metrics([h.doc_id for h in result.hits], question.gold)
                rows.append(metrics)
                langs.append(question.lang)
                files.append(question.source)
                if mode == "hybrid" and metrics["recall@5"] == 0:
                    misses.append(
                        {
                            "q": question.text,
                            "gold": list(question.gold),
                            "got": [h.doc_id for h in result.hits[:5]],
                        }
                    )
            verdicts.append((bool(question.gold), result.answerable))
        abstained = [has_gold for has_gold, ok in verdicts if not ok]
        report["modes"][mode] = {
            **_mean(rows),
            "by_language": {
                lang: _mean([r for r, lg in zip(rows, langs, strict=True) if lg == lang])
                for lang in ("ko", "en", "ja")
            },
            "by_file": {
                name: _mean([r for r, f in zip(rows, files, strict=True) if f == name])
                for name in sorted(set(files))
            },
            "latency_ms": {
                "p50": round(float(np.percentile(latencies, 50)), 2),
                "p95": round(float(np.percentile(latencies, 95)), 2),
            },
            "no_answer": {
                "precision": round(sum(not g for g in abstained) / len(abstained), 4) if abstained else None,
                "recall": round(sum(not g for g in abstained) / len(unanswerable), 4)
                if unanswerable
                else None,
                "answered_in_corpus": round(sum(g and ok for g, ok in verdicts) / len(answerable), 4),
            },
        }
    best_single = max(report["modes"]["bm25"]["recall@5"], report["modes"]["dense"]["recall@5"])
    report["hybrid_gain_recall@5"] = round(report["modes"]["hybrid"]["recall@5"] - best_single, 4)
    report["query_embedding_ms"] = round(embed_ms, 2)
    report["threshold"] = retriever.config.min_dense_score
    report["misses"] = misses
    return report
