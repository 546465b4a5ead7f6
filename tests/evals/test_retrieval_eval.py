"""Retrieval metrics, and the shipped question set's size."""

from __future__ import annotations

from collections import Counter

import pytest

from evals.retrieval_eval import _rank_metrics, load_questions


def test_rank_metrics_of_a_known_ranking():
    metrics = _rank_metrics(["a", "b", "gold", "c"], ("gold",))
    assert metrics["recall@1"] == 0.0 and metrics["recall@5"] == 1.0
    assert metrics["mrr"] == pytest.approx(1 / 3)
    assert metrics["ndcg@10"] == pytest.approx(0.5)


def test_a_miss_scores_zero():
    assert _rank_metrics(["a", "b"], ("gold",)) == {
        "recall@1": 0.0,
        "recall@5": 0.0,
        "mrr": 0.0,
        "ndcg@10": 0.0,
    }


def test_the_question_set_is_large_enough_in_every_language():
    questions = load_questions()
    counts = Counter(q.lang for q in questions if q.gold)
    assert counts["ko"] >= 120 and counts["en"] >= 40 and counts["ja"] >= 40
    assert sum(1 for q in questions if not q.gold) >= 30
