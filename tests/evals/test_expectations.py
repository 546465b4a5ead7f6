"""Every `expect` key of the contract, passing and failing."""

from __future__ import annotations

import pytest

from evals.expectations import check
from evals.suite import Expect

BODY = {
    "session_id": "s1",
    "assistant": "tax",
    "locale": "ko",
    "messages": [
        {"type": "text", "text": "2,000cc 승용차의 자동차세는 연 520,000원입니다."},
        {
            "type": "card",
            "title": "자동차세 계산 내역",
            "body": "…",
            "items": [{"label": "지방교육세", "value": "120,000원"}],
        },
        {"type": "handoff", "to": "reservation", "reason": "reserve.book"},
    ],
    "trace": {
        "intent": {"name": "tax.car_tax", "confidence": 0.93},
        "slots": {"engine_cc": 2000, "model_year": 2025},
        "actions": [{"name": "tax.car_tax", "args": {}, "ok": True, "result": {"annual_total": 520000}}],
        "citations": [{"doc_id": "tax/car-tax-rates", "title": "…", "score": 1.0}],
        "awaiting": None,
        "latency_ms": 12.0,
    },
}

CASES = [
    ("intent", "tax.car_tax", "tax.due_dates"),
    ("intent_any", ["tax.due_dates", "tax.car_tax"], ["greet", "thanks"]),
    ("slots", {"engine_cc": 2000}, {"engine_cc": 1600}),
    ("awaiting", None, "model_year"),
    ("action", "tax.car_tax", "reserve.book"),
    ("result", {"annual_total": 520000}, {"annual_total": 1}),
    ("says", ["520,000", "지방교육세"], ["999,999"]),
    ("says_any", ["없는 말", "520,000"], ["없는 말", "또 없는 말"]),
    ("says_none", ["오류"], ["520,000"]),
    ("cites", ["tax/car-tax-rates"], ["civil/moving-in-report"]),
    ("assistant", "tax", "youth"),
    ("handoff", "reservation", "human"),
]


@pytest.mark.parametrize(("key", "good", "bad"), CASES, ids=[c[0] for c in CASES])
def test_expectation_passes_and_fails(key: str, good: object, bad: object):
    assert check(Expect({key: good}), BODY) == []
    failures = check(Expect({key: bad}), BODY)
    assert len(failures) == 1 and failures[0].startswith(key)


def test_failed_action_is_reported_with_its_error():
    body = {
        **BODY,
        "trace": {
            **BODY["trace"],
            "actions": [
                {"name": "tax.car_tax", "ok": False, "result": {}, "error": {"code": "slot_invalid"}}
            ],
        },
    }
    assert "failed" in check(Expect({"action": "tax.car_tax"}), body)[0]


def test_a_turn_without_expectations_passes():
    assert check(Expect({}), BODY) == []
