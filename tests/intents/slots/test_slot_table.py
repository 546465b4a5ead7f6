"""Table-driven slot normalisation across ko/en/ja (cases.yml), and properties of the normalisers."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from intents.slots.extractor import SlotExtractor
from intents.slots.match import SlotContext
from intents.slots.numbers import format_korean

TODAY = date(2026, 11, 25)
CASES = yaml.safe_load((Path(__file__).with_name("cases.yml")).read_text(encoding="utf-8"))["cases"]
BLIND = [
    case
    for name in ("blind_cases.yml", "blind_cases_round2.yml", "blind_cases_round3.yml")
    for case in yaml.safe_load((Path(__file__).with_name(name)).read_text(encoding="utf-8"))
]
EXTRACTOR = SlotExtractor()


def extract(
    text: str, awaiting: str | None = None, today: date = TODAY, expected: frozenset[str] = frozenset()
) -> dict:
    context = SlotContext(today=today, awaiting=awaiting, expected=expected)
    return SlotExtractor.as_slots(EXTRACTOR.run(text, context))


def test_there_are_at_least_150_cases():
    assert len(CASES) >= 150


@pytest.mark.parametrize("case", CASES, ids=[c["text"] for c in CASES])
def test_slot_case(case: dict):
    found = extract(case["text"], case.get("awaiting"), expected=frozenset(case.get("expected", ())))
    for slot, value in (case.get("slots") or {}).items():
        assert found.get(slot) == value, f"{slot}: {found}"
    for slot in case.get("absent", []):
        assert slot not in found


@pytest.mark.parametrize("case", BLIND, ids=[c["text"] for c in BLIND])
def test_blind_slot_case(case: dict):
    """Cases written from the contract alone, each with its own today, locale and intent."""
    found = SlotExtractor.as_slots(
        EXTRACTOR.run(case["text"], SlotContext(today=case["today"], locale=case["locale"]))
    )
    expected = {k: v.isoformat() if isinstance(v, date) else v for k, v in case["slots"].items()}
    assert {k: found.get(k) for k in expected} == expected


@given(st.integers(min_value=1, max_value=99_999).map(lambda n: n * 10_000))
def test_a_price_written_in_korean_reads_back(value: int):
    assert extract(f"{format_korean(value)}원짜리 차")["price_krw"] == value


@given(st.dates(min_value=date(2025, 1, 1), max_value=date(2030, 12, 31)), st.integers(0, 6))
def test_next_week_weekday_is_in_the_next_week_and_on_that_day(today: date, weekday: int):
    name = "월화수목금토일"[weekday]
    value = date.fromisoformat(extract(f"다음주 {name}요일", today=today)["date"])
    assert value.weekday() == weekday
    assert 1 <= (value - today).days <= 13
    assert value - timedelta(days=value.weekday()) == today - timedelta(days=today.weekday()) + timedelta(
        days=7
    )


@given(st.integers(1, 11), st.sampled_from(["오후", "午後"]))
def test_afternoon_hours_are_twelve_later(hour: int, word: str):
    unit = "시" if word == "오후" else "時"
    assert extract(f"{word} {hour}{unit}")["time"] == f"{hour + 12:02d}:00"


@given(st.integers(50, 9999))
def test_any_engine_size_in_cc_is_read(cc: int):
    assert extract(f"{cc}cc 차")["engine_cc"] == cc
