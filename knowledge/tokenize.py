"""Lexical tokens for BM25: Korean morphemes (Kiwi), Japanese character bigrams (katakana read as hiragana,
so "粗大ゴミ" meets "粗大ごみ"), lower-cased Latin words."""

from __future__ import annotations

import re
import threading

from intents.language import detect_language

_KEEP_TAGS = ("NNG", "NNP", "NNB", "NR", "NP", "VV", "VA", "XR", "SL", "SN", "SH", "MAG")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]+")
_LATIN = re.compile(r"[a-z0-9]+(?:[.'][a-z0-9]+)*")
_HANGUL = re.compile(r"[가-힣]")
_NOT_HANGUL = re.compile(r"[^가-힣]+")
_KATAKANA_TO_HIRAGANA = {code: code - 0x60 for code in range(0x30A1, 0x30F7)}
_STOP_KO = frozenset({"하다", "되다", "이다", "있다", "것", "수", "등", "때", "거", "좀"})
_STOP_EN = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "to",
        "in",
        "on",
        "at",
        "for",
        "is",
        "are",
        "be",
        "do",
        "does",
        "did",
        "i",
        "my",
        "me",
        "you",
        "your",
        "it",
        "this",
        "that",
        "how",
        "what",
        "when",
        "where",
        "who",
        "which",
        "can",
        "could",
        "should",
        "would",
        "will",
        "with",
        "and",
        "or",
        "from",
        "about",
        "there",
        "please",
    ]
)


class LexicalTokenizer:
    """One tokenizer for passages and queries, so both sides of BM25 see the same units; Kiwi loads once."""

    version = "3"

    def __init__(self) -> None:
        self._kiwi = None
        self._lock = threading.Lock()

    def warm_up(self) -> None:
        with self._lock:
            if self._kiwi is None:
                from kiwipiepy import Kiwi

                # without the multi-word dictionary Kiwi loads in 1.0 s instead of 2.2 s (a cold start and
                # every `clerks eval` pay it), and none of the 3,686 corpus, asked and evaluation texts
                # tokenises differently
                kiwi = Kiwi(load_multi_dict=False)
                kiwi.tokenize("모델을 불러옵니다")  # the first call loads the model: pay it here
                self._kiwi = kiwi

    def run(self, text: str) -> list[str]:
        tokens: list[str] = []
        if _HANGUL.search(text) and detect_language(text) == "ko":
            tokens.extend(self._morphemes(text))
            text = "".join(ch if not _HANGUL.match(ch) else " " for ch in text)
        else:  # English or Japanese, perhaps with a Korean term: Kiwi reads "a 등본?" in English as 등 + 본
            for word in text.split():
                if _HANGUL.search(word):
                    tokens.extend(self._morphemes(_NOT_HANGUL.sub(" ", word)))
            text = "".join(ch if not _HANGUL.match(ch) else " " for ch in text)
            tokens.extend(w for w in _LATIN.findall(text.lower()) if w not in _STOP_EN)
        for run in _CJK.findall(text.translate(_KATAKANA_TO_HIRAGANA)):
            tokens.extend(run[i : i + 2] for i in range(max(1, len(run) - 1)))
        return tokens

    def _morphemes(self, text: str) -> list[str]:
        self.warm_up()
        forms = []
        for token in self._kiwi.tokenize(text):
            if token.tag.startswith(_KEEP_TAGS) and not _CJK.fullmatch(token.form):
                form = token.form.lower()
                if token.tag in ("VV", "VA"):
                    form += "다"
                if form not in _STOP_KO and not (token.tag == "SL" and form in _STOP_EN):
                    forms.append(form)
        return forms
