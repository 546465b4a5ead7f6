"""자동차세 for passenger cars: per-cc bands, education tax and age reduction, from `rules/car_tax.yml`."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel

from services.errors import SlotInvalid, SlotMissing
from services.tax.breakdown import LineItem, RuleRef
from services.tax.rules import load_rule

Fuel = Literal["gasoline", "diesel", "lpg", "hybrid", "electric", "hydrogen"]
FLAT_RATE_FUELS = {"electric", "hydrogen"}
OLDEST_MODEL_YEAR = 1950


class CarTaxInput(BaseModel):
    """A passenger car as the citizen describes it; `model_year` stands in for the registration year."""

    engine_cc: int | None = None
    model_year: int
    tax_year: int
    vehicle_use: Literal["private", "commercial"] = "private"
    fuel: Fuel = "gasoline"


class CarTaxResult(BaseModel):
    """The annual bill and how it was computed."""

    inputs: CarTaxInput
    car_age_years: int
    base_tax: int
    age_reduction_pct: int
    age_reduction: int
    car_tax: int
    education_tax: int
    annual_total: int
    first_half: int
    second_half: int
    lines: list[LineItem]
    rules: list[RuleRef]
    warnings: list[str]


def _cut(amount: float, unit: int) -> int:
    return int(amount // unit * unit)


def car_tax(inp: CarTaxInput) -> CarTaxResult:
    """Annual car tax of a non-commercial passenger car; refuses inputs that would give a wrong number."""
    rule = load_rule("car_tax")
    flat = inp.fuel in FLAT_RATE_FUELS
    _validate(inp, flat)
    unit = int(rule["rounding_unit_krw"])
    rules = [
        RuleRef(
            id=rule["id"],
            legal_basis=rule["legal_basis"],
            source_url=rule["source_url"],
            passage=rule["passage"],
        )
    ]
    if flat:
        base = int(rule["other_passenger_private_krw"])
        base_line = LineItem(code="car_tax_flat", amount=base, params={"fuel": inp.fuel})
    else:
        assert inp.engine_cc is not None
        per_cc = next(
            b["krw"]
            for b in rule["passenger_private_per_cc"]
            if b["up_to_cc"] is None or inp.engine_cc <= b["up_to_cc"]
        )
        base = _cut(inp.engine_cc * per_cc, unit)
        base_line = LineItem(
            code="car_tax_per_cc", amount=base, params={"engine_cc": inp.engine_cc, "per_cc": per_cc}
        )

    age = inp.tax_year - inp.model_year + 1
    reduction_rule = rule["age_reduction"]
    pct = 0
    if not flat and age >= reduction_rule["from_year"]:
        pct = min(
            (age - reduction_rule["from_year"] + 1) * reduction_rule["pct_per_year"],
            reduction_rule["cap_pct"],
        )
        rules.append(
            RuleRef(
                id=reduction_rule["id"],
                legal_basis=reduction_rule["legal_basis"],
                source_url=reduction_rule["source_url"],
                passage=reduction_rule.get("passage"),
            )
        )
    reduction = _cut(base * pct / 100, unit)
    tax = base - reduction
    edu_rule = rule["education_tax"]
    education = _cut(tax * edu_rule["rate_pct"] / 100, unit)
    rules.append(
        RuleRef(id=edu_rule["id"], legal_basis=edu_rule["legal_basis"], source_url=edu_rule["source_url"])
    )
    total = tax + education
    first_half = _cut(total / 2, unit)
    lines = [
        base_line,
        LineItem(code="age_reduction", amount=-reduction, params={"car_age_years": age, "pct": pct}),
        LineItem(code="car_tax", amount=tax, params={}),
        LineItem(code="education_tax", amount=education, params={"pct": edu_rule["rate_pct"], "of": tax}),
        LineItem(code="annual_total", amount=total, params={}),
    ]
    return CarTaxResult(
        inputs=inp,
        car_age_years=age,
        base_tax=base,
        age_reduction_pct=pct,
        age_reduction=reduction,
        car_tax=tax,
        education_tax=education,
        annual_total=total,
        first_half=first_half,
        second_half=total - first_half,
        lines=lines,
        rules=rules,
        warnings=["estimate_model_year"],
    )


def _validate(inp: CarTaxInput, flat: bool) -> None:
    if inp.vehicle_use != "private":
        raise SlotInvalid("vehicle_use", inp.vehicle_use, "only non-commercial passenger cars are supported")
    if not flat:
        if inp.engine_cc is None:
            raise SlotMissing("engine_cc")
        if not 50 <= inp.engine_cc <= 10000:
            raise SlotInvalid("engine_cc", inp.engine_cc, "engine size must be between 50 and 10,000 cc")
    if inp.model_year > inp.tax_year:
        raise SlotInvalid("model_year", inp.model_year, "the model year is after the tax year")
    if inp.model_year < OLDEST_MODEL_YEAR:
        raise SlotInvalid(
            "model_year", inp.model_year, f"model years before {OLDEST_MODEL_YEAR} are not supported"
        )
