"""Japanese domain words typed in hiragana, read in kanji before the models see them."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import yaml

READINGS_FILE = Path(__file__).with_name("kana_readings.yml")


class KanaReadings:
    """`to_kanji("そうおんのくじょう")` is "騒音の苦情"; text without those readings comes back unchanged."""

    def __init__(self, path: Path = READINGS_FILE) -> None:
        self.readings: dict[str, str] = yaml.safe_load(path.read_text(encoding="utf-8"))["readings"]
        alternatives = sorted(self.readings, key=len, reverse=True)
        self._pattern = re.compile("|".join(map(re.escape, alternatives)))

    def to_kanji(self, text: str) -> str:
        if not _HIRAGANA.search(text):
            return text
        return self._pattern.sub(lambda m: self.readings[m.group()], text)


_HIRAGANA = re.compile("[\u3041-\u3096]{3}")


@cache
def kana_readings() -> KanaReadings:
    return KanaReadings()


def model_text(text: str) -> str:
    """What the embedder and the classifier read for a citizen's text (training and serving alike)."""
    return kana_readings().to_kanji(text)
