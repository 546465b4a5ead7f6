"""People slots: party size (4명, 네 명, four people), age (만 27살), income % of median, employment status."""

from __future__ import annotations

import re

from intents.slots.match import SlotContext, SlotMatch
from intents.slots.numbers import parse_native_count, parse_number

_NATIVE = "(?:열|스물|서른|마흔)\\s?(?:한|두|세|네|다섯|여섯|일곱|여덟|아홉)|스무|서른|마흔|열|한|두|세|네|다섯|여섯|일곱|여덟|아홉"
_PARTY_KO = re.compile(
    rf"(?P<n>\d+)\s*(?:명|사람|인(?!(?!용|분|석)[가-힣]))(?!\s*(?:이상|이하))"
    rf"|(?P<nat>{_NATIVE})\s*(?:명|사람|분(?!\s*(?:뒤|후|전|동안|만|쯤|정도|걸)))"
    r"|(?P<together>둘|셋|넷|다섯|여섯|일곱|여덟|아홉|열)\s*이서"  # "다섯이서": five of us
)
_PARTY_ALONE = {
    "혼자": 1,
    "둘이": 2,
    "ひとり": 1,
    "一人": 1,
    "ふたり": 2,
    "二人": 2,
    "三人": 3,
    "四人": 4,
    "by myself": 1,
    "just me": 1,
}
_PARTY_JA = re.compile(
    r"(?P<n>\d+|[二三四五六七八九十]|十[一二三四五六七八九])\s*(?:人|名|にん(?!き|げん|じゃ))"
)
_EN_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "twelve": 12,
    "twenty": 20,
}
_PARTY_EN = re.compile(
    r"(?i)\b(?P<n>\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty)\s+"
    r"(?:people|persons|person|players|adults|guests|of us|ppl)\b|\bparty\s+of\s+(?P<p>\d+)|\bfor\s+(?P<f>\d{1,2}|two|three|four|five|six)\b(?!\s*(?:pm|am|days?|hours?|:|\d))"
)


def party_size(text: str, ctx: SlotContext) -> list[SlotMatch]:
    """How many people; several groups are added ('성인 2명 아이 1명' -> 3)."""
    matches = []
    for m in _PARTY_KO.finditer(text):
        n = int(m.group("n")) if m.group("n") else parse_native_count(m.group("nat") or m.group("together"))
        if n:
            matches.append((m, n))
    for m in _PARTY_JA.finditer(text):
        matches.append((m, int(parse_number(m.group("n")) or 0)))
    for m in _PARTY_EN.finditer(text):
        raw = m.group("n") or m.group("p") or m.group("f")
        matches.append((m, int(raw) if raw.isdigit() else _EN_WORDS[raw.lower()]))
    if not matches:
        for word, n in _PARTY_ALONE.items():
            if (index := text.find(word)) >= 0:
                return [SlotMatch("party_size", n, index, index + len(word), word)]
        if ctx.awaiting == "party_size" and (m := re.fullmatch(r"\s*(\d+)\s*(?:이요|요|です)?\s*", text)):
            return [SlotMatch("party_size", int(m.group(1)), m.start(1), m.end(1), m.group(1))]
        return []
    first, last = matches[0][0], matches[-1][0]
    return [
        SlotMatch(
            "party_size",
            sum(n for _, n in matches),
            first.start(),
            last.end(),
            text[first.start() : last.end()],
        )
    ]


_KO_TENS = {"스물": 20, "스무": 20, "서른": 30, "마흔": 40, "쉰": 50, "예순": 60}
_KO_UNITS = {
    "한": 1,
    "하나": 1,
    "두": 2,
    "둘": 2,
    "세": 3,
    "셋": 3,
    "네": 4,
    "넷": 4,
    "다섯": 5,
    "여섯": 6,
    "일곱": 7,
    "여덟": 8,
    "아홉": 9,
}
_AGE = re.compile(
    r"(?i)(?:만\s*)?(?P<n>\d{1,2})\s*(?:살|세|歳|才|さい(?![ごき]))(?!\s*(?:이상|이하|까지|부터|以上|以下))"
    r"|\b(?:i'?m|i\s+am|age[d]?)\s+(?P<e>\d{1,2})\b(?!\s*(?:%|percent|cc|won))|\b(?P<y>\d{1,2})\s+years?\s+old\b|나이(?:는|가)?\s*(?P<k>\d{1,2})"
    r"|(?<![가-힣\d])만\s*(?P<f>\d{2})(?!\s*(?:원|천|만|%|퍼|프로|cc|씨씨|평|세|살|이상|이하|미만|부터|까지|\d|[~\-]))"
    r"|\b(?:he'?s|she'?s|they'?re|(?:son|daughter|brother|sister|child|kid)\s+is)\s+(?P<s>\d{1,2})\b(?=\s*(?:and\b|,|\.|!|\?|$))"
)
_AGE_NATIVE = re.compile(
    r"(?P<t>스물|스무|서른|마흔|쉰|예순)\s*(?P<u>한|하나|두|세|네|다섯|여섯|일곱|여덟|아홉)?\s*살"
    r"|(?P<t2>스물|서른)\s*(?P<u2>하나|둘|셋|넷|다섯|여섯|일곱|여덟|아홉)(?=$|[\s,.!?~]|이에요|이요|인데|이고|입니다)"
)  # '스물다섯', '서른넷인데' are ages; '스물두' (a determiner) without 살 could be a count


