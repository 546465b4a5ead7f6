"""The intent head: numpy scoring equals sklearn's, out of scope by class and by threshold."""

from __future__ import annotations

import numpy as np
import pytest

from intents.classifier import OUT_OF_SCOPE, HeadConfig, lexical_form, train_head

RNG = np.random.default_rng(3)
INTENTS = ["greet", "tax.car_tax", "reserve.book", OUT_OF_SCOPE]
WORDS = {
    "greet": "안녕 hello",
    "tax.car_tax": "자동차세 car tax",
    "reserve.book": "예약 booking",
    OUT_OF_SCOPE: "날씨 weather",
}


@pytest.fixture(scope="module")
def data():
    centres = {intent: RNG.normal(size=16) for intent in INTENTS}
    vectors, texts, labels = [], [], []
    for intent in INTENTS:
        for n in range(30):
            vector = centres[intent] + RNG.normal(scale=0.6, size=16)
            vectors.append(vector / np.linalg.norm(vector))
            texts.append(f"{WORDS[intent]} {n}")
            labels.append(intent)
    return np.asarray(vectors, dtype=np.float32), texts, labels, centres


def test_single_utterance_scoring_matches_sklearn(data):
    vectors, texts, labels, _ = data
    head = train_head(vectors, texts, labels, HeadConfig(dense_weights=(0.6,)))
    for i in range(0, len(texts), 7):
        batch = head.probabilities(vectors[i : i + 1], [texts[i]])[0]
        np.testing.assert_allclose(head.probabilities_one(vectors[i], texts[i]), batch, atol=1e-6)


def test_clear_examples_are_recognised_with_a_ranking_and_margin(data):
    vectors, texts, labels, centres = data
    head = train_head(vectors, texts, labels)
    vector = centres["tax.car_tax"] / np.linalg.norm(centres["tax.car_tax"])
    prediction = head.predict(vector.astype(np.float32), "자동차세 얼마")
    assert prediction.name == "tax.car_tax"
    assert prediction.ranking[0][0] == "tax.car_tax" and 0 < prediction.margin <= prediction.confidence


def test_low_confidence_becomes_out_of_scope(data):
    vectors, texts, labels, _ = data
    head = train_head(vectors, texts, labels)
    head.threshold = 0.99
    uncertain = np.full(len(head.classes), 1 / len(head.classes))
    prediction = head.decide(uncertain)
    assert prediction.name == OUT_OF_SCOPE and prediction.below_threshold


def test_hiragana_and_full_width_typing_share_the_character_ngrams_of_the_usual_spelling():
    assert lexical_form("えこまいれーじ　ＣＣ") == lexical_form("エコマイレージ cc") == "エコマイレージ cc"
