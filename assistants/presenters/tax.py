"""How tax results read: the amount first, then every line of the breakdown."""

from __future__ import annotations

from pydantic import BaseModel

from assistants.presenters import Presentation, Presenter, breakdown
from assistants.responses import ResponseBook
from services.tax import CarTaxResult


def present_car_tax(result: BaseModel, locale: str, book: ResponseBook) -> Presentation:
    assert isinstance(result, CarTaxResult)
    inp = result.inputs
    if inp.fuel in ("electric", "hydrogen"):
        vehicle = book.text(
            "vehicle_flat", locale, fuel_name=book.text(f"fuel_{inp.fuel}", locale), model_year=inp.model_year
        )
    else:
        vehicle = book.text("vehicle_per_cc", locale, engine_cc=inp.engine_cc, model_year=inp.model_year)
    headline = book.text(
        "result_tax.car_tax",
        locale,
        vehicle=vehicle,
        tax_year=inp.tax_year,
        annual_total=result.annual_total,
        first_half=result.first_half,
        second_half=result.second_half,
    )
    messages = breakdown(book, result, "tax.car_tax", locale, headline, {"tax_year": inp.tax_year})
    return Presentation(
        messages=messages,
        passages=[r.passage for r in result.rules if r.passage],
        legal_bases=[r.legal_basis for r in result.rules],
    )


PRESENTERS: dict[str, Presenter] = {"tax.car_tax": present_car_tax}
