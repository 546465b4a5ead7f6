"""The local-tax calendar: real dates per year, deadlines moved past weekends and holidays."""

from datetime import date

import pytest

from services.errors import SlotInvalid
from services.tax import due_dates


def test_the_january_prepayment_deadline_of_2026_moves_from_saturday_to_monday():
    january = due_dates("car", 2026).windows[0]
    assert (january.code, january.end, january.deadline, january.moved) == (
        "car_prepay_january",
        date(2026, 1, 31),
        date(2026, 2, 2),
        True,
    )


def test_car_tax_halves_are_due_in_june_and_december():
    codes = {w.code: (w.start, w.end) for w in due_dates("car", 2027).windows}
    assert codes["car_first_half"] == (date(2027, 6, 16), date(2027, 6, 30))
    assert codes["car_second_half"] == (date(2027, 12, 16), date(2027, 12, 31))


def test_individual_local_income_tax_due_on_a_sunday_moves_to_monday():
    window = next(w for w in due_dates("local_income", 2026).windows if w.code == "local_income_individual")
    assert window.deadline == date(2026, 6, 1)


def test_the_next_window_from_today_rolls_over_to_next_year():
    assert due_dates("car", 2026, today=date(2026, 11, 25)).next_window.code == "car_second_half"
    assert due_dates("property", 2026, today=date(2026, 11, 25)).next_window.start == date(2027, 7, 16)


def test_acquisition_tax_is_due_within_60_days():
    assert due_dates("acquisition", 2026).within_days == 60


def test_an_unknown_tax_is_refused():
    with pytest.raises(SlotInvalid):
        due_dates("dog", 2026)  # type: ignore[arg-type]
