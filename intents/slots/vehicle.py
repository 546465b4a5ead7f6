"""Car slots: engine size in cc ('2천cc', '1998씨씨', '1.6리터', '排気量2000') and model year ('18년식')."""

from __future__ import annotations

import re
from datetime import date

from intents.slots.dates import EN_MONTH, MONTHS
from intents.slots.match import SlotContext, SlotMatch, two_digit_year
from intents.slots.numbers import NUMBER_PATTERN, parse_number

_CC_UNIT = r"(?:cc|CC|Cc|㏄|씨씨|시시|ｃｃ|シーシー)"
_LITRE_UNIT = r"(?:리터|ℓ|L|l|ﾘｯﾄﾙ|リットル|リッター|liters?|litres?)"
_CC = re.compile(rf"(?P<n>{NUMBER_PATTERN})\s*{_CC_UNIT}(?![A-Za-z])")
_LITRE = re.compile(rf"(?<![\d.])(?P<n>\d(?:\.\d)?)\s*{_LITRE_UNIT}(?![A-Za-z])")
_DISPLACEMENT = re.compile(
    rf"(?:배기량|排気量|displacement|engine)\s*(?:(?:은|는|이)(?![십백천만])|が|は|of|:)?\s*(?P<n>{NUMBER_PATTERN})"
)
_MODELS = (
    r"(?:아반떼|쏘나타|소나타|그랜저|그랜져|제네시스|모닝|스파크|레이|캐스퍼|투싼|싼타페|산타페|쏘렌토|스포티지|카니발|셀토스|"
    r"코나|K3|K5|K7|K8|k3|k5|k7|k8|SM6|QM6|avante|elantra|sonata|grandeur|tucson|santa\s*fe|sorento|sportage|"
    r"アバンテ|ソナタ|グレンジャー)"
)
# A size said right after the model ("아반떼 천육백이요", "쏘나타 2.0") or before a fuel ("1.6 가솔린") is the engine's.
_AFTER_MODEL = re.compile(rf"{_MODELS}\s*(?P<n>{NUMBER_PATTERN})(?!\s*(?:년|年|만|万|원|円|won|km|키로|대))")
_BEFORE_FUEL = re.compile(
    r"(?<![\d.])(?P<n>\d\.\d)\s*(?:가솔린|휘발유|디젤|경유|터보|하이브리드|LPG|lpg|gasoline|petrol|diesel|turbo|hybrid|"
    r"ガソリン|ディーゼル|ターボ)"
)
# What a citizen puts before a bare answer to the question asked: "네 1600이요", "it's a 2019", "えっと2000".
_LEAD = r"(?i:(?:네|예|넵|아|음|어|그게|그러니까|yes|yeah|um|it'?s|it\s+is|a|an|はい|えっと|あ)[,.~\s]*)*"
_BARE = re.compile(
    rf"^\s*{_LEAD}(?P<n>{NUMBER_PATTERN})\s*(?:이요|요|입니다|이에요|예요|です|cc)?\s*[.!?。]*\s*$"
)


def _cc_value(expression: str) -> int | None:
    value = parse_number(expression)
    if value is None:
        return None
    if 0 < value < 10:  # "1.6" said of an engine means litres
        value *= 1000
    value = round(value)
    return value if 0 < value <= 20000 else None


def engine_cc(text: str, ctx: SlotContext) -> list[SlotMatch]:
    """Engine displacement in cc."""
    found: list[SlotMatch] = []
    for pattern in (_CC, _DISPLACEMENT):
        for m in pattern.finditer(text):
            value = _cc_value(m.group("n"))
            if value is not None:
                found.append(SlotMatch("engine_cc", value, m.start(), m.end(), m.group()))
    for m in _LITRE.finditer(text):
        found.append(SlotMatch("engine_cc", round(float(m.group("n")) * 1000), m.start(), m.end(), m.group()))
    if not found:
        for pattern in (_AFTER_MODEL, _BEFORE_FUEL):
            for m in pattern.finditer(text):
                value = _cc_value(m.group("n"))
                if value is not None and 600 <= value <= 8000:
                    found.append(SlotMatch("engine_cc", value, m.start("n"), m.end("n"), m.group("n")))
    if not found and ctx.awaiting == "engine_cc":
        m = _BARE.match(text)
        if m and (value := _cc_value(m.group("n"))) is not None and value >= 50:
            found.append(SlotMatch("engine_cc", value, m.start("n"), m.end("n"), m.group("n")))
    return found


