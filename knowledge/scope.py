"""What the Seoul knowledge base cannot answer: questions about other cities' or countries' services."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

SCOPE_FILE = Path(__file__).with_name("scope.yml")


class Scope:
    """`elsewhere(text)` is true when a question names a place outside Seoul and not Seoul itself."""

    def __init__(self, path: Path = SCOPE_FILE) -> None:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
        places = [p for names in raw["other_places"].values() for p in names]
        self._other = re.compile(
            "|".join(_word(p) for p in sorted(places, key=len, reverse=True)), re.IGNORECASE
        )
        self._seoul = re.compile("|".join(_word(p) for p in raw["seoul"]), re.IGNORECASE)

    def elsewhere(self, text: str) -> bool:
        return bool(self._other.search(text)) and not self._seoul.search(text)


def _word(name: str) -> str:
    escaped = re.escape(name)
    return rf"\b{escaped}\b" if name.isascii() else escaped
