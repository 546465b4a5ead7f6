"""자동차세 of passenger cars, as billed: two half-year bills, each truncated, education tax on each bill;
age reduction from the registration date, the small-amount June bill and the annual prepayment discount."""

from __future__ import annotations

from datetime import date
from fractions import Fraction
from typing import Literal

from pydantic import BaseModel

from services.errors import SlotInvalid, SlotMissing
from services.tax.breakdown import LineItem, RuleRef
from services.tax.car_tax_prepay import Prepayment, prepay_discount
from services.tax.money import cut, pct
from services.tax.rules import load_rule

Fuel = Literal["gasoline", "diesel", "lpg", "hybrid", "electric", "hydrogen"]
OLDEST_YEAR = 1950


class CarTaxInput(BaseModel):
    """A passenger car; `registration_date` is exact, `model_year` stands in for it (an estimate)."""

    engine_cc: int | None = None
    model_year: int | None = None
    registration_date: date | None = None
    tax_year: int
    vehicle_use: Literal["private", "commercial"] = "private"
    fuel: Fuel = "gasoline"
    prepay: bool = False
    prepay_month: int | None = None


class CarTaxResult(BaseModel):
    """The year's bills and how they were computed; amounts in won."""

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
    small_amount_applied: bool
    prepayment: Prepayment | None
    lines: list[LineItem]
    rules: list[RuleRef]
    warnings: list[str]

    @property
    def prepay_discount(self) -> int:
        return self.prepayment.discount if self.prepayment else 0


def _annual_base(inp: CarTaxInput, rule: dict, flat: bool) -> tuple[Fraction, LineItem]:
    rates = rule["rates"][inp.vehicle_use]
    if flat:
        return Fraction(rates["flat_krw"]), LineItem(
            code="car_tax_flat", amount=rates["flat_krw"], params={"fuel": inp.fuel}
        )
    assert inp.engine_cc is not None
    per_cc = next(
        b["krw"] for b in rates["per_cc"] if b["up_to_cc"] is None or inp.engine_cc <= b["up_to_cc"]
    )
    base = Fraction(inp.engine_cc * per_cc)
    return base, LineItem(
        code="car_tax_per_cc", amount=int(base), params={"engine_cc": inp.engine_cc, "per_cc": per_cc}
    )


def _ages(inp: CarTaxInput, shift: bool) -> tuple[int, int]:
    """차령 of the 1st and 2nd half: year 1 is the registration year; a Jul–Dec registration counts one
    year less in the 1st half (시행령 제122조 제2항)."""
    if inp.registration_date is not None:
        age = inp.tax_year - inp.registration_date.year + 1
        late = shift and inp.registration_date.month >= 7
        return (age - 1 if late else age), age
    assert inp.model_year is not None
    age = inp.tax_year - inp.model_year + 1
    return age, age


def _reduction_pct(age: int, rule: dict) -> int:
    if age < rule["from_year"]:
        return 0
    return min((age - rule["from_year"] + 1) * rule["pct_per_year"], rule["cap_pct"])


