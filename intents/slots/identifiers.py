"""Identifiers citizens quote: booking ids (R-20261203-0042, RSV123456, 예약번호 12345)."""

from __future__ import annotations

import re

from intents.slots.match import SlotContext, SlotMatch

_BOOKING = re.compile(
    r"(?i)\b(?P<id>R-\d{8}-\d{1,5}|RSV-?\d{4,}|[A-Z]{1,3}-?\d{8,12}(?:-\d{1,5})?)\b|(?:my\s+)?(?:booking|reservation)\s+(?P<code>[A-Z]{1,3}-?\d{4,})\b|(?:예약\s*번호|booking\s*(?:id|number|no\.?|#)|reservation\s*(?:id|number|no\.?)|予約番号)\s*(?:는|은|:|#|が|は)?\s*(?P<raw>[A-Za-z0-9-]{4,})"
)


def booking_id(text: str, _ctx: SlotContext) -> list[SlotMatch]:
    return [
        SlotMatch(
            "booking_id",
            (m.group("id") or m.group("code") or m.group("raw")).upper(),
            m.start(),
            m.end(),
            m.group(),
        )
        for m in _BOOKING.finditer(text)
    ]
