"""Script-based language detection copes with mixed Korean/Latin input and letterless text."""

import pytest

from intents.language import detect_language


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2000cc 승용차 자동차세 얼마예요?", "ko"),
        ("Seoul Pass 로그인 어떻게 해요?", "ko"),
        ("ㅇㅇ", "ko"),
        ("How much is car tax for a 2000cc car?", "en"),
        ("2000ccの自動車税はいくら？", "ja"),
        ("自動車税", "ja"),
        ("I want the 마포구 tennis court", "en"),
    ],
)
def test_language_by_script(text: str, expected: str):
    assert detect_language(text) == expected


def test_text_without_letters_falls_back_to_the_default():
    assert detect_language("2025", default="ja") == "ja"
    assert detect_language("!!!") is None
