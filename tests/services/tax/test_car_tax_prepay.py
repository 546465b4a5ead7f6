"""Which 연납 window a citizen can still use: the next one open today, next year's January after September."""

from datetime import date

import pytest

from services.tax.car_tax_prepay import prepay_window


@pytest.mark.parametrize(
    ("today", "window"),
    [
        (date(2026, 1, 5), (2026, 1)),
        (date(2026, 1, 31), (2026, 1)),
        (date(2026, 2, 1), (2026, 3)),
        (date(2026, 5, 2), (2026, 6)),
        (date(2026, 9, 30), (2026, 9)),
        (date(2026, 10, 1), (2027, 1)),
        (date(2026, 11, 25), (2027, 1)),
    ],
)
def test_the_next_open_window_is_offered(today: date, window: tuple[int, int]):
    assert prepay_window(today) == window


def test_a_month_whose_window_has_passed_means_that_month_next_year():
    assert prepay_window(date(2026, 11, 25), 3) == (2027, 3)
    assert prepay_window(date(2026, 2, 10), 3) == (2026, 3)
