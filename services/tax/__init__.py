"""Local-tax engine: table-driven calculations with line-by-line breakdowns and their legal sources."""

from services.tax.car_tax import CarTaxInput, CarTaxResult, car_tax

__all__ = ["CarTaxInput", "CarTaxResult", "car_tax"]
