"""Japanese domain words typed in hiragana are read in kanji, as the examples and guides write them."""

from __future__ import annotations

import pytest

from intents.kana import kana_readings, model_text


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("となりのへやのそうおんがひどい。くじょうをだしたい", "となりのへやの騒音がひどい。苦情をだしたい"),
        ("じどうしゃぜいはいくら", "自動車税はいくら"),
        ("てにすこーとをよやくしたい", "てにすこーとを予約したい"),
        ("せいねんがっぴをいれる", "生年月日をいれる"),
        ("よやくがはいっているかかくにんしたい", "予約がはいっているか確認したい"),
    ],
)
def test_readings_become_kanji_and_a_longer_reading_wins(typed: str, read: str):
    assert model_text(typed) == read


@pytest.mark.parametrize(
    "text", ["ごきげんよう", "じしんがない", "자동차세 얼마예요", "car tax for 2000cc", "自動車税はいくら"]
)
def test_other_text_and_readings_with_two_senses_are_left_as_typed(text: str):
    assert model_text(text) == text


def test_every_reading_is_hiragana_of_three_or_more_and_every_kanji_differs():
    readings = kana_readings().readings
    assert len(readings) >= 80
    assert all(len(r) >= 3 and all("\u3041" <= ch <= "\u3096" for ch in r) for r in readings)
    assert all(kanji != reading for reading, kanji in readings.items())
