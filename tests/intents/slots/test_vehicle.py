"""Engine size and model year as citizens write them, in Korean, English and Japanese."""

from datetime import date

import pytest

from intents.slots.extractor import SlotExtractor
from intents.slots.match import SlotContext

TODAY = date(2026, 11, 25)


EXTRACTOR = SlotExtractor()


def slots(text: str, awaiting: str | None = None) -> dict:
    """Only the car slots, so other slots in the same sentence (tax_kind, time) do not matter here."""
    found = SlotExtractor.as_slots(EXTRACTOR.run(text, SlotContext(today=TODAY, awaiting=awaiting)))
    return {k: v for k, v in found.items() if k in ("engine_cc", "model_year")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2000cc 승용차 자동차세 얼마예요?", {"engine_cc": 2000}),
        ("2천cc", {"engine_cc": 2000}),
        ("1998씨씨 차", {"engine_cc": 1998}),
        ("천육백씨씨 아반떼", {"engine_cc": 1600}),
        ("1.6리터 차", {"engine_cc": 1600}),
        ("2.0L 쏘나타", {"engine_cc": 2000}),
        ("18년식 쏘나타", {"model_year": 2018}),
        ("2021년식", {"model_year": 2021}),
        ("2021년형 그랜저", {"model_year": 2021}),
        ("2025년식이요", {"model_year": 2025}),
        ("19년에 샀어요", {"model_year": 2019}),
        ("2천cc 18년식 차세", {"engine_cc": 2000, "model_year": 2018}),
        ("a 2021 model with 1600cc", {"engine_cc": 1600, "model_year": 2021}),
        ("model year 2019, 2000 cc", {"engine_cc": 2000, "model_year": 2019}),
        ("car tax for my 2000cc sedan, it is 2019 year model", {"engine_cc": 2000, "model_year": 2019}),
        ("2021年式の車", {"model_year": 2021}),
        ("排気量2000の車", {"engine_cc": 2000}),
        ("12시 식사", {}),
    ],
)
def test_slots_in_free_text(text: str, expected: dict):
    assert slots(text) == expected


@pytest.mark.parametrize(
    ("text", "awaiting", "expected"),
    [
        ("2025", "model_year", {"model_year": 2025}),
        ("25년", "model_year", {"model_year": 2025}),
        ("작년", "model_year", {"model_year": 2025}),
        ("2020年です", "model_year", {"model_year": 2020}),
        ("2000", "engine_cc", {"engine_cc": 2000}),
        ("1.6", "engine_cc", {"engine_cc": 1600}),
        ("천육백", "engine_cc", {"engine_cc": 1600}),
        ("2000", None, {}),
    ],
)
def test_bare_answers_fill_the_awaited_slot_only(text: str, awaiting: str | None, expected: dict):
    assert slots(text, awaiting) == expected


def test_a_later_mention_wins():
    assert slots("2000cc 아니 1600cc") == {"engine_cc": 1600}
