"""Intent recogniser component: loads (or, once, builds) the trained head and classifies an embedded utterance."""

from __future__ import annotations

import logging
import threading
from pathlib import Path

import joblib
import numpy as np

from intents.classifier import OUT_OF_SCOPE, IntentPrediction
from intents.embedder import Embedder
from intents.mentions import Mentions
from intents.rules import IntentRules, RuleHit, default_rules
from intents.training import DATA_DIR, IntentModel, build_intent_model, model_path

log = logging.getLogger(__name__)


class IntentRecogniser:
    """`warm_up()` loads the model for the current data (training it when no build exists); `run()` predicts."""

    def __init__(
        self, embedder: Embedder, model_dir: Path, data_dir: Path = DATA_DIR, rules: IntentRules | None = None
    ) -> None:
        self.embedder = embedder
        self.model_dir = model_dir
        self.data_dir = data_dir
        self.rules = rules
        self.model: IntentModel | None = None
        self._lock = threading.Lock()

    def warm_up(self) -> None:
        with self._lock:
            if self.model is not None:
                return
            path = model_path(self.model_dir, self.data_dir, self.embedder.name)
            if not path.exists():
                log.warning(
                    "no intent model for the current data; training it now (run `clerks build` ahead)"
                )
                path = build_intent_model(self.embedder, self.model_dir, self.data_dir)
            self.model = joblib.load(path)
            if self.rules is None:
                self.rules = default_rules()

    @property
    def ready(self) -> bool:
        return self.model is not None

    def run(self, vector: np.ndarray, text: str, mentions: Mentions = frozenset()) -> IntentPrediction:
        """`mentions`: the slots the utterance names, read without the dialogue's context."""
        self.warm_up()
        assert self.model is not None and self.rules is not None
        return apply_rules(self.rules, self.model.head.predict(vector, text, mentions), text)


def apply_rules(rules: IntentRules, prediction: IntentPrediction, text: str) -> IntentPrediction:
    """A crisis signal or a small-talk phrase outranks the classifier (kept second in the ranking);
    a Seoul service asked about another city is out of scope."""
    hit = rules.match(text)
    if hit is None and rules.outside_seoul(prediction.name, text):
        hit = RuleHit(OUT_OF_SCOPE, "outside_seoul")
    if hit is None:
        if rules.allows(prediction.name, text):
            return prediction
        ranking = tuple((n, c) for n, c in prediction.ranking if rules.allows(n, text))
        name, confidence = ranking[0]
        margin = confidence - (ranking[1][1] if len(ranking) > 1 else 0.0)
        return IntentPrediction(name, confidence, ranking, margin, source="model+requires")
    ranking = ((hit.intent, 1.0), *((n, c) for n, c in prediction.ranking if n != hit.intent))[
        : len(prediction.ranking)
    ]
    return IntentPrediction(hit.intent, 1.0, ranking, 1.0, source=hit.rule)
