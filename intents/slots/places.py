"""Where a complaint is: a place phrase ('합정역 3번 출구 앞', '마포구 망원동 123', 'in front of Gangnam station')."""

from __future__ import annotations

import re

from intents.slots.match import SlotContext, SlotMatch

_PLACE_NOUN = (
    r"(?:역|동|로|길|아파트|공원|학교|초등학교|시장|사거리|삼거리|교차로|빌라|마트|주차장|정류장|구청|주민센터|"
    r"병원|상가|빌딩|타워|오피스텔|골목|다리|대교|터널|육교|광장|센터|단지)"
)
_KO = re.compile(
    rf"(?P<place>(?:[가-힣A-Za-z0-9]+\s)?[가-힣A-Za-z0-9]*{_PLACE_NOUN}(?:\s*\d+\s*(?:번\s*)?(?:출구|번지|호|동|길))?"
    rf"(?:\s*\d+(?:-\d+)?)?)\s*(?P<rel>앞|근처|부근|옆|뒤|건너편|입구|쪽|주변|사이|안|에서|에|이에요|예요|이요|입니다)"
)
_EN = re.compile(
    r"\b(?i:in front of|near|next to|outside|at|on|behind|across from)\s+(?P<place>(?:the\s+)?"
    r"(?:[A-Z0-9][\w-]*(?:\s+[A-Z0-9][\w-]*){0,4}(?:\s+(?i:station|street|st|road|rd|park|exit\s+\d+|"
    r"apartments?|school|market|bridge|intersection))?|[\w-]+\s+(?i:station|street|road|park|school|market|bridge)))"
)
_CLOCK = re.compile(r"(?i)\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)")
_JA = re.compile(
    r"(?P<place>[一-龥ァ-ヶー0-9]+(?:駅|通り|公園|学校|交差点|団地|マンション|区役所)(?:\s*\d+番出口)?)\s*(?P<rel>の前|付近|近く|で|に)"
)


def location(text: str, _ctx: SlotContext) -> list[SlotMatch]:
    for pattern in (_KO, _JA):
        if m := pattern.search(text):
            end = (
                m.end("rel")
                if m.group("rel") in ("앞", "근처", "부근", "옆", "뒤", "건너편", "입구", "주변", "の前")
                else m.end("place")
            )
            value = text[m.start("place") : end].strip()
            return [SlotMatch("location", value, m.start("place"), end, value)]
    for m in _EN.finditer(text):
        value = m.group("place").strip()
        if re.search(r"[A-Za-z]{2}", value) and not _CLOCK.fullmatch(value):  # "on 2021-07-15", "at 7pm"
            return [SlotMatch("location", value, m.start("place"), m.end("place"), value)]
    return []
