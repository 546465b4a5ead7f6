"""The contract's JSON report and Rasa's `intent_report.json` (sklearn classification-report shape)."""

from __future__ import annotations

from typing import Any

from evals.metrics import classification_report, confusion, intent_pairs, summarise
from evals.runner import DialogResult


def build(results: list[DialogResult]) -> dict[str, Any]:
    pairs = intent_pairs(results)
    intents = {
        label: {k: row[k] for k in ("precision", "recall", "f1", "support")}
        for label, row in classification_report(pairs).items()
    }
    return {
        "summary": summarise(results),
        "intents": intents,
        "confusion": confusion(pairs),
        "dialogs": [
            {
                "id": r.dialog.id,
                "suite": r.dialog.suite,
                "passed": r.passed,
                "error": r.error,
                "turns": [
                    {
                        "user": t.user,
                        "reply": t.reply,
                        "passed": t.passed,
                        "failures": t.failures,
                        "trace": t.trace,
                    }
                    for t in r.turns
                ],
            }
            for r in results
        ],
    }


def rasa_intent_report(results: list[DialogResult]) -> dict[str, Any]:
    """What `rasa test nlu` writes to results/intent_report.json, for tools that read it."""
    pairs = intent_pairs(results)
    report = classification_report(pairs)
    out: dict[str, Any] = {
        label: {
            "precision": row["precision"],
            "recall": row["recall"],
            "f1-score": row["f1"],
            "support": row["support"],
            "confused_with": row["confused_with"],
        }
        for label, row in report.items()
    }
    total = sum(row["support"] for row in report.values())
    out["accuracy"] = round(sum(g == p for g, p in pairs) / len(pairs), 4) if pairs else 0.0
    for name, weight in (("macro avg", lambda row: 1.0), ("weighted avg", lambda row: row["support"])):
        weights = [weight(row) for row in report.values()]
        norm = sum(weights) or 1.0
        out[name] = {
            metric: round(
                sum(w * row[key] for w, row in zip(weights, report.values(), strict=True)) / norm, 4
            )
            for metric, key in (("precision", "precision"), ("recall", "recall"), ("f1-score", "f1"))
        }
        out[name]["support"] = total
    return out
