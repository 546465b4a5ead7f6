"""The NLU component: Rasa-style button payloads, and one full understanding with the built model."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from intents.embedder import E5Embedder
from intents.recogniser import IntentRecogniser
from intents.understanding import NLU
from tests.conftest import BUILT_MODELS

TODAY = date(2026, 11, 25)


def nlu() -> NLU:
    embedder = E5Embedder()
    return NLU(embedder, IntentRecogniser(embedder, Path(BUILT_MODELS)))


def test_a_button_payload_names_intent_and_slots_without_any_model():
    understanding = NLU(E5Embedder(), IntentRecogniser(E5Embedder(), Path("/nonexistent"))).run(
        '/reserve.book{"district": "마포구", "party_size": 4}', TODAY
    )
    assert (understanding.intent.name, understanding.intent.source) == ("reserve.book", "payload")
    assert understanding.slots == {"district": "마포구", "party_size": 4}


def test_an_utterance_is_understood_in_one_pass():
    understanding = nlu().run("다음주 토요일 오후 3시 마포 테니스장 4명 예약해줘", TODAY)
    assert understanding.language == "ko"
    assert understanding.intent.name == "reserve.book"
    assert understanding.slots == {
        "date": "2026-12-05",
        "time": "15:00",
        "district": "마포구",
        "facility_type": "tennis",
        "party_size": 4,
    }
    assert understanding.vector.shape == (384,)
