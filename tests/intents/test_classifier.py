"""The intent head: numpy scoring equals sklearn's, out of scope by class and by threshold."""

from __future__ import annotations

import numpy as np
import pytest

from intents.classifier import OUT_OF_SCOPE, char_ngrams, lexical_form
from intents.head_training import HeadConfig, _best_threshold, _fit_channels, head_from_models, train_head

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


def test_the_numpy_head_scores_as_the_fitted_sklearn_models(data):
    vectors, texts, labels, _ = data
    dense, lexical, lexical_model = _fit_channels(vectors, texts, labels, HeadConfig())
    head = head_from_models(dense, lexical, lexical_model, dense_weight=0.6, threshold=0.0)
    probe = [f"{t} 세금 テスト" for t in texts]
    sklearn = 0.6 * dense.predict_proba(vectors) + 0.4 * lexical_model.predict_proba(
        lexical.transform([lexical_form(t) for t in probe])
    )
    np.testing.assert_allclose(head.probabilities(vectors, probe), sklearn, atol=1e-6)
    for i in range(0, len(texts), 7):
        np.testing.assert_allclose(head.probabilities_one(vectors[i], probe[i]), sklearn[i], atol=1e-6)


def test_a_two_intent_head_scores_as_sklearn_too(data):
    vectors, texts, labels, _ = data
    pairs = [i for i, label in enumerate(labels) if label in ("greet", "tax.car_tax")]
    two = (vectors[pairs], [texts[i] for i in pairs], [labels[i] for i in pairs])
    dense, lexical, lexical_model = _fit_channels(*two, HeadConfig())
    head = head_from_models(dense, lexical, lexical_model, dense_weight=0.5, threshold=0.0)
    sklearn = 0.5 * dense.predict_proba(two[0]) + 0.5 * lexical_model.predict_proba(
        lexical.transform([lexical_form(t) for t in two[1]])
    )
    np.testing.assert_allclose(head.probabilities(two[0], two[1]), sklearn, atol=1e-6)
    np.testing.assert_allclose(head.probabilities_one(two[0][0], two[1][0]), sklearn[0], atol=1e-6)


@pytest.mark.parametrize("text", ["자동차세 얼마", "a  b", "car tax 2000cc!", "エコマイレージ", "x", "  "])
def test_character_ngrams_are_sklearns_char_wb_ngrams(text: str):
    from sklearn.feature_extraction.text import TfidfVectorizer

    analyzer = TfidfVectorizer(analyzer="char_wb", ngram_range=(1, 4)).build_analyzer()
    assert char_ngrams(text) == analyzer(text)


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


def test_a_mentioned_slot_separates_requests_whose_sentences_read_alike():
    vectors = (RNG.normal(size=16) + RNG.normal(scale=0.01, size=(80, 16))).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    labels = [("reserve.search", OUT_OF_SCOPE, "tax.car_tax")[i % 3] for i in range(80)]
    slots = (frozenset({"facility_type"}), frozenset(), frozenset({"engine_cc"}))
    mentions = [slots[i % 3] for i in range(80)]
    head = train_head(vectors, ["x"] * 80, labels, HeadConfig(mention_scale=1.0), mentions)
    assert head.mention_slots == ("engine_cc", "facility_type")
    probe = vectors[0]
    assert head.predict(probe, "x", frozenset({"facility_type"})).ranking[0][0] == "reserve.search"
    assert head.predict(probe, "x", frozenset({"engine_cc"})).ranking[0][0] == "tax.car_tax"
    assert head.predict(probe, "x").ranking[0][0] == OUT_OF_SCOPE
    batch = head.probabilities(vectors[:1], ["x"], [frozenset({"facility_type"})])[0]
    np.testing.assert_allclose(
        head.probabilities_one(probe, "x", frozenset({"facility_type"})), batch, atol=1e-6
    )


def test_a_threshold_that_wins_less_than_a_point_of_f1_is_not_used():
    gold = [OUT_OF_SCOPE] * 100 + ["greet"] * 100
    predicted = [OUT_OF_SCOPE] * 99 + ["greet"] * 101
    confidences = np.array([0.9] * 99 + [0.15] + [0.9] * 100)  # one OOS example rescued by a 0.16 threshold
    assert _best_threshold(confidences, predicted, gold, 0.6, tolerance=0.0) == pytest.approx(0.16)
    assert _best_threshold(confidences, predicted, gold, 0.6) == 0.0
