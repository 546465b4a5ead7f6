"""How tax results read: the amount first, then every line of the breakdown, the assumptions and the deadline."""

from __future__ import annotations

from datetime import date

from pydantic import BaseModel

from assistants.presenters import Presentation, Presenter, breakdown, money
from assistants.responses import ResponseBook
from assistants.turn import CardMessage, Message, TextMessage
from services.tax import CarTaxResult, DueDates, HousingAcquisitionResult, VehicleAcquisitionResult


def price_words(amount: int, locale: str, book: ResponseBook) -> str:
    """'7억 3,000만원', '3,500만원' in Korean (how prices are written), the plain amount elsewhere."""
    if locale != "ko":
        return money(book, amount, locale)
    eok, rest = divmod(amount, 10**8)
    man, won = divmod(rest, 10**4)
    parts = [f"{eok:,}억"] if eok else []
    if man:
        parts.append(f"{man:,}만")
    if won or not parts:
        parts.append(f"{won:,}")
    return " ".join(parts) + "원"


def day(value: date, locale: str) -> str:
    if locale == "ko":
        return f"{value.year}년 {value.month}월 {value.day}일"
    if locale == "ja":
        return f"{value.year}年{value.month}月{value.day}日"
    return value.strftime("%d %b %Y").lstrip("0")


def _presented(result: BaseModel, messages: list[Message]) -> Presentation:
    """The messages with the passages and legal bases of the rules the result used."""
    rules = getattr(result, "rules", [])
    return Presentation(
        messages=messages,
        passages=[r.passage for r in rules if r.passage],
        legal_bases=[r.legal_basis for r in rules],
    )


def present_car_tax(result: BaseModel, locale: str, book: ResponseBook) -> Presentation:
    assert isinstance(result, CarTaxResult)
    inp = result.inputs
    year = inp.registration_date.year if inp.registration_date else inp.model_year
    if inp.fuel in ("electric", "hydrogen"):
        vehicle = book.text(
            "vehicle_flat", locale, fuel_name=book.text(f"fuel_{inp.fuel}", locale), model_year=year
        )
    else:
        vehicle = book.text("vehicle_per_cc", locale, engine_cc=inp.engine_cc, model_year=year)
    template = "result_tax.car_tax_once" if result.small_amount_applied else "result_tax.car_tax"
    headline = book.text(
        template,
        locale,
        vehicle=vehicle,
        tax_year=inp.tax_year,
        annual_total=result.annual_total,
        first_half=result.first_half,
        second_half=result.second_half,
    )
    if result.prepayment:
        p = result.prepayment
        month_name = book.text(
            "month_name", locale, month=p.month, english=date(2000, p.month, 1).strftime("%B")
        )
        headline += " " + book.text(
            "result_tax.car_tax_prepay",
            locale,
            year=inp.tax_year,
            month_name=month_name,
            discount=p.discount,
            effective_pct=p.effective_pct,
            amount=p.amount,
        )
    return _presented(
        result, breakdown(book, result, "tax.car_tax", locale, headline, {"tax_year": inp.tax_year})
    )


def present_vehicle(result: BaseModel, locale: str, book: ResponseBook) -> Presentation:
    assert isinstance(result, VehicleAcquisitionResult)
    inp = result.inputs
    headline = book.text(
        "result_tax.acquisition_vehicle",
        locale,
        price=price_words(inp.price_krw, locale, book),
        kind=book.text(f"vehicle_kind_{inp.vehicle_kind}", locale),
        total=result.total,
        rate=f"{result.rate_pct:g}",
        deadline=day(result.filing_deadline, locale),
    )
    return _presented(result, breakdown(book, result, "tax.acquisition_vehicle", locale, headline, {}))


def present_housing(result: BaseModel, locale: str, book: ResponseBook) -> Presentation:
    assert isinstance(result, HousingAcquisitionResult)
    inp = result.inputs
    headline = book.text(
        "result_tax.acquisition_housing",
        locale,
        price=price_words(inp.price_krw, locale, book),
        area_m2=inp.area_m2,
        homes_after=inp.homes_after,
        total=result.total,
        rate=f"{result.rate_pct:g}",
        deadline=day(result.filing_deadline, locale),
    )
    return _presented(result, breakdown(book, result, "tax.acquisition_housing", locale, headline, {}))


def present_due_dates(result: BaseModel, locale: str, book: ResponseBook) -> Presentation:
    assert isinstance(result, DueDates)
    tax = book.text(f"tax_kind_{result.tax_kind}", locale)
    if result.within_days:
        lines = [book.text("result_tax.due_dates_within", locale, tax=tax, days=result.within_days)]
        items: list[dict[str, str]] = []
    else:
        lines = [book.text("result_tax.due_dates", locale, tax=tax, year=result.year)]
        items = []
        for window in result.windows:
            label = book.text(f"due_{window.code}", locale)
            line = book.text(
                "due_window",
                locale,
                label=label,
                start=day(window.start, locale),
                deadline=day(window.deadline, locale),
            )
            lines.append(line + (book.text("due_moved", locale) if window.moved else ""))
            items.append(
                {"label": label, "value": f"{day(window.start, locale)} ~ {day(window.deadline, locale)}"}
            )
        if result.next_window:
            nxt = result.next_window
            lines.append(
                book.text(
                    "due_next",
                    locale,
                    label=book.text(f"due_{nxt.code}", locale),
                    start=day(nxt.start, locale),
                    deadline=day(nxt.deadline, locale),
                )
            )
    messages: list[Message] = [TextMessage(text="\n".join(lines))]
    if items:
        messages.append(
            CardMessage(
                title=book.text("card_title_tax.due_dates", locale, tax=tax, year=result.year),
                body=lines[0],
                items=items,
            )
        )
    return _presented(result, messages)


PRESENTERS: dict[str, Presenter] = {
    "tax.car_tax": present_car_tax,
    "tax.acquisition_vehicle": present_vehicle,
    "tax.acquisition_housing": present_housing,
    "tax.due_dates": present_due_dates,
}
