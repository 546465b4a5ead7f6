"""Local-tax engine: table-driven calculations with line-by-line breakdowns and their legal sources."""

from services.tax.acquisition_housing import (
    HousingAcquisitionInput,
    HousingAcquisitionResult,
    housing_acquisition_tax,
)
from services.tax.acquisition_vehicle import (
    VehicleAcquisitionInput,
    VehicleAcquisitionResult,
    vehicle_acquisition_tax,
)
from services.tax.calendar import DueDates, due_dates
from services.tax.car_tax import CarTaxInput, CarTaxResult, car_tax

__all__ = [
    "CarTaxInput",
    "CarTaxResult",
    "DueDates",
    "HousingAcquisitionInput",
    "HousingAcquisitionResult",
    "VehicleAcquisitionInput",
    "VehicleAcquisitionResult",
    "car_tax",
    "due_dates",
    "housing_acquisition_tax",
    "vehicle_acquisition_tax",
]
