"""What kind of fact a question asks for: a question about an amount, an age, a date or a rate is answered with
the sentences that state one ("청년월세 몇 살까지?" → "만 19~39세 청년이어야 하고")."""

from __future__ import annotations

import re

_ASKS_NUMBER = re.compile(
    r"얼마|몇|며칠|언제|금액|액수|최대|최소|한도|이하|이상|까지"
    r"|how\s+(?:much|many|long|old)|what\s+(?:amount|age|percent|rate|date|day|month)|\bwhen\b|\bmax(?:imum)?\b"
    r"|\bminimum\b|\blimit\b|\bdeadline\b"
    r"|いくら|何\s*(?:歳|才|%|％|パーセント|円|ウォン|日|月|か月|ヶ月|カ月|回|年|時)|いつ|金額|上限|以下|以上|まで",
    re.IGNORECASE,
)
_STATES_NUMBER = re.compile(
    r"\d|[일이삼사오육칠팔구십백천만억]\s*(?:원|세|살|개월|%)|[一二三四五六七八九十百千万億]"
)


def asks_for_number(question: str) -> bool:
    return bool(_ASKS_NUMBER.search(question))


def states_number(sentence: str) -> bool:
    return bool(_STATES_NUMBER.search(sentence))
