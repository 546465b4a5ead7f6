"""What kind of fact a question asks for: a question about an amount, an age, a date or a rate is answered with
the sentences that state one ("청년월세 몇 살까지?" → "만 19~39세 청년이어야 하고"); a question about how to pay or
who qualifies prefers, among near-tied passages, the one tagged for it ("과태료 어디서 내요?" → the payment page,
not the amounts page); a question for a phone number is answered with the sentence that gives one."""

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


_ASKS_CONTACT = re.compile(
    r"전화\s*번호|연락처|문의처|콜센터|고객\s*센터|어디로\s*전화|번호\s*(?:좀|알려|뭐|몇)"
    r"|phone|\bcall\b|\bcontact\b|hotline|helpline"
    r"|電話|連絡先|問い合わせ先|コールセンター",
    re.IGNORECASE,
)
_PHONE_NUMBER = re.compile(r"(?<![\d-])\d{2,4}-\d{3,4}(?:-\d{4})?(?![\d-])")
_HOTLINE = re.compile(r"(?<![\d,.\-])1\d{2,3}(?![\d,.%\-]|\s*(?:cc|원|년|세|개|만|명|km|㎡|m²))")
_CALLING = re.compile(
    r"전화|연락|상담|콜|\bcall|phone|dial|hotline|helpline|電話|相談|ダイヤル", re.IGNORECASE
)


def asks_for_contact(question: str) -> bool:
    return bool(_ASKS_CONTACT.search(question))


def states_contact(sentence: str) -> bool:
    """A sentence giving a number to call: a full phone number, or a short hotline (109, 1388) named as one."""
    return bool(_PHONE_NUMBER.search(sentence) or (_HOTLINE.search(sentence) and _CALLING.search(sentence)))


def asks_for_number(question: str) -> bool:
    return bool(_ASKS_NUMBER.search(question))


def states_number(sentence: str) -> bool:
    return bool(_STATES_NUMBER.search(sentence))


_FOCUS = {
    "payment": re.compile(
        r"(?:어디서|어디에서|어떻게|어디로)\s*(?:\S+\s*)?(?:내(?:요|야|면|나|는|죠|지|고|[?？]|$)|납부|결제)"
        r"|내는\s*(?:법|방법|곳)|납부\s*(?:방법|하는\s*(?:법|방법|곳)|처)"
        r"|\b(?:how|where)\s+(?:do|can|to|should)\s+(?:i\s+|we\s+)?pay\b|\bways?\s+to\s+pay\b|\bpayment\s+(?:methods?|options?)\b"
        r"|支払い方法|払い方|どこで(?:払|支払|納付)|どうやって(?:払|支払|納付)|納付方法",
        re.IGNORECASE,
    ),
    "amount": re.compile(
        r"얼마(?:나)?\s*(?:받|나오|줘|주나|지원)|지원\s*금액|지급\s*(?:액|금액)|한\s*달에\s*얼마"
        r"|\bhow\s+much\s+(?:do|can|will|would|does)\s+\w+\s+(?:get|receive)|\bhow\s+much\s+is\s+the\b.*\b(?:allowance|support|benefit)"
        r"|いくら(?:もらえ|支給|出)|支給額|月いくら",
        re.IGNORECASE,
    ),
    "eligibility": re.compile(
        r"자격(?!득실|증|확인)|대상(?:이|은|자)|누가\s*(?:받|신청|쓸|이용)|\beligib\w*|\bqualif\w*|\bwho\s+can\s+(?:get|apply|use|join)\b"
        r"|対象(?:者|は|に)|資格|誰が(?:もらえ|受け|申請|使え)",
        re.IGNORECASE,
    ),
}


def focus_tags(question: str) -> frozenset[str]:
    """Passage tags for what the question is after (a way to pay, how much is paid out, who qualifies); empty
    when it says none of them."""
    return frozenset(tag for tag, pattern in _FOCUS.items() if pattern.search(question))
