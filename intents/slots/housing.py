"""Housing slots: area in m² (84㎡, 25평), homes owned after the purchase, regulated area, first home."""

from __future__ import annotations

import re

from intents.slots.match import SlotContext, SlotMatch, awaited_yes_no
from intents.slots.numbers import parse_native_count, parse_number

PYEONG_M2 = 3.305785
_AREA = re.compile(
    r"(?i)(?P<n>\d+(?:\.\d+)?)\s*(?P<u>㎡|m2|m²|제곱\s*미터|제곱(?!\s*근)|평방\s*미터|square\s*met(?:er|re)s?|sq\.?\s*m|sqm|平米|平方メートル|평)"
)
_AREA_SPOKEN = re.compile(
    r"(?P<kn>[일이삼사오육칠팔구]?(?:백\s*)?[일이삼사오육칠팔구]?십\s*[일이삼사오육칠팔구]?)\s*(?:제곱\s*미터|평방\s*미터)"
)
_EXCLUSIVE = re.compile(r"전용\s*(?:면적)?\s*(?P<n>\d+(?:\.\d+)?)(?![\d.]|\s*(?:평|㎡|m|제곱|억|만|원))")
_NATIONAL = re.compile(r"국민\s*평(?:형|수)")

_ORDINAL_KO = {"첫": 1, "두": 2, "세": 3, "네": 4, "다섯": 5}
_ORDINAL_EN = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "2nd": 2, "3rd": 3, "4th": 4}
_WORD_EN = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4}
_BUYING = re.compile(r"사|구입|구매|매수|취득|매입|산다|살\s*건|buy|purchas|acquir|買|購入|取得")

_HOMES_PATTERNS: list[tuple[re.Pattern[str], str]] = [
    (
        re.compile(
            r"(?P<k>첫|두|세|네|다섯)\s*(?:번\s*)?째\s*(?:집|주택|아파트|채)|(?P<k2>두|세|네)\s*채\s*째"
        ),
        "ordinal_ko",
    ),
    (re.compile(r"(?P<n>\d)\s*번\s*째\s*(?:집|주택|아파트|채)"), "ordinal"),
    (re.compile(r"(?P<n>\d)\s*주택\s*자?\s*(?:가|이)?\s*(?P<become>되|돼|됩|될|된)"), "after"),
    (
        re.compile(r"(?i)(?:makes?\s+me|become|will\s+be|i'?ll\s+be)\s+an?\s+(?P<n>\d)[- ]home\s+owner"),
        "after",
    ),
    (
        re.compile(
            r"(?P<n>\d)\s*주택\s*(?P<owner>자)?\s*(?:인데|이고|입니다|이에요|예요|라서|이라|인|로서)?"
        ),
        "owned_or_after",
    ),
    (
        re.compile(r"(?P<k>한|두|세|\d)\s*채\s*(?:를|가|는)?\s*(?:이미\s*)?(?:있|보유|가지|갖고|소유)"),
        "owned_ko",
    ),
    (
        re.compile(
            r"무주택|집이\s*없|집\s*없는|주택이\s*없|생애\s*(?:최초|첫)|처음\s*(?:으로\s*)?사는\s*집|첫\s*집(?!\s*(?:은|이)?\s*아니)"
        ),
        "none",
    ),
    (
        re.compile(
            r"(?i)(?<!not\s)(?<!not\sa\s)(?<!not\smy\s)"
            r"(?P<k>first|second|third|fourth|fifth|2nd|3rd|4th)\s+(?:home|house|property|apartment|flat)"
        ),
        "ordinal_en",
    ),
    (
        re.compile(
            r"(?i)(?:already\s+)?own\s+(?P<k>a|an|one|two|three|four|\d)\s+(?:other\s+)?(?:homes?|houses?|apartments?|propert(?:y|ies)|flats?)"
        ),
        "owned_en",
    ),
    (
        re.compile(
            r"(?i)(?:no\s+other\s+(?:home|house)|don'?t\s+own\s+(?:a|any)\s+(?:home|house)|own\s+no\s+(?:home|house)"
            r"|(?:my\s+)?only\s+(?:home|house|apartment|property|flat)"
            r"|(?<!not\s)(?<!not\sa\s)(?<!not\smy\s)(?:first[- ]time\s+buyer|first\s+home)"
            r"|他に家(?:は|を)?持って(?:い)?(?:ない|ません))"
        ),
        "none",
    ),
    (re.compile(r"(?:購入後|買った後|買ったら|取得後)\S{0,4}?(?P<n>[\d一二三四])\s*軒"), "after"),
    (
        re.compile(
            r"初めての(?:家|住宅|マイホーム)|初めて(?:家|住宅|マイホーム)を(?:買|購入)|持ち家(?:が|は)?(?:ない|ありません)"
        ),
        "none",
    ),
    (re.compile(r"(?P<n>[\d一二三四])\s*軒\s*目"), "ordinal"),
    (re.compile(r"(?P<k>[一二三\d])\s*軒\s*(?:を|の家を)?\s*(?:持って|所有|保有)"), "owned_ja"),
]
_JA_DIGITS = {"一": 1, "二": 2, "三": 3, "四": 4}


