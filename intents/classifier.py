"""The trained intent head, in plain numpy: a logistic regression on the sentence embedding (and the slots the
utterance mentions), fused with one on character n-grams; out of scope is both a class and a threshold.

`intents.head_training` fits it with scikit-learn; scoring here gives the same probabilities without
importing scikit-learn, which would add 0.8 s to every start.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from intents.language import as_katakana
from intents.mentions import Mentions, mention_matrix

OUT_OF_SCOPE = "out_of_scope"
NGRAM_RANGE = (1, 4)


@dataclass(frozen=True)
class IntentPrediction:
    """The recognised intent, its confidence, the top of the ranking and the top-2 margin."""

    name: str
    confidence: float
    ranking: tuple[tuple[str, float], ...]
    margin: float
    below_threshold: bool = False
    source: str = "model"


def _one_vs_rest(logits: np.ndarray) -> np.ndarray:
    """SGDClassifier's multi-class probabilities: per-class sigmoids, normalised."""
    sigmoid = 1.0 / (1.0 + np.exp(-logits))
    return sigmoid / sigmoid.sum(axis=-1, keepdims=True)


def _softmax(logits: np.ndarray) -> np.ndarray:
    shifted = np.exp(logits - logits.max(axis=-1, keepdims=True))
    return shifted / shifted.sum(axis=-1, keepdims=True)


_WHITE_SPACES = re.compile(r"\s\s+")


def lexical_form(text: str) -> str:
    """What the character n-grams see: width-folded (NFKC), lower-case, and hiragana read as katakana, so
    "えこまいれーじ" typed without conversion shares its n-grams with "エコマイレージ"."""
    folded = as_katakana(unicodedata.normalize("NFKC", text).lower())
    return " ".join(folded.split())


def char_ngrams(text: str, ngram_range: tuple[int, int] = NGRAM_RANGE) -> list[str]:
    """scikit-learn's `char_wb` analyzer (lower-cased, n-grams inside space-padded words), reproduced."""
    low, high = ngram_range
    grams: list[str] = []
    for word in _WHITE_SPACES.sub(" ", text.lower()).split():
        padded = f" {word} "
        for n in range(low, high + 1):
            offset = 0
            grams.append(padded[offset : offset + n])
            while offset + n < len(padded):
                offset += 1
                grams.append(padded[offset : offset + n])
            if offset == 0:  # a word shorter than n counts once
                break
    return grams


@dataclass
class IntentHead:
    """A trained head: both channels' weights, their fusion weight and the out-of-scope threshold."""

    classes: list[str]
    dense_coef: np.ndarray
    dense_intercept: np.ndarray
    vocabulary: dict[str, int]
    idf: np.ndarray
    lexical_coef: np.ndarray
    lexical_intercept: np.ndarray
    dense_weight: float
    threshold: float
    ambiguity: float = 0.1
    calibration: dict[str, float] = field(default_factory=dict)
    mention_slots: tuple[str, ...] = ()
    mention_scale: float = 0.0

    def dense_input(self, vectors: np.ndarray, mentions: Sequence[Mentions] | None) -> np.ndarray:
        """The dense channel reads the sentence vector and the slots the utterance mentions."""
        if not self.mention_slots:
            return vectors
        mentions = mentions if mentions is not None else [frozenset()] * len(vectors)
        return np.hstack([vectors, mention_matrix(mentions, self.mention_slots, self.mention_scale)])

    def _lexical_logits(self, text: str) -> np.ndarray:
        """TF-IDF (sublinear tf, l2-normalised) of the text's n-grams times the SGD weights."""
        counts: dict[int, int] = {}
        for gram in char_ngrams(lexical_form(text)):
            index = self.vocabulary.get(gram)
            if index is not None:
                counts[index] = counts.get(index, 0) + 1
        logits = self.lexical_intercept.copy()
        if counts:
            indices = np.fromiter(counts, dtype=np.int64)
            values = (1.0 + np.log(np.fromiter(counts.values(), dtype=np.float64))) * self.idf[indices]
            values /= np.linalg.norm(values)
            logits += self.lexical_coef[:, indices] @ values
        return logits

    def probabilities(
        self, vectors: np.ndarray, texts: list[str], mentions: Sequence[Mentions] | None = None
    ) -> np.ndarray:
        dense = _softmax(self.dense_input(vectors, mentions) @ self.dense_coef.T + self.dense_intercept)
        if self.dense_weight >= 1.0:
            return dense
        lexical = _one_vs_rest(np.stack([self._lexical_logits(t) for t in texts]))
        return self.dense_weight * dense + (1.0 - self.dense_weight) * lexical

    def probabilities_one(
        self, vector: np.ndarray, text: str, mentions: Mentions = frozenset()
    ) -> np.ndarray:
        """`probabilities` of one utterance, the mentions added as columns of the weights."""
        logits = self.dense_coef[:, : len(vector)] @ vector + self.dense_intercept
        for slot in mentions:
            if slot in self.mention_slots:
                column = len(vector) + self.mention_slots.index(slot)
                logits += self.mention_scale * self.dense_coef[:, column]
        dense = _softmax(logits)
        if self.dense_weight >= 1.0:
            return dense
        return self.dense_weight * dense + (1.0 - self.dense_weight) * _one_vs_rest(
            self._lexical_logits(text)
        )

    def predict(
        self, vector: np.ndarray, text: str, mentions: Mentions = frozenset(), top: int = 5
    ) -> IntentPrediction:
        return self.decide(self.probabilities_one(vector, text, mentions), top)

    def decide(self, probs: np.ndarray, top: int = 5) -> IntentPrediction:
        order = np.argsort(-probs)
        ranking = tuple((self.classes[i], round(float(probs[i]), 4)) for i in order[:top])
        best, confidence = ranking[0]
        margin = confidence - (ranking[1][1] if len(ranking) > 1 else 0.0)
        if best != OUT_OF_SCOPE and confidence < self.threshold:
            return IntentPrediction(OUT_OF_SCOPE, confidence, ranking, margin, below_threshold=True)
        return IntentPrediction(best, confidence, ranking, margin)
