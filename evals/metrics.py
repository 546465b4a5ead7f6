"""Scores of a run: the contract's summary plus out-of-scope, slot exact match, task success, rates."""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Any

import numpy as np

from evals.runner import DialogResult, TurnResult

OUT_OF_SCOPE = "out_of_scope"
HEADLINE_METRICS = (
    "intent_accuracy",
    "intent_macro_f1",
    "slot_precision",
    "slot_recall",
    "slot_exact_match",
    "action_accuracy",
    "task_success_rate",
    "out_of_scope_precision",
    "out_of_scope_recall",
    "handoff_rate",
    "fallback_rate",
)


def _ratio(num: float, den: float) -> float | None:
    return round(num / den, 4) if den else None


def classification_report(pairs: list[tuple[str, str]]) -> dict[str, dict[str, Any]]:
    """Per-label precision, recall, f1 and support over (gold, predicted) pairs (labels of both sides)."""
    labels = sorted({g for g, _ in pairs} | {p for _, p in pairs})
    report = {}
    for label in labels:
        tp = sum(g == label and p == label for g, p in pairs)
        predicted = sum(p == label for _, p in pairs)
        support = sum(g == label for g, _ in pairs)
        precision = tp / predicted if predicted else 0.0
        recall = tp / support if support else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        confused = Counter(p for g, p in pairs if g == label and p != label)
        report[label] = {
            "precision": round(precision, 4),
            "recall": round(recall, 4),
            "f1": round(f1, 4),
            "support": support,
            "confused_with": dict(confused.most_common()),
        }
    return report


def _turns(results: list[DialogResult]) -> list[TurnResult]:
    return [t for r in results for t in r.turns]


def intent_pairs(results: list[DialogResult]) -> list[tuple[str, str]]:
    pairs = []
    for turn in _turns(results):
        if "intent" in turn.expect.checks:
            predicted = (turn.trace.get("intent") or {}).get("name") or "<none>"
            pairs.append((turn.expect.get("intent"), predicted))
    return pairs


def summarise(results: list[DialogResult]) -> dict[str, Any]:
    turns = _turns(results)
    pairs = intent_pairs(results)
    report = classification_report(pairs)
    slot_tp = slot_predicted = slot_expected = slot_exact = slot_turns = 0
    for turn in turns:
        expected = turn.expect.get("slots")
        if not expected:
            continue
        slot_turns += 1
        actual = turn.trace.get("slots") or {}
        correct = sum(k in actual and actual[k] == v for k, v in expected.items())
        slot_tp += correct
        slot_predicted += sum(k in actual for k in expected)
        slot_expected += len(expected)
        slot_exact += correct == len(expected)
    action_turns = [t for t in turns if "action" in t.expect.checks]
    action_ok = [t for t in action_turns if not any(f.startswith("action:") for f in t.failures)]
    tasks = [r for r in results if any("action" in c.expect.checks for c in r.dialog.turns)]
    succeeded = 0
    for result in tasks:
        last = max(i for i, c in enumerate(result.dialog.turns) if "action" in c.expect.checks)
        if last < len(result.turns) and not any(f.startswith("action:") for f in result.turns[last].failures):
            succeeded += 1
    oos_tp = sum(g == OUT_OF_SCOPE and p == OUT_OF_SCOPE for g, p in pairs)
    oos_pred = sum(p == OUT_OF_SCOPE for _, p in pairs)
    oos_gold = sum(g == OUT_OF_SCOPE for g, _ in pairs)
    latencies = [float(t.trace["latency_ms"]) for t in turns if "latency_ms" in t.trace]
    answered = [t for t in turns if t.status == 200]
    gold_labels = [label for label, row in report.items() if row["support"]]
    return {
        "dialogs": len(results),
        "dialogs_passed": sum(r.passed for r in results),
        "turns": sum(len(r.dialog.turns) for r in results),  # a turn never reached counts as not passed
        "turns_passed": sum(t.passed for t in turns),
        "intent_accuracy": _ratio(sum(g == p for g, p in pairs), len(pairs)),
        "intent_macro_f1": round(float(np.mean([report[lbl]["f1"] for lbl in report])), 4)
        if report
        else None,
        "intent_macro_f1_gold_labels": round(float(np.mean([report[lbl]["f1"] for lbl in gold_labels])), 4)
        if gold_labels
        else None,
        "slot_precision": _ratio(slot_tp, slot_predicted),
        "slot_recall": _ratio(slot_tp, slot_expected),
        "slot_exact_match": _ratio(slot_exact, slot_turns),
        "action_accuracy": _ratio(len(action_ok), len(action_turns)),
        "task_success_rate": _ratio(succeeded, len(tasks)),
        "out_of_scope_precision": _ratio(oos_tp, oos_pred),
        "out_of_scope_recall": _ratio(oos_tp, oos_gold),
        "handoff_rate": _ratio(
            sum(any(m.get("type") == "handoff" for m in t.body.get("messages", [])) for t in answered),
            len(answered),
        ),
        "fallback_rate": _ratio(
            sum((t.trace.get("intent") or {}).get("name") == OUT_OF_SCOPE for t in answered), len(answered)
        ),
        "latency_ms": {
            "p50": round(float(np.percentile(latencies, 50)), 2) if latencies else None,
            "p95": round(float(np.percentile(latencies, 95)), 2) if latencies else None,
        },
        "client_latency_ms": {
            "p50": round(float(np.percentile([t.client_ms for t in turns], 50)), 2) if turns else None
        },
    }


def confusion(pairs: list[tuple[str, str]], errors_only: bool = True) -> dict[str, dict[str, int]]:
    matrix: dict[str, dict[str, int]] = defaultdict(dict)
    for gold, predicted in pairs:
        if errors_only and gold == predicted:
            continue
        matrix[gold][predicted] = matrix[gold].get(predicted, 0) + 1
    return {g: dict(sorted(row.items())) for g, row in sorted(matrix.items())}
