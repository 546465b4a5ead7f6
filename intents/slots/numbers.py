"""Korean, Japanese and Western number phrasings to integers: 2천, 천육백, 7억 5천, 3,500만, 1.6, 7億5千万."""

from __future__ import annotations

import re

_DIGITS = {
    "영": 0,
    "공": 0,
    "일": 1,
    "이": 2,
    "삼": 3,
    "사": 4,
    "오": 5,
    "육": 6,
    "륙": 6,
    "칠": 7,
    "팔": 8,
    "구": 9,
    "〇": 0,
    "一": 1,
    "二": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
_SMALL_UNITS = {"십": 10, "백": 100, "천": 1000, "十": 10, "百": 100, "千": 1000}
_BIG_UNITS = {"만": 10**4, "억": 10**8, "조": 10**12, "万": 10**4, "億": 10**8, "兆": 10**12}
_NATIVE = {
    "한": 1,
    "하나": 1,
    "두": 2,
    "둘": 2,
    "세": 3,
    "셋": 3,
    "석": 3,
    "네": 4,
    "넷": 4,
    "다섯": 5,
    "여섯": 6,
    "일곱": 7,
    "여덟": 8,
    "아홉": 9,
    "열": 10,
    "열한": 11,
    "열두": 12,
    "스무": 20,
    "스물": 20,
    "서른": 30,
    "마흔": 40,
}
_NATIVE_TENS = re.compile(r"(열|스물|서른|마흔)\s?(한|두|세|네|다섯|여섯|일곱|여덟|아홉)")

_ATOM = (
    r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|[영공일이삼사오육륙칠팔구](?=[십백천만억조영공일이삼사오육륙칠팔구])"
    r"|(?<=[십백천])[일이삼사오육륙칠팔구](?=\s*(?:씨씨|시시|[cC]{2}|원|리터|제곱|평|㎡|살|세))|[〇一二三四五六七八九]"
)  # a final digit after a unit only before a unit word: '천구백구십팔씨씨' = 1998, but '천육백이요' = 1600
_UNIT = r"[십백천만억조十百千万億兆]"
# A number expression: digits and numeral characters; a space may only touch a big unit ("7억 5천", "1,500 만")
# or split thousands from hundreds ("1억 2천 3백만").
NUMBER_PATTERN = (
    rf"(?:{_ATOM}|{_UNIT})+(?:(?:(?<=[만억조万億兆])\s|\s(?=[만억조万億兆])"
    rf"|(?<=[천백])\s(?=(?:\d|[일이삼사오육칠팔구])[백십]))(?:{_ATOM}|{_UNIT})+)*"
)
_NUMBER_RE = re.compile(NUMBER_PATTERN)


def _parse_small(part: str) -> float | None:
    """A number below 10,000: '3500', '3천5백', '천육백', '2.5', '三千'."""
    if not part:
        return None
    if re.fullmatch(r"\d[\d,]*(?:\.\d+)?", part):
        return float(part.replace(",", ""))
    total, current, seen = 0.0, None, False
    i = 0
    while i < len(part):
        number = re.match(r"\d+(?:\.\d+)?", part[i:])
        if number:
            current = float(number.group())
            i += len(number.group())
            seen = True
            continue
        ch = part[i]
        if ch in _DIGITS:
            current = float(_DIGITS[ch])
            seen = True
        elif ch in _SMALL_UNITS:
            total += (current if current is not None else 1) * _SMALL_UNITS[ch]
            current = None
            seen = True
        else:
            return None
        i += 1
    if not seen:
        return None
    return total + (current or 0)


def parse_number(expression: str, money: bool = False) -> int | float | None:
    """The value of a number expression, or None; `money` reads '7억 5천' as 7억 5천만 (how prices are said)."""
    text = (
        expression.replace(" ", "").replace(",", "")
        if re.search(r"[만억조万億兆]", expression)
        else expression.strip()
    )
    text = text.replace(",", "")
    if not text:
        return None
    total = 0.0
    rest = text
    last_big = None
    for match in re.finditer(r"([^만억조万億兆]*)([만억조万億兆])", text):
        head = match.group(1)
        value = _parse_small(head) if head else 1.0
        if value is None:
            return None
        unit = _BIG_UNITS[match.group(2)]
        total += value * unit
        last_big = unit
        rest = text[match.end() :]
    if rest:
        tail = _parse_small(rest)
        if tail is None:
            return None
        if money and last_big == 10**8 and tail < 10**4:
            tail *= 10**4  # "7억 5천", "11억5000" = 7억 5천만, 11억 5천만
        total += tail
    elif last_big is None:
        return None
    return int(total) if total == int(total) else total


def find_numbers(text: str) -> list[tuple[int, int, str]]:
    """Spans (start, end, expression) of digit-led number expressions in `text` ('2천', '7억 5천', '3,500')."""
    spans = []
    for match in _NUMBER_RE.finditer(text):
        expr = match.group().rstrip(" ,.")
        if expr and expr[0].isdigit() and parse_number(expr) is not None:
            spans.append((match.start(), match.start() + len(expr), expr))
    return spans


def parse_native_count(word: str) -> int | None:
    """Native Korean counting words used before 명/개/시: '네' -> 4, '열두' -> 12, '스물두' -> 22."""
    if m := _NATIVE_TENS.fullmatch(word):
        return _NATIVE[m.group(1)] + _NATIVE[m.group(2)]
    return _NATIVE.get(word)


def format_korean(value: int) -> str:
    """A KRW amount the way Koreans write it: 750000000 -> '7억 5천만', 35000000 -> '3천5백만'."""
    if value == 0:
        return "0"
    parts = []
    for unit, name in ((10**12, "조"), (10**8, "억"), (10**4, "만"), (1, "")):
        group, value = divmod(value, unit)
        if group:
            parts.append(_format_small(group) + name)
    return " ".join(parts)


def _format_small(value: int) -> str:
    """Below 10,000: thousands and hundreds as 천/백, the rest in digits ('3천5백', '1천6백', '12')."""
    thousands, rest = divmod(value, 1000)
    hundreds, rest = divmod(rest, 100)
    out = (f"{thousands}천" if thousands else "") + (f"{hundreds}백" if hundreds else "")
    return out + (str(rest) if rest else "")
