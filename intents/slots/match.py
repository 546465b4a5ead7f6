"""The shared vocabulary of slot extractors: a match in the text and the context it is read in."""

from __future__ import annotations

import re
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


_YES = re.compile(r"(?i)^\W*(?:yes|yeah|yep|sure|correct|right|네|예|응|맞아|그렇|ㅇㅇ|ㅇㅋ|はい|うん|そう)")
_NO = re.compile(r"(?i)^\W*(?:no\b|nope|아니|아뇨|ㄴㄴ|いいえ|いや|違)")


def awaited_yes_no(text: str, ctx: SlotContext, slot: str) -> list[SlotMatch]:
    """A yes or a no that opens the answer to a yes/no question ("yes, first time buying" -> True)."""
    if ctx.awaiting != slot:
        return []
    for pattern, value in ((_NO, False), (_YES, True)):
        if m := pattern.search(text):
            return [SlotMatch(slot, value, m.start(), m.end(), m.group())]
    return []