_YEAR_KO = re.compile(
    r"(?P<q>['’])?(?P<y>\d{4}|\d{2})\s*(?:년\s*(?:식|형|연식)|식(?![사당품물])|형(?![제님태]))|(?:연식|모델)\s*(?:은|는|이|:)?\s*(?P<y2>\d{4}|\d{2})\s*년?"
)
_YEAR_SPOKEN = re.compile(
    r"(?P<kn>(?:이천|천구백)[일이삼사오육칠팔구십]*)\s*년\s*(?:식|형|연식)"
)  # 이천십팔년식
_YEAR_JA = re.compile(
    r"(?P<y>\d{4}|\d{2})\s*(?:年\s*(?:式|型|モデル|製|登録|に登録|に買|購入)|ねん\s*(?:しき|がた))"
)  # "2025ねんしき" typed without conversion
_MAKES = (
    r"(?:hyundai|kia|genesis|tesla|bmw|benz|mercedes|audi|volkswagen|vw|toyota|honda|lexus|nissan|volvo|"
    r"chevrolet|chevy|renault|ssangyong|kgm|ford|porsche|mini|jeep)\b"
)
_YEAR_EN = re.compile(
    rf"(?i)\b(?:(?P<y>(?:19|20)\d{{2}})\s*(?:year\s+)?(?:(?:gas(?:oline)?|petrol|diesel|hybrid|electric|lpg|used)\s+)?(?:model|my\b|car\b|sedan|suv|hatchback|vehicle|truck|van\b|sonata|avante|grandeur|{_MAKES})|model\s*year\s*(?P<y2>(?:19|20)\d{{2}})|(?:registered|bought|purchased|made|built)\s+in\s+(?P<y3>(?:19|20)\d{{2}})"
    r"|\b(?:car|sedan|suv|vehicle|one|hatchback|diesel|petrol|gasoline|hybrid|ev|lpg)\s+from\s+(?P<y4>(?:19|20)\d{2})\b)|['’](?P<y5>\d{2})\s+model\b"
)
_YEAR_ANYWHERE = re.compile(
    r"(?<![\d,.])(?P<y>(?:19|20)\d{2})(?!\d|[,.]\d|\s*(?:cc|씨씨|시시|cm|원|won|만|万|円|년\s*\d|年\s*\d))"
)
_YEAR_BOUGHT_KO = re.compile(
    r"(?P<y>(?:19|20)\d{2}|\d{2})\s*년(?:도)?\s*(?:에)?\s*(?:샀|산|구입|구매|등록|출고|뽑)"
)
_YEAR_BARE = re.compile(
    rf"^\s*{_LEAD}['’]?(?P<y>(?:19|20)\d{{2}}|\d{{2}})\s*(?:년도?|年)?\s*(?:꺼|거|것)?"
    r"\s*(?:이요|요|입니다|이에요|예요|です|year|식|式|model)?\s*[.!?。]*\s*$"
)
_RELATIVE_KO = {
    "올해": 0,
    "今年": 0,
    "this year": 0,
    "작년": -1,
    "지난해": -1,
    "昨年": -1,
    "去年": -1,
    "last year": -1,
    "재작년": -2,
    "一昨年": -2,
}
_RELATIVE = re.compile(
    r"(?P<w>올해|작년|지난해|재작년|今年|昨年|去年|一昨年|this year|last year)\s*(?:식|형|式|model|에\s*(?:샀|산|구입|등록)|に買|購入|登録)?",
    re.I,
)


