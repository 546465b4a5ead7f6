"""Script-based language detection for ko / en / ja that copes with mixed input ("2000cc 차세")."""

from __future__ import annotations

import re
import unicodedata
from typing import Literal

Locale = Literal["ko", "en", "ja"]
LOCALES: tuple[Locale, ...] = ("ko", "en", "ja")


_HIRAGANA_TO_KATAKANA = {code: code + 0x60 for code in range(0x3041, 0x3097)}


def as_katakana(text: str) -> str:
    """Hiragana read as katakana, one character for one (positions keep): "えこまいれーじ" typed without
    conversion meets "エコマイレージ"."""
    return text.translate(_HIRAGANA_TO_KATAKANA)


def _script(ch: str) -> str | None:
    code = ord(ch)
    if 0xAC00 <= code <= 0xD7A3 or 0x1100 <= code <= 0x11FF or 0x3130 <= code <= 0x318F:
        return "hangul"
    if 0x3040 <= code <= 0x30FF or 0x31F0 <= code <= 0x31FF or 0xFF66 <= code <= 0xFF9F:
        return "kana"
    if 0x4E00 <= code <= 0x9FFF or 0x3400 <= code <= 0x4DBF:
        return "han"
    if ch.isascii() and ch.isalpha():
        return "latin"
    return None


def detect_language(text: str, default: Locale | None = None) -> Locale | None:
    """The language of `text` by its letters; `default` when it has none (digits, emoji, "ㅇㅇ" counts as ko).

    Kana never occurs in Korean, so Japanese with a Korean term ("청년수당の申し込みは？") is Japanese when its
    kana and Han outnumber the Hangul. Otherwise Korean wins when its words are at least a third as many as the
    English ones (Korean mixes in Latin names and units like "cc"); kana or Han without Hangul is Japanese;
    otherwise Latin letters mean English.
    """
    counts = {"hangul": 0, "kana": 0, "han": 0, "latin": 0}
    for ch in text:
        script = _script(ch)
        if script:
            counts[script] += 1
    letters = sum(counts.values())
    if letters == 0:
        return default
    if counts["kana"] and counts["kana"] + counts["han"] > counts["hangul"]:
        return "ja"
    if counts["hangul"] and _korean_words_weigh(text):
        return "ko"
    if (
        counts["kana"]
        or counts["han"] >= 0.2 * counts["latin"] > 0
        or (counts["han"] and not counts["latin"])
    ):
        return "ja"
    if counts["latin"]:
        return "en"
    return "ko" if counts["hangul"] else default


def _korean_words_weigh(text: str) -> bool:
    """Korean words are at least a third as many as English ones (units like "cc" aside): "car tax deadline 알려줘"
    is Korean, "What does 접수종료 mean on the reservation site?" is English with a Korean term."""
    korean = sum(1 for w in text.split() if any(_script(ch) == "hangul" for ch in w))
    return 3 * korean >= len(_english_words(_WORD.findall(text)))


def unsupported_language(text: str) -> bool:
    """Written mostly in a script the clerks do not speak (Arabic, Cyrillic, Thai, Devanagari, …): at least two
    such letters and more of them than Korean, Japanese or Latin ones. Accented Latin counts as Latin."""
    ours = foreign = 0
    for ch in unicodedata.normalize("NFKC", text):
        if not ch.isalpha():
            continue
        if _script(ch) or 0x00C0 <= ord(ch) <= 0x024F or 0x1E00 <= ord(ch) <= 0x1EFF:
            ours += 1
        else:
            foreign += 1
    return foreign >= 2 and foreign > ours


# Latin tokens a Korean or Japanese citizen types without switching language: units, codes, "ok".
_LATIN_TOKENS = frozenset(
    {"cc", "l", "km", "kg", "m", "pm", "am", "ok", "okay", "ev", "suv", "id", "qr", "app", "pc", "tv"}
    | {"ktx", "atm", "sms", "kakao", "naver", "vs"}
)
_WORD = re.compile(r"[A-Za-z]+|[\uac00-\ud7a3]+")


def _english_words(words: list[str]) -> list[str]:
    """The Latin words that say something in English: not units, codes or "ok"."""
    return [w for w in words if w.isascii() and w.lower() not in _LATIN_TOKENS]


def continued_language(text: str, current: Locale) -> Locale:
    """The language a conversation goes on in: `current`, unless `text` says enough in another one.

    A reply of units or a code ("2000cc", "3pm", "ok") keeps a Korean conversation Korean, and a bare
    Korean place name ("마포구") keeps an English one English; a sentence switches.
    """
    detected = detect_language(text)
    if detected is None or detected == current:
        return current
    words = _WORD.findall(text)
    if detected == "en":
        latin = _english_words(words)
        return "en" if len(latin) >= 2 or any(len(w) >= 5 for w in latin) else current
    if detected == "ko":
        hangul = [w for w in words if not w.isascii()]
        return "ko" if len(hangul) >= 2 or any(len(w) >= 6 for w in hangul) else current
    return detected
