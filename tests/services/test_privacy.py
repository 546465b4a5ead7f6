"""Resident registration and phone numbers never reach storage or logs unmasked."""

import pytest

from services.privacy import mask_pii


@pytest.mark.parametrize(
    ("text", "hidden"),
    [
        ("제 주민번호는 900101-1234567 이에요", "1234567"),
        ("주민등록번호 9001011234567", "1234567"),
        ("연락처 010-1234-5678로 주세요", "1234-5678"),
        ("전화 01012345678", "12345678"),
        ("사무실 02-2133-7000", "2133-7000"),
    ],
)
def test_identifiers_are_masked(text: str, hidden: str):
    masked = mask_pii(text)
    assert hidden not in masked
    assert "*" in masked


def test_ordinary_numbers_are_left_alone():
    text = "2000cc 18년식 자동차세, 120 다산콜, 1566-3900"
    assert mask_pii(text) == text
