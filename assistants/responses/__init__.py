"""Reply wording as data: every response has a Korean, English and Japanese template (str.format fields)."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import yaml

RESPONSES_DIR = Path(__file__).parent
LOCALES = ("ko", "en", "ja")


class ResponseBook:
    """All templates under a folder; `text(name, locale, **params)` renders one."""

    def __init__(self, directory: Path = RESPONSES_DIR) -> None:
        self.templates: dict[str, dict[str, str]] = {}
        for path in sorted(directory.glob("*.yml")):
            for name, variants in (
                yaml.safe_load(path.read_text(encoding="utf-8"))["responses"] or {}
            ).items():
                if name in self.templates:
                    raise ValueError(f"{path}: response {name!r} defined twice")
                self.templates[name] = dict(variants)

    def has(self, name: str) -> bool:
        return name in self.templates

    def text(self, name: str, locale: str, **params: Any) -> str:
        variants = self.templates[name]
        template = variants.get(locale) or variants["ko"]
        return template.format(**params)


@cache
def default_book() -> ResponseBook:
    return ResponseBook()
