"""The shared vocabulary of slot extractors: a match in the text and the context it is read in."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, Protocol


@dataclass(frozen=True)
class SlotMatch:
    """A slot value found in the text, normalised to the contract's type, with its span."""

    slot: str
    value: Any
    start: int
    end: int
    surface: str


@dataclass(frozen=True)
class SlotContext:
    """What a reading may depend on: today's date (relative dates, 2-digit years) and the awaited slot."""

    today: date
    awaiting: str | None = None
    locale: str = "ko"
    expected: frozenset[str] = frozenset()  # slots of the form in progress: bare answers may fill them


class Extractor(Protocol):
    def __call__(self, text: str, ctx: SlotContext) -> list[SlotMatch]: ...


def two_digit_year(yy: int, today: date) -> int:
    """'18' -> 2018, '98' -> 1998: the latest century not more than a year ahead of today."""
    year = 2000 + yy
    return year if year <= today.year + 1 else 1900 + yy
