"""Runs the slot extractors in priority order; a span claimed by an earlier extractor is not read again."""

from __future__ import annotations

from collections.abc import Sequence

from intents.slots import vehicle
from intents.slots.match import Extractor, SlotContext, SlotMatch

DEFAULT_EXTRACTORS: tuple[Extractor, ...] = (vehicle.engine_cc, vehicle.model_year)


class SlotExtractor:
    """All slot values in an utterance, normalised, without overlapping spans."""

    def __init__(self, extractors: Sequence[Extractor] = DEFAULT_EXTRACTORS) -> None:
        self.extractors = tuple(extractors)

    def run(self, text: str, ctx: SlotContext) -> list[SlotMatch]:
        taken: list[tuple[int, int]] = []
        accepted: list[SlotMatch] = []
        for extractor in self.extractors:
            for match in sorted(extractor(text, ctx), key=lambda m: m.start - m.end):
                if any(match.start < end and start < match.end for start, end in taken):
                    continue
                taken.append((match.start, match.end))
                accepted.append(match)
        return sorted(accepted, key=lambda m: m.start)

    @staticmethod
    def as_slots(matches: Sequence[SlotMatch]) -> dict[str, object]:
        """Slot name -> value; a later mention of the same slot wins ("2000cc, no, 1600cc")."""
        return {m.slot: m.value for m in matches}
