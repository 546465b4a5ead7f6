"""Tax actions: slots -> `services.tax` calls (the tax year defaults to this year)."""

from __future__ import annotations

from typing import Any

from assistants.actions import ActionContext, ActionRegistry
from services.tax import CarTaxInput, CarTaxResult, car_tax


def car_tax_args(slots: dict[str, Any], ctx: ActionContext) -> dict[str, Any]:
    return {
        "engine_cc": slots.get("engine_cc"),
        "model_year": slots.get("model_year"),
        "tax_year": slots.get("tax_year") or ctx.today.year,
        "vehicle_use": slots.get("vehicle_use") or "private",
        "fuel": slots.get("fuel") or "gasoline",
    }


def car_tax_call(args: dict[str, Any], _ctx: ActionContext) -> CarTaxResult:
    return car_tax(CarTaxInput(**args))


def register(registry: ActionRegistry) -> None:
    registry.register("tax.car_tax", car_tax_args, car_tax_call)
