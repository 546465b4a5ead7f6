"""Car tax of non-commercial passenger cars: rates, education tax, age reduction, refusals."""

from __future__ import annotations

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


@pytest.mark.parametrize(("cc", "per_cc"), [(998, 80), (1000, 80), (1001, 140), (1600, 140), (1601, 200)])
def test_the_band_rate_applies_to_the_whole_displacement(cc: int, per_cc: int):
    result = car_tax(CarTaxInput(engine_cc=cc, model_year=2026, tax_year=2026))
    assert result.base_tax == cc * per_cc // 10 * 10


@pytest.mark.parametrize(
    ("model_year", "pct"), [(2025, 0), (2024, 5), (2023, 10), (2018, 35), (2015, 50), (2001, 50)]
)
def test_age_reduction_is_five_percent_a_year_from_the_third_year_capped_at_half(model_year: int, pct: int):
    result = car_tax(CarTaxInput(engine_cc=2000, model_year=model_year, tax_year=2026))
    assert result.age_reduction_pct == pct
    assert result.age_reduction == 400_000 * pct // 100


def test_electric_cars_pay_the_flat_100000_plus_education_tax_without_engine_size():
    result = car_tax(CarTaxInput(model_year=2024, tax_year=2026, fuel="electric"))
    assert (result.base_tax, result.education_tax, result.annual_total) == (100_000, 30_000, 130_000)


def test_breakdown_lists_every_line_and_cites_the_rate_passage():
    result = car_tax(CarTaxInput(engine_cc=1998, model_year=2018, tax_year=2026))
    codes = [line.code for line in result.lines]
    assert codes == ["car_tax_per_cc", "age_reduction", "car_tax", "education_tax", "annual_total"]
    assert sum(line.amount for line in result.lines[:2]) == result.car_tax
    assert result.rules[0].passage == "tax/car-tax-rates"
    assert "지방세법" in result.rules[0].legal_basis


@pytest.mark.parametrize(
    ("kwargs", "slot"),
    [
        ({"engine_cc": 0, "model_year": 2020}, "engine_cc"),
        ({"engine_cc": 2000, "model_year": 2027}, "model_year"),
        ({"engine_cc": 2000, "model_year": 1900}, "model_year"),
        ({"engine_cc": 2000, "model_year": 2020, "vehicle_use": "commercial"}, "vehicle_use"),
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
def test_education_tax_is_thirty_percent_and_reduction_never_above_half(cc: int, year: int):
    result = car_tax(CarTaxInput(engine_cc=cc, model_year=year, tax_year=2026))
    assert 0 <= result.age_reduction <= result.base_tax // 2
    assert result.education_tax == result.car_tax * 3 // 10 // 10 * 10
    assert result.annual_total == result.car_tax + result.education_tax


@given(cc=st.integers(50, 9998), year=st.integers(1990, 2026))
def test_tax_never_decreases_with_engine_size(cc: int, year: int):
    smaller = car_tax(CarTaxInput(engine_cc=cc, model_year=year, tax_year=2026))
    larger = car_tax(CarTaxInput(engine_cc=cc + 1, model_year=year, tax_year=2026))
    assert larger.annual_total >= smaller.annual_total
