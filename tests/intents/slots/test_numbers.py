"""Korean and Japanese number phrasings become integers; formatting in Korean reads back the same."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from intents.slots.numbers import find_numbers, format_korean, parse_number


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("2천", 2000),
        ("천육백", 1600),
        ("이천", 2000),
        ("3,500", 3500),
        ("3500만", 35_000_000),
        ("2억 3천만", 230_000_000),
        ("12억", 1_200_000_000),
        ("3.5억", 350_000_000),
        ("삼천오백만", 35_000_000),
        ("7億5千万", 750_000_000),
        ("3500万", 35_000_000),
        ("2천5백", 2500),
        ("1.6", 1.6),
    ],
)
def test_number_expressions(text: str, value: float):
    assert parse_number(text) == value


def test_prices_said_as_7억_5천_mean_7억_5천만():
    assert parse_number("7억 5천", money=True) == 750_000_000
    assert parse_number("7억 5천") == 700_005_000


def test_finding_numbers_ignores_hangul_words_that_look_like_numerals():
    assert [expr for _, _, expr in find_numbers("이 차는 2천cc, 가격은 7억 5천만원")] == ["2천", "7억 5천만"]


@given(st.integers(min_value=1, max_value=10**13 - 1))
def test_formatting_in_korean_and_parsing_back_is_the_identity(value: int):
    assert parse_number(format_korean(value)) == value
