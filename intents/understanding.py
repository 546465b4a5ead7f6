"""The NLU component: language, one `query:` embedding, intent and normalised slots for one utterance."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import numpy as np

from intents.classifier import OUT_OF_SCOPE, IntentPrediction
from intents.embedder import Embedder
from intents.kana import model_text
from intents.language import Locale, detect_language, unsupported_language
from intents.mentions import mentioned_slots
from intents.recogniser import IntentRecogniser
from intents.slots.extractor import SlotExtractor
from intents.slots.match import SlotContext, SlotMatch


@dataclass(frozen=True)
class Understanding:
    """What the citizen said, understood; `vector` is reused by retrieval so a turn embeds once."""

    text: str
    language: Locale
    intent: IntentPrediction
    entities: tuple[SlotMatch, ...]
    vector: np.ndarray = field(repr=False)

    @property
    def slots(self) -> dict[str, Any]:
        return SlotExtractor.as_slots(self.entities)


class NLU:
    """Embedder + recogniser + slot extractor behind one `run()`."""

    def __init__(
        self, embedder: Embedder, recogniser: IntentRecogniser, extractor: SlotExtractor | None = None
    ) -> None:
        self.embedder = embedder
        self.recogniser = recogniser
        self.extractor = extractor or SlotExtractor()

    def warm_up(self) -> None:
        self.embedder.warm_up()
        self.recogniser.warm_up()
        self.extractor.warm_up()

    @property
    def ready(self) -> bool:
        return self.recogniser.ready

    def run(
        self,
        text: str,
        today: date,
        awaiting: str | None = None,
        locale: Locale | None = None,
        expected: frozenset[str] = frozenset(),
    ) -> Understanding:
        if (payload := _payload(text)) is not None:
            return payload
        language = detect_language(text, default=locale or "ko") or "ko"
        if unsupported_language(text):
            intent = IntentPrediction(
                OUT_OF_SCOPE, 1.0, ((OUT_OF_SCOPE, 1.0),), 1.0, source="unsupported_language"
            )
            return Understanding(
                text=text, language=language, intent=intent, entities=(), vector=np.zeros(0, dtype=np.float32)
            )
        read = model_text(text)
        vector = self.embedder.run([read], "query")[0]
        fresh = SlotContext(today=today, locale=language)
        entities = self.extractor.run(text, fresh)
        intent = self.recogniser.run(vector, read, mentioned_slots(entities))
        if awaiting is not None or expected:  # a bare "3" may answer the form's question
            context = SlotContext(today=today, awaiting=awaiting, locale=language, expected=expected)
            entities = self.extractor.run(text, context)
        return Understanding(
            text=text, language=language, intent=intent, entities=tuple(entities), vector=vector
        )


_PAYLOAD = re.compile(r"^/(?P<intent>[a-z_]+(?:\.[a-z_]+)?)(?P<slots>\{.*\})?$")


def _payload(text: str) -> Understanding | None:
    """Rasa-style button payloads ('/reserve.book{"district": "마포구"}') name the intent and slots directly."""
    match = _PAYLOAD.match(text.strip())
    if match is None:
        return None
    try:
        slots = json.loads(match.group("slots")) if match.group("slots") else {}
    except json.JSONDecodeError:
        return None
    if not isinstance(slots, dict):
        return None
    entities = tuple(SlotMatch(str(k), v, 0, 0, str(v)) for k, v in slots.items())
    intent = match.group("intent")
    prediction = IntentPrediction(intent, 1.0, ((intent, 1.0),), 1.0, source="payload")
    return Understanding(
        text=text, language="ko", intent=prediction, entities=entities, vector=np.zeros(0, dtype=np.float32)
    )
