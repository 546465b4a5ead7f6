"""Tax actions: slots -> `services.tax` calls; defaults (this year, today, a Seoul private passenger car)
are filled here so every result says what it assumed."""

from __future__ import annotations

from typing import Any

from assistants.actions import ActionContext, ActionRegistry
from services.tax import (
    CarTaxInput,
    HousingAcquisitionInput,
    VehicleAcquisitionInput,
    car_tax,
    due_dates,
    housing_acquisition_tax,
    vehicle_acquisition_tax,
)
from services.tax.calendar import DueDates
from services.tax.car_tax_prepay import prepay_window


def car_tax_args(slots: dict[str, Any], ctx: ActionContext) -> dict[str, Any]:
    """This year's tax; a prepayment asked for without a year is for the next window still open."""
    prepay, year, month = bool(slots.get("prepay")), slots.get("tax_year"), slots.get("prepay_month")
    if prepay and year is None:
        year, month = prepay_window(ctx.today, month)
    return {
        "engine_cc": slots.get("engine_cc"),
        "model_year": slots.get("model_year"),
        "registration_date": slots.get("registration_date"),
        "tax_year": year or ctx.today.year,
        "vehicle_use": slots.get("vehicle_use") or "private",
        "fuel": slots.get("fuel") or "gasoline",
        "prepay": prepay,
        "prepay_month": month,
    }


def vehicle_args(slots: dict[str, Any], ctx: ActionContext) -> dict[str, Any]:
    kind = slots.get("vehicle_kind")
    if kind is None and slots.get("fuel") in ("electric", "hydrogen", "hybrid"):
        kind = slots["fuel"]
    return {
        "price_krw": slots.get("price_krw"),
        "vehicle_kind": kind or "passenger",
        "engine_cc": slots.get("engine_cc"),
        "vehicle_use": slots.get("vehicle_use") or "private",
        "acquisition_date": ctx.today,
    }


def housing_args(slots: dict[str, Any], ctx: ActionContext) -> dict[str, Any]:
    adjusted = slots.get("adjusted_area")
    return {
        "price_krw": slots.get("price_krw"),
        "area_m2": slots.get("area_m2"),
        "homes_after": slots.get("homes_after") or 1,
        "adjusted_area": True if adjusted is None else adjusted,
        "first_home": bool(slots.get("first_home")),
        "acquisition_date": ctx.today,
    }


def due_args(slots: dict[str, Any], ctx: ActionContext) -> dict[str, Any]:
    return {
        "tax_kind": slots.get("tax_kind"),
        "year": slots.get("tax_year") or ctx.today.year,
        "today": ctx.today,
    }


def due_call(args: dict[str, Any], _ctx: ActionContext) -> DueDates:
    return due_dates(args["tax_kind"], args["year"], args["today"])


def register(registry: ActionRegistry) -> None:
    registry.register("tax.car_tax", car_tax_args, lambda args, _ctx: car_tax(CarTaxInput(**args)))
    registry.register(
        "tax.acquisition_vehicle",
        vehicle_args,
        lambda args, _ctx: vehicle_acquisition_tax(VehicleAcquisitionInput(**args)),
    )
    registry.register(
        "tax.acquisition_housing",
        housing_args,
        lambda args, _ctx: housing_acquisition_tax(HousingAcquisitionInput(**args)),
    )
    registry.register("tax.due_dates", due_args, due_call)
