"""The city's calendar: today in Asia/Seoul, or a pinned date for tests and evaluations."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

SEOUL = ZoneInfo("Asia/Seoul")


class Clock:
    """Gives today's date; `pinned` freezes it so tax years and relative dates are reproducible."""

    def __init__(self, pinned: date | None = None) -> None:
        self.pinned = pinned

    def today(self) -> date:
        return self.pinned or datetime.now(SEOUL).date()

    def now(self) -> datetime:
        return datetime.now(SEOUL)
