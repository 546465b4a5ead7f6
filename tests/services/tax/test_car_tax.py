"""Car tax: bands, half-year bills, education tax, age reduction, commercial and EV rates, refusals."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from services.errors import SlotInvalid, SlotMissing
from services.tax import CarTaxInput, car_tax


def test_2000cc_in_its_second_year_pays_400000_plus_30_percent_education_tax():
    result = car_tax(CarTaxInput(engine_cc=2000, model_year=2025, tax_year=2026))
    assert (result.base_tax, result.age_reduction, result.education_tax, result.annual_total) == (
        400_000,
        0,
        120_000,
        520_000,
    )
    assert (result.first_half, result.second_half) == (260_000, 260_000)
    assert "estimate_model_year" in result.warnings


@pytest.mark.parametrize(("cc", "per_cc"), [(998, 80), (1000, 80), (1001, 140), (1600, 140), (1601, 200)])
def test_the_band_rate_applies_to_the_whole_displacement(cc: int, per_cc: int):
    assert car_tax(CarTaxInput(engine_cc=cc, model_year=2026, tax_year=2026)).base_tax == cc * per_cc


@pytest.mark.parametrize(
    ("model_year", "pct"), [(2025, 0), (2024, 5), (2023, 10), (2018, 35), (2015, 50), (2001, 50)]
)
def test_age_reduction_is_five_percent_a_year_from_the_third_year_capped_at_half(model_year: int, pct: int):
    result = car_tax(CarTaxInput(engine_cc=2000, model_year=model_year, tax_year=2026))
    assert result.age_reduction_pct == pct
    assert result.car_tax == 400_000 * (100 - pct) // 100


def test_a_car_registered_in_july_is_a_year_younger_in_the_first_half():
    result = car_tax(CarTaxInput(engine_cc=1598, registration_date=date(2023, 9, 15), tax_year=2026))
    assert (result.first_half, result.second_half) == (138_130, 130_870)


def test_electric_cars_pay_the_flat_rate_without_age_reduction_or_engine_size():
    result = car_tax(CarTaxInput(model_year=2015, tax_year=2026, fuel="electric"))
    assert (result.base_tax, result.age_reduction_pct, result.annual_total) == (100_000, 0, 130_000)


def test_commercial_cars_pay_the_low_rates_without_education_tax():
    result = car_tax(CarTaxInput(engine_cc=2400, model_year=2010, tax_year=2026, vehicle_use="commercial"))
    assert (result.base_tax, result.education_tax, result.age_reduction_pct) == (2400 * 19, 0, 0)


def test_a_small_yearly_tax_is_billed_whole_in_june_with_five_percent_off_the_second_half():
    result = car_tax(CarTaxInput(engine_cc=998, model_year=2025, tax_year=2026))
    assert result.small_amount_applied
    assert (result.first_half, result.second_half) == (101_190, 0)


def test_a_car_bought_during_the_year_pays_by_days_owned():
    result = car_tax(CarTaxInput(engine_cc=2000, registration_date=date(2026, 10, 1), tax_year=2026))
    assert result.first_half == 0
    assert result.car_tax == 400_000 * 92 // 365 // 10 * 10


@pytest.mark.parametrize(
    ("kwargs", "slot"),
    [
        ({"engine_cc": 0, "model_year": 2020}, "engine_cc"),
        ({"engine_cc": 2000, "model_year": 2027}, "model_year"),
        ({"engine_cc": 2000, "model_year": 1900}, "model_year"),
        ({"engine_cc": 2000, "model_year": 2020, "prepay": True, "prepay_month": 5}, "prepay_month"),
    ],
)
def test_impossible_inputs_are_refused_with_the_slot_to_ask_again(kwargs: dict, slot: str):
    with pytest.raises(SlotInvalid) as caught:
        car_tax(CarTaxInput(tax_year=2026, **kwargs))
    assert caught.value.slot == slot


def test_missing_engine_size_of_a_combustion_car_is_reported():
    with pytest.raises(SlotMissing):
        car_tax(CarTaxInput(model_year=2020, tax_year=2026))


@given(cc=st.integers(50, 9999), year=st.integers(1990, 2026))
def test_education_tax_is_thirty_percent_of_each_bill_and_reduction_never_above_half(cc: int, year: int):
    result = car_tax(CarTaxInput(engine_cc=cc, model_year=year, tax_year=2026))
    assert 0 <= result.age_reduction_pct <= 50
    assert result.car_tax >= result.base_tax // 2 - 20
    assert result.car_tax * 3 // 10 - 20 <= result.education_tax <= result.car_tax * 3 // 10
    assert result.annual_total == result.car_tax + result.education_tax


@given(cc=st.integers(50, 9998), year=st.integers(1990, 2026), use=st.sampled_from(["private", "commercial"]))
def test_tax_never_decreases_with_engine_size(cc: int, year: int, use: str):
    smaller = car_tax(CarTaxInput(engine_cc=cc, model_year=year, tax_year=2026, vehicle_use=use))
    larger = car_tax(CarTaxInput(engine_cc=cc + 1, model_year=year, tax_year=2026, vehicle_use=use))
    assert larger.annual_total >= smaller.annual_total


@given(
    cc=st.integers(1001, 9999),
    year=st.integers(2015, 2026),
    month=st.sampled_from([1, 3, 6, 9]),
    tax_year=st.integers(2021, 2026),
)
def test_prepay_discount_never_exceeds_the_years_rate(cc: int, year: int, month: int, tax_year: int):
    year = min(year, tax_year)
    result = car_tax(
        CarTaxInput(engine_cc=cc, model_year=year, tax_year=tax_year, prepay=True, prepay_month=month)
    )
    if result.small_amount_applied and month in (6, 9):
        assert result.prepayment is None  # already billed whole in June: nothing left to prepay
        return
    assert result.prepayment is not None
    rate = {2021: 10, 2022: 10, 2023: 7}.get(tax_year, 5)
    assert 0 < result.prepayment.discount <= result.annual_total * rate / 100
    assert result.prepayment.effective_pct <= rate
