"""Times of day as HH:MM: 오후 3시, 3시 반, 15시, 오전 10시 30분; 午後3時; 3pm, 15:00, noon, half past two."""

from __future__ import annotations

import re

from intents.slots.match import SlotContext, SlotMatch
from intents.slots.numbers import parse_native_count

_PM_WORDS = "오후|저녁|밤|午後|夜|夕方|ごご|よる|ゆうがた"
_AM_WORDS = "오전|아침|새벽|午前|朝|ごぜん|あさ"
_KO_NATIVE_HOURS = "한|두|세|네|다섯|여섯|일곱|여덟|아홉|열|열한|열두"
_KO = re.compile(
    rf"(?P<half>{_PM_WORDS}|{_AM_WORDS}|낮)?\s*(?P<h>\d{{1,2}}|{_KO_NATIVE_HOURS})\s*(?:시(?!간)|時(?!間)|じ(?![ゃゅょ]|かん))\s*(?:(?P<min>\d{{1,2}})\s*(?:분|分|ふん|ぷん)|(?P<half_hour>반|半|はん))?"
)
_CLOCK = re.compile(r"(?<![\d:])(?P<h>\d{1,2}):(?P<min>\d{2})\s*(?P<ampm>(?i:am|pm|a\.m\.|p\.m\.))?(?![\d:])")
_EN = re.compile(
    r"(?i)\b(?P<h>\d{1,2})(?:[.:](?P<min>\d{2}))?\s*(?P<ampm>am|pm|a\.m\.|p\.m\.)(?![a-z])|\b(?P<noon>noon|midday)\b"
)
_EN_OCLOCK = re.compile(r"(?i)\b(?P<h>\d{1,2})\s*o'?clock\b")
_EN_HOURS = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
_EN_SPOKEN = re.compile(
    rf"(?i)(?:\b(?P<before>morning|afternoon|evening|tonight)\s+at\s+)?"
    rf"\b(?:(?P<frac>half|(?:a\s+)?quarter)\s+(?P<dir>past|to)\s+)?(?P<h>\d{{1,2}}(?!\d)|(?:{_EN_HOURS})\b)(?![:.]\d)"
    r"(?:\s*o'?clock)?(?:\s*(?P<ampm>am|pm|a\.m\.|p\.m\.)(?![a-z]))?(?:\s+(?:in\s+the\s+(?P<after>morning|afternoon|evening)|at\s+(?P<night>night)))?"
)
_NOON = re.compile(r"정오|正午")


def _hour(raw: str) -> int | None:
    return int(raw) if raw.isdigit() else parse_native_count(raw)


def _daytime(hour: int) -> int:
    """An hour said without am/pm: 1–6 means afternoon (facilities are not booked at 3 a.m.)."""
    return hour + 12 if 1 <= hour <= 6 else hour


def _spoken(m: re.Match[str]) -> tuple[int | None, int]:
    """'half past two in the afternoon' -> 14:30, 'quarter to 7 in the evening' -> 18:45, 'morning at 9' -> 9:00."""
    raw = m.group("h").lower()
    hour = int(raw) if raw.isdigit() else _EN_HOURS.split("|").index(raw) + 1
    frac = (m.group("frac") or "").lower()
    minute = 30 if frac == "half" else (15 if frac else 0)
    if m.group("dir") == "to":
        hour, minute = hour - 1, 60 - minute
    part = (m.group("before") or m.group("after") or m.group("night") or m.group("ampm") or "").lower()
    if part in ("morning", "am", "a.m."):
        hour = 0 if hour == 12 else hour
    elif part in ("afternoon", "evening", "tonight", "pm", "p.m."):
        hour = hour + 12 if hour < 12 else hour
    elif part == "night":
        hour = 0 if hour == 12 else (hour + 12 if hour >= 6 else hour)
    else:
        hour = _daytime(hour)
    return hour, minute


def time_slot(text: str, _ctx: SlotContext) -> list[SlotMatch]:
    found: list[SlotMatch] = []

    def add(m: re.Match[str], hour: int | None, minute: int) -> None:
        if hour is not None and 0 <= hour <= 23 and 0 <= minute <= 59:
            found.append(SlotMatch("time", f"{hour:02d}:{minute:02d}", m.start(), m.end(), m.group().strip()))

    for m in _KO.finditer(text):
        hour = _hour(m.group("h"))
        if hour is None:
            continue
        minute = 30 if m.group("half_hour") else int(m.group("min") or 0)
        half = m.group("half") or ""
        if re.fullmatch(_PM_WORDS, half) and hour < 12:
            hour += 12
        elif re.fullmatch(_AM_WORDS, half):
            hour = 0 if hour == 12 else hour
        elif half == "낮":
            hour = hour if hour >= 11 else hour + 12
        elif hour <= 12:
            hour = _daytime(hour)
        add(m, hour, minute)
    for m in _CLOCK.finditer(text):
        hour, ampm = int(m.group("h")), (m.group("ampm") or "").lower().replace(".", "")
        hour = hour + 12 if ampm == "pm" and hour < 12 else (0 if ampm == "am" and hour == 12 else hour)
        add(m, hour, int(m.group("min")))
    for m in _EN.finditer(text):
        if m.group("noon"):
            add(m, 12, 0)
            continue
        hour, ampm = int(m.group("h")), m.group("ampm").lower().replace(".", "")
        hour = hour + 12 if ampm == "pm" and hour < 12 else (0 if ampm == "am" and hour == 12 else hour)
        add(m, hour, int(m.group("min") or 0))
    for m in _EN_OCLOCK.finditer(text):
        add(m, _daytime(int(m.group("h"))), 0)
    for m in _EN_SPOKEN.finditer(text):
        if m.group("frac") or m.group("before") or m.group("after") or m.group("night"):
            add(m, *_spoken(m))
    for m in _NOON.finditer(text):
        add(m, 12, 0)
    return found
