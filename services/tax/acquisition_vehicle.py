"""취득세 when buying a vehicle: the rate by kind and use, then the relief in force on the acquisition date."""

from __future__ import annotations

from datetime import date
from fractions import Fraction
from typing import Literal

from pydantic import BaseModel

from services.errors import SlotInvalid, SlotMissing
from services.tax.breakdown import LineItem, RuleRef
from services.tax.money import cut
from services.tax.rules import load_rule

VehicleKind = Literal[
    "passenger", "light", "commercial", "van", "truck", "electric", "hydrogen", "hybrid", "motorcycle"
]


class VehicleAcquisitionInput(BaseModel):
    price_krw: int
    vehicle_kind: VehicleKind
    engine_cc: int | None = None
    vehicle_use: Literal["private", "commercial"] = "private"
    acquisition_date: date


class VehicleAcquisitionResult(BaseModel):
    inputs: VehicleAcquisitionInput
    rate_pct: float
    base_tax: int
    relief: int
    acquisition_tax: int
    total: int
    filing_deadline: date
    lines: list[LineItem]
    rules: list[RuleRef]
    warnings: list[str]


def _rate(inp: VehicleAcquisitionInput, rule: dict) -> tuple[float, RuleRef | None]:
    if inp.vehicle_kind == "motorcycle":
        if inp.engine_cc is None:
            raise SlotMissing("engine_cc")
        small = rule["small_motorcycle"]
        if inp.engine_cc <= small["up_to_cc"]:
            return small["rate_pct"], RuleRef.of(small, id="acquisition_vehicle.small_motorcycle")
    kind = (
        "commercial" if inp.vehicle_use == "commercial" and inp.vehicle_kind != "light" else inp.vehicle_kind
    )
    return rule["rates_pct"][kind], None


def vehicle_acquisition_tax(inp: VehicleAcquisitionInput) -> VehicleAcquisitionResult:
    """Tax on the price excluding VAT; reliefs (경차, 전기·수소차) only for acquisitions in their period."""
    if inp.price_krw <= 0:
        raise SlotInvalid("price_krw", inp.price_krw, "the price must be more than 0 won")
    if inp.price_krw > 100_000_000_000:
        raise SlotInvalid("price_krw", inp.price_krw, "the price looks too high for a vehicle")
    rule = load_rule("acquisition_vehicle")
    rate, extra = _rate(inp, rule)
    rules = [RuleRef.of(rule)]
    if extra:
        rules.append(extra)
    base = cut(Fraction(inp.price_krw) * Fraction(str(rate)) / 100, rule["rounding_unit_krw"])
    relief, warnings = 0, []
    for item in rule["reliefs"]:
        if inp.vehicle_kind not in item["kinds"] or inp.vehicle_use == "commercial":
            continue
        if item["from"] <= inp.acquisition_date <= item["until"]:
            relief = min(base, item["cap_krw"])
            rules.append(RuleRef.of(item))
        elif inp.acquisition_date > item["until"]:
            warnings.append(f"relief_ended:{item['id']}")
    tax = base - relief
    lines = [
        LineItem(code="acquisition_base", amount=base, params={"price": inp.price_krw, "rate": rate}),
        LineItem(code="acquisition_relief", amount=-relief, params={}),
        LineItem(code="acquisition_total", amount=tax, params={}),
    ]
    warnings.append("price_excludes_vat")
    return VehicleAcquisitionResult(
        inputs=inp,
        rate_pct=rate,
        base_tax=base,
        relief=relief,
        acquisition_tax=tax,
        total=tax,
        filing_deadline=date.fromordinal(inp.acquisition_date.toordinal() + rule["filing_days"]),
        lines=lines,
        rules=rules,
        warnings=warnings,
    )
