"""Script-based language detection copes with mixed Korean/Latin input and letterless text."""

import pytest

from intents.language import continued_language, detect_language, unsupported_language


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
        ("청년수당の申し込みってどのサイトからするんですか", "ja"),
        ("다둥이행복카드持ってるんですけど、割引ありますか", "ja"),
        ("ありがとう가 무슨 뜻이에요?", "ko"),
        ("What does 접수종료 mean on the reservation site? And 안내중?", "en"),
        ("do i qualify for 청년수당", "en"),
        ("car tax deadline 알려줘", "ko"),
    ],
)
def test_language_by_script(text: str, expected: str):
    assert detect_language(text) == expected


def test_text_without_letters_falls_back_to_the_default():
    assert detect_language("2025", default="ja") == "ja"
    assert detect_language("!!!") is None


@pytest.mark.parametrize(
    ("text", "current", "expected"),
    [
        ("2000cc", "ko", "ko"),
        ("오후 3시요", "en", "ko"),
        ("3pm", "ko", "ko"),
        ("ok", "ja", "ja"),
        ("KTX 타고 가요", "en", "ko"),
        ("마포구", "en", "en"),
        ("마포구 테니스장", "en", "ko"),
        ("감사합니다", "en", "en"),
        ("테니스장 예약할래요", "en", "ko"),
        ("2020", "ja", "ja"),
        ("hello", "ko", "en"),
        ("2000cc please", "ko", "en"),
        ("yes", "ko", "ko"),
        ("はい", "ko", "ja"),
        ("How much is it?", "ja", "en"),
    ],
)
def test_conversation_keeps_its_language_unless_the_text_says_enough(text: str, current: str, expected: str):
    assert continued_language(text, current) == expected


@pytest.mark.parametrize(
    "text", ["أريد حجز ملعب", "Хочу записаться на теннис", "ฉันอยากจองสนามเทนนิส", "मुझे मदद चाहिए"]
)
def test_a_script_the_clerks_do_not_speak_is_unsupported(text: str):
    assert unsupported_language(text)


@pytest.mark.parametrize(
    "text",
    [
        "전입신고 어디서 해요?",
        "Tôi muốn đặt sân tennis",
        "café near city hall",
        "2000cc",
        "👍",
        "ｗｗｗｗ草",
        "あｓｄｆじゃｓｄｆ",
        "등본 떼 주세요 감사합니다 спасибо",
    ],
)
def test_our_languages_accented_latin_and_letterless_text_are_not(text: str):
    assert not unsupported_language(text)
