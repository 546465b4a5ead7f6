"""연납: the discount for paying the rest of the year's car tax at once in January, March, June or September."""

from __future__ import annotations

from datetime import date
from fractions import Fraction

from pydantic import BaseModel

from services.tax.money import cut
from services.tax.rules import load_rule


class Prepayment(BaseModel):
    month: int
    rate_pct: float
    days: int | None
    discount: int
    amount: int
    effective_pct: float
    rate_assumed: bool


def prepay_window(today: date, month: int | None = None) -> tuple[int, int]:
    """(tax year, month) of the next 연납 window still open on `today`; windows run to the month's end.

    After the last window the year's have all closed, so the next one is the first of the next year;
    a month asked for whose window has passed this year means that month next year.
    """
    if month is not None:
        return (today.year if month >= today.month else today.year + 1), month
    months = sorted(load_rule("car_tax")["prepay"]["months"])
    upcoming = [m for m in months if m >= today.month]
    return (today.year, upcoming[0]) if upcoming else (today.year + 1, months[0])


def prepay_rate(year: int, rule: dict) -> tuple[float, bool]:
    """The decree's rate for `year`; a year not yet in the table uses the latest one (flagged)."""
    table = {int(y): float(r) for y, r in rule["rate_pct_by_year"].items()}
    if year in table:
        return table[year], False
    known = [y for y in table if y <= year] or [min(table)]
    return table[max(known)], True


def prepay_discount(total: int, bills: list[int], year: int, month: int, rule: dict, unit: int) -> Prepayment:
    """Jan/Mar: the whole year's tax × remaining days/days in year × rate; Jun: the 2nd-half bill × rate;
    Sep: the 2nd-half bill × 92/184 × rate. The discount is cut below 10 won."""
    rate, assumed = prepay_rate(year, rule)
    year_days = (date(year, 12, 31) - date(year, 1, 1)).days + 1
    if month in (1, 3):
        days = (date(year, 12, 31) - date(year, month + 1, 1)).days + 1
        discount = cut(Fraction(total) * days / year_days * Fraction(rate) / 100, unit)
        amount = total - discount
    elif month == 6:
        days = None
        discount = cut(Fraction(bills[1]) * Fraction(rate) / 100, unit)
        amount = bills[0] + bills[1] - discount
    else:
        days = (date(year, 12, 31) - date(year, 10, 1)).days + 1
        half_days = (date(year, 12, 31) - date(year, 7, 1)).days + 1
        discount = cut(Fraction(bills[1]) * days / half_days * Fraction(rate) / 100, unit)
        amount = bills[1] - discount
    effective = round(discount / total * 100, 2) if total else 0.0
    return Prepayment(
        month=month,
        rate_pct=rate,
        days=days,
        discount=discount,
        amount=amount,
        effective_pct=effective,
        rate_assumed=assumed,
    )
