"""Training the intent head with scikit-learn: logistic regression on sentence embeddings (and the slots
each example mentions), SGD on character n-grams; fusion weight and out-of-scope threshold calibrated on a
held-back split before the final fit on all data (as Rasa's FallbackClassifier, but tuned).

Only `clerks build` and the cross-validation import this module: the trained head is plain numpy, so
serving never imports scikit-learn (0.8 s of every start).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression, SGDClassifier
from sklearn.model_selection import train_test_split
from threadpoolctl import threadpool_limits

from intents.classifier import NGRAM_RANGE, OUT_OF_SCOPE, IntentHead, lexical_form
from intents.mentions import Mentions, mention_matrix


@dataclass
class HeadConfig:
    """Training knobs; defaults were chosen by cross-validation on the catalog data. The channel weight is
    fixed: chosen on one holdout it flipped between 0.5 and 0.6 as a few examples were added, reshuffling
    borderline predictions, and 0.5 fixed did as well as the search over three CV seeds."""

    dense_c: float = 20.0
    lexical_alpha: float = 1e-5
    dense_weights: tuple[float, ...] = (0.5,)
    holdout: float = 0.2
    seed: int = 7
    min_threshold: float = 0.0
    max_threshold: float = 0.6
    mention_scale: float = 0.2


def _fit_channels(
    vectors: np.ndarray,
    texts: list[str],
    labels: list[str],
    config: HeadConfig,
    start: LogisticRegression | None = None,
):
    """Both channels; `start` (a fit on part of the data, same classes) warm-starts the dense one."""
    if start is not None and list(start.classes_) == sorted(set(labels)):
        dense = start.set_params(warm_start=True)
    else:
        dense = LogisticRegression(C=config.dense_c, max_iter=3000)
    dense.fit(vectors, labels)
    lexical = TfidfVectorizer(analyzer="char_wb", ngram_range=NGRAM_RANGE, min_df=1, sublinear_tf=True)
    matrix = lexical.fit_transform([lexical_form(t) for t in texts])
    lexical_model = SGDClassifier(  # one-vs-rest: the classes train in parallel, with identical results
        loss="log_loss",
        alpha=config.lexical_alpha,
        max_iter=50,
        tol=None,
        random_state=config.seed,
        n_jobs=-1,
    )
    lexical_model.fit(matrix, labels)
    return dense, lexical, lexical_model


def _best_threshold(
    confidences: np.ndarray, predicted: list[str], gold: list[str], limit: float, tolerance: float = 0.01
) -> float:
    """The lowest threshold whose out-of-scope F1 on held-back data (predictions below it become OOS) is
    within `tolerance` of the best: the curve is flat, and a bump of a point (two held-back examples)
    moved the threshold between 0 and 0.24 as a few examples were added, rejecting more each time."""
    scores: list[tuple[float, float]] = []
    for threshold in np.arange(0.0, limit + 1e-9, 0.02):
        tp = fp = fn = 0
        for conf, pred, true in zip(confidences, predicted, gold, strict=True):
            final = OUT_OF_SCOPE if pred == OUT_OF_SCOPE or conf < threshold else pred
            tp += final == OUT_OF_SCOPE and true == OUT_OF_SCOPE
            fp += final == OUT_OF_SCOPE and true != OUT_OF_SCOPE
            fn += final != OUT_OF_SCOPE and true == OUT_OF_SCOPE
        scores.append((float(threshold), 2 * tp / (2 * tp + fp + fn) if tp else 0.0))
    best = max(f1 for _, f1 in scores)
    return next(threshold for threshold, f1 in scores if f1 >= best - tolerance)


def train_head(
    vectors: np.ndarray,
    texts: list[str],
    labels: list[str],
    config: HeadConfig | None = None,
    mentions: Sequence[Mentions] | None = None,
) -> IntentHead:
    """Calibrate fusion weight and threshold on a stratified holdout, then fit on everything; with
    `mentions` (the slots each text names), the dense channel reads them beside the sentence vector.

    BLAS runs on one thread here: on matrices this small a 2-thread OpenBLAS pool spends its time
    waking and spinning, which made the dense fit 5x slower on a 2-core box.
    """
    with threadpool_limits(1, user_api="blas"):
        config = config or HeadConfig()
        slots = tuple(sorted(set().union(*mentions))) if mentions and config.mention_scale else ()
        if slots:
            vectors = np.hstack([vectors, mention_matrix(mentions, slots, config.mention_scale)])
        return _train_head(vectors, texts, labels, config, slots)


def _train_head(
    vectors: np.ndarray, texts: list[str], labels: list[str], config: HeadConfig, slots: tuple[str, ...]
) -> IntentHead:
    idx = np.arange(len(labels))
    train_idx, hold_idx = train_test_split(
        idx, test_size=config.holdout, random_state=config.seed, stratify=labels
    )
    dense, lexical, lexical_model = _fit_channels(
        vectors[train_idx], [texts[i] for i in train_idx], [labels[i] for i in train_idx], config
    )
    hold_labels = [labels[i] for i in hold_idx]
    dense_probs = dense.predict_proba(vectors[hold_idx])
    lexical_probs = lexical_model.predict_proba(lexical.transform([lexical_form(texts[i]) for i in hold_idx]))
    classes = list(dense.classes_)
    best_weight, best_acc = 1.0, -1.0
    for weight in config.dense_weights:
        probs = weight * dense_probs + (1 - weight) * lexical_probs
        acc = float(np.mean([classes[i] == g for i, g in zip(probs.argmax(1), hold_labels, strict=True)]))
        if acc > best_acc + 1e-9:
            best_weight, best_acc = weight, acc
    probs = best_weight * dense_probs + (1 - best_weight) * lexical_probs
    predicted = [classes[i] for i in probs.argmax(1)]
    threshold = (
        _best_threshold(probs.max(1), predicted, hold_labels, config.max_threshold)
        if OUT_OF_SCOPE in classes
        else 0.0
    )
    dense, lexical, lexical_model = _fit_channels(vectors, texts, labels, config, start=dense)
    return head_from_models(
        dense,
        lexical,
        lexical_model,
        dense_weight=best_weight,
        threshold=max(threshold, config.min_threshold),
        calibration={
            "holdout_accuracy": best_acc,
            "dense_weight": best_weight,
            "threshold": threshold,
            "holdout_size": float(len(hold_idx)),
        },
        mention_slots=slots,
        mention_scale=config.mention_scale if slots else 0.0,
    )


def head_from_models(
    dense: LogisticRegression,
    lexical: TfidfVectorizer,
    lexical_model: SGDClassifier,
    dense_weight: float,
    threshold: float,
    calibration: dict[str, float] | None = None,
    mention_slots: tuple[str, ...] = (),
    mention_scale: float = 0.0,
) -> IntentHead:
    """The fitted models' weights as a numpy head (the same probabilities, no scikit-learn to serve it).
    With two classes scikit-learn keeps one row of weights (for the second class); both rows are spelt out:
    softmax over ±z/2 and normalised sigmoids of ±z give its probabilities."""
    dense_coef, dense_intercept = _both_rows(dense.coef_, dense.intercept_, 0.5)
    lexical_coef, lexical_intercept = _both_rows(lexical_model.coef_, lexical_model.intercept_, 1.0)
    return IntentHead(
        classes=[str(c) for c in dense.classes_],
        dense_coef=dense_coef,
        dense_intercept=dense_intercept,
        vocabulary={str(k): int(v) for k, v in lexical.vocabulary_.items()},
        idf=lexical.idf_.astype(np.float64),
        lexical_coef=lexical_coef,
        lexical_intercept=lexical_intercept,
        dense_weight=dense_weight,
        threshold=threshold,
        calibration=calibration or {},
        mention_slots=mention_slots,
        mention_scale=mention_scale,
    )


def _both_rows(coef: np.ndarray, intercept: np.ndarray, half: float) -> tuple[np.ndarray, np.ndarray]:
    coef, intercept = coef.astype(np.float64), intercept.astype(np.float64)
    if coef.shape[0] == 1:
        return np.vstack([-half * coef, half * coef]), np.concatenate([-half * intercept, half * intercept])
    return coef, intercept
