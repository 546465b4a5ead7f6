"""When local taxes are due in a given year: real dates, deadlines moved past weekends and public holidays."""

from __future__ import annotations

from datetime import date, timedelta
from functools import cache
from typing import Literal

import holidays
from pydantic import BaseModel

from services.errors import SlotInvalid
from services.tax.breakdown import RuleRef
from services.tax.rules import load_rule

TaxKind = Literal["car", "property", "resident", "local_income", "acquisition"]


class DueWindow(BaseModel):
    code: str
    start: date
    end: date
    deadline: date  # `end`, or the next business day when `end` is not one

    @property
    def moved(self) -> bool:
        return self.deadline != self.end


class DueDates(BaseModel):
    tax_kind: TaxKind
    year: int
    windows: list[DueWindow]
    within_days: int | None = None
    next_window: DueWindow | None = None
    rules: list[RuleRef]


@cache
def _korean_holidays(year: int) -> holidays.HolidayBase:
    return holidays.country_holidays("KR", years=range(year, year + 2))


def business_day(day: date) -> date:
    """`day`, or the first following day that is not a weekend or a Korean public holiday."""
    calendar = _korean_holidays(day.year)
    while day.weekday() >= 5 or day in calendar:
        day += timedelta(days=1)
    return day


def due_dates(tax_kind: TaxKind, year: int, today: date | None = None) -> DueDates:
    """The year's payment windows for `tax_kind`; `next_window` is the first whose deadline is today or later."""
    rule = load_rule("calendar")
    kinds = rule["kinds"]
    if tax_kind not in kinds:
        raise SlotInvalid("tax_kind", tax_kind, f"known taxes: {', '.join(kinds)}")
    if not 2000 <= year <= 2100:
        raise SlotInvalid("tax_year", year, "the year must be between 2000 and 2100")
    kind = kinds[tax_kind]
    rules = [RuleRef.of(kind, id=f"calendar.{tax_kind}", source_url=rule["source_url"]), RuleRef.of(rule)]
    windows = []
    for item in kind.get("windows", []):
        start = date.fromisoformat(f"{year}-{item['start']}")
        end = date.fromisoformat(f"{year}-{item['end']}")
        windows.append(DueWindow(code=item["code"], start=start, end=end, deadline=business_day(end)))
    upcoming = [w for w in windows if today is not None and w.deadline >= today]
    if today is not None and windows and not upcoming and year == today.year:
        upcoming = due_dates(tax_kind, year + 1).windows[:1]
    return DueDates(
        tax_kind=tax_kind,
        year=year,
        windows=windows,
        within_days=kind.get("within_days"),
        next_window=upcoming[0] if upcoming else None,
        rules=rules,
    )
