"""Identifiers citizens quote: booking ids (R-20261203-0042, RSV123456, 예약번호 12345, 12345678번 예약,
BK7731 예약)."""

from __future__ import annotations

import re

from intents.slots.match import SlotContext, SlotMatch

_BOOKING = re.compile(
    r"(?i)\b(?P<id>R-\d{8}-\d{1,5}|RSV-?\d{4,}(?:-\d{1,5})?|[A-Z]{1,3}-?\d{6,12}(?:-\d{1,5})?|\d{8}-\d{1,5})\b"
    r"|(?:my\s+)?(?:booking|reservation)\s+#?(?P<code>[A-Z]{1,3}-?\d{4,}(?:-\d{1,5})?|\d{6,}(?:-\d{1,5})?)\b"
    r"|(?:예약\s*번호|booking\s*(?:id|number|no\.?|#)|reservation\s*(?:id|number|no\.?|#)|予約番号|(?<!\w)番号)"
    r"\s*(?:는|은|:|#|が|は|is)?\s*#?(?P<raw>(?=[A-Za-z-]*\d)[A-Za-z0-9-]{4,})"
    r"|(?P<said>\d{5,}(?:-\d{1,5})?)\s*번\s*예약"
    r"|\b(?P<named>[A-Z]{1,3}-?\d{4,}(?:-\d{1,5})?)\s*(?:번\s*)?(?:예약|の予約|予約)"
)


def booking_id(text: str, _ctx: SlotContext) -> list[SlotMatch]:
    return [
        SlotMatch(
            "booking_id",
            next(g for g in m.group("id", "code", "raw", "said", "named") if g).upper(),
            m.start(),
            m.end(),
            m.group(),
        )
        for m in _BOOKING.finditer(text)
    ]