def car_tax(inp: CarTaxInput) -> CarTaxResult:
    """The year's car tax; refuses any input that would give a wrong number."""
    rule = load_rule("car_tax")
    flat = inp.fuel in rule["flat_rate_fuels"]
    _validate(inp, flat)
    unit = rule["rounding"]["unit_krw"]
    rules, warnings = [RuleRef.of(rule)], []
    annual_base, base_line = _annual_base(inp, rule, flat)
    ages = _ages(inp, rule["age_reduction"]["second_half_registration_shift"])
    reducing = not flat and inp.vehicle_use in rule["age_reduction"]["applies_to"]
    pcts = [_reduction_pct(a, rule["age_reduction"]) if reducing else 0 for a in ages]
    if any(pcts):
        rules.append(RuleRef.of(rule["age_reduction"]))
    owned = _owned_share(inp)
    educating = inp.vehicle_use in rule["education_tax"]["applies_to"]
    halves, education = [], []
    for share, pct_off in zip(owned, pcts, strict=True):
        tax = cut(annual_base * (100 - pct_off) / 100 * share, unit)
        halves.append(tax)
        education.append(cut(pct(tax, rule["education_tax"]["rate_pct"]), unit) if educating else 0)
    if educating:
        rules.append(RuleRef.of(rule["education_tax"]))
    car, edu = sum(halves), sum(education)
    total = car + edu
    bills = [halves[0] + education[0], halves[1] + education[1]]
    small = rule["small_amount"]
    small_applied = car <= small["threshold_krw"] and bills[0] > 0 and bills[1] > 0
    if small_applied:
        deduction = cut(pct(bills[1], small["second_half_deduction_pct"]), unit)
        bills = [bills[0] + bills[1] - deduction, 0]
        rules.append(RuleRef.of(small))
    prepayment = None
    month = inp.prepay_month or 1
    if inp.prepay and not (small_applied and month in (6, 9)):
        prepayment = prepay_discount(total, bills, inp.tax_year, month, rule["prepay"], unit)
        rules.append(RuleRef.of(rule["prepay"]))
        if prepayment.rate_assumed:
            warnings.append("prepay_rate_assumed")
    if inp.registration_date is None:
        warnings.append("estimate_model_year")
    if inp.prepay and small_applied and month in (6, 9):
        warnings.append("prepay_not_needed_small_amount")
    lines = [
        base_line,
        LineItem(
            code="age_reduction",
            amount=car - int(annual_base) if reducing else 0,
            params={"car_age_years": ages[1], "pct": pcts[1]},
        ),
        LineItem(code="car_tax", amount=car, params={}),
        LineItem(
            code="education_tax",
            amount=edu,
            params={"pct": rule["education_tax"]["rate_pct"] if educating else 0},
        ),
        LineItem(code="annual_total", amount=total, params={}),
    ]
    if small_applied:
        lines.append(
            LineItem(
                code="small_amount_june", amount=bills[0], params={"pct": small["second_half_deduction_pct"]}
            )
        )
    if prepayment:
        lines += [
            LineItem(
                code="prepay_discount",
                amount=-prepayment.discount,
                params={
                    "month": prepayment.month,
                    "pct": prepayment.rate_pct,
                    "effective_pct": prepayment.effective_pct,
                },
            ),
            LineItem(code="prepay_amount", amount=prepayment.amount, params={"month": prepayment.month}),
        ]
    return CarTaxResult(
        inputs=inp,
        car_age_years=ages[1],
        base_tax=int(annual_base),
        age_reduction_pct=pcts[1],
        age_reduction=int(annual_base) - car if reducing and owned == FULL_YEAR else 0,
        car_tax=car,
        education_tax=edu,
        annual_total=total,
        first_half=bills[0],
        second_half=bills[1],
        small_amount_applied=small_applied,
        prepayment=prepayment,
        lines=lines,
        rules=rules,
        warnings=warnings,
    )


FULL_YEAR = (Fraction(1, 2), Fraction(1, 2))


def _owned_share(inp: CarTaxInput) -> tuple[Fraction, Fraction]:
    """The share of the yearly tax each half-year bill carries: half each, or by days owned for a car
    registered during the tax year (지방세법 제130조: yearly tax × days owned / days in the year)."""
    registered = inp.registration_date
    if registered is None or registered.year != inp.tax_year or registered == date(inp.tax_year, 1, 1):
        return FULL_YEAR
    year_days = (date(inp.tax_year, 12, 31) - date(inp.tax_year, 1, 1)).days + 1
    shares = []
    for (start, end), full in zip(
        (
            (date(inp.tax_year, 1, 1), date(inp.tax_year, 6, 30)),
            (date(inp.tax_year, 7, 1), date(inp.tax_year, 12, 31)),
        ),
        FULL_YEAR,
        strict=True,
    ):
        if registered <= start:
            shares.append(full)
        else:
            shares.append(Fraction(max(0, (end - registered).days + 1), year_days))
    return shares[0], shares[1]


def _validate(inp: CarTaxInput, flat: bool) -> None:
    if not flat:
        if inp.engine_cc is None:
            raise SlotMissing("engine_cc")
        if not 50 <= inp.engine_cc <= 10000:
            raise SlotInvalid("engine_cc", inp.engine_cc, "engine size must be between 50 and 10,000 cc")
    if inp.registration_date is None and inp.model_year is None:
        raise SlotMissing("model_year")
    year = inp.registration_date.year if inp.registration_date else inp.model_year
    assert year is not None
    if year > inp.tax_year:
        slot = "registration_date" if inp.registration_date else "model_year"
        raise SlotInvalid(slot, year, "the car is registered after the tax year")
    if year < OLDEST_YEAR:
        raise SlotInvalid("model_year", year, f"years before {OLDEST_YEAR} are not supported")
    if inp.prepay_month is not None and inp.prepay_month not in (1, 3, 6, 9):
        raise SlotInvalid(
            "prepay_month",
            inp.prepay_month,
            "annual prepayment is possible in January, March, June or September",
        )
