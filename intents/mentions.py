"""Which slots an utterance mentions, as features of the intent head (Rasa's lookup-table and regex
featurisers, from our own extractors): "금천 배드민턴장 어디 비었어" names a facility type and a district,
which the sentence embedding alone reads as chit-chat."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date

import numpy as np

from intents.language import detect_language
from intents.slots.extractor import SlotExtractor
from intents.slots.match import SlotContext, SlotMatch

TRAINING_DAY = date(2026, 1, 1)  # mentions are presence only; a fixed day keeps a build reproducible

Mentions = frozenset[str]


def mentioned_slots(matches: Iterable[SlotMatch]) -> Mentions:
    return frozenset(match.slot for match in matches)


def mentions_of(texts: Sequence[str], extractor: SlotExtractor | None = None) -> list[Mentions]:
    """The mentioned slots of each training text, read as the NLU reads a fresh utterance."""
    extractor = extractor or SlotExtractor()
    return [
        mentioned_slots(
            extractor.run(text, SlotContext(today=TRAINING_DAY, locale=detect_language(text, "ko") or "ko"))
        )
        for text in texts
    ]


def mention_matrix(mentions: Sequence[Mentions], names: Sequence[str], scale: float) -> np.ndarray:
    """One column per known slot name: `scale` where the utterance mentions it, else 0."""
    column = {name: i for i, name in enumerate(names)}
    matrix = np.zeros((len(mentions), len(names)), dtype=np.float32)
    for row, slots in enumerate(mentions):
        for slot in slots:
            if (i := column.get(slot)) is not None:
                matrix[row, i] = scale
    return matrix