def model_year(text: str, ctx: SlotContext) -> list[SlotMatch]:
    """The car's model (≈ registration) year as a four-digit integer."""
    found: list[SlotMatch] = []
    for pattern in (_YEAR_KO, _YEAR_JA, _YEAR_EN, _YEAR_BOUGHT_KO):
        for m in pattern.finditer(text):
            raw = next(g for g in (m.groupdict().get(k) for k in ("y", "y2", "y3", "y4", "y5")) if g)
            year = int(raw) if len(raw) == 4 else two_digit_year(int(raw), ctx.today)
            found.append(SlotMatch("model_year", year, m.start(), m.end(), m.group()))
    for m in _YEAR_SPOKEN.finditer(text):
        if (year := parse_number(m.group("kn"))) is not None and 1950 <= year <= ctx.today.year + 1:
            found.append(SlotMatch("model_year", int(year), m.start(), m.end(), m.group()))
    if not found:
        for m in _RELATIVE.finditer(text):
            if ctx.awaiting == "model_year" or m.group().strip() != m.group("w"):
                year = ctx.today.year + _RELATIVE_KO[m.group("w").lower()]
                found.append(SlotMatch("model_year", year, m.start(), m.end(), m.group()))
    if not found and ctx.awaiting == "model_year":
        m = _YEAR_BARE.match(text) or _YEAR_ANYWHERE.search(text)
        if m:
            raw = m.group("y")
            year = int(raw) if len(raw) == 4 else two_digit_year(int(raw), ctx.today)
            found.append(SlotMatch("model_year", year, m.start("y"), m.end("y"), raw))
    return found


_PREPAY = re.compile(
    r"(?i)연납|일시\s*납|일괄\s*납부|선납|한\s*번에\s*(?:내|납부|결제)|한꺼번에|1년\s*치|일\s*년\s*치|미리\s*(?:내|납부)"
    r"|年払い|一括(?:納付|払い|で払)|前納|前払い|まとめて(?:払|納)|1年分|一年分|annual(?:ly)?\s+(?:prepay|lump|payment)|prepay|pay\s+(?:it\s+)?(?:all\s+)?at\s+once"
    r"|pay\s+(?:it\s+)?(?:all|everything)(?=\s+(?:in|by)\s+(?:january|march|june|september))|pay\s+(?:for\s+)?the\s+whole\s+year|(?:whole|full|entire)\s+year\s+up\s*front|up\s*front|in\s+advance|lump[- ]sum"
)
_PREPAY_MONTH = re.compile(r"(?i)(?P<m>1|3|6|9)\s*(?:월|月)|(?P<en>january|march|june|september)")


_NO_PREPAY = re.compile(
    r"(?i)(?:연납|일시\s*납|선납)\S*\s*(?:안|않|말고|없이|대신)|(?:don'?t|not|without|no)\s+(?:to\s+)?prepa|一括(?:納付|払い)?しない"
)


def prepay(text: str, ctx: SlotContext) -> list[SlotMatch]:
    """Annual prepayment (연납) and, when named, its month (1, 3, 6 or 9); '연납 안 하고' is false."""
    if no := _NO_PREPAY.search(text):
        return [SlotMatch("prepay", False, no.start(), no.end(), no.group())]
    m = _PREPAY.search(text)
    if not m:
        month = _PREPAY_MONTH.search(text) if "prepay_month" in ctx.expected else None
        if month and re.fullmatch(
            r"\s*(?:그럼\s*)?\S*\s*(?:에|に|in)?\s*(?:하면|내면|한다면|는요|요|なら|は)?\s*\??\s*"
            r"|\s*(?:and\s+|what\s+)?(?:if|about)\s+(?:i\s+)?(?:wait\s+)?(?:till|until|in)?\s*(?:instead)?\s*\??\s*",
            text.replace(month.group(), ""),
            re.IGNORECASE,
        ):
            value = int(month.group("m")) if month.group("m") else MONTHS[month.group("en").lower()]
            return [SlotMatch("prepay_month", value, month.start(), month.end(), month.group())]
        return []
    found = [SlotMatch("prepay", True, m.start(), m.end(), m.group())]
    if month := _PREPAY_MONTH.search(text):
        value = int(month.group("m")) if month.group("m") else MONTHS[month.group("en").lower()]
        found.append(SlotMatch("prepay_month", value, month.start(), month.end(), month.group()))
    return found