def area_m2(text: str, ctx: SlotContext) -> list[SlotMatch]:
    """Area in whole square metres; pyeong converted (25평 -> 83)."""
    found = []
    for m in _AREA.finditer(text):
        value = float(m.group("n"))
        if m.group("u") == "평":
            value *= PYEONG_M2
        found.append(SlotMatch("area_m2", round(value), m.start(), m.end(), m.group()))
    for m in _AREA_SPOKEN.finditer(text):  # 팔십사 제곱미터
        if (value := parse_number(m.group("kn").replace(" ", ""))) is not None:
            found.append(SlotMatch("area_m2", round(value), m.start(), m.end(), m.group()))
    for m in _EXCLUSIVE.finditer(text):
        found.append(SlotMatch("area_m2", round(float(m.group("n"))), m.start(), m.end(), m.group()))
    for m in _NATIONAL.finditer(text):
        found.append(SlotMatch("area_m2", 84, m.start(), m.end(), m.group()))
    if any(not f.surface.endswith("평") for f in found):  # "84㎡(34평형)": 평형 is the supply area
        found = [f for f in found if not f.surface.endswith("평")]
    if (
        not found
        and ctx.awaiting == "area_m2"
        and (m := re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*(?:이요|요|입니다|です)?\s*", text))
    ):
        found.append(SlotMatch("area_m2", round(float(m.group(1))), m.start(1), m.end(1), m.group(1)))
    return found


def homes_after(text: str, ctx: SlotContext) -> list[SlotMatch]:
    """How many homes the buyer owns after this purchase (the one being bought included)."""
    buying = bool(_BUYING.search(text))
    more = bool(re.search(r"더|추가|또|another|one more|もう", text))
    for pattern, kind in _HOMES_PATTERNS:
        m = pattern.search(text)
        if not m:
            continue
        groups = m.groupdict()
        if kind == "none":
            value = 1
        elif kind == "ordinal_ko":
            value = _ORDINAL_KO[groups["k"] or groups["k2"]]
        elif kind == "ordinal_en":
            value = _ORDINAL_EN[groups["k"].lower()]
        elif kind == "ordinal" or kind == "after":
            value = int(groups["n"]) if groups["n"].isdigit() else _JA_DIGITS[groups["n"]]
        elif kind == "owned_or_after":
            owner_now = groups["owner"] and not re.search(r"되|돼|됩|될|된", text[m.end() : m.end() + 4])
            value = int(groups["n"]) + (1 if owner_now and (more or buying) else 0)
        elif kind == "owned_ko":
            k = groups["k"]
            value = (int(k) if k.isdigit() else parse_native_count(k) or 1) + 1
        elif kind == "owned_en":
            k = groups["k"].lower()
            value = (int(k) if k.isdigit() else _WORD_EN[k]) + 1
        else:
            k = groups["k"]
            value = (int(k) if k.isdigit() else _JA_DIGITS[k]) + 1
        return [SlotMatch("homes_after", value, m.start(), m.end(), m.group())]
    if ctx.awaiting == "homes_after" and (m := _HOMES_ANSWER.search(text)):
        if m.group("only"):
            return [SlotMatch("homes_after", 1, m.start(), m.end(), m.group())]
        k = m.group("k") or m.group("k2")
        value = int(k) if k.isdigit() else parse_native_count(k) or _JA_DIGITS.get(k) or _WORD_EN[k.lower()]
        return [SlotMatch("homes_after", value, m.start(), m.end(), m.group())]
    return []


# The answer to "how many homes after this purchase?": "1채요", "한채", "2 homes", "この家だけです、1軒".
_HOMES_ANSWER = re.compile(
    r"(?i)(?:^|\s|,|、|の|これ|は)(?P<k>\d|한|두|세|네|[一二三四]|one|two|three|four)\s*(?:채|주택|軒|homes?|houses?)"
    r"|(?P<only>(?:家|住宅)は(?:この家|これ)だけ|この家だけ|これだけ(?:です|になります)|이\s*집\s*(?:하나|한\s*채)?\s*뿐)"
    r"|^\s*(?P<k2>\d)\s*(?:이요|요|입니다|です)?\s*$"
)


_ADJ_FALSE = re.compile(
    r"(?i)비\s*조정|조정\s*(?:대상)?\s*지역\s*(?:이|은|는)?\s*(?:아니|아닌|아님|외|밖)|non[- ]?(?:regulated|adjusted)"
    r"|(?:not|n't)\s+(?:in\s+)?an?\s+(?:regulated|adjusted)|outside\s+(?:the\s+)?(?:regulated|adjusted)|非調整|調整対象地域外|調整(?:対象)?地域では(?:な|ありません)"
)
_ADJ_TRUE = re.compile(
    r"(?i)조정\s*(?:대상)?\s*지역|regulated\s+area|adjust(?:ed|ment)\s+(?:target\s+)?area|調整対象地域|調整地域"
)
_FIRST_FALSE = re.compile(
    r"(?i)생애\s*최초\s*(?:가|는)?\s*아니|(?:예전에|전에|이전에)\s*집(?:이|을)?\s*(?:있었|가졌|샀)|not\s+(?:a\s+|my\s+)?first|(?:첫\s*(?:집|주택)|처음\s*(?:사는|구입하는)\s*(?:집|거|것))\s*(?:은|는|이|가)?\s*아니"
    r"|(?:sold|owned|had)\s+(?:my\s+|an?\s+)?(?:old\s+|previous\s+)?(?:home|house|flat|apartment)|初めて(?:の(?:住宅|家|マイホーム|購入))?(?:ではな|ではあり|じゃな|じゃあり)|以前(?:は)?家を持って"
)
_FIRST_TRUE = re.compile(
    r"(?i)생애\s*(?:최초|첫)|처음\s*(?:으로\s*)?(?:집을?\s*|주택을?\s*|아파트를?\s*)?(?:사는|사려는|사요|샀|구입|장만|마련)|첫\s*(?:집|주택|내\s*집)|내\s*집\s*마련"
    r"|first[- ]time\s+(?:home\s*)?buy(?:er|ing)|(?:my\s+)?first\s+(?:home|house|apartment)|初めて(?:の(?:住宅|家|マイホーム)|家を買|住宅を)"
)


def adjusted_area(text: str, ctx: SlotContext) -> list[SlotMatch]:
    for pattern, value in ((_ADJ_FALSE, False), (_ADJ_TRUE, True)):
        if m := pattern.search(text):
            return [SlotMatch("adjusted_area", value, m.start(), m.end(), m.group())]
    return awaited_yes_no(text, ctx, "adjusted_area")


def first_home(text: str, ctx: SlotContext) -> list[SlotMatch]:
    for pattern, value in ((_FIRST_FALSE, False), (_FIRST_TRUE, True)):
        if m := pattern.search(text):
            return [SlotMatch("first_home", value, m.start(), m.end(), m.group())]
    return awaited_yes_no(text, ctx, "first_home")
