"""Prices in won: 3500만원, 7억 5천, 2억 3천만원, 12억, 35,000,000원, 35 million won, 7億5千万ウォン."""

from __future__ import annotations

import re

from intents.slots.match import SlotContext, SlotMatch
from intents.slots.numbers import NUMBER_PATTERN, parse_number

_BIG = r"[만억조万億兆]"
_KO = re.compile(rf"(?P<n>{NUMBER_PATTERN})\s*(?P<won>원|ウォン|won\b|KRW\b)?")
_EN = re.compile(
    r"(?i)(?:(?:KRW|₩)\s*(?P<a>\d[\d,]*(?:\.\d+)?)\s*(?P<au>million|billion|mil|m|bn|b)?\b"
    r"|(?P<b>\d[\d,]*(?:\.\d+)?)\s*(?P<bu>million|billion|mil|m|bn|b)?\s*(?:won|krw)\b)"
)
_EN_SCALED = re.compile(r"(?i)(?<![\d.,])(?P<n>\d[\d,]*(?:\.\d+)?)\s*(?P<u>million|billion|bn)\b")
_EN_SCALE = {"million": 10**6, "mil": 10**6, "m": 10**6, "billion": 10**9, "bn": 10**9, "b": 10**9}
_BARE = re.compile(
    rf"^\s*(?:약\s*)?(?P<n>{NUMBER_PATTERN})\s*(?:원|ウォン|won)?\s*(?:이요|요|입니다|이에요|예요|정도|です|쯤)?\s*[.!?。]*\s*$"
)
MIN_PRICE = 10_000


def _looks_like_money(expression: str, currency: bool) -> bool:
    """'3500만', '7억 5천', '35,000,000원' yes; '만 19' (age), '오만' (a word) no."""
    if expression[0].isdigit():
        return bool(re.search(_BIG, expression)) or currency
    if len(expression) >= 2 and re.search(r"[억億]", expression):
        return True  # '삼억', '칠억 오천': no word ends in a numeral + 억
    return currency and len(expression) >= 2 and expression[-1] in "만억조万億兆"


def price_krw(text: str, ctx: SlotContext) -> list[SlotMatch]:
    """An amount of money: it must carry a big unit (만/억) or a currency word, unless the price is awaited."""
    found: list[SlotMatch] = []
    for m in _EN.finditer(text):
        number = m.group("a") or m.group("b")
        unit = (m.group("au") or m.group("bu") or "").lower()
        value = float(number.replace(",", "")) * _EN_SCALE.get(unit, 1)
        if value >= MIN_PRICE:
            found.append(SlotMatch("price_krw", round(value), m.start(), m.end(), m.group()))
    if not found and "price_krw" in (*ctx.expected, ctx.awaiting):  # "sorry, I meant 700 million"
        for m in _EN_SCALED.finditer(text):
            value = float(m.group("n").replace(",", "")) * _EN_SCALE[m.group("u").lower()]
            found.append(SlotMatch("price_krw", round(value), m.start(), m.end(), m.group()))
    for m in _KO.finditer(text):
        expression = m.group("n")
        if not _looks_like_money(expression, bool(m.group("won"))):
            continue
        value = parse_number(expression, money=True)
        if value is not None and value >= MIN_PRICE:
            found.append(SlotMatch("price_krw", round(value), m.start(), m.end(), m.group().rstrip()))
    if not found and ctx.awaiting == "price_krw":
        m = _BARE.match(text)
        if m and (value := parse_number(m.group("n"), money=True)) is not None:
            if value < 100_000 and not re.search(_BIG, m.group("n")):
                value *= 10_000  # "3500" said of a price means 3500만원
            found.append(SlotMatch("price_krw", round(value), m.start("n"), m.end("n"), m.group("n")))
    return found
