"""The slot extractor component: every extractor in priority order, claimed spans not read again."""

from __future__ import annotations

import threading
from collections.abc import Sequence
from pathlib import Path

from intents.rasa_nlu import read_nlu
from intents.slots import dates, housing, identifiers, money, people, places, times, vehicle
from intents.slots.lookup import LookupExtractor
from intents.slots.match import Extractor, SlotContext, SlotMatch

DATA_DIR = Path(__file__).resolve().parents[1] / "data"
GENERIC = {"vehicle_kind": ("passenger",), "facility_type": ("gym",)}
MAY_SHARE = {
    frozenset({"first_home", "homes_after"}),
    frozenset({"fuel", "vehicle_kind"}),
    frozenset({"fuel", "model_year"}),  # "a diesel from 2017"
    frozenset({"age", "reduction_group"}),  # "65세 넘으셨는데": 65 years old, and a senior
    frozenset({"employed", "topic"}),  # "취업 준비 1년째": not employed, and a career worry
}  # one phrase, two slots

PATTERN_EXTRACTORS: tuple[Extractor, ...] = (
    identifiers.booking_id,
    vehicle.engine_cc,
    money.price_krw,
    housing.area_m2,
    vehicle.registration_date,
    vehicle.model_year,
    vehicle.tax_year,
    dates.date_slot,
    times.time_slot,
    people.party_size,
    people.age,
    people.household_income_pct,
    housing.homes_after,
    housing.adjusted_area,
    housing.first_home,
    vehicle.prepay,
    people.employed,
)


class SlotExtractor:
    """All slot values of an utterance, normalised; lookup tables load in `warm_up()` (once)."""

    def __init__(
        self, data_dir: Path | None = DATA_DIR, extractors: Sequence[Extractor] = PATTERN_EXTRACTORS
    ) -> None:
        self.data_dir = data_dir
        self.extractors = tuple(extractors)
        self._lookup: LookupExtractor | None = None
        self._lock = threading.Lock()

    def warm_up(self) -> None:
        with self._lock:
            if self._lookup is None and self.data_dir is not None:
                self._lookup = LookupExtractor(read_nlu(self.data_dir))

    @property
    def lookup(self) -> LookupExtractor | None:
        self.warm_up()
        return self._lookup

    def run(self, text: str, ctx: SlotContext) -> list[SlotMatch]:
        self.warm_up()
        extractors = (*self.extractors, *((self._lookup,) if self._lookup else ()), places.location)
        taken: list[SlotMatch] = []
        for extractor in extractors:
            for match in sorted(extractor(text, ctx), key=lambda m: m.start - m.end):
                if any(_conflict(match, other) for other in taken):
                    continue
                taken.append(match)
        return sorted(taken, key=lambda m: m.start)

    @staticmethod
    def as_slots(matches: Sequence[SlotMatch]) -> dict[str, object]:
        """Slot name -> value; a later mention wins ("2000cc, no, 1600cc"), but a generic value never
        replaces a specific one ("hybrid SUV" is a hybrid, not just a passenger car)."""
        slots: dict[str, object] = {}
        for match in matches:
            if match.slot in slots and match.value in GENERIC.get(match.slot, ()):
                continue
            slots[match.slot] = match.value
        return slots


def _conflict(new: SlotMatch, old: SlotMatch) -> bool:
    """Overlapping spans conflict, except one surface naming two slots ('전기차' is a fuel and a vehicle kind)
    and a place phrase holding a district or a facility."""
    if not (new.start < old.end and old.start < new.end):
        return False
    if "location" in (new.slot, old.slot):  # a place phrase may contain a district or a facility, not a day
        return bool({new.slot, old.slot} & {"date", "time", "registration_date"})
    if frozenset((new.slot, old.slot)) in MAY_SHARE:
        return False
    return not ((new.start, new.end) == (old.start, old.end) and new.slot != old.slot)