_TAX_YEAR = re.compile(
    r"(?i)(?P<y>(?:19|20)\d{2})\s*(?:년|年)\s*(?:도|度)?\s*(?:분|귀속|の)?\s*(?=자동차세|재산세|세금|세액|취득세|주민세|自動車税|税)"
    r"|(?:tax\s*year|for(?:\s+the)?\s+year|in)\s+(?P<y2>20\d{2})(?=.*\btax)|(?P<y3>20\d{2})\s+(?:car\s+)?tax"
    r"|\btax\b.*?\b(?:for|in)\s+(?P<y4>20\d{2})\b"
)
_TAX_YEAR_RELATIVE = re.compile(
    r"(?P<w>올해|금년|내년|작년|今年|来年|昨年|this year|next year|last year)\s*(?:의|の|'s)?\s*(?=자동차세|재산세|세금|自動車税|税|car tax|tax)"
    r"|\btax\b[^.?!]{0,20}?\b(?:for\s+|in\s+)?(?P<w2>this year|next year|last year)\b",
    re.I,
)
_RELATIVE_YEARS = {
    "올해": 0,
    "금년": 0,
    "今年": 0,
    "this year": 0,
    "내년": 1,
    "来年": 1,
    "next year": 1,
    "내후년": 2,
    "후년": 2,
    "再来年": 2,
    "the year after next": 2,
    "작년": -1,
    "昨年": -1,
    "last year": -1,
}


_TAX_YEAR_FOLLOW_UP = re.compile(
    r"(?i)^\W*(?:(?:and|what|how)\s+(?:about\s+)?|じゃあ\s*|では\s*|그럼\s*)?(?P<w>내후년|후년|내년|再来年|来年|next year|the year after next)"
    r"\s*(?:에는|엔|은|には|は)?\s*(?:얼마|요|는요|いくら|how much|どうなりますか|どう)?",
    re.I,
)


def tax_year(text: str, ctx: SlotContext) -> list[SlotMatch]:
    """The tax year when the citizen names one ("2027년 자동차세", "next year's car tax"), or "내년엔요?"
    said to a tax form."""
    if m := _TAX_YEAR.search(text):
        year = int(next(g for g in (m.group("y"), m.group("y2"), m.group("y3"), m.group("y4")) if g))
        return [SlotMatch("tax_year", year, m.start(), m.end(), m.group())]
    if m := _TAX_YEAR_RELATIVE.search(text):
        said = (
            "w" if m.group("w") else "w2"
        )  # the year words only: "property tax this year" names the tax too
        year = ctx.today.year + _RELATIVE_YEARS[m.group(said).lower()]
        return [SlotMatch("tax_year", year, m.start(said), m.end(said), m.group(said))]
    if "tax_year" in ctx.expected and (m := _TAX_YEAR_FOLLOW_UP.search(text)):
        year = ctx.today.year + _RELATIVE_YEARS[m.group("w").lower()]
        return [SlotMatch("tax_year", year, m.start("w"), m.end("w"), m.group("w"))]
    return []


_FULL_DATE = r"(?P<y>(?:19|20)\d{2})\s*(?:년|年|[-./])\s*(?P<m>\d{1,2})\s*(?:월|月|[-./])\s*(?P<d>\d{1,2})\s*(?:일|日)?"
_REGISTERED = r"(?:신규\s*)?등록|출고|구입|구매|샀|뽑|登録|購入|買|registered|bought|purchased"
_EN_DATE = rf"(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mn>{EN_MONTH})\.?,?\s+(?P<y>(?:19|20)\d{{2}})"
_REGISTRATION = (
    re.compile(rf"(?i)(?:{_REGISTERED})\D{{0,12}}?{_FULL_DATE}"),
    re.compile(rf"(?i)(?:{_REGISTERED})\s+(?:on\s+)?{_EN_DATE}"),
    re.compile(rf"(?i){_FULL_DATE}\s*(?:에|に|on)?\s*(?:했|\S{{0,3}}\s*)?(?:{_REGISTERED})"),
)


def registration_date(text: str, ctx: SlotContext) -> list[SlotMatch]:
    """A car's first registration (or purchase) date, when a full date is said with 등록/登録/registered."""
    found: list[SlotMatch] = []
    for m in (m for pattern in _REGISTRATION for m in pattern.finditer(text)):
        try:
            month = int(m.group("m")) if m.groupdict().get("m") else MONTHS[m.group("mn").lower()]
            value = date(int(m.group("y")), month, int(m.group("d")))
        except ValueError:
            continue
        if value <= ctx.today:
            found.append(SlotMatch("registration_date", value.isoformat(), m.start(), m.end(), m.group()))
    return found