def age(text: str, ctx: SlotContext) -> list[SlotMatch]:
    if m := _AGE.search(text):
        value = int(next(g for g in (m.group(k) for k in ("n", "e", "y", "k", "f", "s")) if g))
        return [SlotMatch("age", value, m.start(), m.end(), m.group())]
    if m := _AGE_NATIVE.search(text):
        tens, units = m.group("t") or m.group("t2"), m.group("u") or m.group("u2")
        value = _KO_TENS[tens] + (_KO_UNITS[units] if units else 0)
        return [SlotMatch("age", value, m.start(), m.end(), m.group())]
    if ctx.awaiting == "age" and (
        m := re.fullmatch(r"\s*(?:만\s*)?(\d{1,2})\s*(?:이요|요|입니다|です)?\s*", text)
    ):
        return [SlotMatch("age", int(m.group(1)), m.start(1), m.end(1), m.group(1))]
    return []


_INCOME = re.compile(
    r"(?i)(?:중위\s*소득|기준\s*중위|중위|median(?:\s+income)?|中位所得|ちゅういしょとく|所得|しょとく)\D{0,16}?(?P<n>\d{1,3})\s*(?:%|퍼센트|프로|percent)"
    r"|(?P<m>\d{1,3})\s*(?:%|퍼센트|프로|percent)\s*(?:of\s+(?:the\s+)?median|\S{0,4}\s*(?:중위|소득))"
)


def household_income_pct(text: str, ctx: SlotContext) -> list[SlotMatch]:
    if m := _INCOME.search(text):
        return [
            SlotMatch(
                "household_income_pct", int(m.group("n") or m.group("m")), m.start(), m.end(), m.group()
            )
        ]
    if ctx.awaiting == "household_income_pct" and (
        m := re.fullmatch(
            r"\s*(\d{1,3})\s*(?:%|퍼센트|프로)?\s*(?:이하|정도|쯤)?\s*(?:이요|요|です)?\s*", text
        )
    ):
        return [SlotMatch("household_income_pct", int(m.group(1)), m.start(1), m.end(1), m.group(1))]
    if "household_income_pct" in ctx.expected and (m := _PERCENT.search(text)):  # "아 잘못말했다 160%였어요"
        return [SlotMatch("household_income_pct", int(m.group(1)), m.start(1), m.end(1), m.group(1))]
    return []


_PERCENT = re.compile(r"(?<![\d.])(\d{2,3})\s*(?:%|퍼센트|프로|percent)")


_UNEMPLOYED = re.compile(
    r"(?i)백수|무직|취준|취업\s*준비|구직\s*(?:중|활동)|실업|실직|퇴사|미취업|(?:회사|직장)\s*(?:에\s*)?안\s*(?:다니|다녀|다님)|(?:회사|직장)\s*(?:을|를)?\s*(?:그만뒀|그만두었|관뒀)|일\s*(?:을|은)?\s*안\s*(?:하|해|함)|직장\s*(?:이\s*)?없|일자리\s*(?:가\s*)?없"
    r"|unemployed|jobless|out\s+of\s+work|looking\s+for\s+(?:a\s+)?(?:job|work)|between\s+jobs|not\s+working|no\s+job|don'?t\s+have\s+a\s+job"
    r"|無職|むしょく|求職|失業|就活中|就職活動中|仕事を?探して|働いていません|働いてない|(?:仕事|しごと)(?:を|は)?して(?:い)?(?:ない|ません)"
)
_EMPLOYED = re.compile(
    r"(?i)직장인|회사원|(?:회사|직장)\s*(?:에\s*)?(?:다니|다녀|다님)|재직\s*중|정규직|일하고\s*있|근무\s*중|취업했|employed|(?:have|with)\s+a\s+(?:(?:full|part)[- ]time\s+)?job|work(?:ing)?\s+(?:full|part)[- ]time|office\s+worker"
    r"|会社員|正社員|働いています|勤めて"
)


def employed(text: str, ctx: SlotContext) -> list[SlotMatch]:
    for pattern, value in ((_UNEMPLOYED, False), (_EMPLOYED, True)):
        if m := pattern.search(text):
            return [SlotMatch("employed", value, m.start(), m.end(), m.group())]
    if ctx.awaiting == "employed":
        if re.search(r"^\s*(?:아니|아뇨|no|いいえ)", text, re.I):
            return [SlotMatch("employed", False, 0, len(text), text)]
        if re.search(r"^\s*(?:네|예|응|yes|はい)", text, re.I):
            return [SlotMatch("employed", True, 0, len(text), text)]
    return []
