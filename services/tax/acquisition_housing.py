"""취득세 on buying a home: the 1–3 % sliding rate, multi-home surcharges, education and rural special tax,
and the first-home reduction, each from `rules/acquisition_housing.yml`."""

from __future__ import annotations

from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

from pydantic import BaseModel

from services.errors import SlotInvalid
from services.tax.breakdown import LineItem, RuleRef
from services.tax.money import cut
from services.tax.rules import load_rule


class HousingAcquisitionInput(BaseModel):
    price_krw: int
    area_m2: int
    homes_after: int = 1
    adjusted_area: bool = True
    first_home: bool = False
    acquisition_date: date


class HousingAcquisitionResult(BaseModel):
    inputs: HousingAcquisitionInput
    rate_pct: float
    surcharged: bool
    base_tax: int
    first_home_reduction: int
    acquisition_tax: int
    education_tax: int
    rural_special_tax: int
    total: int
    filing_deadline: date
    lines: list[LineItem]
    rules: list[RuleRef]
    warnings: list[str]


def sliding_rate(price: int, rule: dict) -> Decimal:
    """1 % up to 6억, 3 % over 9억, between them price × 2/3억 − 3 rounded to 2 decimals of a percent."""
    brackets = rule["brackets"]
    if price <= brackets["low"]["up_to_krw"]:
        return Decimal(brackets["low"]["rate_pct"])
    if price > brackets["high"]["over_krw"]:
        return Decimal(brackets["high"]["rate_pct"])
    exact = Decimal(price) * 2 / Decimal(300_000_000) - 3
    return exact.quantize(Decimal(1).scaleb(-brackets["middle_decimals"]), rounding=ROUND_HALF_UP)


def _surcharge(inp: HousingAcquisitionInput, rule: dict) -> int | None:
    table = rule["surcharge"]["adjusted" if inp.adjusted_area else "not_adjusted"]
    steps = sorted((int(k), v) for k, v in table.items())
    rate = None
    for homes, pct in steps:
        if inp.homes_after >= homes:
            rate = pct
    return rate


def housing_acquisition_tax(inp: HousingAcquisitionInput) -> HousingAcquisitionResult:
    _validate(inp)
    rule = load_rule("acquisition_housing")
    unit = rule["rounding_unit_krw"]
    rules, warnings = [RuleRef.of(rule)], []
    surcharge = _surcharge(inp, rule)
    rate = Decimal(surcharge) if surcharge else sliding_rate(inp.price_krw, rule)
    if surcharge:
        rules.append(RuleRef.of(rule["surcharge"]))
    price = Fraction(inp.price_krw)
    base = cut(price * Fraction(str(rate)) / 100, unit)
    edu_rule, rural_rule = rule["education_tax"], rule["rural_special_tax"]
    if surcharge:
        education = cut(price * Fraction(str(edu_rule["surcharge_pct"])) / 100, unit)
    else:
        education = cut(
            price * Fraction(str(rate)) * Fraction(str(edu_rule["normal_share_of_rate"])) / 100, unit
        )
    rules.append(RuleRef.of(edu_rule))
    rural = 0
    if inp.area_m2 > rural_rule["over_m2"]:
        rural_pct = rural_rule["surcharge_pct"][surcharge] if surcharge else rural_rule["normal_pct"]
        rural = cut(price * Fraction(str(rural_pct)) / 100, unit)
        rules.append(RuleRef.of(rural_rule))
    reduction = _first_home(inp, base, rule, surcharge, rules, warnings)
    tax = base - reduction
    total = tax + education + rural
    lines = [
        LineItem(code="housing_base", amount=base, params={"price": inp.price_krw, "rate": float(rate)}),
        LineItem(code="first_home_reduction", amount=-reduction, params={}),
        LineItem(code="acquisition_tax", amount=tax, params={}),
        LineItem(code="housing_education_tax", amount=education, params={}),
        LineItem(code="rural_special_tax", amount=rural, params={"area_m2": inp.area_m2}),
        LineItem(code="acquisition_total", amount=total, params={}),
    ]
    if inp.adjusted_area and inp.homes_after >= 2:
        warnings.append("seoul_adjusted_area")
    return HousingAcquisitionResult(
        inputs=inp,
        rate_pct=float(rate),
        surcharged=bool(surcharge),
        base_tax=base,
        first_home_reduction=reduction,
        acquisition_tax=tax,
        education_tax=education,
        rural_special_tax=rural,
        total=total,
        filing_deadline=date.fromordinal(inp.acquisition_date.toordinal() + rule["filing_days"]),
        lines=lines,
        rules=rules,
        warnings=warnings,
    )


def _first_home(
    inp: HousingAcquisitionInput,
    tax: int,
    rule: dict,
    surcharge: int | None,
    rules: list[RuleRef],
    warnings: list[str],
) -> int:
    """생애최초: min(tax, cap) for a price up to 12억 acquired within the relief period."""
    relief = rule["first_home"]
    if not inp.first_home:
        return 0
    if surcharge or inp.homes_after > 1:
        warnings.append("first_home_needs_no_other_home")
        return 0
    if inp.price_krw > relief["max_price_krw"]:
        warnings.append("first_home_price_over_limit")
        return 0
    if not relief["from"] <= inp.acquisition_date <= relief["until"]:
        warnings.append("first_home_period_over")
        return 0
    rules.append(RuleRef.of(relief))
    warnings.append("first_home_education_tax_unconfirmed")
    return min(tax, relief["cap_krw"])


def _validate(inp: HousingAcquisitionInput) -> None:
    if inp.price_krw <= 0:
        raise SlotInvalid("price_krw", inp.price_krw, "the price must be more than 0 won")
    if inp.price_krw > 1_000_000_000_000:
        raise SlotInvalid("price_krw", inp.price_krw, "the price looks too high for a home")
    if not 5 <= inp.area_m2 <= 2000:
        raise SlotInvalid("area_m2", inp.area_m2, "the area must be between 5 and 2,000 m²")
    if not 1 <= inp.homes_after <= 50:
        raise SlotInvalid("homes_after", inp.homes_after, "homes owned after the purchase must be at least 1")
