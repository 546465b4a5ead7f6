"""Hand-made NLU results, so policy and composer tests need no model."""

from __future__ import annotations

import numpy as np

from intents.classifier import IntentPrediction
from intents.slots.match import SlotMatch
from intents.understanding import Understanding


def understood(
    intent: str, confidence: float = 0.95, language: str = "ko", text: str = "…", **slots: object
) -> Understanding:
    entities = tuple(SlotMatch(name, value, 0, 0, str(value)) for name, value in slots.items())
    prediction = IntentPrediction(intent, confidence, ((intent, confidence),), confidence)
    return Understanding(
        text=text,
        language=language,
        intent=prediction,
        entities=entities,
        vector=np.zeros(384, dtype=np.float32),
    )
