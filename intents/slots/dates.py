"""Dates relative to a given today: 오늘, 내일, 다음주 토요일, 12월 3일, 3일 뒤, 어린이날; 明日, 来週の土曜日;
next Saturday, Dec 3, Christmas Eve."""

from __future__ import annotations

import contextlib
import re
from datetime import date, timedelta

from intents.slots.match import SlotContext, SlotMatch

_WEEKDAYS = {
    "월": 0,
    "화": 1,
    "수": 2,
    "목": 3,
    "금": 4,
    "토": 5,
    "일": 6,
    "月": 0,
    "火": 1,
    "水": 2,
    "木": 3,
    "金": 4,
    "土": 5,
    "日": 6,
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
    "mon": 0,
    "tue": 1,
    "tues": 1,
    "wed": 2,
    "thu": 3,
    "thur": 3,
    "thurs": 3,
    "fri": 4,
    "sat": 5,
    "sun": 6,
}
MONTHS = {
    name: n
    for n, names in enumerate(
        [
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ],
        1,
    )
    for name in names
}
EN_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_EN_DAY = "|".join(sorted((k for k in _WEEKDAYS if k.isascii()), key=len, reverse=True))

# "낼" is tomorrow only as a word of its own ("낼 3시", "낼은"): "낼 수 있음", "낼게요", "보낼" are 내다 (to pay).
_RELATIVE_DAYS = [
    (re.compile(r"오늘|금일|今日|本日|(?<![ぁ-ゖ])きょう|(?i:\btoday\b)"), 0),
    (
        re.compile(
            r"내일|(?<![가-힣])낼(?=(?:은|도|부터|까지|쯤|이나)?(?![가-힣]))(?!\s*(?:수(?![영업])|게(?!이트)|께|거(?!리)|건[데가지]|것|까|때|테(?!니)|돈|데|곳|려))|明日|(?<![ぁ-ゖ])(?:あした|あす)|(?i:\b(?:tomorrow|tommorow|tommorrow|tomorow|tmrw|tmr|2morrow)\b)"
        ),
        1,
    ),
    (re.compile(r"모레|明後日|(?<![ぁ-ゖ])あさって|(?i:\bthe\s+day\s+after\s+tomorrow\b)"), 2),
    (re.compile(r"글피|しあさって"), 3),
]
_COUNT = {
    "한": 1,
    "일": 1,
    "두": 2,
    "이": 2,
    "세": 3,
    "삼": 3,
    "네": 4,
    "사": 4,
    "一": 1,
    "二": 2,
    "三": 3,
    "四": 4,
}
_COUNT.update({"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7})
_KO_DAYS = {"하루": 1, "이틀": 2, "사흘": 3, "나흘": 4, "닷새": 5, "엿새": 6, "이레": 7, "열흘": 10}
_EN_COUNT = "a|an|one|two|three|four|five|six|seven"
_LATER = re.compile(
    rf"""(?ix)
    (?P<n>\d+|[한일두이세삼네사一二三四])\s*(?P<ku>일|日|주일?|週間?)\s*(?:뒤|후|後|ご|이\s*지나|지나서)
    | (?P<kd>하루|이틀|사흘|나흘|닷새|엿새|이레|열흘)\s*(?:뒤|후|있다가|지나서)
    | \bin\s+(?P<en>\d+|{_EN_COUNT})\s+(?P<eu>days?|weeks?)\b
    | \b(?P<fn>\d+|{_EN_COUNT})\s+(?P<fu>days?|weeks?)\s+(?:from\s+(?:now|today)|later)\b
    """
)
_KO_WEEKDAY = re.compile(
    r"(?P<w>이번\s*주|금주|다음\s*주|담주|차주|다다음\s*주|저번\s*주|(?:\d|[한두세])\s*주\s*(?:뒤|후)(?:에)?)?\s*의?\s*"
    r"(?P<d>[월화수목금토일])\s*(?:요일|욜)"
)
_JA_WEEKDAY = re.compile(
    r"(?P<w>今週|来週|再来週|[\d一二三]\s*週間?\s*後)?\s*の?\s*(?P<d>[月火水木金土日])\s*曜\s*日?"
)
_EN_WEEKDAY = re.compile(rf"(?i)\b(?P<w>this|next|coming|on)?\s*(?P<d>{_EN_DAY})\b\.?")
_WEEKEND = re.compile(r"(?i)(?P<w>이번\s*주|다음\s*주|담주|今週|来週|this|next)?\s*(?:주말|週末|weekend)")
_KO_MONTH_DAY = re.compile(r"(?:(?P<y>20\d{2})\s*년\s*)?(?P<m>\d{1,2})\s*월\s*(?P<d>\d{1,2})\s*일")
_JA_MONTH_DAY = re.compile(r"(?:(?P<y>20\d{2})\s*年\s*)?(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日")
_ISO = re.compile(r"(?P<y>20\d{2})[-./](?P<m>\d{1,2})[-./](?P<d>\d{1,2})")
_SLASH = re.compile(r"(?<![\d/])(?P<m>\d{1,2})/(?P<d>\d{1,2})(?![\d/])")
_EN_MONTH_DAY = re.compile(
    rf"(?i)\b(?P<mn>{EN_MONTH})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b|\b(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mn2>{EN_MONTH})\b"
)
_DOT = re.compile(
    r"(?<![\d.])(?P<m>1[0-2]|0?[1-9])\.(?P<d>[0-3]?\d)\.?(?=\s*\(?\s*[월화수목금토일月火水木金土日])"
)
_MONTH_END = re.compile(
    r"(?i)(?P<w>이번\s*달|이달|금월|다음\s*달|담달|今月|来月|this\s+month|next\s+month)\s*(?:의|の|'s)?\s*(?:말일|말|末日|末|end)"
    r"|end\s+of\s+(?:the\s+)?(?P<w2>this\s+|next\s+)?month|(?<![今来])月末"
)
_NAMED_DAYS = {
    "christmas eve": (12, 24),
    "크리스마스 이브": (12, 24),
    "크리스마스이브": (12, 24),
    "クリスマスイブ": (12, 24),
    "クリスマス・イブ": (12, 24),
    "christmas day": (12, 25),
    "christmas": (12, 25),
    "xmas": (12, 25),
    "크리스마스": (12, 25),
    "성탄절": (12, 25),
    "クリスマス": (12, 25),
    "new year's eve": (12, 31),
    "大晦日": (12, 31),
    "new year's day": (1, 1),
    "신정": (1, 1),
    "새해 첫날": (1, 1),
    "元日": (1, 1),
    "元旦": (1, 1),
    "삼일절": (3, 1),
    "어린이날": (5, 5),
    "こどもの日": (5, 5),
    "현충일": (6, 6),
    "광복절": (8, 15),
    "개천절": (10, 3),
    "한글날": (10, 9),
}
_NAMED_BY_KEY = {re.sub(r"\s+", "", name): day for name, day in _NAMED_DAYS.items()}
_NAMED_DAY = re.compile(
    "(?i)" + "|".join(re.escape(k).replace(r"\ ", r"\s*") for k in sorted(_NAMED_DAYS, key=len, reverse=True))
)
_NEXT_MONTH_DAY = re.compile(r"(?:다음\s*달|담달|来月)\s*(?P<d>\d{1,2})\s*(?:일|日)")
_DAY_ONLY = re.compile(
    r"(?<![\d월月/.])(?P<d>\d{1,2})\s*(?:일|日)(?!\s*(?:뒤|후|後|간|동안|째|以内))|(?i:\bthe\s+(?P<e>\d{1,2})(?:st|nd|rd|th)\b)"
)


def _week_start(day: date) -> date:
    return day - timedelta(days=day.weekday())


def _weekday(today: date, weekday: int, which: str | None) -> date:
    """'이번주/this' = that day of this week; '다음주/next' = of next week; none = the next one to come."""
    which = (which or "").replace(" ", "").lower().removesuffix("에")
    if which in ("이번주", "금주", "今週", "this"):
        return _week_start(today) + timedelta(days=weekday)
    if which in ("다음주", "담주", "차주", "来週", "next"):
        return _week_start(today) + timedelta(days=7 + weekday)
    if which in ("다다음주", "再来週"):
        return _week_start(today) + timedelta(days=14 + weekday)
    if which == "저번주":
        return _week_start(today) - timedelta(days=7 - weekday)
    if which[-1:] in ("뒤", "후", "後"):
        weeks = int(which[0]) if which[0].isdigit() else _COUNT[which[0]]
        return _week_start(today) + timedelta(days=7 * weeks + weekday)
    return today + timedelta(days=(weekday - today.weekday()) % 7)


def _month_day(today: date, month: int, day: int, year: int | None = None) -> date | None:
    try:
        candidate = date(year or today.year, month, day)
    except ValueError:
        return None
    if year is None and candidate < today:
        candidate = date(today.year + 1, month, day)
    return candidate


def _first_of_next_month(day: date) -> date:
    return date(day.year + (day.month == 12), day.month % 12 + 1, 1)


def _day_of_month(today: date, day: int) -> date | None:
    """'3일' = the next 3rd: this month if still ahead, else next month."""
    try:
        candidate = today.replace(day=day)
        return candidate if candidate >= today else _first_of_next_month(today).replace(day=day)
    except ValueError:
        return None


def _days_later(m: re.Match[str]) -> int:
    """'3일 뒤', '일주일 후', '사흘 뒤', '2週間後', 'in a week', '3 days from now' -> days from today."""
    if m.group("kd"):
        return _KO_DAYS[m.group("kd")]
    count = m.group("n") or m.group("en") or m.group("fn")
    unit = m.group("ku") or m.group("eu") or m.group("fu")
    n = int(count) if count.isdigit() else _COUNT[count.lower()]
    return n * 7 if unit[0] in "주週wW" else n


def date_slot(text: str, ctx: SlotContext) -> list[SlotMatch]:
    """Every date mention, as ISO `YYYY-MM-DD` (the last one wins when several are given)."""
    today = ctx.today
    found: list[tuple[int, int, str, date]] = []

    def add(m: re.Match[str], value: date | None) -> None:
        if value is not None:
            found.append((m.start(), m.end(), m.group(), value))

    for pattern, offset in _RELATIVE_DAYS:
        for m in pattern.finditer(text):
            add(m, today + timedelta(days=offset))
    for m in _LATER.finditer(text):
        add(m, today + timedelta(days=_days_later(m)))
    for pattern in (_KO_WEEKDAY, _JA_WEEKDAY):
        for m in pattern.finditer(text):
            add(m, _weekday(today, _WEEKDAYS[m.group("d")], m.group("w")))
    for m in _EN_WEEKDAY.finditer(text):
        which = (m.group("w") or "").lower()
        if len(m.group("d")) <= 4 and not which:
            continue  # "sat", "sun", "wed" alone are words more often than days
        add(m, _weekday(today, _WEEKDAYS[m.group("d").lower()], "" if which in ("coming", "on") else which))
    for m in _WEEKEND.finditer(text):
        add(m, _weekday(today, 5, m.group("w")))
    for pattern in (_ISO, _KO_MONTH_DAY, _JA_MONTH_DAY):
        for m in pattern.finditer(text):
            add(
                m,
                _month_day(
                    today, int(m.group("m")), int(m.group("d")), int(m.group("y")) if m.group("y") else None
                ),
            )
    for m in _EN_MONTH_DAY.finditer(text):
        month = MONTHS[(m.group("mn") or m.group("mn2")).lower()]
        add(m, _month_day(today, month, int(m.group("d") or m.group("d2"))))
    for pattern in (_SLASH, _DOT):
        for m in pattern.finditer(text):
            add(m, _month_day(today, int(m.group("m")), int(m.group("d"))))
    for m in _MONTH_END.finditer(text):
        which = re.sub(r"\s+", "", (m.group("w") or m.group("w2") or "").lower())
        ahead = which in ("다음달", "담달", "来月", "nextmonth", "next")
        start = _first_of_next_month(today) if ahead else today.replace(day=1)
        add(m, _first_of_next_month(start) - timedelta(days=1))
    for m in _NAMED_DAY.finditer(text):
        add(m, _month_day(today, *_NAMED_BY_KEY[re.sub(r"\s+", "", m.group().lower())]))
    for m in _NEXT_MONTH_DAY.finditer(text):
        with contextlib.suppress(ValueError):
            add(m, _first_of_next_month(today).replace(day=int(m.group("d"))))
    taken = [(s, e) for s, e, _, _ in found]
    for m in _DAY_ONLY.finditer(text):
        if not any(m.start() < e and s < m.end() for s, e in taken):
            add(m, _day_of_month(today, int(m.group("d") or m.group("e"))))
    found = [f for f in found if not _names_the_weekday_of(f, found)]
    return [SlotMatch("date", value.isoformat(), start, end, surface) for start, end, surface, value in found]


def _names_the_weekday_of(item: tuple[int, int, str, date], found: list[tuple[int, int, str, date]]) -> bool:
    """A weekday written right after a full date ("12.5 토요일", "12월 5일(토)") only names its day."""
    start, _, surface, _ = item
    if not re.fullmatch(r"\(?\s*[월화수목금토일月火水木金土日](?:요일|욜|曜日?)?\s*\)?", surface.strip()):
        return False
    return any(0 <= start - end <= 3 and re.search(r"\d", other) for _, end, other, _ in found)
