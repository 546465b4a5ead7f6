"""Acquisition tax on vehicles and homes: properties, reliefs by date, refusals."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from services.errors import SlotInvalid, SlotMissing
from services.tax import (
    HousingAcquisitionInput,
    VehicleAcquisitionInput,
    housing_acquisition_tax,
    vehicle_acquisition_tax,
)

TODAY = date(2026, 11, 25)


@given(
    price=st.integers(1_000_000, 300_000_000),
    kind=st.sampled_from(["passenger", "light", "van", "truck", "electric", "hydrogen", "commercial"]),
)
def test_vehicle_tax_never_decreases_with_price(price: int, kind: str):
    low = vehicle_acquisition_tax(
        VehicleAcquisitionInput(price_krw=price, vehicle_kind=kind, acquisition_date=TODAY)
    )
    high = vehicle_acquisition_tax(
        VehicleAcquisitionInput(price_krw=price + 1_000_000, vehicle_kind=kind, acquisition_date=TODAY)
    )
    assert high.total >= low.total >= 0


@given(
    price=st.integers(100_000_000, 2_000_000_000),
    area=st.integers(20, 200),
    homes=st.integers(1, 5),
    adjusted=st.booleans(),
)
def test_housing_tax_never_decreases_with_price_and_rate_stays_in_the_law(
    price: int, area: int, homes: int, adjusted: bool
):
    args = {"area_m2": area, "homes_after": homes, "adjusted_area": adjusted, "acquisition_date": TODAY}
    low = housing_acquisition_tax(HousingAcquisitionInput(price_krw=price, **args))
    high = housing_acquisition_tax(HousingAcquisitionInput(price_krw=price + 10_000_000, **args))
    assert high.total >= low.total
    assert 1.0 <= low.rate_pct <= 12.0
    if homes == 1:
        assert low.rate_pct <= 3.0


def test_sliding_rate_between_6_and_9_eok():
    result = housing_acquisition_tax(
        HousingAcquisitionInput(price_krw=730_000_000, area_m2=84, acquisition_date=TODAY)
    )
    assert result.rate_pct == 1.87 and result.acquisition_tax == 13_651_000


def test_first_home_reduction_is_capped_and_only_under_12_eok():
    eligible = housing_acquisition_tax(
        HousingAcquisitionInput(price_krw=500_000_000, area_m2=59, first_home=True, acquisition_date=TODAY)
    )
    too_dear = housing_acquisition_tax(
        HousingAcquisitionInput(price_krw=1_300_000_000, area_m2=59, first_home=True, acquisition_date=TODAY)
    )
    assert eligible.first_home_reduction == 2_000_000
    assert too_dear.first_home_reduction == 0 and "first_home_price_over_limit" in too_dear.warnings


def test_multi_home_surcharge_carries_point_four_percent_education_tax():
    result = housing_acquisition_tax(
        HousingAcquisitionInput(
            price_krw=1_000_000_000, area_m2=100, homes_after=2, adjusted_area=True, acquisition_date=TODAY
        )
    )
    assert (result.rate_pct, result.education_tax, result.rural_special_tax) == (8.0, 4_000_000, 6_000_000)


def test_the_ev_relief_ends_with_its_period():
    result = vehicle_acquisition_tax(
        VehicleAcquisitionInput(
            price_krw=50_000_000, vehicle_kind="electric", acquisition_date=date(2027, 2, 1)
        )
    )
    assert result.relief == 0 and "relief_ended:acquisition_vehicle.electric" in result.warnings


@pytest.mark.parametrize("price", [0, -5_000_000])
def test_a_price_of_zero_or_less_is_refused(price: int):
    with pytest.raises(SlotInvalid) as caught:
        vehicle_acquisition_tax(
            VehicleAcquisitionInput(price_krw=price, vehicle_kind="passenger", acquisition_date=TODAY)
        )
    assert caught.value.slot == "price_krw"
    with pytest.raises(SlotInvalid):
        housing_acquisition_tax(HousingAcquisitionInput(price_krw=price, area_m2=84, acquisition_date=TODAY))


def test_a_motorcycle_needs_its_engine_size():
    with pytest.raises(SlotMissing):
        vehicle_acquisition_tax(
            VehicleAcquisitionInput(price_krw=5_000_000, vehicle_kind="motorcycle", acquisition_date=TODAY)
        )
